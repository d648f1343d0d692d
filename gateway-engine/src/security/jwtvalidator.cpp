#include "jwtvalidator.h"

#include "security/remotekeysets.h"

#include <QFile>
#include <QJsonArray>

namespace Gatehouse {

namespace {

constexpr qint64 maxCacheSeconds = 15 * 60;

JwtOutcome invalid(const char *reason)
{
    JwtOutcome outcome;
    outcome.reason = reason;
    return outcome;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    if (value.isString()) {
        result = value.toString().split(u' ', Qt::SkipEmptyParts);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                result.append(item.toString());
        }
    }
    return result;
}

// A NumericDate (RFC 7519): a JSON number of seconds; nullopt when absent, -1 when malformed.
std::optional<qint64> numericDate(const QJsonObject &claims, const QString &name)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1e13)
        return -1;
    return qint64(value.toDouble());
}

bool audienceMatches(const QJsonValue &aud, const QStringList &accepted)
{
    if (accepted.isEmpty())
        return true;
    if (!aud.isString() && !aud.isArray())
        return false;
    const QStringList audiences = aud.isString() ? QStringList { aud.toString() } : stringList(aud);
    for (const QString &audience : audiences) {
        if (accepted.contains(audience))
            return true;
    }
    return false;
}

void addPemOrJwks(TrustedIssuer &issuer, QStringList *problems)
{
    QList<Jose::VerificationKeyPtr> keys;
    QString error;
    if (!issuer.config.certificatePem.isEmpty()) {
        if (auto key = Jose::VerificationKey::fromPem(issuer.config.certificatePem, &error))
            keys.append(key);
        else if (problems)
            problems->append(QStringLiteral("issuer %1: certificate: %2").arg(issuer.config.name, error));
    }
    if (!issuer.config.hmacSecret.isEmpty())
        keys.append(Jose::VerificationKey::fromHmacSecret(issuer.config.hmacSecret));
    if (!issuer.config.jwksFilePath.isEmpty()) {
        QFile file(issuer.config.jwksFilePath);
        std::optional<Jose::KeySet> set;
        if (file.open(QIODevice::ReadOnly) && file.size() <= 1024 * 1024)
            set = Jose::KeySet::fromJwks(file.readAll(), &error);
        else
            error = QStringLiteral("cannot read %1").arg(issuer.config.jwksFilePath);
        if (set)
            keys.append(set->keys());
        else if (problems)
            problems->append(QStringLiteral("issuer %1: JWKS file: %2").arg(issuer.config.name, error));
    }
    issuer.keys = Jose::KeySet(keys);
}

} // namespace

JwtValidator::JwtValidator(
    const SecurityRealm &realm, const Jose::VerificationKeyPtr &keyManagerKey, QStringList *problems)
{
    if (keyManagerKey) {
        TrustedIssuer builtIn;
        builtIn.config.name = QStringLiteral("gatehouse");
        builtIn.config.issuer = realm.keyManager.issuer;
        builtIn.config.consumerKeyClaim = QStringLiteral("azp");
        builtIn.algorithms = { Jose::Algorithm::RS256 };
        builtIn.keys = Jose::KeySet({ keyManagerKey });
        builtIn.builtIn = true;
        m_issuers.push_back(std::move(builtIn));
    }
    for (const IssuerConfig &config : realm.issuers) {
        TrustedIssuer issuer;
        issuer.config = config;
        for (const QString &name : config.algorithms) {
            const auto algorithm = Jose::algorithmFromName(name.toLatin1());
            // HMAC only with an explicitly configured secret: never verify HS* with a public key.
            if (algorithm && (!Jose::isHmac(*algorithm) || !config.hmacSecret.isEmpty()))
                issuer.algorithms.append(*algorithm);
            else if (problems)
                problems->append(
                    QStringLiteral("issuer %1: algorithm %2 is not usable").arg(config.name, name));
        }
        addPemOrJwks(issuer, problems);
        issuer.remoteKeys = config.jwksUrl.isValid() && !config.jwksUrl.isEmpty();
        m_issuers.push_back(std::move(issuer));
    }
}

QList<QUrl> JwtValidator::remoteKeyUrls() const
{
    QList<QUrl> urls;
    for (const TrustedIssuer &issuer : m_issuers) {
        if (issuer.remoteKeys)
            urls.append(issuer.config.jwksUrl);
    }
    return urls;
}

const TrustedIssuer *JwtValidator::issuerFor(const QString &iss) const
{
    for (const TrustedIssuer &issuer : m_issuers) {
        if (issuer.config.issuer == iss)
            return &issuer;
    }
    return nullptr;
}

JwtOutcome JwtValidator::validate(const QByteArray &token, const QByteArray &tokenSha256Hex, Kind kind,
    qint64 now, const RemoteKeySets *remote, bool refetchAllowed) const
{
    QString parseError;
    const auto jws = Jose::parseCompact(token, &parseError);
    if (!jws)
        return invalid("malformed token");
    const QJsonObject &claims = jws->claims;
    const QJsonValue iss = claims.value(QLatin1String("iss"));
    if (!iss.isString())
        return invalid("token has no issuer");
    const TrustedIssuer *issuer = issuerFor(iss.toString());
    if (!issuer)
        return invalid("issuer is not trusted");
    if (kind == Kind::ApiKey && !issuer->builtIn)
        return invalid("API key is not signed by the workspace key manager");
    // Keys and tokens from one key manager share its signing key: the claim tells them apart, so an API key
    // is never accepted as a bearer token or the reverse.
    const bool isApiKey = claims.value(QLatin1String("token_type")).toString() == QLatin1String("apiKey");
    if (isApiKey != (kind == Kind::ApiKey))
        return invalid(isApiKey ? "an API key is not an access token" : "an access token is not an API key");
    const auto algorithm = Jose::algorithmFromName(jws->algorithm);
    if (!algorithm || !issuer->algorithms.contains(*algorithm))
        return invalid("algorithm is not allowed for this issuer");

    Jose::VerificationKeyPtr key = issuer->keys.find(jws->keyId, *algorithm);
    if (!key && issuer->remoteKeys && remote) {
        const auto remoteSet = remote->keySet(issuer->config.jwksUrl);
        if (remoteSet)
            key = remoteSet->find(jws->keyId, *algorithm);
        if (!key && refetchAllowed) {
            JwtOutcome outcome;
            outcome.status = JwtOutcome::Status::NeedKeys;
            outcome.jwksUrl = issuer->config.jwksUrl;
            outcome.reason = "signing key not known yet";
            return outcome;
        }
    }
    if (!key)
        return invalid("no key of the issuer matches the token's kid");
    if (!key->verify(*algorithm, jws->signingInput, jws->signature))
        return invalid("signature is not valid");

    const qint64 skew = qMax(0, issuer->config.clockSkewSeconds);
    const auto exp = numericDate(claims, QStringLiteral("exp"));
    const auto nbf = numericDate(claims, QStringLiteral("nbf"));
    const auto iat = numericDate(claims, QStringLiteral("iat"));
    if ((exp && *exp < 0) || (nbf && *nbf < 0) || (iat && *iat < 0))
        return invalid("a time claim is not a number");
    if (!exp && kind == Kind::AccessToken)
        return invalid("token has no expiry");
    if (exp && now >= *exp + skew)
        return invalid("token has expired");
    if (nbf && now + skew < *nbf)
        return invalid("token is not valid yet");
    if (iat && now + skew < *iat)
        return invalid("token is issued in the future");
    if (!audienceMatches(claims.value(QLatin1String("aud")), issuer->config.audiences))
        return invalid("audience is not accepted");

    auto credential = std::make_shared<ValidatedCredential>();
    AuthenticatedIdentity &identity = credential->identity;
    identity.method = kind == Kind::ApiKey ? "api_key" : "oauth2";
    identity.issuer = iss.toString();
    identity.subject = claims.value(QLatin1String("sub")).toString();
    identity.jti = claims.value(QLatin1String("jti")).toString().toUtf8();
    identity.expiresAt = exp.value_or(0);
    identity.claims = claims;
    for (const QString &claim : { issuer->config.consumerKeyClaim, QStringLiteral("client_id") }) {
        const QJsonValue value = claims.value(claim);
        if (value.isString() && !value.toString().isEmpty()) {
            identity.consumerKey = value.toString().toUtf8();
            break;
        }
    }
    QJsonValue scopes = claims.value(issuer->config.scopesClaim);
    if (scopes.isUndefined())
        scopes = claims.value(QLatin1String("scp"));
    identity.scopes = stringList(scopes);
    if (claims.value(QLatin1String("keytype")).toString() == QLatin1String("SANDBOX"))
        identity.keyType = QStringLiteral("SANDBOX");
    const QJsonObject application = claims.value(QLatin1String("application")).toObject();
    identity.applicationName = application.value(QLatin1String("name")).toString();
    identity.applicationId = application.value(QLatin1String("uuid")).toString();
    identity.applicationTier = application.value(QLatin1String("tier")).toString();
    if (kind == Kind::ApiKey) {
        credential->permittedIps
            = claims.value(QLatin1String("permittedIP")).toString().split(u',', Qt::SkipEmptyParts);
        credential->permittedReferers
            = claims.value(QLatin1String("permittedReferer")).toString().split(u',', Qt::SkipEmptyParts);
        for (const QJsonValue &api : claims.value(QLatin1String("subscribedAPIs")).toArray())
            credential->subscribedApiContexts.append(
                api.toObject().value(QLatin1String("context")).toString());
    }
    credential->tokenSha256Hex = tokenSha256Hex;
    credential->cacheUntil = exp ? qMin(*exp + skew, now + maxCacheSeconds) : now + maxCacheSeconds;

    JwtOutcome outcome;
    outcome.status = JwtOutcome::Status::Valid;
    outcome.credential = std::move(credential);
    return outcome;
}

} // namespace Gatehouse
