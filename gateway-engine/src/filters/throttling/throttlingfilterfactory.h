#pragma once

#include "throttlingfilter.h"

namespace Gatehouse {

class ThrottlingFilterFactory final : public HttpFilterFactory
{
public:
    explicit ThrottlingFilterFactory(ThrottlingFilterConfig config)
        : m_config(std::move(config))
    { }
    QByteArray name() const override { return QByteArrayLiteral("throttling"); }
    FilterPtr create() const override { return owned(new ThrottlingFilter(m_config)); }

private:
    ThrottlingFilterConfig m_config;
};

} // namespace Gatehouse
