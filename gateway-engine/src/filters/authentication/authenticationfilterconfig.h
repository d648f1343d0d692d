#pragma once

#include "config/gatewayconfig.h"
#include "core/router.h"
#include "security/jwtvalidator.h"
#include "security/tokenissuer.h"
#include "security/validatedtokencache.h"

#include <QHash>
#include <QHostAddress>
#include <memory>
#include <optional>
#include <vector>

namespace Gatehouse {

class RevocationRegistry;
class RemoteKeySets;
class IntrospectionClient;

// One API's security, with header names ready for the request path.
struct CompiledApiSecurity
{
    const ApiSecurity *security = nullptr;
    QString apiId;
    QString contextWithVersion; // "/petstore/1.0.0", as API keys name subscribed APIs
    bool acceptsOAuth2 = false;
    bool acceptsApiKey = false;
    bool acceptsBasic = false;
    bool secured() const { return acceptsOAuth2 || acceptsApiKey || acceptsBasic || mutualTls(); }
    bool mutualTls() const { return security && security->mutualTls != MutualTlsMode::Off; }
};

// Everything authentication needs, compiled once per deployment and shared by all workers.
class AuthenticationFilterConfig
{
public:
    AuthenticationFilterConfig(const GatewayConfig &config, const Router &router,
        const RevocationRegistry *revocations, RemoteKeySets *remoteKeys, IntrospectionClient *introspection);

    bool anyApiSecured() const { return m_anyApiSecured; }
    const CompiledApiSecurity &api(int index) const { return m_apis[std::size_t(index)]; }
    const JwtValidator &jwt() const { return *m_jwt; }
    const std::optional<TokenIssuer> &tokenIssuer() const { return m_tokenIssuer; }
    const SecurityRealm &realm() const { return m_realm; }
    const RevocationRegistry *revocations() const { return m_revocations; }
    RemoteKeySets *remoteKeys() const { return m_remoteKeys; }
    // Null unless the realm configures introspection for opaque tokens.
    IntrospectionClient *introspection() const { return m_realm.introspection ? m_introspection : nullptr; }
    ValidatedTokenCache &tokenCache() const { return m_tokenCache; }
    ValidatedTokenCache &basicCache() const { return m_basicCache; }

    const ApplicationConfig *applicationByConsumerKey(const QByteArray &consumerKey) const;
    const ApplicationConfig *applicationByCertificate(const QByteArray &sha256Hex) const;
    // The subscription tier when application is subscribed to apiId.
    std::optional<QString> subscriptionTier(const ApplicationConfig &application, const QString &apiId) const;
    const BasicUser *user(const QString &name) const;
    // Deploy-time problems (unusable issuer keys, ...), for the deploy report.
    const QStringList &problems() const { return m_problems; }

    static constexpr int basicCacheSeconds = 60;

private:
    SecurityRealm m_realm;
    std::vector<CompiledApiSecurity> m_apis;
    bool m_anyApiSecured = false;
    std::optional<TokenIssuer> m_tokenIssuer;
    std::unique_ptr<JwtValidator> m_jwt;
    QHash<QByteArray, const ApplicationConfig *> m_applicationsByKey;
    QHash<QByteArray, const ApplicationConfig *> m_applicationsByCertificate;
    QHash<QString, const BasicUser *> m_users;
    const RevocationRegistry *m_revocations;
    RemoteKeySets *m_remoteKeys;
    IntrospectionClient *m_introspection;
    mutable ValidatedTokenCache m_tokenCache;
    mutable ValidatedTokenCache m_basicCache { 2'000 };
    QStringList m_problems;
};

} // namespace Gatehouse
