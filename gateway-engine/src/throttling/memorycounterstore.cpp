#include "memorycounterstore.h"

#include "gcra.h"

#include <QHashFunctions>
#include <QVarLengthArray>
#include <algorithm>

namespace Gatehouse {

namespace {
constexpr qint64 SweepIntervalMs = 10'000;
constexpr std::size_t MaxChargesOnStack = 8;
} // namespace

MemoryCounterStore::MemoryCounterStore()
{
    for (auto &stripe : m_stripes)
        stripe = std::make_unique<Stripe>();
}

MemoryCounterStore::~MemoryCounterStore() = default;

std::size_t MemoryCounterStore::stripeOf(const QByteArray &key)
{
    return qHash(key, 0x9e37) % StripeCount;
}

bool MemoryCounterStore::charge(std::span<const CounterCharge> charges, qint64 nowMs, CounterVerdict *verdict,
    std::function<void(const CounterVerdict &)>)
{
    *verdict = charge(charges, nowMs);
    return true;
}

CounterVerdict MemoryCounterStore::charge(std::span<const CounterCharge> charges, qint64 nowMs)
{
    // A request touches a handful of counters: their stripe numbers stay on the stack.
    QVarLengthArray<std::size_t, MaxChargesOnStack> stripes;
    for (const CounterCharge &charge : charges)
        stripes.push_back(stripeOf(charge.key));
    std::sort(stripes.begin(), stripes.end());
    stripes.erase(std::unique(stripes.begin(), stripes.end()), stripes.end());
    for (std::size_t index : stripes)
        m_stripes[index]->mutex.lock();

    for (std::size_t index : stripes) {
        Stripe &stripe = *m_stripes[index];
        if (nowMs - stripe.lastSweepMs >= SweepIntervalMs) {
            stripe.lastSweepMs = nowMs;
            const double now = double(nowMs);
            stripe.tats.removeIf(
                [now](const QHash<QByteArray, double>::iterator it) { return it.value() <= now; });
        }
    }
    const CounterVerdict verdict = Gcra::charge(
        charges, nowMs,
        [this](const QByteArray &key) -> std::optional<double> {
            const QHash<QByteArray, double> &tats = m_stripes[stripeOf(key)]->tats;
            const auto stored = tats.constFind(key);
            return stored == tats.cend() ? std::nullopt : std::optional<double>(*stored);
        },
        [this](const QByteArray &key, double tat) { m_stripes[stripeOf(key)]->tats.insert(key, tat); });

    for (auto index = stripes.rbegin(); index != stripes.rend(); ++index)
        m_stripes[*index]->mutex.unlock();
    return verdict;
}

qsizetype MemoryCounterStore::cellCount() const
{
    qsizetype cells = 0;
    for (const auto &stripe : m_stripes) {
        const std::lock_guard lock(stripe->mutex);
        cells += stripe->tats.size();
    }
    return cells;
}

} // namespace Gatehouse
