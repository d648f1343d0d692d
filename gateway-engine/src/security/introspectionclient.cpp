#include "introspectionclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

namespace Gatehouse {

IntrospectionClient::IntrospectionClient(QSslConfiguration tls)
    : m_tls(std::move(tls))
{ }

void IntrospectionClient::introspect(const IntrospectionConfig &config, const QByteArray &token,
    QObject *context, std::function<void(const Result &)> done)
{
    QPointer<QObject> guardedContext = context;
    QMetaObject::invokeMethod(
        this,
        [this, config, token, guardedContext, done = std::move(done)] {
            if (guardedContext)
                post(config, token, guardedContext, done);
        },
        Qt::QueuedConnection);
}

void IntrospectionClient::post(const IntrospectionConfig &config, const QByteArray &token, QObject *context,
    std::function<void(const Result &)> done)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(config.endpoint);
    request.setTransferTimeout(timeoutMs);
    request.setSslConfiguration(m_tls);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    if (!config.clientId.isEmpty()) {
        const QByteArray credentials = QUrl::toPercentEncoding(config.clientId) + ':'
            + QUrl::toPercentEncoding(QString::fromUtf8(config.clientSecret));
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    const QByteArray body
        = "token=" + QUrl::toPercentEncoding(QString::fromLatin1(token)) + "&token_type_hint=access_token";
    QNetworkReply *reply = m_network->post(request, body);
    QPointer<QObject> guardedContext = context;
    connect(reply, &QNetworkReply::finished, this, [reply, guardedContext, done] {
        reply->deleteLater();
        Result result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            result.problem
                = QStringLiteral("introspection endpoint unreachable: %1").arg(reply->errorString());
        } else if (status != 200) {
            result.problem = QStringLiteral("introspection endpoint answered %1").arg(status);
        } else {
            QJsonParseError parseError;
            const auto document = QJsonDocument::fromJson(reply->read(maximumResponseBytes), &parseError);
            if (!document.isObject()) {
                result.problem = QStringLiteral("introspection answer is not a JSON object");
            } else {
                result.reachable = true;
                result.claims = document.object();
                result.active = result.claims.value(QLatin1String("active")).toBool(false);
            }
        }
        if (guardedContext)
            QMetaObject::invokeMethod(
                guardedContext, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace Gatehouse
