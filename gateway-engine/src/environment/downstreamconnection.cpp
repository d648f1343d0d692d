#include "downstreamconnection.h"

#include "core/steadyclock.h"
#include "http/httpheadparser.h"
#include "observability/metricsregistry.h"
#include "proxymessages.h"
#include "upstream/upstreampool.h"
#include "worker.h"

#include <QSslSocket>
#include <sys/socket.h>

namespace Gatehouse {

namespace {
constexpr qint64 readBufferBytes = 256 * 1024;
constexpr qint64 writeHighWater = 1024 * 1024;
constexpr qint64 writeLowWater = 256 * 1024;
constexpr int lingerMs = 2000; // the longest a closing connection waits for the client to close too

} // namespace

DownstreamConnection::DownstreamConnection(Worker &worker, QTcpSocket *socket, Kind kind, bool tls)
    : QObject(&worker)
    , m_worker(worker)
    , m_socket(socket)
    , m_kind(kind)
    , m_tls(tls)
    , m_clientCertificate(tls ? qobject_cast<QSslSocket *>(socket) : nullptr, socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_clientAddress = m_socket->peerAddress().toString().toLatin1();
    connect(m_socket, &QTcpSocket::readyRead, this, &DownstreamConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &DownstreamConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &DownstreamConnection::onDisconnected);
    if (m_worker.shared().metrics)
        m_worker.shared().metrics->connectionOpened();
}

DownstreamConnection::~DownstreamConnection()
{
    if (m_upstream)
        m_worker.pool().discard(m_upstream);
    for (auto &filter : m_filters)
        filter->onDestroy();
    if (m_worker.shared().metrics)
        m_worker.shared().metrics->connectionClosed();
}

void DownstreamConnection::start()
{
    setDeadline(m_worker.limits().idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void DownstreamConnection::setDeadline(int ms)
{
    m_deadline = ms > 0 ? steadyNowMs() + ms : 0;
}

void DownstreamConnection::checkDeadline(qint64 nowMs)
{
    if (m_deadline <= 0 || m_deadline > nowMs)
        return;
    switch (m_phase) {
    case Phase::Idle:
        abort();
        return;
    case Phase::Head:
        sendParseError({ 408, "request head not received in time" });
        return;
    case Phase::Filtering:
    case Phase::Upstream:
        if (!m_requestComplete) {
            // The client stopped sending its body.
            if (!m_responseStarted) {
                m_keepAlive = false;
                releaseUpstream(false);
                m_ctx.errorCode = "408";
                sendLocalReply(
                    wso2ErrorReply(408, "408", "Request Timeout", "request body not received in time"));
            } else {
                abort();
            }
            return;
        }
        m_deadline = 0; // waiting on the backend: the upstream read timeout governs
        return;
    case Phase::Responding:
        abort(); // the client is not reading the response
        return;
    case Phase::Closing:
        abort();
        return;
    }
}

void DownstreamConnection::onReadyRead()
{
    if (m_phase == Phase::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // lingering: what the client still sends is dropped
        return;
    }
    processInput();
}

bool DownstreamConnection::readMore()
{
    if (m_readPaused || m_phase == Phase::Closing)
        return false;
    if (m_in.size() - m_inPos >= readBufferBytes)
        return false; // back-pressure: leave the rest in the socket until this is used
    const qint64 available = qMin<qint64>(m_socket->bytesAvailable(), readBufferBytes);
    if (available <= 0)
        return false;
    if (m_inPos > 0 && m_inPos == m_in.size()) {
        m_in.resize(0);
        m_inPos = 0;
    }
    const qsizetype old = m_in.size();
    m_in.resize(old + available);
    const qint64 n = m_socket->read(m_in.data() + old, available);
    m_in.resize(old + qMax<qint64>(0, n));
    return n > 0;
}

void DownstreamConnection::processInput()
{
    if (m_inProcessInput)
        return;
    m_inProcessInput = true;
    readMore();
    while (m_phase != Phase::Closing) {
        if (m_phase == Phase::Idle || m_phase == Phase::Head) {
            if (m_inPos >= m_in.size() && !readMore())
                break;
            if (m_phase == Phase::Idle) {
                if (m_inPos > 0) {
                    m_in.remove(0, m_inPos);
                    m_inPos = 0;
                }
                m_scanner.reset();
                m_phase = Phase::Head;
                setDeadline(m_worker.limits().headerTimeoutMs);
            }
            const auto scanned = m_scanner.scan(
                m_in, m_worker.limits().maxRequestLineBytes, m_worker.limits().maxHeaderBytes);
            if (scanned == HttpHeadScanner::Result::NeedMore) {
                if (readMore())
                    continue;
                break;
            }
            if (scanned == HttpHeadScanner::Result::BareLineBreak) {
                sendParseError({ 400, "bare CR or LF in the request head" });
                break;
            }
            if (scanned == HttpHeadScanner::Result::FirstLineTooLong) {
                sendParseError({ 414, "request line too long" });
                break;
            }
            if (scanned == HttpHeadScanner::Result::HeadTooLarge) {
                sendParseError({ 431, "request head too large" });
                break;
            }
            startRequest(m_scanner.headSize());
            continue;
        }
        if (!m_requestComplete) {
            const qsizetype before = m_inPos;
            pumpRequestBody();
            if (!m_requestComplete && (m_inPos > before || m_inPos >= m_in.size()) && readMore())
                continue;
        }
        break;
    }
    m_inProcessInput = false;
}

void DownstreamConnection::startRequest(qsizetype headSize)
{
    resetExchange();
    m_ctx.startedAt = std::chrono::steady_clock::now();
    m_ctx.startedAtUtc = QDateTime::currentDateTimeUtc();
    m_ctx.clientAddress = m_clientAddress;
    m_ctx.tls = m_tls;
    m_ctx.workerIndex = m_worker.index();
    m_snapshot = m_worker.snapshot();
    m_ctx.snapshot = m_snapshot.get();
    const qsizetype skip = m_scanner.leadingEmptyLines();
    HeadLimits limits { m_worker.limits().maxHeaderCount, m_worker.limits().maxBodyBytes };
    auto error
        = HttpHeadParser::parseRequest(m_in.constData() + skip, headSize - skip, limits, m_ctx.request);
    m_inPos = headSize;
    if (error) {
        sendParseError(*error);
        return;
    }
    m_ctx.requestId = m_ctx.request.headers.value("x-request-id");
    if (m_ctx.requestId.isEmpty() || m_ctx.requestId.size() > 128
        || !HttpHeadParser::isToken(m_ctx.requestId.constData(), m_ctx.requestId.size()))
        m_ctx.requestId = m_worker.nextRequestId();
    m_requestBody.start(m_ctx.request.framing, m_ctx.request.contentLength, m_worker.limits().maxBodyBytes);
    m_requestComplete = m_requestBody.isDone();
    m_keepAlive = m_ctx.request.keepAlive && !m_closeWhenIdle && !m_worker.isDraining();
    m_phase = Phase::Filtering;
    setDeadline(m_worker.limits().bodyTimeoutMs);

    if (m_kind == Kind::Admin) {
        m_bodyMode = BodyMode::Discard;
        sendLocalReply(m_adminHandler ? m_adminHandler(m_ctx.request)
                                      : wso2ErrorReply(404, "404", "Not Found", "no admin handler"));
        return;
    }
    if (m_snapshot) {
        m_ctx.route = m_snapshot->router().route(m_ctx.request.method, m_ctx.request.path);
        m_clientCertificate.prepareRequest(m_ctx, *m_snapshot);
        m_filters.reserve(m_snapshot->filters().size());
        for (const FilterFactoryPtr &factory : m_snapshot->filters())
            m_filters.push_back(factory->create());
    }
    runRequestFilters();
}

void DownstreamConnection::resetExchange()
{
    m_ctx = RequestContext();
    m_filters.clear();
    m_filterIndex = 0;
    m_bodyMode = BodyMode::Forward;
    m_onBodyBuffered = nullptr;
    m_forwardBufferedBody = false;
    m_responseBuffer.reset();
    m_responseStarted = false;
    m_responseComplete = false;
    m_chunkedToClient = false;
    m_sentContinue = false;
    m_attempts = 0;
    m_freshRetryUsed = false;
}

void DownstreamConnection::runRequestFilters()
{
    while (m_filterIndex < m_filters.size()) {
        const FilterStatus status = m_filters[m_filterIndex++]->onRequestHeaders(m_ctx, *this);
        if (status == FilterStatus::Stop) {
            m_phase = Phase::Filtering;
            return;
        }
        if (status == FilterStatus::LocalReply && m_ctx.localReply) {
            m_bodyMode = BodyMode::Discard;
            const LocalReply reply = *m_ctx.localReply;
            sendLocalReply(reply);
            return;
        }
    }
    dispatch();
}

// The worker, not the connection: async work may finish on another thread while the connection is being
// deleted; the worker lives until the environment has stopped. Filters check their own liveness there.
QObject *DownstreamConnection::asyncContext()
{
    return &m_worker;
}

void DownstreamConnection::resume()
{
    if (m_phase != Phase::Filtering)
        return;
    if (m_ctx.localReply) {
        m_bodyMode = BodyMode::Discard;
        const LocalReply reply = *m_ctx.localReply;
        sendLocalReply(reply);
        return;
    }
    runRequestFilters();
}

void DownstreamConnection::dispatch()
{
    const RouteMatch &route = m_ctx.route;
    if (!m_snapshot || route.result == RouteMatch::Result::NoApi
        || route.result == RouteMatch::Result::NoResource) {
        m_bodyMode = BodyMode::Discard;
        sendLocalReply(wso2ErrorReply(404, "900906", "No matching resource found for given API Request",
            "The requested resource is not available."));
        return;
    }
    if (route.result == RouteMatch::Result::BadPath) {
        m_bodyMode = BodyMode::Discard;
        sendLocalReply(wso2ErrorReply(400, "400", "Bad Request", "dot segments are not allowed in the path"));
        return;
    }
    if (route.result == RouteMatch::Result::MethodNotAllowed) {
        m_bodyMode = BodyMode::Discard;
        LocalReply reply
            = wso2ErrorReply(405, "405", "Method Not Allowed", "Method not allowed for given API resource");
        reply.headers.append("Allow", route.allow);
        sendLocalReply(reply);
        return;
    }
    const CompiledOperation &operation = *route.operation;
    m_ctx.endpoints = m_ctx.useSandbox && operation.sandbox ? operation.sandbox : operation.production;
    if (m_ctx.endpoints && m_ctx.endpoints->type == EndpointGroupType::Mock) {
        m_bodyMode = BodyMode::Discard;
        if (!operation.mock) {
            sendLocalReply(wso2ErrorReply(501, "501", "Not Implemented",
                "the mock endpoint has no example response for this operation"));
            return;
        }
        LocalReply reply;
        reply.status = operation.mock->status;
        reply.contentType = operation.mock->contentType;
        reply.body = operation.mock->body;
        sendLocalReply(reply);
        return;
    }
    if (!m_ctx.endpoints || m_ctx.endpoints->targets.empty()) {
        m_bodyMode = BodyMode::Discard;
        sendLocalReply(wso2ErrorReply(503, "101503", "Error connecting to the back end",
            "no endpoint is configured for this resource"));
        return;
    }
    m_phase = Phase::Upstream;
    const auto &targets = m_ctx.endpoints->targets;
    m_targetStart = m_ctx.endpoints->type == EndpointGroupType::LoadBalance
        ? m_ctx.endpoints->nextTarget.fetch_add(1, std::memory_order_relaxed) % unsigned(targets.size())
        : 0;
    connectUpstream();
}

void DownstreamConnection::connectUpstream()
{
    const auto &targets = m_ctx.endpoints->targets;
    const unsigned offset = m_ctx.endpoints->type == EndpointGroupType::Single ? 0u : unsigned(m_attempts);
    m_ctx.upstream = &targets[(m_targetStart + offset) % unsigned(targets.size())];
    ++m_attempts;
    bool reused = false;
    m_upstream = m_worker.pool().acquire(*m_ctx.upstream, this, &reused);
    if (reused)
        onUpstreamConnected();
}

void DownstreamConnection::onUpstreamConnected()
{
    for (auto &filter : m_filters)
        filter->onUpstreamSelected(m_ctx);
    const HttpRequestHead &request = m_ctx.request;
    const QByteArray head
        = ProxyMessages::upstreamRequestHead(m_ctx, *m_ctx.upstream, m_clientAddress, m_tls);
    m_upstream->send(head);
    if (m_forwardBufferedBody)
        m_upstream->send(m_ctx.bufferedBody);
    m_upstream->expectResponse(request.method == "HEAD");
    if (request.expectContinue && !m_requestComplete)
        sendInterimContinue();
    processInput();
    if (m_requestComplete && m_upstream)
        m_upstream->flush(); // one write now instead of another trip through the event loop
}

void DownstreamConnection::sendInterimContinue()
{
    if (m_sentContinue)
        return;
    m_sentContinue = true;
    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void DownstreamConnection::pumpRequestBody()
{
    if (m_requestComplete)
        return;
    const bool forwarding = m_bodyMode == BodyMode::Forward;
    if (forwarding && (!m_upstream || !m_upstream->isConnected()))
        return; // keep the bytes until the backend connection is there
    const bool chunked = m_ctx.request.framing == BodyFraming::Chunked;
    bool progressed = false;
    while (true) { // the decoder says NeedMore when it has used everything
        if (forwarding && m_upstream->bytesToWrite() > writeHighWater) {
            m_readPaused = true;
            break;
        }
        const auto step = m_requestBody.next(m_in.constData() + m_inPos, m_in.size() - m_inPos);
        m_inPos += step.consumed;
        progressed |= step.consumed > 0;
        if (step.size > 0) {
            m_ctx.requestBodyBytes += step.size;
            if (m_bodyMode == BodyMode::Buffer) {
                if (m_ctx.bufferedBody.size() + step.size > m_bufferLimit) {
                    m_keepAlive = false;
                    m_onBodyBuffered = nullptr;
                    sendLocalReply(
                        wso2ErrorReply(413, "413", "Payload Too Large", "the request body is too large"));
                    return;
                }
                m_ctx.bufferedBody.append(step.data, step.size);
            } else if (forwarding) {
                if (chunked) {
                    QByteArray chunkHead;
                    ProxyMessages::appendChunkHeader(chunkHead, step.size);
                    m_upstream->send(chunkHead);
                    m_upstream->send(step.data, step.size);
                    m_upstream->send("\r\n", 2);
                } else {
                    m_upstream->send(step.data, step.size);
                }
            }
        }
        if (step.status == BodyDecoder::Status::Data)
            continue;
        if (step.status == BodyDecoder::Status::Done) {
            m_requestComplete = true;
            if (m_bodyMode == BodyMode::Buffer)
                QMetaObject::invokeMethod(
                    this, [this] { bodyBuffered(); }, Qt::QueuedConnection);
            if (forwarding && chunked)
                m_upstream->send("0\r\n\r\n", 5);
            if (forwarding)
                m_upstream->flush();
            break;
        }
        if (step.status == BodyDecoder::Status::Error) {
            const HttpParseError error = m_requestBody.error();
            m_keepAlive = false;
            m_requestComplete = true; // nothing more of this body can be trusted
            if (m_sendingLocalReply)
                return; // the reply being sent goes out, then the connection closes
            if (!m_responseStarted) {
                releaseUpstream(false);
                sendLocalReply(wso2ErrorReply(error.status, QByteArray::number(error.status),
                    reasonPhrase(error.status), error.reason));
            } else {
                abort();
            }
            return;
        }
        break; // NeedMore
    }
    if (progressed)
        setDeadline(m_worker.limits().bodyTimeoutMs);
    if (m_requestComplete && m_phase == Phase::Responding && m_responseComplete)
        finishExchange();
}

void DownstreamConnection::onUpstreamWritable()
{
    if (m_readPaused) {
        m_readPaused = false;
        processInput();
    }
}

void DownstreamConnection::onUpstreamHead(HttpResponseHead &head)
{
    m_ctx.response = head;
    for (auto &filter : m_filters) {
        if (filter->onResponseHeaders(m_ctx) == FilterStatus::LocalReply && m_ctx.localReply) {
            releaseUpstream(false);
            const LocalReply reply = *m_ctx.localReply;
            sendLocalReply(reply);
            return;
        }
    }
    if (m_responseBuffer.isActive())
        return; // sent by sendBufferedResponse() once complete
    m_phase = Phase::Responding;
    m_responseStarted = true;
    if (!m_requestComplete && m_bodyMode == BodyMode::Forward
        && m_requestBody.framing() != BodyFraming::None) {
        // The backend answered before it had the whole body: this connection cannot be trusted to frame the
        // next request.
        m_keepAlive = false;
    }
    const auto framing = ProxyMessages::clientFraming(m_ctx.response, m_ctx.request.minorVersion);
    m_chunkedToClient = framing == ProxyMessages::ClientFraming::Chunked;
    if (framing == ProxyMessages::ClientFraming::UntilClose)
        m_keepAlive = false;
    const QByteArray out = ProxyMessages::downstreamResponseHead(m_ctx.response, framing, m_ctx, m_keepAlive);
    m_socket->write(out);
    setDeadline(m_worker.limits().idleTimeoutMs);
}

void DownstreamConnection::writeResponseBody(const char *data, qsizetype size)
{
    m_ctx.responseBodyBytes += size;
    if (m_chunkedToClient) {
        QByteArray chunkHead;
        ProxyMessages::appendChunkHeader(chunkHead, size);
        m_socket->write(chunkHead);
        m_socket->write(data, size);
        m_socket->write("\r\n", 2);
    } else {
        m_socket->write(data, size);
    }
}

void DownstreamConnection::onUpstreamBody(const char *data, qsizetype size)
{
    if (m_responseBuffer.isActive()) {
        if (!m_responseBuffer.append(m_ctx, data, size)) {
            releaseUpstream(false);
            sendLocalReply(m_responseBuffer.tooLarge());
        }
        return;
    }
    writeResponseBody(data, size);
    if (m_socket->bytesToWrite() > writeHighWater && m_upstream)
        m_upstream->setReadPaused(true);
}

void DownstreamConnection::onBytesWritten()
{
    if (m_phase == Phase::Closing) {
        if (!m_tls) // TLS closes through disconnectFromHost (close_notify), not by halves
            shutDownWriteSideWhenFlushed();
        return;
    }
    if (m_phase == Phase::Responding)
        setDeadline(m_worker.limits().idleTimeoutMs);
    if (m_upstream && m_phase == Phase::Responding && m_socket->bytesToWrite() < writeLowWater)
        m_upstream->setReadPaused(false);
}

void DownstreamConnection::onUpstreamComplete()
{
    if (m_responseBuffer.isActive()) {
        sendBufferedResponse();
        return;
    }
    if (m_chunkedToClient)
        m_socket->write("0\r\n\r\n", 5);
    m_socket->flush();
    m_responseComplete = true;
    releaseUpstream(m_requestComplete);
    if (!m_requestComplete)
        m_keepAlive = false;
    finishExchange();
}

bool DownstreamConnection::retryUpstream(const UpstreamFailure &failure)
{
    if (!failure.beforeResponse || m_responseStarted)
        return false;
    const bool bodyUntouched = m_ctx.requestBodyBytes == 0 || m_forwardBufferedBody;
    const bool staleKeepAlive = m_upstream && m_upstream->isReused()
        && (failure.kind == UpstreamFailure::Kind::ClosedEarly
            || failure.kind == UpstreamFailure::Kind::ConnectRefused);
    if (staleKeepAlive && bodyUntouched && !m_freshRetryUsed) {
        m_freshRetryUsed = true; // the backend closed an idle keep-alive connection as we reused it
        --m_attempts;
        return true;
    }
    const bool connectFailure = failure.kind == UpstreamFailure::Kind::ConnectRefused
        || failure.kind == UpstreamFailure::Kind::ConnectTimeout
        || failure.kind == UpstreamFailure::Kind::TlsError;
    return connectFailure && bodyUntouched && m_attempts <= m_ctx.endpoints->connectRetries;
}

void DownstreamConnection::onUpstreamFailed(const UpstreamFailure &failure)
{
    const bool retry = retryUpstream(failure);
    releaseUpstream(false);
    if (retry) {
        connectUpstream();
        return;
    }
    if (m_responseStarted) {
        m_ctx.errorCode = "101505";
        abort();
        return;
    }
    m_keepAlive = m_keepAlive && m_requestComplete;
    const QByteArray detail = failure.detail.toUtf8();
    switch (failure.kind) {
    case UpstreamFailure::Kind::ConnectRefused:
    case UpstreamFailure::Kind::TlsError:
        sendLocalReply(wso2ErrorReply(503, "101503", "Error connecting to the back end", detail));
        break;
    case UpstreamFailure::Kind::ConnectTimeout:
    case UpstreamFailure::Kind::ReadTimeout:
        sendLocalReply(wso2ErrorReply(504, "101504", "Connection timed out", detail));
        break;
    case UpstreamFailure::Kind::ClosedEarly:
    case UpstreamFailure::Kind::BadResponse:
        sendLocalReply(wso2ErrorReply(502, "101505", "Connection closed", detail));
        break;
    }
}

void DownstreamConnection::releaseUpstream(bool reusable)
{
    if (!m_upstream)
        return;
    UpstreamConnection *upstream = m_upstream;
    m_upstream = nullptr;
    if (reusable)
        m_worker.pool().release(upstream);
    else
        m_worker.pool().discard(upstream);
}

void DownstreamConnection::sendLocalReply(const LocalReply &reply)
{
    if (!m_ctx.localReply)
        m_ctx.localReply = reply;
    if (!reply.errorCode.isEmpty())
        m_ctx.errorCode = reply.errorCode;
    if (m_phase == Phase::Closing)
        return;
    if (!m_requestComplete) {
        // Take the body off the wire if it is already here; otherwise close after answering.
        m_bodyMode = BodyMode::Discard;
        m_sendingLocalReply = true;
        pumpRequestBody();
        m_sendingLocalReply = false;
        if (!m_requestComplete)
            m_keepAlive = false;
    }
    m_phase = Phase::Responding;
    m_responseStarted = true;
    LocalReply finalReply = reply;
    for (auto &filter : m_filters)
        filter->onLocalReply(m_ctx, finalReply);
    const QByteArray out
        = ProxyMessages::localReplyMessage(finalReply, m_ctx, m_keepAlive, &m_ctx.responseBodyBytes);
    m_socket->write(out);
    m_socket->flush();
    m_responseComplete = true;
    finishExchange();
}

void DownstreamConnection::sendParseError(const HttpParseError &error)
{
    m_keepAlive = false;
    m_requestComplete = true;
    m_ctx.startedAt = std::chrono::steady_clock::now();
    m_ctx.startedAtUtc = QDateTime::currentDateTimeUtc();
    m_ctx.clientAddress = m_clientAddress;
    m_ctx.workerIndex = m_worker.index();
    if (m_filters.empty() && m_kind == Kind::Gateway && m_worker.snapshot()) {
        m_snapshot = m_worker.snapshot();
        for (const FilterFactoryPtr &factory : m_snapshot->filters())
            m_filters.push_back(factory->create());
    }
    sendLocalReply(wso2ErrorReply(
        error.status, QByteArray::number(error.status), reasonPhrase(error.status), error.reason));
}

void DownstreamConnection::finishExchange()
{
    if (!m_responseComplete)
        return;
    if (!m_requestComplete && m_keepAlive)
        return; // the rest of the request body is still being forwarded
    for (auto &filter : m_filters)
        filter->onLog(m_ctx);
    for (auto &filter : m_filters)
        filter->onDestroy();
    m_filters.clear();
    m_snapshot.reset();
    if (!m_keepAlive || m_closeWhenIdle || m_worker.isDraining()) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::Idle;
    setDeadline(m_worker.limits().idleTimeoutMs);
    m_readPaused = false;
    processInput(); // a pipelined request may be waiting
}

void DownstreamConnection::closeAfterWrite()
{
    m_phase = Phase::Closing;
    const int idleTimeoutMs = m_worker.limits().idleTimeoutMs;
    setDeadline(idleTimeoutMs > 0 ? std::min(idleTimeoutMs, lingerMs) : lingerMs);
    if (!m_tls) {
        shutDownWriteSideWhenFlushed();
        return;
    }
    m_socket->disconnectFromHost(); // flushes what is buffered, then closes
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

// A lingering close, as nginx's: the answer and then FIN go out, and whatever the client still sends is read
// and dropped until it closes too or the linger time is up (the deadline aborts). Closing with unread input
// makes the kernel answer with RST, which can destroy the answer before the client has read it (a client
// still sending a head or body that was refused).
void DownstreamConnection::shutDownWriteSideWhenFlushed()
{
    if (m_writeSideShutDown || m_socket->bytesToWrite() > 0)
        return; // onBytesWritten comes back when the rest is out
    m_writeSideShutDown = true;
    if (::shutdown(int(m_socket->socketDescriptor()), SHUT_WR) != 0) {
        abort();
        return;
    }
    m_socket->skip(m_socket->bytesAvailable());
}

void DownstreamConnection::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (m_phase == Phase::Idle)
        closeAfterWrite();
}

void DownstreamConnection::abort()
{
    if (m_phase != Phase::Idle && m_phase != Phase::Closing && !m_filters.empty()) {
        if (!m_ctx.localReply && m_ctx.response.status == 0)
            m_ctx.response.status = 499; // client went away (or was cut off) before an answer
        for (auto &filter : m_filters)
            filter->onLog(m_ctx);
    }
    releaseUpstream(false);
    m_phase = Phase::Closing;
    m_socket->abort();
    onDisconnected();
}

void DownstreamConnection::onDisconnected()
{
    if (m_deadline == -1)
        return; // already finished
    m_deadline = -1;
    if (m_phase != Phase::Closing && m_phase != Phase::Idle && !m_filters.empty()) {
        if (!m_ctx.localReply && m_ctx.response.status == 0)
            m_ctx.response.status = 499;
        for (auto &filter : m_filters)
            filter->onLog(m_ctx);
    }
    releaseUpstream(false);
    m_phase = Phase::Closing;
    m_worker.connectionFinished(this);
    deleteLater();
}

} // namespace Gatehouse
