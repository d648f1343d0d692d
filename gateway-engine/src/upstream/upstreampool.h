#pragma once

#include "upstreamconnection.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <optional>
#include <vector>

namespace Gatehouse {

// Keep-alive connections to backends, one pool per worker thread, so no lock is ever taken.
class UpstreamPool : public QObject
{
    Q_OBJECT
public:
    explicit UpstreamPool(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~UpstreamPool() override;

    // A connected idle connection (reused = true), or a new one that is connecting.
    UpstreamConnection *acquire(const CompiledTarget &target, UpstreamClient *client, bool *reused);
    // Returns a connection after its exchange; kept only when it can carry another request.
    void release(UpstreamConnection *connection);
    void discard(UpstreamConnection *connection);

    void checkDeadlines(qint64 nowMs);
    void closeIdle();
    int idleCount() const;

    static constexpr int maxIdlePerBackend = 128;
    static constexpr int idleTimeoutMs = 60'000;

private:
    void forget(UpstreamConnection *connection);

    std::optional<QSslConfiguration> m_tls;
    struct IdleConnection
    {
        UpstreamConnection *connection;
        qint64 idleSinceMs;
    };
    QHash<QByteArray, std::vector<IdleConnection>> m_idle;
    std::vector<UpstreamConnection *> m_active;
};

} // namespace Gatehouse
