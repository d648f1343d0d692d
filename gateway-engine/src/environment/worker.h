#pragma once

#include "config/environmentsettings.h"
#include "core/runtimesnapshot.h"
#include "downstreamconnection.h"

#include <QObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>
#include <unordered_set>

class QTcpServer;
class QTimer;

namespace Gatehouse {

class UpstreamPool;
class AccessLogSink;
class MetricsRegistry;

// Facts every worker of one environment shares; immutable while the environment runs.
struct WorkerShared
{
    EnvironmentSettings settings;
    std::optional<QSslConfiguration> serverTls; // for the HTTPS listener
    std::optional<QSslConfiguration> upstreamTls; // CA bundle for HTTPS backends
    MetricsRegistry *metrics = nullptr;
    AccessLogSink *accessLog = nullptr;
    DownstreamConnection::AdminHandler adminHandler;
    int workerCount = 1;
};

struct ListeningSocket
{
    qintptr descriptor = -1; // bound and listening; the worker takes ownership
    DownstreamConnection::Kind kind = DownstreamConnection::Kind::Gateway;
    bool tls = false;
};

// One thread's share of an environment: its own listeners (SO_REUSEPORT), connections, upstream pool and
// copy of the current snapshot. Nothing here is touched by another thread.
class Worker : public QObject
{
    Q_OBJECT
public:
    Worker(int index, const WorkerShared &shared);
    ~Worker() override;

    int index() const { return m_index; }
    const WorkerShared &shared() const { return m_shared; }
    const ListenerLimits &limits() const { return m_shared.settings.limits; }
    const RuntimeSnapshotPtr &snapshot() const { return m_snapshot; }
    UpstreamPool &pool() { return *m_pool; }
    bool isDraining() const { return m_draining; }
    QByteArray nextRequestId(); // unique per environment run: random prefix, worker, counter

    // Called through queued invocations from the environment's thread.
    void startListening(const QList<ListeningSocket> &sockets);
    void setSnapshot(RuntimeSnapshotPtr snapshot) { m_snapshot = std::move(snapshot); }
    void beginDrain();
    void closeEverything();

    void accept(qintptr descriptor, const ListeningSocket &listener);
    void connectionFinished(DownstreamConnection *connection);

signals:
    void drained(int index);

private:
    void tick();
    void checkDrained();

    int m_index;
    const WorkerShared &m_shared;
    RuntimeSnapshotPtr m_snapshot;
    UpstreamPool *m_pool = nullptr;
    QTimer *m_timer = nullptr;
    QList<QTcpServer *> m_listeners;
    std::unordered_set<DownstreamConnection *> m_connections;
    quint64 m_requestCounter = 0;
    quint32 m_requestIdPrefix = 0;
    bool m_draining = false;
    bool m_drainReported = false;
};

} // namespace Gatehouse
