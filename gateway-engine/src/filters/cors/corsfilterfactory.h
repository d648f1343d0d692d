#pragma once

#include "corsfilter.h"

namespace Gatehouse {

class CorsFilterFactory final : public HttpFilterFactory
{
public:
    QByteArray name() const override { return QByteArrayLiteral("cors"); }
    FilterPtr create() const override { return shared(&m_filter); }

private:
    mutable CorsFilter m_filter; // stateless: the API's CORS config comes from the request's route
};

} // namespace Gatehouse
