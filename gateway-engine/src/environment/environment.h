#pragma once

#include "accesslogentry.h"
#include "config/environmentsettings.h"
#include "core/httpfilter.h"

#include <QObject>
#include <memory>

namespace Gatehouse {

class EnvironmentPrivate;
class MetricsRegistry;
class RemoteKeySets;

struct DeployResult
{
    bool ok = false;
    QString message; // why it was refused, for people
};

// A running gateway environment: listeners, N worker threads, routing snapshot, metrics.
// Lives on the thread that created it (GUI or CLI main thread); never blocks it.
class Environment : public QObject
{
    Q_OBJECT
public:
    explicit Environment(EnvironmentSettings settings, QObject *parent = nullptr);
    ~Environment() override;

    const EnvironmentSettings &settings() const;
    bool start(GatewayConfigPtr initialConfig, QString *error);
    // Returns at once: stops accepting, lets in-flight requests finish for up to drainMs, then closes
    // everything and emits stopped(). The destructor stops at once (no drain) if still running.
    void stop(int drainMs = 5000);
    bool isRunning() const;

    // A filter of one's own (Choreo Connect's "custom filter"), run on every request after the built-in
    // request filters. Takes effect at the next start() or deploy().
    void addFilterFactory(FilterFactoryPtr factory);

    // Mutable environments swap their routing atomically; immutable ones refuse. Workers pick the new
    // routing up from their event queues, so a request sent right after this returns may see the old one.
    DeployResult deploy(GatewayConfigPtr config);
    GatewayConfigPtr currentConfig() const;

    // Applications, subscriptions, users, issuers and trust stores change while an environment runs, also an
    // immutable one (it keeps its APIs; who may call them is runtime data, as with WSO2's control plane).
    DeployResult updateSecurityRealm(const SecurityRealm &realm);

    // Revoked tokens and API keys take effect on the next request of every worker, whatever their caches
    // hold, in mutable and immutable environments alike. Not tied to deploy().
    void setRevokedTokens(const QList<RevokedToken> &revoked);
    // Issuers' JWKS documents fetched from their URLs (kept across deployments).
    RemoteKeySets &remoteKeySets() const;

    quint16 httpPort() const; // the real bound port, 0 when not listening
    quint16 httpsPort() const;
    quint16 adminPort() const;
    QStringList listenerUrls() const;

    MetricsRegistry &metrics() const;
    QByteArray prometheusText() const;

signals:
    // Queued to this object's thread; emitted for every request.
    void requestLogged(const Gatehouse::AccessLogEntry &entry);
    void started();
    void stopped();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void setLogForwarding(bool forwarding); // on the environment's thread

    std::unique_ptr<EnvironmentPrivate> d;
};

} // namespace Gatehouse
