#include "accesslogsink.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Gatehouse {

namespace {
constexpr qsizetype fileFlushThreshold = 64 * 1024;
}

AccessLogSink::AccessLogSink(QString filePath, int shardCount)
    : m_path(std::move(filePath))
    , m_shardCount(std::max(1, shardCount))
    , m_shards(std::make_unique<Shard[]>(std::size_t(m_shardCount)))
{ }

AccessLogSink::~AccessLogSink()
{
    for (int i = 0; i < m_shardCount; ++i)
        writeFile(m_shards[std::size_t(i)]);
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AccessLogSink::open(QString *error)
{
    if (m_path.isEmpty())
        return true;
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (m_fd < 0) {
        if (error)
            *error = QStringLiteral("cannot open access log %1: %2")
                         .arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

void AccessLogSink::setForwarder(Forwarder forwarder)
{
    m_forwarder = std::move(forwarder);
}

void AccessLogSink::write(int shardIndex, AccessLogEntry &&entry)
{
    Shard &shard = m_shards[std::size_t(std::clamp(shardIndex, 0, m_shardCount - 1))];
    if (m_fd >= 0) {
        shard.fileBuffer += toJsonLine(entry);
        if (shard.fileBuffer.size() >= fileFlushThreshold)
            writeFile(shard);
    }
    if (m_forwarding.load(std::memory_order_relaxed) && m_forwarder) {
        if (shard.pending.size() < maxPendingPerShard)
            shard.pending.append(std::move(entry));
        else
            ++shard.dropped;
    }
}

void AccessLogSink::writeFile(Shard &shard)
{
    if (m_fd < 0 || shard.fileBuffer.isEmpty())
        return;
    // O_APPEND makes each write land whole at the end even with several workers writing.
    const char *data = shard.fileBuffer.constData();
    qsizetype left = shard.fileBuffer.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // disk full or similar: drop the log rather than stall requests
        data += n;
        left -= n;
    }
    shard.fileBuffer.clear();
}

void AccessLogSink::flush(int shardIndex)
{
    Shard &shard = m_shards[std::size_t(std::clamp(shardIndex, 0, m_shardCount - 1))];
    writeFile(shard);
    if (!shard.pending.isEmpty() && m_forwarder) {
        QList<AccessLogEntry> batch;
        batch.swap(shard.pending);
        m_forwarder(std::move(batch));
    }
}

} // namespace Gatehouse
