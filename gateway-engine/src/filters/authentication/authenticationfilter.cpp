#include "authenticationfilter.h"

#include "apikeyrestrictions.h"
#include "security/introspectionclient.h"
#include "security/jose/jose.h"
#include "security/passwordhash.h"
#include "security/remotekeysets.h"
#include "security/revocationlist.h"

#include <QDateTime>
#include <QJsonObject>
#include <QThreadPool>

namespace Gatehouse {

namespace {

constexpr int maxCredentialBytes = 16 * 1024;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray queryParameter(const QByteArray &query, const QByteArray &name, QByteArray *queryWithout)
{
    QByteArray found;
    QList<QByteArray> kept;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        if (found.isEmpty() && key == name && eq >= 0)
            found = QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        else if (key != name)
            kept.append(pair);
    }
    if (queryWithout)
        *queryWithout = kept.join('&');
    return found;
}

QByteArray bearerToken(QByteArrayView header)
{
    if (header.size() > 7 && HttpHeaders::nameEquals(header.first(7), "Bearer "))
        return header.sliced(7).trimmed().toByteArray();
    return {};
}

} // namespace

FilterStatus AuthenticationFilter::onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks)
{
    if (ctx.route.result != RouteMatch::Result::Matched || !ctx.route.operation->config)
        return FilterStatus::Continue;
    const CompiledApiSecurity &api = m_config.api(ctx.route.api->index);
    if (!api.secured() || ctx.route.operation->config->security.disabled)
        return FilterStatus::Continue;
    m_ctx = &ctx;
    m_callbacks = &callbacks;
    m_api = &api;
    return authenticate();
}

FilterStatus AuthenticationFilter::authenticate()
{
    const ApiSecurity &security = *m_api->security;
    const bool hasApplicationSecurity = m_api->acceptsOAuth2 || m_api->acceptsApiKey || m_api->acceptsBasic;
    if (m_api->mutualTls()) {
        const auto &certificate = m_ctx->clientCertificate;
        m_certificateAccepted = certificate && certificate->verified;
        if (!m_certificateAccepted && security.mutualTls == MutualTlsMode::Mandatory) {
            return reject(401, "900901",
                certificate ? "client certificate rejected: " + certificate->problem.toUtf8()
                            : QByteArray("no client certificate"));
        }
        if (!hasApplicationSecurity) {
            if (!m_certificateAccepted)
                return reject(401, "900901", "no valid client certificate");
            return admitCertificateOnly();
        }
    }
    const Credential credential = findCredential();
    if (credential.type == CredentialType::None) {
        const bool applicationOptional = m_api->mutualTls() && !security.applicationSecurityMandatory;
        if (m_certificateAccepted && applicationOptional)
            return admitCertificateOnly();
        return reject(401, "900902", "no credentials in the request");
    }
    if (credential.value.size() > maxCredentialBytes)
        return reject(401, "900901", "credential too large");
    if (credential.type == CredentialType::Basic)
        return checkBasic(credential.value);
    return checkToken(credential);
}

AuthenticationFilter::Credential AuthenticationFilter::findCredential() const
{
    const ApiSecurity &security = *m_api->security;
    const HttpHeaders &headers = m_ctx->request.headers;
    const QByteArrayView authorization = headers.view(security.authorizationHeader);
    if (m_api->acceptsOAuth2) {
        QByteArray token = bearerToken(authorization);
        if (!token.isEmpty())
            return { CredentialType::Bearer, token };
    }
    if (m_api->acceptsApiKey) {
        QByteArray key = headers.value(security.apiKeyHeader).trimmed();
        if (key.isEmpty() && !security.apiKeyQueryParameter.isEmpty())
            key = queryParameter(m_ctx->request.query, security.apiKeyQueryParameter, nullptr);
        if (!key.isEmpty())
            return { CredentialType::ApiKey, key };
    }
    if (m_api->acceptsBasic && authorization.size() > 6
        && HttpHeaders::nameEquals(authorization.first(6), "Basic "))
        return { CredentialType::Basic, authorization.sliced(6).trimmed().toByteArray() };
    return {};
}

FilterStatus AuthenticationFilter::checkToken(const Credential &credential)
{
    const qint64 now = nowSeconds();
    QByteArray tokenSha;
    ValidatedCredentialPtr validated = m_config.tokenCache().findByToken(credential.value, now, &tokenSha);
    const auto revoked = m_config.revocations() ? m_config.revocations()->current() : nullptr;
    if (revoked && revoked->isRevoked({}, tokenSha))
        return reject(401, "900901", "token has been revoked");
    const auto kind = credential.type == CredentialType::ApiKey ? JwtValidator::Kind::ApiKey
                                                                : JwtValidator::Kind::AccessToken;
    if (validated && (validated->identity.method == "api_key") != (kind == JwtValidator::Kind::ApiKey))
        validated.reset(); // an access token sent as an API key (or the reverse) is validated afresh
    if (!validated && credential.type == CredentialType::Bearer && credential.value.count('.') != 2
        && m_config.introspection())
        return introspect(credential.value, tokenSha);
    if (!validated) {
        const JwtOutcome outcome = m_config.jwt().validate(
            credential.value, tokenSha, kind, now, m_config.remoteKeys(), !m_keysRefetched);
        if (outcome.status == JwtOutcome::Status::NeedKeys) {
            m_keysRefetched = true;
            m_config.remoteKeys()->refresh(outcome.jwksUrl, m_callbacks->asyncContext(),
                later([credential](AuthenticationFilter &filter) {
                    filter.resumeWith(filter.checkToken(credential));
                }));
            return FilterStatus::Stop;
        }
        if (outcome.status != JwtOutcome::Status::Valid)
            return reject(401, "900901", outcome.reason);
        validated = outcome.credential;
        m_config.tokenCache().insert(validated, now);
    }
    if (revoked && revoked->isRevoked(validated->identity.jti, {}))
        return reject(401, "900901", "token has been revoked");
    return admit(*validated);
}

FilterStatus AuthenticationFilter::introspect(const QByteArray &token, const QByteArray &tokenSha)
{
    const IntrospectionConfig &config = *m_config.realm().introspection;
    m_config.introspection()->introspect(config, token, m_callbacks->asyncContext(),
        [alive = aliveToken(), tokenSha, cacheSeconds = config.cacheSeconds](
            const IntrospectionClient::Result &result) {
            const auto filter = alive.lock();
            if (!filter)
                return;
            AuthenticationFilter &self = **filter;
            if (!result.reachable) {
                self.resumeWith(self.reject(401, "900900", result.problem.toUtf8()));
                return;
            }
            if (!result.active) {
                self.resumeWith(self.reject(401, "900901", "token is not active"));
                return;
            }
            const qint64 now = nowSeconds();
            const QJsonObject &claims = result.claims;
            auto credential = std::make_shared<ValidatedCredential>();
            AuthenticatedIdentity &identity = credential->identity;
            identity.method = "oauth2";
            identity.issuer = claims.value(QLatin1String("iss")).toString();
            identity.subject = claims.value(QLatin1String("sub"))
                                   .toString(claims.value(QLatin1String("username")).toString());
            identity.consumerKey = claims.value(QLatin1String("client_id")).toString().toUtf8();
            identity.scopes = claims.value(QLatin1String("scope")).toString().split(u' ', Qt::SkipEmptyParts);
            identity.jti = claims.value(QLatin1String("jti")).toString().toUtf8();
            identity.claims = claims;
            const qint64 exp = qint64(claims.value(QLatin1String("exp")).toDouble(0));
            identity.expiresAt = exp;
            if (exp > 0 && exp <= now) {
                self.resumeWith(self.reject(401, "900901", "token has expired"));
                return;
            }
            credential->tokenSha256Hex = tokenSha;
            credential->cacheUntil = exp > 0 ? qMin(exp, now + cacheSeconds) : now + cacheSeconds;
            self.m_config.tokenCache().insert(credential, now);
            const auto revoked
                = self.m_config.revocations() ? self.m_config.revocations()->current() : nullptr;
            if (revoked && revoked->isRevoked(identity.jti, {})) {
                self.resumeWith(self.reject(401, "900901", "token has been revoked"));
                return;
            }
            self.resumeWith(self.admit(*credential));
        });
    return FilterStatus::Stop;
}

FilterStatus AuthenticationFilter::checkBasic(const QByteArray &encoded)
{
    const auto result = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray decoded = result ? result.decoded : QByteArray();
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return reject(401, "900901", "malformed Basic credentials");
    const QString userName = QString::fromUtf8(decoded.left(colon));
    const QByteArray password = decoded.mid(colon + 1);
    const QByteArray cacheKey = Jose::sha256Hex(QByteArray("basic\n" + decoded));
    const qint64 now = nowSeconds();
    if (const auto cached = m_config.basicCache().find(cacheKey, now))
        return admit(*cached);

    const BasicUser *user = m_config.user(userName);
    const QByteArray storedHash = user ? user->passwordHash : QByteArray();
    auto done = later([cacheKey, userName, now](AuthenticationFilter &filter) {
        const BasicUser *verifiedUser = filter.m_config.user(userName);
        if (!verifiedUser) {
            filter.resumeWith(filter.reject(401, "900901", "unknown user or wrong password"));
            return;
        }
        auto credential = std::make_shared<ValidatedCredential>();
        credential->identity.method = "basic_auth";
        credential->identity.subject = userName;
        credential->identity.scopes = verifiedUser->roles;
        credential->tokenSha256Hex = cacheKey;
        credential->cacheUntil = now + AuthenticationFilterConfig::basicCacheSeconds;
        filter.m_config.basicCache().insert(credential, now);
        filter.resumeWith(filter.admit(*credential));
    });
    auto refused = later([](AuthenticationFilter &filter) {
        filter.resumeWith(filter.reject(401, "900901", "unknown user or wrong password"));
    });
    QThreadPool::globalInstance()->start([password, storedHash, done, refused] {
        const bool matches = PasswordHash::verifyOrSpendEqualTime(password, storedHash);
        (matches ? done : refused)();
    });
    return FilterStatus::Stop;
}

FilterStatus AuthenticationFilter::admit(const ValidatedCredential &credential)
{
    AuthenticatedIdentity identity = credential.identity;
    if (identity.method == "basic_auth")
        return finish(std::move(identity));

    const ApplicationConfig *application = nullptr;
    if (identity.method == "api_key") {
        if (!credential.permittedIps.isEmpty()
            && !ApiKeyRestrictions::addressPermitted(m_ctx->clientAddress, credential.permittedIps))
            return reject(403, "900908", "API key is not permitted from this address");
        if (!credential.permittedReferers.isEmpty()
            && !ApiKeyRestrictions::refererPermitted(
                m_ctx->request.headers.value("Referer"), credential.permittedReferers))
            return reject(403, "900908", "API key is not permitted from this referer");
        if (!credential.subscribedApiContexts.contains(m_api->contextWithVersion))
            return reject(403, "900908", "API key is not subscribed to this API");
        for (const ApplicationConfig &candidate : m_config.realm().applications) {
            if (candidate.id == identity.applicationId)
                application = &candidate;
        }
    } else {
        application = m_config.applicationByConsumerKey(identity.consumerKey);
    }
    if (!application)
        return reject(403, "900908", "the token's application is not known to this environment");
    const auto tier = m_config.subscriptionTier(*application, m_api->apiId);
    if (!tier)
        return reject(403, "900908", "the application is not subscribed to this API");
    identity.applicationId = application->id;
    identity.applicationName = application->name;
    identity.applicationTier = application->tier;
    identity.subscriptionTier = *tier;
    return finish(std::move(identity));
}

FilterStatus AuthenticationFilter::admitCertificateOnly()
{
    const ClientCertificateFacts &certificate = *m_ctx->clientCertificate;
    AuthenticatedIdentity identity;
    identity.method = "mutual_tls";
    identity.subject = certificate.subject;
    if (const ApplicationConfig *application = m_config.applicationByCertificate(certificate.sha256Hex)) {
        identity.applicationId = application->id;
        identity.applicationName = application->name;
        identity.applicationTier = application->tier;
        identity.subscriptionTier = m_config.subscriptionTier(*application, m_api->apiId).value_or(QString());
    }
    return finish(std::move(identity));
}

FilterStatus AuthenticationFilter::finish(AuthenticatedIdentity identity)
{
    const QStringList &required = m_ctx->route.operation->config->security.scopes;
    if (!required.isEmpty()) {
        const bool allowed = std::any_of(required.cbegin(), required.cend(),
            [&identity](const QString &scope) { return identity.scopes.contains(scope); });
        if (!allowed)
            return reject(403, "900910", "the credential has none of the scopes this operation needs");
    }
    m_ctx->useSandbox = identity.keyType == QLatin1String("SANDBOX");
    m_ctx->identity = std::move(identity);
    stripCredentials();
    addBackendJwt();
    return FilterStatus::Continue;
}

void AuthenticationFilter::stripCredentials()
{
    const ApiSecurity &security = *m_api->security;
    HttpRequestHead &request = m_ctx->request;
    if (!security.forwardAuthorizationHeader)
        request.headers.removeAll(security.authorizationHeader);
    if (m_api->acceptsApiKey) {
        request.headers.removeAll(security.apiKeyHeader);
        if (!security.apiKeyQueryParameter.isEmpty() && !request.query.isEmpty())
            queryParameter(request.query, security.apiKeyQueryParameter, &request.query);
    }
}

void AuthenticationFilter::addBackendJwt()
{
    const QByteArray &header = m_config.realm().backendJwtHeader;
    m_ctx->request.headers.removeAll(header); // never trust one the client sent
    if (!m_api->security->sendBackendJwt || !m_config.tokenIssuer())
        return;
    const AuthenticatedIdentity &identity = *m_ctx->identity;
    const qint64 now = nowSeconds();
    const QString wso2 = QStringLiteral("http://wso2.org/claims/");
    const QJsonObject claims { { QStringLiteral("iss"), m_config.realm().keyManager.issuer },
        { QStringLiteral("sub"), identity.subject }, { QStringLiteral("iat"), now },
        { QStringLiteral("exp"), now + 900 },
        { wso2 + QStringLiteral("apicontext"), m_api->contextWithVersion },
        { wso2 + QStringLiteral("applicationid"), identity.applicationId },
        { wso2 + QStringLiteral("applicationname"), identity.applicationName },
        { wso2 + QStringLiteral("applicationtier"), identity.applicationTier },
        { wso2 + QStringLiteral("tier"), identity.subscriptionTier },
        { wso2 + QStringLiteral("keytype"), identity.keyType },
        { wso2 + QStringLiteral("enduser"), identity.subject },
        { wso2 + QStringLiteral("client_id"), QString::fromUtf8(identity.consumerKey) },
        { wso2 + QStringLiteral("authentication_method"), QString::fromLatin1(identity.method) } };
    m_ctx->request.headers.set(header, m_config.tokenIssuer()->sign(claims));
}

FilterStatus AuthenticationFilter::reject(int status, const QByteArray &code, const QByteArray &reason)
{
    m_ctx->authFailure = reason;
    LocalReply reply;
    if (code == "900902") {
        reply = wso2ErrorReply(status, code, "Missing Credentials",
            "Invalid Credentials. Make sure your API invocation call has a header: 'Authorization : Bearer "
            "ACCESS_TOKEN' or 'Authorization : Basic ACCESS_TOKEN' or 'apikey: API_KEY'");
    } else if (code == "900908") {
        reply = wso2ErrorReply(status, code, "Resource forbidden ",
            "User is NOT authorized to access the Resource. API Subscription validation failed.");
    } else if (code == "900910") {
        reply = wso2ErrorReply(status, code,
            "The access token does not allow you to access the requested resource",
            "User is NOT authorized to access the Resource: " + m_ctx->route.resourcePath
                + ". Scope validation failed.");
    } else {
        reply = wso2ErrorReply(status, code, "Invalid Credentials",
            "Invalid Credentials. Make sure you have provided the correct security credentials");
    }
    if (status == 401) {
        const QByteArray error = code == "900902" ? QByteArray() : QByteArray(", error=\"invalid_token\"");
        if (m_api->acceptsOAuth2 || m_api->acceptsApiKey)
            reply.headers.append("WWW-Authenticate", "Bearer realm=\"Gatehouse\"" + error);
        if (m_api->acceptsBasic)
            reply.headers.append("WWW-Authenticate", "Basic realm=\"Gatehouse\", charset=\"UTF-8\"");
    }
    m_ctx->localReply = std::move(reply);
    return FilterStatus::LocalReply;
}

std::weak_ptr<AuthenticationFilter *> AuthenticationFilter::aliveToken()
{
    if (!m_alive)
        m_alive = std::make_shared<AuthenticationFilter *>(this);
    return m_alive;
}

std::function<void()> AuthenticationFilter::later(std::function<void(AuthenticationFilter &)> continuation)
{
    std::weak_ptr<AuthenticationFilter *> alive = aliveToken();
    QPointer<QObject> context = m_callbacks->asyncContext();
    return [alive, context, continuation = std::move(continuation)] {
        if (!context)
            return;
        // From a pool thread: hop to the request's thread first; there, check the request is still on.
        QMetaObject::invokeMethod(
            context,
            [alive, continuation] {
                if (auto filter = alive.lock())
                    continuation(**filter);
            },
            Qt::QueuedConnection);
    };
}

void AuthenticationFilter::resumeWith(FilterStatus status)
{
    if (status == FilterStatus::Stop)
        return;
    m_callbacks->resume();
}

} // namespace Gatehouse
