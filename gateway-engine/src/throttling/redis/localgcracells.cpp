#include "localgcracells.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace Gatehouse {

namespace {
constexpr double Epsilon = 1e-3;
constexpr qint64 SweepIntervalMs = 10'000;
} // namespace

CounterVerdict LocalGcraCells::charge(std::span<const CounterCharge> charges, qint64 nowMs)
{
    if (nowMs - m_lastSweepMs >= SweepIntervalMs)
        dropFullCells(nowMs);

    struct Cell
    {
        const CounterCharge *charge;
        double d;
        double after;
        double interval;
    };
    const double now = double(nowMs);
    std::vector<Cell> cells;
    cells.reserve(charges.size());
    QHash<QByteArray, double> tats; // this call's view, so the same key twice is charged twice
    CounterVerdict verdict;
    for (std::size_t i = 0; i < charges.size(); ++i) {
        const CounterCharge &charge = charges[i];
        if (charge.quota <= 0 || charge.windowMs <= 0 || charge.cost < 0)
            continue;
        const double window = double(charge.windowMs);
        double tat = now;
        if (const auto seen = tats.constFind(charge.key); seen != tats.cend())
            tat = *seen;
        else if (const auto stored = m_tats.constFind(charge.key); stored != m_tats.cend())
            tat = *stored;
        const double interval = window / double(charge.quota);
        const double d = std::max(tat - now, 0.0);
        const double after = d + double(charge.cost) * interval;
        const double needed = charge.cost == 0 ? d + interval : after;
        if (!charge.force && needed > window + Epsilon && verdict.deniedIndex < 0) {
            verdict.allowed = false;
            verdict.deniedIndex = int(i);
            verdict.retryAfterMs = std::max<qint64>(1, qint64(std::ceil(needed - window - Epsilon)));
        }
        tats.insert(charge.key, now + after);
        cells.push_back({ &charge, d, after, interval });
    }

    bool anyCell = false;
    for (const Cell &cell : cells) {
        const double offset = verdict.allowed ? cell.after : cell.d;
        const double window = double(cell.charge->windowMs);
        const auto left = std::max<qint64>(0, qint64(std::floor((window - offset) / cell.interval + 1e-6)));
        verdict.remaining = anyCell ? std::min(verdict.remaining, left) : left;
        anyCell = true;
        verdict.resetMs = std::max(verdict.resetMs, qint64(std::ceil(offset - Epsilon)));
        if (verdict.allowed && cell.charge->cost > 0)
            m_tats.insert(cell.charge->key, tats.value(cell.charge->key));
    }
    return verdict;
}

void LocalGcraCells::dropFullCells(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    const double now = double(nowMs);
    m_tats.removeIf([now](const QHash<QByteArray, double>::iterator it) { return it.value() <= now; });
}

} // namespace Gatehouse
