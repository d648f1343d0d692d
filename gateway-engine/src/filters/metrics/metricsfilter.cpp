#include "metricsfilter.h"

namespace Gatehouse {

void MetricsFilter::onLog(const RequestContext &ctx)
{
    OperationStats *stats = m_config.unmatched;
    if (ctx.route.operation && std::size_t(ctx.route.operation->index) < m_config.operations.size())
        stats = m_config.operations[std::size_t(ctx.route.operation->index)];
    if (stats)
        stats->record(ctx.workerIndex, ctx.responseStatus(), ctx.elapsedMs() / 1000.0);
}

} // namespace Gatehouse
