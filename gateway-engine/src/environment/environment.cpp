#include "environment.h"

#include "listeningsocket.h"
#include "observability/accesslogsink.h"
#include "observability/metricsregistry.h"
#include "security/introspectionclient.h"
#include "security/remotekeysets.h"
#include "security/revocationlist.h"
#include "throttling/counterstorefactory.h"
#include "worker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QTimer>
#include <unistd.h>

namespace Gatehouse {

class EnvironmentPrivate
{
public:
    explicit EnvironmentPrivate(EnvironmentSettings s)
        : settings(std::move(s))
    { }
    ~EnvironmentPrivate()
    {
        securityThread.quit();
        securityThread.wait();
    }

    EnvironmentSettings settings;
    WorkerShared shared;
    std::unique_ptr<MetricsRegistry> metrics;
    std::unique_ptr<AccessLogSink> accessLog;
    GatewayConfigPtr config;
    RuntimeSnapshotPtr snapshot;
    std::vector<FilterFactoryPtr> customFilters;
    RevocationRegistry revocations;
    QThread securityThread; // JWKS fetches (and later introspection) run here, off the workers and the GUI
    RemoteKeySets *remoteKeys = nullptr; // lives in securityThread, deleted when it finishes
    IntrospectionClient *introspection = nullptr; // likewise
    std::shared_ptr<CounterStore> throttleCounters; // outlive deployments: a redeploy keeps the counts
    std::vector<QThread *> threads;
    std::vector<Worker *> workers;
    quint16 httpPort = 0;
    quint16 httpsPort = 0;
    quint16 adminPort = 0;
    bool running = false;
    bool stopping = false;
    bool forwardingLog = false;
    int workersDrained = 0;
    int threadsFinished = 0;

    bool prepareTls(QString *error);
    RuntimeSnapshot::Shared snapshotShared() const
    {
        return RuntimeSnapshot::Shared { settings.name, metrics.get(), accessLog.get(), customFilters,
            &revocations, remoteKeys, introspection, throttleCounters };
    }
    bool bindAll(std::vector<QList<ListeningSocket>> &perWorker, QString *error);
    LocalReply adminReply(const HttpRequestHead &request) const;
    void shutDownThreads(bool wait);
    // Builds the snapshot of the current config and queues it to every worker.
    RuntimeSnapshotPtr publishSnapshot();
};

RuntimeSnapshotPtr EnvironmentPrivate::publishSnapshot()
{
    auto built = std::make_shared<const RuntimeSnapshot>(config, snapshotShared());
    snapshot = built;
    for (Worker *worker : workers)
        QMetaObject::invokeMethod(
            worker, [worker, built] { worker->setSnapshot(built); }, Qt::QueuedConnection);
    return built;
}

bool EnvironmentPrivate::prepareTls(QString *error)
{
    if (settings.httpsPort >= 0) {
        if (!settings.tls) {
            *error = QStringLiteral("environment %1 has an HTTPS port but no certificate and key")
                         .arg(settings.name);
            return false;
        }
        const auto chain = QSslCertificate::fromPath(settings.tls->certificateChainPath, QSsl::Pem);
        QFile keyFile(settings.tls->privateKeyPath);
        if (chain.isEmpty()) {
            *error = QStringLiteral("no PEM certificate in %1").arg(settings.tls->certificateChainPath);
            return false;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read private key %1").arg(settings.tls->privateKeyPath);
            return false;
        }
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull()) {
            *error = QStringLiteral("no usable private key in %1").arg(settings.tls->privateKeyPath);
            return false;
        }
        QSslConfiguration server = QSslConfiguration::defaultConfiguration();
        server.setLocalCertificateChain(chain);
        server.setPrivateKey(key);
        server.setProtocol(QSsl::TlsV1_2OrLater);
        // Ask for a client certificate but never fail the handshake over it: QueryPeer only reports Qt's own
        // verification errors (sslErrors), and the request's snapshot decides what a certificate is worth
        // (ClientCertificateTrust). No CAs here keeps Qt from loading the system store for that check.
        server.setPeerVerifyMode(QSslSocket::QueryPeer);
        server.setCaCertificates({});
        shared.serverTls = server;
    }
    QSslConfiguration upstream = QSslConfiguration::defaultConfiguration();
    upstream.setProtocol(QSsl::TlsV1_2OrLater);
    upstream.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.upstreamCaBundlePath.isEmpty()) {
        const auto cas = QSslCertificate::fromPath(settings.upstreamCaBundlePath, QSsl::Pem);
        if (cas.isEmpty()) {
            *error
                = QStringLiteral("no PEM certificate in the CA bundle %1").arg(settings.upstreamCaBundlePath);
            return false;
        }
        upstream.setCaCertificates(cas);
    }
    shared.upstreamTls = upstream;
    return true;
}

bool EnvironmentPrivate::bindAll(std::vector<QList<ListeningSocket>> &perWorker, QString *error)
{
    struct Plan
    {
        int requested;
        quint16 *bound;
        DownstreamConnection::Kind kind;
        bool tls;
        bool everyWorker;
    };
    const Plan plans[] = {
        { settings.httpPort, &httpPort, DownstreamConnection::Kind::Gateway, false, true },
        { settings.httpsPort, &httpsPort, DownstreamConnection::Kind::Gateway, true, true },
        { settings.adminPort, &adminPort, DownstreamConnection::Kind::Admin, false, false },
    };
    std::vector<int> opened;
    auto fail = [&](const QString &message) {
        for (int fd : opened)
            ::close(fd);
        *error = message;
        return false;
    };
    for (const Plan &plan : plans) {
        if (plan.requested < 0)
            continue;
        if (plan.requested > 65535)
            return fail(QStringLiteral("port %1 is out of range").arg(plan.requested));
        QString bindError;
        const quint16 port
            = ListeningSocketFactory::reservePort(settings.bindAddress, quint16(plan.requested), &bindError);
        if (port == 0)
            return fail(bindError);
        *plan.bound = port;
        const std::size_t count = plan.everyWorker ? perWorker.size() : 1;
        for (std::size_t w = 0; w < count; ++w) {
            const int fd = ListeningSocketFactory::listen(settings.bindAddress, port, &bindError);
            if (fd < 0)
                return fail(bindError);
            opened.push_back(fd);
            perWorker[w].append({ fd, plan.kind, plan.tls });
        }
    }
    return true;
}

LocalReply EnvironmentPrivate::adminReply(const HttpRequestHead &request) const
{
    LocalReply reply;
    if (request.method != "GET" && request.method != "HEAD") {
        reply = wso2ErrorReply(405, "405", "Method Not Allowed", "the admin listener is read-only");
        reply.headers.append("Allow", "GET, HEAD");
        return reply;
    }
    if (request.path == "/metrics") {
        reply.contentType = QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
        reply.body = metrics->prometheusText();
        return reply;
    }
    if (request.path == "/health") {
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = QJsonDocument(QJsonObject { { QStringLiteral("status"), QStringLiteral("UP") },
                                       { QStringLiteral("environment"), settings.name },
                                       { QStringLiteral("profile"), profileId(settings.profile) } })
                         .toJson(QJsonDocument::Compact);
        return reply;
    }
    return wso2ErrorReply(404, "404", "Not Found", "the admin listener serves /metrics and /health");
}

void EnvironmentPrivate::shutDownThreads(bool wait)
{
    for (std::size_t i = 0; i < workers.size(); ++i) {
        Worker *worker = workers[i];
        QThread *thread = threads[i];
        QMetaObject::invokeMethod(
            worker,
            [worker, thread] {
                worker->closeEverything();
                delete worker;
                thread->quit();
            },
            Qt::QueuedConnection);
    }
    workers.clear();
    if (wait) {
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        threads.clear();
    }
}

Environment::Environment(EnvironmentSettings settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<EnvironmentPrivate>(std::move(settings)))
{
    qRegisterMetaType<Gatehouse::AccessLogEntry>();
    d->remoteKeys = new RemoteKeySets;
    d->remoteKeys->moveToThread(&d->securityThread);
    QObject::connect(&d->securityThread, &QThread::finished, d->remoteKeys, &QObject::deleteLater);
    d->introspection = new IntrospectionClient;
    d->introspection->moveToThread(&d->securityThread);
    QObject::connect(&d->securityThread, &QThread::finished, d->introspection, &QObject::deleteLater);
    d->throttleCounters = makeCounterStore(d->settings);
    d->securityThread.setObjectName(QStringLiteral("%1-security").arg(d->settings.name));
    d->securityThread.start();
}

Environment::~Environment()
{
    if (d->running || !d->threads.empty())
        d->shutDownThreads(true);
}

const EnvironmentSettings &Environment::settings() const
{
    return d->settings;
}

bool Environment::start(GatewayConfigPtr initialConfig, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (d->running || !d->threads.empty()) {
        message = tr("environment %1 is already running").arg(d->settings.name);
        return false;
    }
    const int workerCount = d->settings.workerCount > 0 ? qMin(d->settings.workerCount, 64)
                                                        : qMax(1, QThread::idealThreadCount());
    if (!d->prepareTls(&message))
        return false;
    d->metrics = std::make_unique<MetricsRegistry>(d->settings.name, workerCount);
    d->accessLog = std::make_unique<AccessLogSink>(d->settings.accessLogPath, workerCount);
    if (!d->accessLog->open(&message))
        return false;
    d->accessLog->setForwarder([this](QList<AccessLogEntry> batch) {
        QMetaObject::invokeMethod(
            this,
            [this, batch = std::move(batch)] {
                for (const AccessLogEntry &entry : batch)
                    emit requestLogged(entry);
            },
            Qt::QueuedConnection);
    });
    d->accessLog->setForwarding(d->forwardingLog);

    std::vector<QList<ListeningSocket>> perWorker(static_cast<std::size_t>(workerCount));
    if (!d->bindAll(perWorker, &message))
        return false;

    d->shared.settings = d->settings;
    d->shared.workerCount = workerCount;
    d->shared.metrics = d->metrics.get();
    d->shared.accessLog = d->accessLog.get();
    d->shared.adminHandler
        = [priv = d.get()](const HttpRequestHead &request) { return priv->adminReply(request); };
    d->config = initialConfig ? std::move(initialConfig) : std::make_shared<const GatewayConfig>();
    d->snapshot = std::make_shared<const RuntimeSnapshot>(d->config, d->snapshotShared());
    d->workersDrained = 0;
    d->threadsFinished = 0;

    // Workers get Qt's poll-based Unix event dispatcher rather than GLib's: with many sockets per thread it
    // costs less per wake-up (measured in bench/). QThread reads this when each thread starts.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    for (int i = 0; i < workerCount; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("%1-worker-%2").arg(d->settings.name).arg(i));
        auto *worker = new Worker(i, d->shared);
        worker->setSnapshot(d->snapshot);
        worker->moveToThread(thread);
        connect(
            worker, &Worker::drained, this,
            [this] {
                if (++d->workersDrained == int(d->workers.size()) && d->stopping)
                    d->shutDownThreads(false);
            },
            Qt::QueuedConnection);
        connect(
            thread, &QThread::finished, this,
            [this] {
                if (++d->threadsFinished < int(d->threads.size()))
                    return;
                for (QThread *t : d->threads) {
                    t->wait();
                    delete t;
                }
                d->threads.clear();
                d->running = false;
                d->stopping = false;
                emit stopped();
            },
            Qt::QueuedConnection);
        const QList<ListeningSocket> sockets = perWorker[std::size_t(i)];
        QMetaObject::invokeMethod(
            worker, [worker, sockets] { worker->startListening(sockets); }, Qt::QueuedConnection);
        d->threads.push_back(thread);
        d->workers.push_back(worker);
        thread->start();
    }
    d->running = true;
    emit started();
    return true;
}

void Environment::stop(int drainMs)
{
    if (!d->running || d->stopping)
        return;
    d->stopping = true;
    for (Worker *worker : d->workers)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->beginDrain(); }, Qt::QueuedConnection);
    QTimer::singleShot(qMax(0, drainMs), this, [this] {
        if (d->stopping && !d->workers.empty())
            d->shutDownThreads(false); // drain time is up: close what is left
    });
}

void Environment::addFilterFactory(FilterFactoryPtr factory)
{
    d->customFilters.push_back(std::move(factory));
}

bool Environment::isRunning() const
{
    return d->running;
}

DeployResult Environment::deploy(GatewayConfigPtr config)
{
    if (!config)
        return { false, tr("nothing to deploy") };
    if (d->running && d->settings.mode == EnvironmentMode::Immutable) {
        return { false,
            tr("environment %1 is immutable: it serves exactly what it was started with. "
               "Start a new immutable environment with the new revision instead.")
                .arg(d->settings.name) };
    }
    d->config = std::move(config);
    if (!d->running)
        return { true, QString() };
    const RuntimeSnapshotPtr snapshot = d->publishSnapshot();
    const QStringList problems = snapshot->router().problems() + snapshot->problems()
        + snapshot->clientCertificateTrust().skippedEntries();
    return { true, problems.join(QStringLiteral("; ")) };
}

GatewayConfigPtr Environment::currentConfig() const
{
    return d->config;
}

DeployResult Environment::updateSecurityRealm(const SecurityRealm &realm)
{
    auto config = std::make_shared<GatewayConfig>(d->config ? *d->config : GatewayConfig());
    config->realm = realm;
    d->config = std::move(config);
    if (!d->running)
        return { true, QString() };
    const RuntimeSnapshotPtr snapshot = d->publishSnapshot();
    return { true, snapshot->problems().join(QStringLiteral("; ")) };
}

void Environment::setRevokedTokens(const QList<RevokedToken> &revoked)
{
    d->revocations.replace(revoked);
}

RemoteKeySets &Environment::remoteKeySets() const
{
    return *d->remoteKeys;
}

quint16 Environment::httpPort() const
{
    return d->running ? d->httpPort : 0;
}

quint16 Environment::httpsPort() const
{
    return d->running ? d->httpsPort : 0;
}

quint16 Environment::adminPort() const
{
    return d->running ? d->adminPort : 0;
}

QStringList Environment::listenerUrls() const
{
    QStringList urls;
    if (!d->running)
        return urls;
    const QString host = d->settings.bindAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + d->settings.bindAddress.toString() + QLatin1Char(']')
        : d->settings.bindAddress.toString();
    if (d->settings.httpPort >= 0)
        urls << QStringLiteral("http://%1:%2").arg(host).arg(d->httpPort);
    if (d->settings.httpsPort >= 0)
        urls << QStringLiteral("https://%1:%2").arg(host).arg(d->httpsPort);
    if (d->settings.adminPort >= 0)
        urls << QStringLiteral("http://%1:%2/metrics").arg(host).arg(d->adminPort);
    return urls;
}

MetricsRegistry &Environment::metrics() const
{
    static MetricsRegistry empty(QString(), 1);
    return d->metrics ? *d->metrics : empty;
}

QByteArray Environment::prometheusText() const
{
    return d->metrics ? d->metrics->prometheusText() : QByteArray();
}

void Environment::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Environment::requestLogged))
        setLogForwarding(true);
}

void Environment::disconnectNotify(const QMetaMethod &signal)
{
    // Qt may call this with its signal-slot lock held (a receiver's destructor does), so asking
    // isSignalConnected() here deadlocks (it did, under Qt 6.8). Look again once the disconnection is over.
    // An invalid signal means "all of them".
    if (!signal.isValid() || signal == QMetaMethod::fromSignal(&Environment::requestLogged))
        QMetaObject::invokeMethod(
            this,
            [this] {
                setLogForwarding(isSignalConnected(QMetaMethod::fromSignal(&Environment::requestLogged)));
            },
            Qt::QueuedConnection);
}

void Environment::setLogForwarding(bool forwarding)
{
    d->forwardingLog = forwarding;
    if (d->accessLog)
        d->accessLog->setForwarding(forwarding);
}

} // namespace Gatehouse
