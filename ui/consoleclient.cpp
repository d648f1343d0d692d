#include "consoleclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>

namespace Gatehouse {

namespace {

constexpr int answerTimeoutMs = 120'000;
constexpr qint64 maximumPemBytes = 1024 * 1024;

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ConsoleClient::tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(maximumPemBytes);
}

QSslKey privateKeyFromPem(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

} // namespace

ConsoleClient::ConsoleClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // The console talks to local environments: a system proxy would only get in the way.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(answerTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    });
}

bool ConsoleClient::send(const ConsoleRequest &request, QString *error)
{
    if (isBusy()) {
        *error = tr("A request is still running; cancel it first.");
        return false;
    }
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        *error = tr("%1 is not a valid URL.").arg(request.url.toString());
        return false;
    }
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.requestId.isEmpty())
        networkRequest.setRawHeader("X-Request-ID", request.requestId);

    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!request.clientCertificatePath.isEmpty() || !request.clientKeyPath.isEmpty()) {
            const std::optional<QByteArray> certificatePem
                = readSmallFile(request.clientCertificatePath, error);
            if (!certificatePem)
                return false;
            const std::optional<QByteArray> keyPem = readSmallFile(request.clientKeyPath, error);
            if (!keyPem)
                return false;
            const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
            if (chain.isEmpty()) {
                *error = tr("%1 holds no PEM certificate.").arg(request.clientCertificatePath);
                return false;
            }
            const QSslKey key = privateKeyFromPem(*keyPem);
            if (key.isNull()) {
                *error = tr("%1 holds no unencrypted PEM private key.").arg(request.clientKeyPath);
                return false;
            }
            ssl.setLocalCertificateChain(chain);
            ssl.setPrivateKey(key);
        }
        networkRequest.setSslConfiguration(ssl);
    } else if (!request.clientCertificatePath.isEmpty()) {
        *error = tr("A client certificate needs an https:// address.");
        return false;
    }

    m_cancelled = false;
    m_timedOut = false;
    m_sslErrors.clear();
    m_timer.start();
    m_timeout.start();
    if (request.body.isEmpty())
        m_reply = m_network->sendCustomRequest(networkRequest, request.method);
    else
        m_reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    const bool acceptAny = request.acceptAnyServerCertificate;
    connect(m_reply, &QNetworkReply::sslErrors, this, [this, acceptAny](const QList<QSslError> &errors) {
        for (const QSslError &sslError : errors)
            m_sslErrors.append(sslError.errorString());
        if (acceptAny && m_reply)
            m_reply->ignoreSslErrors();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ConsoleClient::onFinished);
    return true;
}

void ConsoleClient::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows synchronously
}

void ConsoleClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    m_timeout.stop();
    reply->deleteLater();

    ConsoleResponse response;
    response.elapsedMs = double(m_timer.nsecsElapsed()) / 1e6;
    response.cancelled = m_cancelled;
    response.sslErrors = m_sslErrors;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.completed = status.isValid() && !m_cancelled;
    if (response.completed) {
        response.status = status.toInt();
        response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        response.requestId = reply->rawHeader("X-Request-ID");
    } else if (m_timedOut) {
        response.networkError
            = tr("no answer within %n second(s); the request was aborted", nullptr, answerTimeoutMs / 1000);
    } else if (!m_cancelled) {
        response.networkError = reply->errorString();
    }
    emit finished(response);
}

} // namespace Gatehouse
