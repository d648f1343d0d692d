#include "keymanagerendpointfilter.h"

#include "security/passwordhash.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrlQuery>

namespace Gatehouse {

namespace {

struct ClientCredentials
{
    QByteArray clientId;
    QByteArray clientSecret;
};

ClientCredentials clientCredentials(const HttpHeaders &headers, const QUrlQuery &form)
{
    const QByteArray authorization = headers.value("Authorization");
    if (authorization.size() > 6
        && HttpHeaders::nameEquals(QByteArrayView(authorization).first(6), "Basic ")) {
        const auto decoded = QByteArray::fromBase64Encoding(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon > 0) {
            return { QByteArray::fromPercentEncoding(decoded.decoded.left(colon)),
                QByteArray::fromPercentEncoding(decoded.decoded.mid(colon + 1)) };
        }
        return {};
    }
    return { form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded).toUtf8(),
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8() };
}

} // namespace

FilterStatus KeyManagerEndpointFilter::onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks)
{
    if (ctx.route.result != RouteMatch::Result::NoApi || !m_config.tokenIssuer())
        return FilterStatus::Continue;
    m_ctx = &ctx;
    m_callbacks = &callbacks;
    if (ctx.request.path == "/oauth2/jwks") {
        if (ctx.request.method != "GET" && ctx.request.method != "HEAD")
            return FilterStatus::Continue;
        LocalReply reply;
        reply.contentType = "application/json";
        reply.body = m_config.tokenIssuer()->jwks();
        ctx.localReply = std::move(reply);
        return FilterStatus::LocalReply;
    }
    if (ctx.request.path != "/oauth2/token" || ctx.request.method != "POST")
        return FilterStatus::Continue;
    callbacks.bufferRequestBody(
        maxTokenRequestBytes, later([](KeyManagerEndpointFilter &filter) { filter.handleTokenRequest(); }));
    return FilterStatus::Stop;
}

void KeyManagerEndpointFilter::handleTokenRequest()
{
    const QUrlQuery form(QString::fromUtf8(m_ctx->bufferedBody).replace(u'+', u' '));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"));
    if (grantType != QLatin1String("client_credentials") && grantType != QLatin1String("password")) {
        answer(400, { { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") } });
        return;
    }
    const ClientCredentials client = clientCredentials(m_ctx->request.headers, form);
    const ApplicationConfig *application = m_config.applicationByConsumerKey(client.clientId);
    const QStringList scopes
        = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(u' ', Qt::SkipEmptyParts);
    const QString userName = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
    const QByteArray password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded).toUtf8();
    const BasicUser *user = grantType == QLatin1String("password") ? m_config.user(userName) : nullptr;
    const bool passwordGrant = grantType == QLatin1String("password");

    const QByteArray secretHash = application ? application->consumerSecretHash : QByteArray();
    const QByteArray userHash = user ? user->passwordHash : QByteArray();
    const QString applicationId = application ? application->id : QString();
    QPointer<QObject> context = m_callbacks->asyncContext();
    std::weak_ptr<KeyManagerEndpointFilter *> alive = m_alive;
    QThreadPool::globalInstance()->start([=, secret = client.clientSecret] {
        const bool clientOk = PasswordHash::verifyOrSpendEqualTime(secret, secretHash);
        const bool userOk
            = !passwordGrant || (!userHash.isEmpty() && PasswordHash::verify(password, userHash));
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context,
            [=] {
                const auto filter = alive.lock();
                if (!filter)
                    return;
                KeyManagerEndpointFilter &self = **filter;
                if (!clientOk) {
                    self.answer(401, { { QStringLiteral("error"), QStringLiteral("invalid_client") } },
                        "Basic realm=\"Gatehouse\"");
                    return;
                }
                if (!userOk) {
                    self.answer(400,
                        { { QStringLiteral("error"), QStringLiteral("invalid_grant") },
                            { QStringLiteral("error_description"),
                                QStringLiteral("wrong user name or password") } });
                    return;
                }
                for (const ApplicationConfig &candidate : self.m_config.realm().applications) {
                    if (candidate.id == applicationId)
                        self.issue(candidate, passwordGrant ? userName : QString(), scopes);
                }
            },
            Qt::QueuedConnection);
    });
}

void KeyManagerEndpointFilter::issue(
    const ApplicationConfig &application, const QString &subject, const QStringList &scopes)
{
    TokenRequest request;
    request.application = &application;
    request.subject = subject;
    request.scopes = scopes;
    QString error;
    const auto issued = m_config.tokenIssuer()->issueAccessToken(request, &error);
    if (!issued) {
        answer(500, { { QStringLiteral("error"), QStringLiteral("server_error") } });
        return;
    }
    const qint64 lifetime = m_config.realm().keyManager.tokenValiditySeconds;
    answer(200,
        { { QStringLiteral("access_token"), QString::fromLatin1(issued->token) },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), lifetime }, { QStringLiteral("scope"), scopes.join(u' ') } });
}

void KeyManagerEndpointFilter::answer(int status, const QJsonObject &body, const QByteArray &wwwAuthenticate)
{
    LocalReply reply;
    reply.status = status;
    reply.contentType = "application/json";
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.headers.append("Cache-Control", "no-store");
    if (!wwwAuthenticate.isEmpty())
        reply.headers.append("WWW-Authenticate", wwwAuthenticate);
    if (status >= 400)
        m_ctx->authFailure = body.value(QLatin1String("error")).toString().toUtf8();
    m_ctx->localReply = std::move(reply);
    m_callbacks->resume();
}

std::function<void()> KeyManagerEndpointFilter::later(
    std::function<void(KeyManagerEndpointFilter &)> continuation)
{
    std::weak_ptr<KeyManagerEndpointFilter *> alive = m_alive;
    return [alive, continuation = std::move(continuation)] {
        if (auto filter = alive.lock())
            continuation(**filter);
    };
}

} // namespace Gatehouse
