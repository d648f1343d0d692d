#pragma once

#include "core/compiledroutes.h"
#include "http/bodydecoder.h"
#include "http/httpheadscanner.h"
#include "upstreamclient.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QTcpSocket;

namespace Gatehouse {

// One HTTP/1.1 connection to a backend. Owned by the worker's UpstreamPool; lent to one request at a time.
class UpstreamConnection : public QObject
{
    Q_OBJECT
public:
    UpstreamConnection(const CompiledTarget &target, const QSslConfiguration *tls, QObject *parent);
    ~UpstreamConnection() override;

    const QByteArray &poolKey() const { return m_poolKey; }
    bool isConnected() const { return m_state != State::Connecting && m_state != State::Closed; }
    bool isReused() const { return m_reused; }
    bool isReusable() const;
    qint64 bytesToWrite() const;

    void connectToBackend(int connectTimeoutMs);
    void attach(UpstreamClient *client, int readTimeoutMs, bool reused);
    void detach(); // back to the pool: idle, watching for the backend closing it
    void send(const QByteArray &bytes);
    void send(const char *data, qsizetype size);
    void flush();
    // The request is written; its response is due. requestWasHead: the response has no body.
    void expectResponse(bool requestWasHead);
    void setReadPaused(bool paused);
    void close();

    // Deadline bookkeeping for the worker's sweep (steady clock ms; 0 = none).
    qint64 deadline() const { return m_deadline; }
    void onDeadline();

signals:
    void closedWhileIdle(Gatehouse::UpstreamConnection *connection);

private:
    enum class State
    {
        Connecting,
        Ready,
        AwaitingHead,
        ReadingBody,
        Idle,
        Closed
    };
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void onBytesWritten();
    void processInput();
    void fail(UpstreamFailure::Kind kind, const QString &detail);
    void armDeadline(int ms);

    QTcpSocket *m_socket = nullptr;
    QByteArray m_poolKey;
    QString m_host;
    quint16 m_port = 0;
    bool m_tls = false;
    State m_state = State::Connecting;
    UpstreamClient *m_client = nullptr;
    bool m_reused = false;
    bool m_requestWasHead = false;
    bool m_readPaused = false;
    bool m_responseBytesSeen = false;
    bool m_inProcessInput = false;
    int m_readTimeoutMs = 30000;
    qint64 m_deadline = 0;
    QByteArray m_in;
    HttpHeadScanner m_scanner;
    HttpResponseHead m_head;
    BodyDecoder m_body;
};

} // namespace Gatehouse
