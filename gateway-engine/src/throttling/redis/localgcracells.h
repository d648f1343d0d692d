#pragma once

#include "throttling/counterstore.h"

#include <QHash>

namespace Gatehouse {

// GCRA cells in this process with the same semantics as the Redis script (gcrascript.cpp), on the
// callers' clock. RedisCounterStore answers from them while Redis is unreachable in FailOpen mode, so an
// outage means each gateway enforces the limit on its own instead of no limit at all.
// Not thread-safe: used only on the Redis connection thread.
class LocalGcraCells
{
public:
    CounterVerdict charge(std::span<const CounterCharge> charges, qint64 nowMs);
    void clear() { m_tats.clear(); }
    qsizetype size() const { return m_tats.size(); }

private:
    void dropFullCells(qint64 nowMs);

    QHash<QByteArray, double> m_tats; // key -> theoretical arrival time (ms)
    qint64 m_lastSweepMs = 0;
};

} // namespace Gatehouse
