#pragma once

#include <QByteArray>
#include <array>
#include <atomic>
#include <memory>

namespace Gatehouse {

// Request counters and a latency histogram for one API operation. Each worker writes only its own shard,
// so recording takes no lock and shares no cache line; readers add the shards up.
class OperationStats
{
public:
    static constexpr std::array<double, 13> bucketBoundsSeconds { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
        0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0 };
    static constexpr int statusClasses = 5; // 1xx .. 5xx

    struct Snapshot
    {
        std::array<quint64, statusClasses> byStatusClass {};
        std::array<quint64, bucketBoundsSeconds.size() + 1> buckets {}; // non-cumulative, last = +Inf
        double sumSeconds = 0;
        quint64 total() const;
    };

    OperationStats(QByteArray labels, int shardCount);
    const QByteArray &labels() const { return m_labels; } // Prometheus label set without braces

    void record(int shard, int status, double seconds);
    Snapshot read() const;

private:
    struct alignas(64) Shard
    {
        std::array<std::atomic<quint64>, statusClasses> byStatusClass {};
        std::array<std::atomic<quint64>, bucketBoundsSeconds.size() + 1> buckets {};
        std::atomic<quint64> sumMicros { 0 };
    };
    QByteArray m_labels;
    int m_shardCount;
    std::unique_ptr<Shard[]> m_shards;
};

} // namespace Gatehouse
