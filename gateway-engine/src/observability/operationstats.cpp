#include "operationstats.h"

#include <algorithm>

namespace Gatehouse {

quint64 OperationStats::Snapshot::total() const
{
    quint64 sum = 0;
    for (quint64 n : byStatusClass)
        sum += n;
    return sum;
}

OperationStats::OperationStats(QByteArray labels, int shardCount)
    : m_labels(std::move(labels))
    , m_shardCount(std::max(1, shardCount))
    , m_shards(std::make_unique<Shard[]>(std::size_t(m_shardCount)))
{ }

void OperationStats::record(int shard, int status, double seconds)
{
    Shard &s = m_shards[std::size_t(std::clamp(shard, 0, m_shardCount - 1))];
    const int statusClass = std::clamp(status / 100, 1, statusClasses) - 1;
    s.byStatusClass[std::size_t(statusClass)].fetch_add(1, std::memory_order_relaxed);
    const auto bound = std::lower_bound(bucketBoundsSeconds.begin(), bucketBoundsSeconds.end(), seconds);
    s.buckets[std::size_t(bound - bucketBoundsSeconds.begin())].fetch_add(1, std::memory_order_relaxed);
    s.sumMicros.fetch_add(quint64(std::max(0.0, seconds) * 1e6), std::memory_order_relaxed);
}

OperationStats::Snapshot OperationStats::read() const
{
    Snapshot out;
    quint64 micros = 0;
    for (int i = 0; i < m_shardCount; ++i) {
        const Shard &s = m_shards[std::size_t(i)];
        for (std::size_t c = 0; c < out.byStatusClass.size(); ++c)
            out.byStatusClass[c] += s.byStatusClass[c].load(std::memory_order_relaxed);
        for (std::size_t b = 0; b < out.buckets.size(); ++b)
            out.buckets[b] += s.buckets[b].load(std::memory_order_relaxed);
        micros += s.sumMicros.load(std::memory_order_relaxed);
    }
    out.sumSeconds = double(micros) / 1e6;
    return out;
}

} // namespace Gatehouse
