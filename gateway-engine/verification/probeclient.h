#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

namespace Gatehouse {

struct ProbeRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool presentClientCertificate = false; // HTTPS only
};

struct ProbeResponse
{
    int status = 0; // 0: no HTTP answer (see transportError)
    QByteArray body;
    QByteArray wso2Code; // "code" of a WSO2 error body, if any
    QString transportError;

    QString summary() const; // "401 (900902)", "200", "no answer: <error>"
};

// Sends one request at a time and waits for the answer in a local event loop, so a probe reads like a
// script. Meant for a worker thread or the CLI, never the GUI thread.
class ProbeClient
{
public:
    ProbeClient(const QByteArray &caCertificatePem, const QByteArray &clientCertificatePem,
        const QByteArray &clientKeyPem);

    ProbeResponse send(const ProbeRequest &request, int timeoutMs = 10'000);

private:
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_trustedCas;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
};

} // namespace Gatehouse
