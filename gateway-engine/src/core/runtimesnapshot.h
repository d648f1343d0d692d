#pragma once

#include "core/clientcertificatetrust.h"
#include "core/httpfilter.h"
#include "core/router.h"

#include <memory>
#include <vector>

namespace Gatehouse {

class MetricsRegistry;
class AccessLogSink;
class RevocationRegistry;
class RemoteKeySets;
class IntrospectionClient;
class CounterStore;

// What one deployment compiles to: routes plus the filter factories, all immutable and shared by every
// worker. A request keeps the snapshot it started with alive until it ends.
class RuntimeSnapshot
{
public:
    struct Shared // environment-wide objects that outlive deployments
    {
        QString environment;
        MetricsRegistry *metrics = nullptr;
        AccessLogSink *accessLog = nullptr;
        std::vector<FilterFactoryPtr> customFilters; // run after the built-in request filters
        const RevocationRegistry *revocations = nullptr;
        RemoteKeySets *remoteKeys = nullptr;
        IntrospectionClient *introspection = nullptr;
        std::shared_ptr<CounterStore> throttleCounters; // none: no rate limiting
    };

    RuntimeSnapshot(GatewayConfigPtr config, const Shared &shared);

    const GatewayConfig &config() const { return *m_config; }
    const Router &router() const { return m_router; }
    // The chain every request runs: request-phase filters in order, then onLog for all. Order: CORS,
    // key-manager endpoints, authentication, throttling, schema validation, custom filters, metrics, access
    // log (each only when some API of the deployment needs it).
    const std::vector<FilterFactoryPtr> &filters() const { return m_filters; }
    // What the deployment could not use (issuer keys, ...), for the deploy report.
    const QStringList &problems() const { return m_problems; }
    const ClientCertificateTrust &clientCertificateTrust() const { return m_clientCertificateTrust; }
    // Unique per snapshot for the life of the process, unlike its address: keys caches across deploys.
    quint64 id() const { return m_id; }

private:
    GatewayConfigPtr m_config;
    Router m_router;
    std::vector<FilterFactoryPtr> m_filters;
    QStringList m_problems;
    ClientCertificateTrust m_clientCertificateTrust;
    quint64 m_id;
};

using RuntimeSnapshotPtr = std::shared_ptr<const RuntimeSnapshot>;

} // namespace Gatehouse
