#include "upstreampool.h"

#include "core/steadyclock.h"

#include <algorithm>

namespace Gatehouse {

UpstreamPool::UpstreamPool(std::optional<QSslConfiguration> tls, QObject *parent)
    : QObject(parent)
    , m_tls(std::move(tls))
{ }

UpstreamPool::~UpstreamPool() = default; // connections are children

UpstreamConnection *UpstreamPool::acquire(const CompiledTarget &target, UpstreamClient *client, bool *reused)
{
    auto it = m_idle.find(target.poolKey);
    if (it != m_idle.end()) {
        while (!it->empty()) {
            UpstreamConnection *connection = it->back().connection;
            it->pop_back();
            if (!connection->isConnected()) {
                connection->deleteLater();
                continue;
            }
            connection->attach(client, target.readTimeoutMs, true);
            m_active.push_back(connection);
            *reused = true;
            return connection;
        }
    }
    auto *connection = new UpstreamConnection(target, m_tls ? &*m_tls : nullptr, this);
    connect(connection, &UpstreamConnection::closedWhileIdle, this, [this](UpstreamConnection *closed) {
        forget(closed);
        closed->deleteLater();
    });
    connection->attach(client, target.readTimeoutMs, false);
    m_active.push_back(connection);
    *reused = false;
    connection->connectToBackend(target.connectTimeoutMs);
    return connection;
}

void UpstreamPool::release(UpstreamConnection *connection)
{
    m_active.erase(std::remove(m_active.begin(), m_active.end(), connection), m_active.end());
    auto &idle = m_idle[connection->poolKey()];
    if (!connection->isReusable() || int(idle.size()) >= maxIdlePerBackend) {
        connection->close();
        connection->deleteLater();
        return;
    }
    connection->detach();
    idle.push_back({ connection, steadyNowMs() });
}

void UpstreamPool::discard(UpstreamConnection *connection)
{
    forget(connection);
    connection->close();
    connection->deleteLater();
}

void UpstreamPool::forget(UpstreamConnection *connection)
{
    m_active.erase(std::remove(m_active.begin(), m_active.end(), connection), m_active.end());
    auto it = m_idle.find(connection->poolKey());
    if (it != m_idle.end()) {
        it->erase(std::remove_if(it->begin(), it->end(),
                      [&](const IdleConnection &c) { return c.connection == connection; }),
            it->end());
    }
}

void UpstreamPool::checkDeadlines(qint64 nowMs)
{
    // Copy: a deadline callback may release or discard connections.
    const std::vector<UpstreamConnection *> active = m_active;
    for (UpstreamConnection *connection : active) {
        if (connection->deadline() != 0 && connection->deadline() <= nowMs)
            connection->onDeadline();
    }
    for (auto &idle : m_idle) {
        idle.erase(std::remove_if(idle.begin(), idle.end(),
                       [&](const IdleConnection &c) {
                           if (nowMs - c.idleSinceMs < idleTimeoutMs)
                               return false;
                           c.connection->close();
                           c.connection->deleteLater();
                           return true;
                       }),
            idle.end());
    }
}

void UpstreamPool::closeIdle()
{
    for (auto &idle : m_idle) {
        for (const IdleConnection &c : idle) {
            c.connection->close();
            c.connection->deleteLater();
        }
    }
    m_idle.clear();
}

int UpstreamPool::idleCount() const
{
    int n = 0;
    for (const auto &idle : m_idle)
        n += int(idle.size());
    return n;
}

} // namespace Gatehouse
