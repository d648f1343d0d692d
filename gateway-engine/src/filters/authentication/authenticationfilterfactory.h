#pragma once

#include "authenticationfilter.h"

namespace Gatehouse {

class AuthenticationFilterFactory final : public HttpFilterFactory
{
public:
    AuthenticationFilterFactory(const GatewayConfig &config, const Router &router,
        const RevocationRegistry *revocations, RemoteKeySets *remoteKeys, IntrospectionClient *introspection)
        : m_config(config, router, revocations, remoteKeys, introspection)
    { }
    QByteArray name() const override { return QByteArrayLiteral("authentication"); }
    FilterPtr create() const override { return owned(new AuthenticationFilter(m_config)); }
    const AuthenticationFilterConfig &config() const { return m_config; }

private:
    AuthenticationFilterConfig m_config;
};

} // namespace Gatehouse
