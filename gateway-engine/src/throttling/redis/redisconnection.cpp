#include "redisconnection.h"

#include "core/steadyclock.h"

#include <cstdlib>
#include <hiredis/hiredis.h>
#include <sys/time.h>

namespace Gatehouse {

namespace {

timeval toTimeval(qint64 ms)
{
    ms = std::max<qint64>(ms, 1);
    timeval tv {};
    tv.tv_sec = time_t(ms / 1000);
    tv.tv_usec = suseconds_t((ms % 1000) * 1000);
    return tv;
}

QString replyText(const redisReply *reply)
{
    if (!reply)
        return QStringLiteral("no reply");
    if (reply->type == REDIS_REPLY_ERROR || reply->type == REDIS_REPLY_STATUS)
        return QString::fromUtf8(reply->str, qsizetype(reply->len));
    return QStringLiteral("unexpected reply type %1").arg(reply->type);
}

} // namespace

void RedisReplyDeleter::operator()(redisReply *reply) const
{
    freeReplyObject(reply);
}

RedisConnection::RedisConnection(QString host, int port, QByteArray password)
    : m_host(std::move(host))
    , m_port(port)
    , m_password(std::move(password))
{ }

RedisConnection::~RedisConnection()
{
    disconnect();
}

QString RedisConnection::address() const
{
    return m_host + u':' + QString::number(m_port);
}

bool RedisConnection::connect(int timeoutMs)
{
    disconnect();
    m_context = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, toTimeval(timeoutMs));
    if (!m_context) {
        m_lastError = QStringLiteral("out of memory");
        return false;
    }
    if (m_context->err) {
        fail(QStringLiteral("connect"));
        return false;
    }
    if (!setTimeout(timeoutMs))
        return false;
    if (!m_password.isEmpty()) {
        const char *argv[] = { "AUTH", m_password.constData() };
        const size_t lengths[] = { 4, size_t(m_password.size()) };
        RedisReplyPtr reply(static_cast<redisReply *>(redisCommandArgv(m_context, 2, argv, lengths)));
        if (!reply) {
            fail(QStringLiteral("AUTH"));
            return false;
        }
        if (reply->type == REDIS_REPLY_ERROR) {
            m_lastError = QStringLiteral("authentication failed: ") + replyText(reply.get());
            disconnect();
            return false;
        }
    }
    m_lastError.clear();
    return true;
}

void RedisConnection::disconnect()
{
    if (m_context) {
        redisFree(m_context);
        m_context = nullptr;
    }
}

bool RedisConnection::setTimeout(qint64 ms)
{
    if (redisSetTimeout(m_context, toTimeval(ms)) != REDIS_OK) {
        fail(QStringLiteral("setting the socket timeout"));
        return false;
    }
    m_timeoutMs = ms;
    return true;
}

void RedisConnection::fail(const QString &what)
{
    const QString reason = m_context && m_context->errstr[0] ? QString::fromLocal8Bit(m_context->errstr)
                                                             : QStringLiteral("connection closed");
    m_lastError = what + QStringLiteral(": ") + reason;
    disconnect();
}

std::vector<RedisReplyPtr> RedisConnection::pipeline(
    const std::vector<QList<QByteArray>> &commands, std::span<const qint64> deadlinesMs)
{
    std::vector<RedisReplyPtr> replies;
    if (!m_context)
        return replies;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QList<QByteArray> &command : commands) {
        argv.clear();
        lengths.clear();
        for (const QByteArray &arg : command) {
            argv.push_back(arg.constData());
            lengths.push_back(size_t(arg.size()));
        }
        if (redisAppendCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data()) != REDIS_OK) {
            fail(QStringLiteral("queueing a command"));
            return replies;
        }
    }
    replies.reserve(commands.size());
    for (std::size_t i = 0; i < commands.size(); ++i) {
        const qint64 left = deadlinesMs[i] - steadyNowMs();
        if (left <= 0) {
            m_lastError = QStringLiteral("timed out waiting for a reply");
            disconnect();
            return replies;
        }
        // One setsockopt per batch in practice: the deadlines of one batch are close together.
        if (std::abs(left - m_timeoutMs) > 5 && !setTimeout(left))
            return replies;
        void *reply = nullptr;
        if (redisGetReply(m_context, &reply) != REDIS_OK || !reply) {
            fail(QStringLiteral("reading a reply"));
            return replies;
        }
        replies.emplace_back(static_cast<redisReply *>(reply));
    }
    return replies;
}

} // namespace Gatehouse
