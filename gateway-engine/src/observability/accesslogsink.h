#pragma once

#include "environment/accesslogentry.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace Gatehouse {

// Where access-log entries go: JSON lines appended to a file, and batches handed to the UI.
// Each worker writes only to its own shard and flushes it from its own timer, so logging takes no lock.
class AccessLogSink
{
public:
    using Forwarder = std::function<void(QList<AccessLogEntry> batch)>;

    AccessLogSink(QString filePath, int shardCount);
    ~AccessLogSink();
    AccessLogSink(const AccessLogSink &) = delete;
    AccessLogSink &operator=(const AccessLogSink &) = delete;

    bool open(QString *error);
    void setForwarder(Forwarder forwarder); // before workers start
    void setForwarding(bool on) { m_forwarding.store(on, std::memory_order_relaxed); }
    bool isEnabled() const { return m_fd >= 0 || m_forwarding.load(std::memory_order_relaxed); }

    void write(int shard, AccessLogEntry &&entry);
    void flush(int shard);

    static constexpr int maxPendingPerShard
        = 2000; // beyond this per flush interval, UI rows are sampled away

private:
    struct alignas(64) Shard
    {
        QByteArray fileBuffer;
        QList<AccessLogEntry> pending;
        quint64 dropped = 0;
    };
    void writeFile(Shard &shard);

    QString m_path;
    int m_fd = -1;
    int m_shardCount;
    std::unique_ptr<Shard[]> m_shards;
    Forwarder m_forwarder;
    std::atomic<bool> m_forwarding { false };
};

} // namespace Gatehouse
