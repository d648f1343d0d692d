#pragma once

#include "accesslogfilter.h"
#include "core/httpfilter.h"

namespace Gatehouse {

class AccessLogFilterFactory final : public HttpFilterFactory
{
public:
    explicit AccessLogFilterFactory(AccessLogFilterConfig config)
        : m_config(std::move(config))
    { }
    QByteArray name() const override { return QByteArrayLiteral("access-log"); }
    FilterPtr create() const override { return shared(&m_filter); }

private:
    AccessLogFilterConfig m_config;
    mutable AccessLogFilter m_filter { m_config };
};

} // namespace Gatehouse
