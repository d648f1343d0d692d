#pragma once

#include "config/throttleconfig.h"
#include "throttling/counterstore.h"

#include <memory>

namespace Gatehouse {

// Counters shared by several gateway processes through Redis: each charge is one atomic Lua script
// (gcrascript.cpp) on Redis' clock. charge() never touches the network: it queues the charge and returns
// false; the answer comes through `done` on the calling thread's event loop (the caller must be a thread
// with a running event loop, as the workers are), within settings.timeoutMs. When Redis is unreachable,
// slow or refuses the password, the answer follows settings.failureMode, marked degraded: FailOpen counts
// in this process (LocalGcraCells), FailClosed denies with a retry after 1 s. It reconnects by itself.
class RedisCounterStore final : public CounterStore
{
public:
    explicit RedisCounterStore(const DistributedThrottling &settings);
    ~RedisCounterStore() override; // answers what is still queued as degraded

    bool charge(std::span<const CounterCharge> charges, qint64 nowMs, CounterVerdict *verdict,
        std::function<void(const CounterVerdict &)> done) override;

    // Whether the connection to Redis is up (it may still break on the next charge). For status and tests.
    bool isConnected() const;

    static constexpr qint64 failClosedRetryAfterMs = 1000;
    static constexpr int minimumReconnectDelayMs = 50;
    static constexpr int maximumReconnectDelayMs = 2000;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse
