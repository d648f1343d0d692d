#pragma once

#include "authenticationfilterconfig.h"
#include "core/httpfilter.h"

#include <memory>

namespace Gatehouse {

// Authentication (OAuth2 JWT, API key, Basic, client certificate) and authorization (revocation,
// subscription, scopes, API key restrictions) for APIs that have security. WSO2 error codes on failure.
class AuthenticationFilter final : public HttpFilter
{
public:
    explicit AuthenticationFilter(const AuthenticationFilterConfig &config)
        : m_config(config)
    { }
    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override;
    void onDestroy() override { m_alive.reset(); }

private:
    enum class CredentialType
    {
        None,
        Bearer,
        ApiKey,
        Basic
    };
    struct Credential
    {
        CredentialType type = CredentialType::None;
        QByteArray value;
    };

    FilterStatus authenticate();
    Credential findCredential() const;
    FilterStatus checkToken(const Credential &credential);
    FilterStatus checkBasic(const QByteArray &encoded);
    FilterStatus introspect(const QByteArray &token, const QByteArray &tokenSha);
    FilterStatus admit(const ValidatedCredential &credential);
    FilterStatus admitCertificateOnly();
    FilterStatus finish(AuthenticatedIdentity identity);
    FilterStatus reject(int status, const QByteArray &code, const QByteArray &reason);
    void stripCredentials();
    void addBackendJwt();
    // Runs continuation on this request's thread later, unless the request ended meanwhile.
    std::function<void()> later(std::function<void(AuthenticationFilter &)> continuation);
    std::weak_ptr<AuthenticationFilter *> aliveToken();
    void resumeWith(FilterStatus status);

    const AuthenticationFilterConfig &m_config;
    RequestContext *m_ctx = nullptr;
    FilterCallbacks *m_callbacks = nullptr;
    const CompiledApiSecurity *m_api = nullptr;
    bool m_certificateAccepted = false;
    bool m_keysRefetched = false;
    std::shared_ptr<AuthenticationFilter *> m_alive; // made only when async work starts; reset by onDestroy
};

} // namespace Gatehouse
