#pragma once

#include <QByteArray>
#include <functional>
#include <span>
#include <vector>

namespace Gatehouse {

// One quota to charge: `cost` units (1 per request or event, bytes for bandwidth) against `quota` units
// per `windowMs`, under `key`. Counters are GCRA cells (one "theoretical arrival time" per key), so the
// whole quota may be used at once and then refills evenly over the window.
struct CounterCharge
{
    QByteArray key; // the full counter key, e.g. "api:<apiId>:<policy>:<group>"
    qint64 quota = 0; // units per window, > 0
    qint64 windowMs = 0; // > 0
    qint64 cost = 1; // >= 0; 0 only asks whether the counter is exhausted
    // true: add the cost even when it exceeds the quota (bytes already sent; never refused).
    bool force = false;
};

struct CounterVerdict
{
    bool allowed = true;
    int deniedIndex = -1; // the first charge that did not fit (index into the span), -1 when allowed
    qint64 retryAfterMs = 0; // when denied: until the denied charge would fit
    qint64 remaining = 0; // allowed: the smallest number of units left over all charges after this one
    qint64 resetMs = 0; // until the most used counter is full again
    bool degraded = false; // the store could not be reached; the verdict is the failure mode's
};

// Where counters live: this process (MemoryCounterStore) or Redis (shared by several gateways).
// A charge of several counters is all-or-nothing: when one does not fit, none is charged.
// Implementations are thread-safe; `charge` may be called from any worker thread at once.
class CounterStore
{
public:
    virtual ~CounterStore() = default;

    // Synchronous stores answer right away and return true with *verdict set.
    // Asynchronous stores (Redis) return false and call `done` later on the calling thread's event loop.
    virtual bool charge(std::span<const CounterCharge> charges, qint64 nowMs, CounterVerdict *verdict,
        std::function<void(const CounterVerdict &)> done)
        = 0;
};

} // namespace Gatehouse
