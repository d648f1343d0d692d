#include "metricsfilterfactory.h"

#include "core/router.h"
#include "observability/metricsregistry.h"

namespace Gatehouse {

MetricsFilterFactory::MetricsFilterFactory(MetricsRegistry &registry, const Router &router)
{
    m_config.unmatched = registry.unmatchedStats();
    m_config.operations.resize(std::size_t(router.operationCount()), nullptr);
    for (const CompiledApi &api : router.apis()) {
        for (const CompiledResource &resource : api.resources) {
            for (const CompiledOperation &operation : resource.operations) {
                m_config.operations[std::size_t(operation.index)] = registry.operationStats(api.config->id,
                    api.config->name, api.config->version, operation.method, resource.config->pathTemplate);
            }
        }
    }
}

} // namespace Gatehouse
