#pragma once

#include "core/httpfilter.h"
#include "metricsfilterconfig.h"

namespace Gatehouse {

// Counts every request and its latency against the operation it was routed to.
class MetricsFilter final : public HttpFilter
{
public:
    explicit MetricsFilter(const MetricsFilterConfig &config)
        : m_config(config)
    { }
    void onLog(const RequestContext &ctx) override;

private:
    const MetricsFilterConfig &m_config;
};

} // namespace Gatehouse
