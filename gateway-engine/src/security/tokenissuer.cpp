#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Gatehouse {

namespace {

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray newJti()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QJsonObject applicationClaim(const ApplicationConfig &application)
{
    return QJsonObject { { QStringLiteral("id"), application.id }, { QStringLiteral("uuid"), application.id },
        { QStringLiteral("name"), application.name }, { QStringLiteral("tier"), application.tier },
        { QStringLiteral("owner"), QStringLiteral("admin") } };
}

} // namespace

TokenIssuer::TokenIssuer(KeyManagerConfig config, Jose::SigningKeyPtr key)
    : m_config(std::move(config))
    , m_key(std::move(key))
{ }

std::optional<TokenIssuer> TokenIssuer::create(const KeyManagerConfig &config, QString *error)
{
    if (config.privateKeyPem.isEmpty()) {
        if (error)
            *error = QStringLiteral("the key manager has no private key");
        return std::nullopt;
    }
    auto key = Jose::SigningKey::fromPrivateKeyPem(config.privateKeyPem, config.keyId, error);
    if (!key)
        return std::nullopt;
    if (!key->supports(Jose::Algorithm::RS256)) {
        if (error)
            *error = QStringLiteral("the key manager key is not an RSA key");
        return std::nullopt;
    }
    return TokenIssuer(config, std::move(key));
}

std::optional<KeyManagerConfig> TokenIssuer::generateKeyManager(QString *error)
{
    auto key = Jose::SigningKey::generateRsa(2048, error);
    if (!key)
        return std::nullopt;
    KeyManagerConfig config;
    config.keyId = Jose::sha256Hex(key->publicKeyPem()).left(16);
    config.privateKeyPem = key->privateKeyPem();
    return config;
}

std::optional<IssuedToken> TokenIssuer::issueAccessToken(const TokenRequest &request, QString *error) const
{
    if (!request.application) {
        if (error)
            *error = QStringLiteral("no application");
        return std::nullopt;
    }
    const ApplicationConfig &application = *request.application;
    const qint64 now = nowSeconds();
    const int validity
        = request.validitySeconds > 0 ? request.validitySeconds : m_config.tokenValiditySeconds;
    IssuedToken issued;
    issued.jti = newJti();
    issued.expiresAt = now + validity;
    const QString clientId = QString::fromLatin1(application.consumerKey);
    QJsonObject claims { { QStringLiteral("iss"), m_config.issuer },
        { QStringLiteral("sub"), request.subject.isEmpty() ? application.name : request.subject },
        { QStringLiteral("aud"), clientId }, { QStringLiteral("azp"), clientId },
        { QStringLiteral("client_id"), clientId }, { QStringLiteral("scope"), request.scopes.join(u' ') },
        { QStringLiteral("keytype"), request.keyType },
        { QStringLiteral("application"), applicationClaim(application) }, { QStringLiteral("iat"), now },
        { QStringLiteral("nbf"), now }, { QStringLiteral("exp"), issued.expiresAt },
        { QStringLiteral("jti"), QString::fromLatin1(issued.jti) } };
    issued.token = Jose::signCompact(*m_key, Jose::Algorithm::RS256, claims);
    if (issued.token.isEmpty()) {
        if (error)
            *error = QStringLiteral("signing failed");
        return std::nullopt;
    }
    return issued;
}

std::optional<IssuedToken> TokenIssuer::issueApiKey(const ApiKeyRequest &request, QString *error) const
{
    if (!request.application) {
        if (error)
            *error = QStringLiteral("no application");
        return std::nullopt;
    }
    const ApplicationConfig &application = *request.application;
    const qint64 now = nowSeconds();
    IssuedToken issued;
    issued.jti = newJti();
    issued.expiresAt = request.validitySeconds > 0 ? now + request.validitySeconds : 0;

    QJsonArray subscribedApis;
    QJsonObject tierInfo;
    for (const auto &api : request.subscribedApis) {
        subscribedApis.append(
            QJsonObject { { QStringLiteral("id"), api.id }, { QStringLiteral("name"), api.name },
                { QStringLiteral("context"), QString(api.context + u'/' + api.version) },
                { QStringLiteral("version"), api.version },
                { QStringLiteral("publisher"), QStringLiteral("admin") },
                { QStringLiteral("subscriptionTier"), api.tier },
                { QStringLiteral("subscriberTenantDomain"), QStringLiteral("carbon.super") } });
        tierInfo.insert(api.tier, QJsonObject { { QStringLiteral("stopOnQuotaReach"), true } });
    }
    QJsonObject claims { { QStringLiteral("iss"), m_config.issuer },
        { QStringLiteral("sub"), application.name }, { QStringLiteral("keytype"), request.keyType },
        { QStringLiteral("application"), applicationClaim(application) },
        { QStringLiteral("subscribedAPIs"), subscribedApis }, { QStringLiteral("tierInfo"), tierInfo },
        { QStringLiteral("token_type"), QStringLiteral("apiKey") }, { QStringLiteral("iat"), now },
        { QStringLiteral("jti"), QString::fromLatin1(issued.jti) } };
    if (issued.expiresAt > 0)
        claims.insert(QStringLiteral("exp"), issued.expiresAt);
    if (!request.permittedIps.isEmpty())
        claims.insert(QStringLiteral("permittedIP"), request.permittedIps.join(u','));
    if (!request.permittedReferers.isEmpty())
        claims.insert(QStringLiteral("permittedReferer"), request.permittedReferers.join(u','));
    issued.token = Jose::signCompact(*m_key, Jose::Algorithm::RS256, claims);
    if (issued.token.isEmpty()) {
        if (error)
            *error = QStringLiteral("signing failed");
        return std::nullopt;
    }
    return issued;
}

QByteArray TokenIssuer::jwks() const
{
    const QJsonObject document { { QStringLiteral("keys"), QJsonArray { m_key->publicJwk() } } };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

Jose::VerificationKeyPtr TokenIssuer::verificationKey() const
{
    return m_key->verificationKey();
}

QByteArray TokenIssuer::sign(const QJsonObject &claims) const
{
    return Jose::signCompact(*m_key, Jose::Algorithm::RS256, claims);
}

} // namespace Gatehouse
