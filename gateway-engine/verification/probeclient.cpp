#include "probeclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace Gatehouse {

QString ProbeResponse::summary() const
{
    if (status == 0)
        return QStringLiteral("no answer: %1").arg(transportError);
    if (wso2Code.isEmpty())
        return QString::number(status);
    return QStringLiteral("%1 (%2)").arg(status).arg(QString::fromLatin1(wso2Code));
}

ProbeClient::ProbeClient(const QByteArray &caCertificatePem, const QByteArray &clientCertificatePem,
    const QByteArray &clientKeyPem)
    : m_trustedCas(QSslCertificate::fromData(caCertificatePem, QSsl::Pem))
    , m_clientCertificate(clientCertificatePem, QSsl::Pem)
    , m_clientKey(clientKeyPem, QSsl::Ec, QSsl::Pem)
{ }

ProbeResponse ProbeClient::send(const ProbeRequest &request, int timeoutMs)
{
    // A pooled TLS connection keeps the client certificate of its handshake; every probe starts afresh.
    m_network.clearConnectionCache();
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(m_trustedCas);
        if (request.presentClientCertificate) {
            tls.setLocalCertificate(m_clientCertificate);
            tls.setPrivateKey(m_clientKey);
        }
        networkRequest.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest, request.method, request.body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();

    ProbeResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.transportError = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (response.status == 0)
            response.transportError = reply->errorString();
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        response.wso2Code = json.value(QLatin1String("code")).toString().toLatin1();
    }
    delete reply;
    return response;
}

} // namespace Gatehouse
