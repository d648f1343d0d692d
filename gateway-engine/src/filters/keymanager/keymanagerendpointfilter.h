#pragma once

#include "core/httpfilter.h"
#include "filters/authentication/authenticationfilterconfig.h"

#include <memory>

namespace Gatehouse {

// The built-in key manager on every environment: POST /oauth2/token (client_credentials and password
// grants, RFC 6749) and GET /oauth2/jwks. Only paths no deployed API claims.
class KeyManagerEndpointFilter final : public HttpFilter
{
public:
    explicit KeyManagerEndpointFilter(const AuthenticationFilterConfig &config)
        : m_config(config)
    { }
    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override;
    void onDestroy() override { m_alive.reset(); }

    static constexpr qint64 maxTokenRequestBytes = 16 * 1024;

private:
    void handleTokenRequest();
    void issue(const ApplicationConfig &application, const QString &subject, const QStringList &scopes);
    void answer(int status, const QJsonObject &body, const QByteArray &wwwAuthenticate = {});
    std::function<void()> later(std::function<void(KeyManagerEndpointFilter &)> continuation);

    const AuthenticationFilterConfig &m_config;
    RequestContext *m_ctx = nullptr;
    FilterCallbacks *m_callbacks = nullptr;
    std::shared_ptr<KeyManagerEndpointFilter *> m_alive = std::make_shared<KeyManagerEndpointFilter *>(this);
};

class KeyManagerEndpointFilterFactory final : public HttpFilterFactory
{
public:
    explicit KeyManagerEndpointFilterFactory(
        std::shared_ptr<const HttpFilterFactory> owner, const AuthenticationFilterConfig &config)
        : m_owner(std::move(owner))
        , m_config(config)
    { }
    QByteArray name() const override { return QByteArrayLiteral("key-manager"); }
    FilterPtr create() const override { return owned(new KeyManagerEndpointFilter(m_config)); }

private:
    std::shared_ptr<const HttpFilterFactory> m_owner; // keeps m_config alive
    const AuthenticationFilterConfig &m_config;
};

} // namespace Gatehouse
