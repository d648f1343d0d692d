#include "runtimesnapshot.h"

#include "filters/accesslog/accesslogfilterfactory.h"
#include "filters/authentication/authenticationfilterfactory.h"
#include "filters/cors/corsfilterfactory.h"
#include "filters/keymanager/keymanagerendpointfilter.h"
#include "filters/metrics/metricsfilterfactory.h"
#include "filters/schemavalidation/schemavalidationfilterfactory.h"
#include "filters/throttling/throttlingfilterfactory.h"
#include "throttling/throttleplan.h"

#include <atomic>
#include <chrono>

namespace Gatehouse {

namespace {
std::atomic<quint64> lastSnapshotId { 0 };

qint64 steadyMilliseconds()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

RuntimeSnapshot::RuntimeSnapshot(GatewayConfigPtr config, const Shared &shared)
    : m_config(std::move(config))
    , m_router(*m_config)
    , m_clientCertificateTrust(m_config->realm)
    , m_id(lastSnapshotId.fetch_add(1, std::memory_order_relaxed) + 1)
{
    auto authentication = std::make_shared<AuthenticationFilterFactory>(
        *m_config, m_router, shared.revocations, shared.remoteKeys, shared.introspection);
    m_problems += authentication->config().problems();
    const bool anyCors = std::any_of(m_config->apis.cbegin(), m_config->apis.cend(),
        [](const ApiConfig &api) { return api.security.cors.has_value(); });
    if (anyCors)
        m_filters.push_back(std::make_shared<CorsFilterFactory>());
    if (authentication->config().tokenIssuer())
        m_filters.push_back(
            std::make_shared<KeyManagerEndpointFilterFactory>(authentication, authentication->config()));
    if (authentication->config().anyApiSecured())
        m_filters.push_back(std::move(authentication));
    std::shared_ptr<const ThrottlePlan> throttlePlan = ThrottlePlan::compile(*m_config, &m_problems);
    if (shared.throttleCounters && !throttlePlan->isEmpty()) {
        m_filters.push_back(
            std::make_shared<ThrottlingFilterFactory>(ThrottlingFilterConfig { std::move(throttlePlan),
                shared.throttleCounters, [] { return steadyMilliseconds(); }, shared.metrics }));
    }
    const bool anyValidation = std::any_of(m_config->apis.cbegin(), m_config->apis.cend(),
        [](const ApiConfig &api) { return api.enableSchemaValidation; });
    if (anyValidation) { // after authentication and throttling: only admitted requests are checked
        auto validation = std::make_shared<SchemaValidationFilterFactory>(m_router);
        m_problems += validation->config().problems();
        if (!validation->config().isEmpty())
            m_filters.push_back(std::move(validation));
    }
    m_filters.insert(m_filters.end(), shared.customFilters.begin(), shared.customFilters.end());
    if (shared.metrics)
        m_filters.push_back(std::make_shared<MetricsFilterFactory>(*shared.metrics, m_router));
    if (shared.accessLog) {
        AccessLogFilterConfig logConfig;
        logConfig.sink = shared.accessLog;
        logConfig.environment = shared.environment;
        m_filters.push_back(std::make_shared<AccessLogFilterFactory>(std::move(logConfig)));
    }
}

} // namespace Gatehouse
