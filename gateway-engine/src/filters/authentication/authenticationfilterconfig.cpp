#include "authenticationfilterconfig.h"

#include "security/remotekeysets.h"

namespace Gatehouse {

AuthenticationFilterConfig::AuthenticationFilterConfig(const GatewayConfig &config, const Router &router,
    const RevocationRegistry *revocations, RemoteKeySets *remoteKeys, IntrospectionClient *introspection)
    : m_realm(config.realm)
    , m_revocations(revocations)
    , m_remoteKeys(remoteKeys)
    , m_introspection(introspection)
{
    for (const CompiledApi &compiled : router.apis()) {
        CompiledApiSecurity api;
        api.security = &compiled.config->security;
        api.apiId = compiled.config->id;
        api.contextWithVersion = compiled.config->context + u'/' + compiled.config->version;
        for (AuthScheme scheme : api.security->schemes) {
            api.acceptsOAuth2 |= scheme == AuthScheme::OAuth2;
            api.acceptsApiKey |= scheme == AuthScheme::ApiKey;
            api.acceptsBasic |= scheme == AuthScheme::BasicAuth;
        }
        m_anyApiSecured |= api.secured() || api.security->cors.has_value();
        if (std::size_t(compiled.index) >= m_apis.size())
            m_apis.resize(std::size_t(compiled.index) + 1);
        m_apis[std::size_t(compiled.index)] = api;
    }

    Jose::VerificationKeyPtr keyManagerKey;
    if (!m_realm.keyManager.privateKeyPem.isEmpty()) {
        QString error;
        m_tokenIssuer = TokenIssuer::create(m_realm.keyManager, &error);
        if (m_tokenIssuer)
            keyManagerKey = m_tokenIssuer->verificationKey();
        else
            m_problems.append(QStringLiteral("key manager: %1").arg(error));
    }
    m_jwt = std::make_unique<JwtValidator>(m_realm, keyManagerKey, &m_problems);
    if (m_remoteKeys)
        m_remoteKeys->prefetch(m_jwt->remoteKeyUrls());

    for (const ApplicationConfig &application : m_realm.applications) {
        m_applicationsByKey.insert(application.consumerKey, &application);
        for (const QString &fingerprint : application.clientCertificateSha256)
            m_applicationsByCertificate.insert(fingerprint.toLower().toLatin1(), &application);
    }
    for (const BasicUser &user : m_realm.users)
        m_users.insert(user.name, &user);
}

const ApplicationConfig *AuthenticationFilterConfig::applicationByConsumerKey(
    const QByteArray &consumerKey) const
{
    return m_applicationsByKey.value(consumerKey);
}

const ApplicationConfig *AuthenticationFilterConfig::applicationByCertificate(
    const QByteArray &sha256Hex) const
{
    return m_applicationsByCertificate.value(sha256Hex);
}

std::optional<QString> AuthenticationFilterConfig::subscriptionTier(
    const ApplicationConfig &application, const QString &apiId) const
{
    for (const SubscriptionConfig &subscription : application.subscriptions) {
        if (subscription.apiId == apiId)
            return subscription.tier;
    }
    return std::nullopt;
}

const BasicUser *AuthenticationFilterConfig::user(const QString &name) const
{
    return m_users.value(name);
}

} // namespace Gatehouse
