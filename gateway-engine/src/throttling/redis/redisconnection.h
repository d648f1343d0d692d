#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <span>
#include <vector>

struct redisContext;
struct redisReply;

namespace Gatehouse {

struct RedisReplyDeleter
{
    void operator()(redisReply *reply) const;
};
using RedisReplyPtr = std::unique_ptr<redisReply, RedisReplyDeleter>;

// One blocking hiredis connection with socket timeouts. Only the API common to hiredis 0.14 and 1.x is
// used. Not thread-safe: RedisCounterStore drives it from its own thread. Error texts never contain the
// password (hiredis does not echo commands, and Redis' AUTH errors do not either).
class RedisConnection
{
public:
    RedisConnection(QString host, int port, QByteArray password);
    ~RedisConnection();
    RedisConnection(const RedisConnection &) = delete;
    RedisConnection &operator=(const RedisConnection &) = delete;

    // Connects and authenticates (when a password is set), each step within timeoutMs.
    bool connect(int timeoutMs);
    void disconnect();
    bool isConnected() const { return m_context != nullptr; }
    QString lastError() const { return m_lastError; }
    QString address() const;

    // Writes all commands in one go, then reads the replies in order, reply i until deadlinesMs[i]
    // (steady clock). Returns the replies received; fewer than the commands means the connection broke
    // or a reply was late, and the connection is closed (a late reply would answer the wrong command).
    std::vector<RedisReplyPtr> pipeline(
        const std::vector<QList<QByteArray>> &commands, std::span<const qint64> deadlinesMs);

private:
    bool setTimeout(qint64 ms);
    void fail(const QString &what);

    QString m_host;
    int m_port = 0;
    QByteArray m_password;
    redisContext *m_context = nullptr;
    qint64 m_timeoutMs = 0; // the socket's current send/receive timeout
    QString m_lastError;
};

} // namespace Gatehouse
