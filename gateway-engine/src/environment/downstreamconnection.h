#pragma once

#include "clientcertificates.h"
#include "core/httpfilter.h"
#include "core/runtimesnapshot.h"
#include "http/bodydecoder.h"
#include "http/httpheadscanner.h"
#include "responsebuffer.h"
#include "upstream/upstreamclient.h"

#include <QObject>
#include <functional>
#include <vector>

class QTcpSocket;

namespace Gatehouse {

class Worker;
class UpstreamConnection;

// One client connection: parses requests, runs the filter chain, and relays each exchange to a backend
// (or answers locally), streaming bodies both ways with back-pressure. Lives on its worker's thread.
class DownstreamConnection final : public QObject, public UpstreamClient, public FilterCallbacks
{
    Q_OBJECT
public:
    enum class Kind
    {
        Gateway,
        Admin
    };
    using AdminHandler = std::function<LocalReply(const HttpRequestHead &)>;

    DownstreamConnection(Worker &worker, QTcpSocket *socket, Kind kind, bool tls);
    ~DownstreamConnection() override;

    void setAdminHandler(AdminHandler handler) { m_adminHandler = std::move(handler); }
    void start();
    void checkDeadline(qint64 nowMs);
    void closeWhenIdle(); // drain: finish the exchange in flight, then close
    void abort();

    // UpstreamClient
    void onUpstreamConnected() override;
    void onUpstreamHead(HttpResponseHead &head) override;
    void onUpstreamBody(const char *data, qsizetype size) override;
    void onUpstreamComplete() override;
    void onUpstreamFailed(const UpstreamFailure &failure) override;
    void onUpstreamWritable() override;
    // FilterCallbacks
    void resume() override;
    QObject *asyncContext() override;
    void bufferRequestBody(qint64 maxBytes, std::function<void()> done) override;
    void bufferResponseBody(qint64 maxBytes) override { m_responseBuffer.request(maxBytes); }

private:
    enum class Phase
    {
        Idle,
        Head,
        Filtering,
        Upstream,
        Responding,
        Closing
    };
    enum class BodyMode
    {
        Forward,
        Discard,
        Buffer // into m_ctx.bufferedBody, for a filter
    };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void processInput();
    bool readMore();
    void startRequest(qsizetype headSize);
    void runRequestFilters();
    void dispatch();
    void connectUpstream();
    void pumpRequestBody();
    void bodyBuffered();
    void sendLocalReply(const LocalReply &reply);
    void sendParseError(const HttpParseError &error);
    void sendInterimContinue();
    void writeResponseBody(const char *data, qsizetype size);
    void sendBufferedResponse();
    void finishExchange();
    void releaseUpstream(bool reusable);
    void closeAfterWrite();
    void shutDownWriteSideWhenFlushed();
    void setDeadline(int ms);
    bool retryUpstream(const UpstreamFailure &failure);
    void resetExchange();

    Worker &m_worker;
    QTcpSocket *m_socket;
    Kind m_kind;
    bool m_tls;
    AdminHandler m_adminHandler;
    QByteArray m_clientAddress;
    ConnectionClientCertificate m_clientCertificate;

    Phase m_phase = Phase::Idle;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    HttpHeadScanner m_scanner;
    BodyDecoder m_requestBody;
    BodyMode m_bodyMode = BodyMode::Forward;
    qint64 m_bufferLimit = 0;
    std::function<void()> m_onBodyBuffered;
    bool m_forwardBufferedBody = false; // a filter buffered the request body and the backend gets it
    ResponseBuffer m_responseBuffer;
    bool m_requestComplete = true;
    bool m_responseStarted = false;
    bool m_responseComplete = false;
    bool m_chunkedToClient = false;
    bool m_keepAlive = true;
    bool m_closeWhenIdle = false;
    bool m_readPaused = false;
    bool m_inProcessInput = false;
    bool m_sentContinue = false;
    bool m_sendingLocalReply = false;
    bool m_writeSideShutDown = false;
    qint64 m_deadline = 0;

    RuntimeSnapshotPtr m_snapshot;
    RequestContext m_ctx;
    std::vector<FilterPtr> m_filters;
    std::size_t m_filterIndex = 0;
    UpstreamConnection *m_upstream = nullptr;
    int m_attempts = 0;
    unsigned m_targetStart = 0;
    bool m_freshRetryUsed = false;
};

} // namespace Gatehouse
