#pragma once

#include "core/httpfilter.h"
#include "metricsfilter.h"

namespace Gatehouse {

class MetricsRegistry;
class Router;

class MetricsFilterFactory final : public HttpFilterFactory
{
public:
    MetricsFilterFactory(MetricsRegistry &registry, const Router &router);
    QByteArray name() const override { return QByteArrayLiteral("metrics"); }
    FilterPtr create() const override { return shared(&m_filter); }

private:
    MetricsFilterConfig m_config;
    mutable MetricsFilter m_filter { m_config };
};

} // namespace Gatehouse
