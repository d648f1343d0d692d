#pragma once

#include "counterstore.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <optional>

namespace Gatehouse::Gcra {

// The GCRA arithmetic behind every counter store (the Redis script does the same in Lua): a cell keeps
// its "theoretical arrival time" (TAT, ms); a charge of `cost` units moves it by cost × window/quota and
// fits while it stays within one window of now. All-or-nothing over the charges: cells are committed only
// when every charge fits (force charges never refuse).
// tatOf(key) -> std::optional<double>; commit(key, tat).
template<typename TatOf, typename Commit>
CounterVerdict charge(std::span<const CounterCharge> charges, qint64 nowMs, TatOf &&tatOf, Commit &&commit)
{
    constexpr double epsilon = 1e-3;
    struct Cell
    {
        const CounterCharge *charge;
        double d;
        double after;
        double interval;
    };
    const double now = double(nowMs);
    // A request charges a handful of counters: a linear scan over a stack array beats a hash here.
    QVarLengthArray<Cell, 8> cells;
    // This call's view, so the same key twice is charged twice.
    QVarLengthArray<std::pair<const QByteArray *, double>, 8> pending;
    const auto pendingOf = [&pending](const QByteArray &key) -> std::pair<const QByteArray *, double> * {
        for (auto &entry : pending) {
            if (*entry.first == key)
                return &entry;
        }
        return nullptr;
    };
    CounterVerdict verdict;
    for (std::size_t i = 0; i < charges.size(); ++i) {
        const CounterCharge &charge = charges[i];
        if (charge.quota <= 0 || charge.windowMs <= 0 || charge.cost < 0)
            continue;
        const double window = double(charge.windowMs);
        double tat = now;
        if (const auto *seen = pendingOf(charge.key))
            tat = seen->second;
        else if (const std::optional<double> stored = tatOf(charge.key))
            tat = *stored;
        const double interval = window / double(charge.quota);
        const double d = std::max(tat - now, 0.0);
        const double after = d + double(charge.cost) * interval;
        const double needed = charge.cost == 0 ? d + interval : after;
        if (!charge.force && needed > window + epsilon && verdict.deniedIndex < 0) {
            verdict.allowed = false;
            verdict.deniedIndex = int(i);
            verdict.retryAfterMs = std::max<qint64>(1, qint64(std::ceil(needed - window - epsilon)));
        }
        if (auto *seen = pendingOf(charge.key))
            seen->second = now + after;
        else
            pending.push_back({ &charge.key, now + after });
        cells.push_back({ &charge, d, after, interval });
    }

    bool anyCell = false;
    for (const Cell &cell : cells) {
        const double offset = verdict.allowed ? cell.after : cell.d;
        const double window = double(cell.charge->windowMs);
        const auto left = std::max<qint64>(0, qint64(std::floor((window - offset) / cell.interval + 1e-6)));
        verdict.remaining = anyCell ? std::min(verdict.remaining, left) : left;
        anyCell = true;
        verdict.resetMs = std::max(verdict.resetMs, qint64(std::ceil(offset - epsilon)));
        if (verdict.allowed && cell.charge->cost > 0)
            commit(cell.charge->key, pendingOf(cell.charge->key)->second);
    }
    return verdict;
}

} // namespace Gatehouse::Gcra
