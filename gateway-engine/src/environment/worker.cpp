#include "worker.h"

#include "core/steadyclock.h"
#include "observability/accesslogsink.h"
#include "upstream/upstreampool.h"
#include "workerlistener.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

namespace Gatehouse {

namespace {
constexpr int tickMs = 200;
}

Worker::Worker(int index, const WorkerShared &shared)
    : m_index(index)
    , m_shared(shared)
    , m_requestIdPrefix(QRandomGenerator::global()->generate())
{ }

QByteArray Worker::nextRequestId()
{
    char buffer[48];
    const int n = std::snprintf(buffer, sizeof(buffer), "%08x-%x-%llx", m_requestIdPrefix, unsigned(m_index),
        static_cast<unsigned long long>(++m_requestCounter));
    return QByteArray(buffer, n);
}

Worker::~Worker()
{
    // Connections use the pool and this worker in their destructors, so they go first, while both are
    // whole, including the finished ones still waiting for deleteLater(). They must not report back.
    m_connections.clear();
    qDeleteAll(findChildren<DownstreamConnection *>(Qt::FindDirectChildrenOnly));
}

void Worker::startListening(const QList<ListeningSocket> &sockets)
{
    m_pool = new UpstreamPool(m_shared.upstreamTls, this);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &Worker::tick);
    m_timer->start(tickMs);
    for (const ListeningSocket &socket : sockets) {
        auto *listener = new WorkerListener(*this, socket);
        if (!listener->setSocketDescriptor(socket.descriptor)) {
            ::close(int(socket.descriptor));
            delete listener;
            continue;
        }
        m_listeners.append(listener);
    }
}

void Worker::accept(qintptr descriptor, const ListeningSocket &listener)
{
    const int perWorkerLimit = qMax(1, limits().maxConnections / qMax(1, m_shared.workerCount));
    if (m_draining || int(m_connections.size()) >= perWorkerLimit) {
        ::close(int(descriptor)); // over the limit: refuse before spending anything on it
        return;
    }
    QTcpSocket *socket = nullptr;
    if (listener.tls) {
        auto *ssl = new QSslSocket;
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        if (m_shared.serverTls)
            ssl->setSslConfiguration(*m_shared.serverTls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    auto *connection = new DownstreamConnection(*this, socket, listener.kind, listener.tls);
    if (listener.kind == DownstreamConnection::Kind::Admin)
        connection->setAdminHandler(m_shared.adminHandler);
    m_connections.insert(connection);
    connection->start();
}

void Worker::connectionFinished(DownstreamConnection *connection)
{
    m_connections.erase(connection);
    if (m_draining)
        checkDrained();
}

void Worker::tick()
{
    const qint64 now = steadyNowMs();
    const std::vector<DownstreamConnection *> connections(m_connections.begin(), m_connections.end());
    for (DownstreamConnection *connection : connections) {
        if (m_connections.count(connection))
            connection->checkDeadline(now);
    }
    if (m_pool)
        m_pool->checkDeadlines(now);
    if (m_shared.accessLog)
        m_shared.accessLog->flush(m_index);
}

void Worker::beginDrain()
{
    m_draining = true;
    for (QTcpServer *listener : std::as_const(m_listeners))
        listener->close();
    const std::vector<DownstreamConnection *> connections(m_connections.begin(), m_connections.end());
    for (DownstreamConnection *connection : connections)
        connection->closeWhenIdle();
    checkDrained();
}

void Worker::checkDrained()
{
    if (m_drainReported || !m_connections.empty())
        return;
    m_drainReported = true;
    if (m_shared.accessLog)
        m_shared.accessLog->flush(m_index);
    emit drained(m_index);
}

void Worker::closeEverything()
{
    m_draining = true;
    for (QTcpServer *listener : std::as_const(m_listeners))
        listener->close();
    const std::vector<DownstreamConnection *> connections(m_connections.begin(), m_connections.end());
    for (DownstreamConnection *connection : connections)
        connection->abort();
    if (m_pool)
        m_pool->closeIdle();
    if (m_timer)
        m_timer->stop();
    if (m_shared.accessLog)
        m_shared.accessLog->flush(m_index);
}

} // namespace Gatehouse
