#include "capabilitycheck.h"
#include "probeworld.h"
#include "security/jose/jose.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QThread>

namespace Gatehouse {

namespace {

// Collects the steps of a probe; the capability is supported only when every step saw what it expected.
class Evidence
{
public:
    // Records "what → status (code)" and whether the answer was the expected one.
    ProbeResponse expect(const QString &what, ProbeResponse response, int status, const QByteArray &code = {})
    {
        const bool ok = response.status == status && (code.isEmpty() || response.wso2Code == code);
        QString step = QStringLiteral("%1 → %2").arg(what, response.summary());
        if (!ok) {
            step += code.isEmpty()
                ? QStringLiteral(" (expected %1)").arg(status)
                : QStringLiteral(" (expected %1 %2)").arg(status).arg(QString::fromLatin1(code));
            m_allPassed = false;
        }
        m_steps << step;
        return response;
    }
    void fail(const QString &why)
    {
        m_steps << why;
        m_allPassed = false;
    }
    CheckOutcome outcome() const { return { m_allPassed, m_steps.join(QStringLiteral("; ")) }; }

private:
    QStringList m_steps;
    bool m_allPassed = true;
};

ProbeRequest get(const QUrl &url, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    ProbeRequest request;
    request.url = url;
    request.headers = std::move(headers);
    return request;
}

// The token is no longer what the key manager signed: its last signature character changes.
QByteArray tampered(QByteArray token)
{
    if (!token.isEmpty())
        token.back() = token.back() == 'A' ? 'B' : 'A';
    return token;
}

std::optional<CheckOutcome> refusedOutcome(const ProbeWorld &world, const QString &feature)
{
    if (const auto refusal = world.refusal(feature))
        return CheckOutcome { false, QStringLiteral("deploy refused: %1").arg(*refusal) };
    return std::nullopt;
}

QByteArray tokenFromKeyManager(ProbeWorld &world, Evidence &evidence)
{
    ProbeRequest request;
    request.method = "POST";
    request.url = world.tokenEndpoint();
    request.headers
        = { { "Authorization",
                "Basic "
                    + QByteArray(world.application().consumerKey + ':' + world.consumerSecret()).toBase64() },
              { "Content-Type", "application/x-www-form-urlencoded" } };
    request.body = "grant_type=client_credentials";
    const ProbeResponse response = evidence.expect(
        QStringLiteral("client_credentials grant at /oauth2/token"), world.client().send(request), 200);
    const QByteArray token = QJsonDocument::fromJson(response.body)
                                 .object()
                                 .value(QLatin1String("access_token"))
                                 .toString()
                                 .toLatin1();
    if (response.status == 200 && token.isEmpty())
        evidence.fail(QStringLiteral("the token endpoint answered without an access_token"));
    return token;
}

CheckOutcome checkOAuth2(ProbeWorld &world)
{
    const QString feature = QStringLiteral("oauth2");
    if (auto refused = refusedOutcome(world, feature))
        return *refused;
    Evidence evidence;
    evidence.expect(
        QStringLiteral("no credentials"), world.client().send(get(world.url(feature))), 401, "900902");
    const QByteArray token = tokenFromKeyManager(world, evidence);
    if (!token.isEmpty()) {
        evidence.expect(QStringLiteral("RS256 bearer token"),
            world.client().send(get(world.url(feature), { { "Authorization", "Bearer " + token } })), 200);
        evidence.expect(QStringLiteral("altered signature"),
            world.client().send(
                get(world.url(feature), { { "Authorization", "Bearer " + tampered(token) } })),
            401, "900901");
    }
    return evidence.outcome();
}

CheckOutcome checkApiKeys(ProbeWorld &world)
{
    const QString feature = QStringLiteral("api-keys");
    if (auto refused = refusedOutcome(world, feature))
        return *refused;
    Evidence evidence;
    ApiKeyRequest request;
    request.application = &world.application();
    const ApiConfig api = ProbeWorld::probeApi(feature);
    request.subscribedApis = { { api.id, api.name, api.context, api.version, QStringLiteral("Unlimited") } };
    QString error;
    const std::optional<IssuedToken> key = world.issuer().issueApiKey(request, &error);
    if (!key) {
        evidence.fail(QStringLiteral("the key manager issued no API key: %1").arg(error));
        return evidence.outcome();
    }
    evidence.expect(QStringLiteral("no key"), world.client().send(get(world.url(feature))), 401, "900902");
    evidence.expect(QStringLiteral("key in the apikey header"),
        world.client().send(get(world.url(feature), { { "apikey", key->token } })), 200);
    QUrl inQuery = world.url(feature);
    inQuery.setQuery(QStringLiteral("apikey=") + QString::fromLatin1(key->token));
    evidence.expect(QStringLiteral("key in the query"), world.client().send(get(inQuery)), 200);
    evidence.expect(QStringLiteral("altered key"),
        world.client().send(get(world.url(feature), { { "apikey", tampered(key->token) } })), 401, "900901");
    return evidence.outcome();
}

CheckOutcome checkBasicAuth(ProbeWorld &world)
{
    const QString feature = QStringLiteral("basic-auth");
    if (auto refused = refusedOutcome(world, feature))
        return *refused;
    Evidence evidence;
    evidence.expect(
        QStringLiteral("no credentials"), world.client().send(get(world.url(feature))), 401, "900902");
    evidence.expect(QStringLiteral("Basic with the user's password"),
        world.client().send(get(
            world.url(feature), { { "Authorization", "Basic " + world.basicUserCredentials().toBase64() } })),
        200);
    evidence.expect(QStringLiteral("Basic with a wrong password"),
        world.client().send(get(world.url(feature),
            { { "Authorization", "Basic " + QByteArray(world.basicUserCredentials() + "x").toBase64() } })),
        401, "900901");
    return evidence.outcome();
}

CheckOutcome checkMutualSsl(ProbeWorld &world)
{
    const QString feature = QStringLiteral("mutual-ssl");
    if (auto refused = refusedOutcome(world, feature))
        return *refused;
    Evidence evidence;
    ProbeRequest withCertificate = get(world.url(feature, true));
    withCertificate.presentClientCertificate = true;
    evidence.expect(QStringLiteral("HTTPS with a client certificate of the trusted CA"),
        world.client().send(withCertificate), 200);
    evidence.expect(QStringLiteral("HTTPS without a client certificate"),
        world.client().send(get(world.url(feature, true))), 401);
    return evidence.outcome();
}

CheckOutcome checkJwtRevocation(ProbeWorld &world)
{
    const QString feature = QStringLiteral("jwt-revocation");
    if (auto refused = refusedOutcome(world, feature))
        return *refused;
    Evidence evidence;
    const QByteArray token = tokenFromKeyManager(world, evidence);
    if (token.isEmpty())
        return evidence.outcome();
    const QList<QPair<QByteArray, QByteArray>> bearer { { "Authorization", "Bearer " + token } };
    evidence.expect(
        QStringLiteral("token before revocation"), world.client().send(get(world.url(feature), bearer)), 200);
    QString error;
    const std::optional<Jose::CompactJws> parsed = Jose::parseCompact(token, &error);
    RevokedToken revoked;
    revoked.jti = parsed ? parsed->claims.value(QLatin1String("jti")).toString().toLatin1() : QByteArray();
    if (revoked.jti.isEmpty())
        revoked.tokenSha256 = Jose::sha256Hex(token);
    revoked.expiresAt = QDateTime::currentSecsSinceEpoch() + 3600;
    world.environment().setRevokedTokens({ revoked });
    // Workers take the list from their event queues; the first request after this may still be in flight.
    QThread::msleep(50);
    evidence.expect(QStringLiteral("same token after revocation"),
        world.client().send(get(world.url(feature), bearer)), 401, "900901");
    return evidence.outcome();
}

ApiConfig securedProbe(const QString &feature, std::vector<AuthScheme> schemes)
{
    ApiConfig api = ProbeWorld::probeApi(feature);
    api.security.schemes = std::move(schemes);
    return api;
}

} // namespace

QList<CapabilityCheck> securityChecks()
{
    return {
        { QStringLiteral("oauth2"),
            [] { return securedProbe(QStringLiteral("oauth2"), { AuthScheme::OAuth2 }); }, checkOAuth2 },
        { QStringLiteral("mutual-ssl"),
            [] {
                ApiConfig api = securedProbe(QStringLiteral("mutual-ssl"), {});
                api.security.mutualTls = MutualTlsMode::Mandatory;
                api.security.applicationSecurityMandatory = false;
                return api;
            },
            checkMutualSsl },
        { QStringLiteral("basic-auth"),
            [] { return securedProbe(QStringLiteral("basic-auth"), { AuthScheme::BasicAuth }); },
            checkBasicAuth },
        { QStringLiteral("api-keys"),
            [] { return securedProbe(QStringLiteral("api-keys"), { AuthScheme::ApiKey }); }, checkApiKeys },
        { QStringLiteral("jwt-revocation"),
            [] { return securedProbe(QStringLiteral("jwt-revocation"), { AuthScheme::OAuth2 }); },
            checkJwtRevocation },
    };
}

} // namespace Gatehouse
