#pragma once

#include "counterstore.h"

#include <QHash>
#include <array>
#include <memory>
#include <mutex>

namespace Gatehouse {

// GCRA counters in this process, shared by all worker threads. Keys are spread over lock stripes, so
// workers charging different counters never wait for each other; a charge over several stripes locks
// them in stripe order (no deadlock) and is all-or-nothing. Cells that have refilled are dropped as the
// stripe is used, so memory follows the number of active callers.
class MemoryCounterStore final : public CounterStore
{
public:
    MemoryCounterStore();
    ~MemoryCounterStore() override;

    bool charge(std::span<const CounterCharge> charges, qint64 nowMs, CounterVerdict *verdict,
        std::function<void(const CounterVerdict &)> done) override;
    CounterVerdict charge(std::span<const CounterCharge> charges, qint64 nowMs);

    qsizetype cellCount() const;

private:
    static constexpr std::size_t StripeCount = 64;
    struct Stripe
    {
        mutable std::mutex mutex;
        QHash<QByteArray, double> tats;
        qint64 lastSweepMs = 0;
    };
    static std::size_t stripeOf(const QByteArray &key);
    std::array<std::unique_ptr<Stripe>, StripeCount> m_stripes;
};

} // namespace Gatehouse
