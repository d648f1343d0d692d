#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Gatehouse {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct ConsoleRequest
{
    QUrl url;
    QByteArray method = "GET";
    HeaderList headers;
    QByteArray body;
    QByteArray requestId; // sent as X-Request-ID, to find the access-log entry
    QString clientCertificatePath; // PEM; with clientKeyPath for Mutual SSL
    QString clientKeyPath;
    bool acceptAnyServerCertificate = false; // local environments use self-signed certificates
};

struct ConsoleResponse
{
    bool completed = false; // an HTTP response arrived (any status)
    bool cancelled = false;
    QString networkError; // when no response arrived
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    double elapsedMs = 0;
    QByteArray requestId; // the response's X-Request-ID
    QStringList sslErrors;
};

// Sends one request at a time from the GUI thread without blocking it; cancel() aborts it.
class ConsoleClient : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleClient(QObject *parent = nullptr);

    // False (and *error) when the request cannot be sent, e.g. unreadable client certificate files.
    bool send(const ConsoleRequest &request, QString *error);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }

signals:
    void finished(const Gatehouse::ConsoleResponse &response);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QTimer m_timeout;
    bool m_cancelled = false;
    bool m_timedOut = false;
    QStringList m_sslErrors;
};

} // namespace Gatehouse
