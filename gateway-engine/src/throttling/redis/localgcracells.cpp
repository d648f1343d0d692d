#include "localgcracells.h"

#include "throttling/gcra.h"

namespace Gatehouse {

namespace {
constexpr qint64 SweepIntervalMs = 10'000;
} // namespace

CounterVerdict LocalGcraCells::charge(std::span<const CounterCharge> charges, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= SweepIntervalMs)
        dropFullCells(nowMs);
    return Gcra::charge(
        charges, nowMs,
        [this](const QByteArray &key) -> std::optional<double> {
            const auto stored = m_tats.constFind(key);
            return stored == m_tats.cend() ? std::nullopt : std::optional<double>(*stored);
        },
        [this](const QByteArray &key, double tat) { m_tats.insert(key, tat); });
}

void LocalGcraCells::dropFullCells(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    const double now = double(nowMs);
    m_tats.removeIf([now](const QHash<QByteArray, double>::iterator it) { return it.value() <= now; });
}

} // namespace Gatehouse
