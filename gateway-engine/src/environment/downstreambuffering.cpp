#include "downstreamconnection.h"

#include <QTcpSocket>

// DownstreamConnection's buffering of whole bodies for filters (FilterCallbacks::bufferRequestBody and
// bufferResponseBody); the streaming paths are in downstreamconnection.cpp.
namespace Gatehouse {

void DownstreamConnection::bufferRequestBody(qint64 maxBytes, std::function<void()> done)
{
    m_bodyMode = BodyMode::Buffer;
    m_bufferLimit = maxBytes;
    m_onBodyBuffered = std::move(done);
    if (m_ctx.request.expectContinue && !m_requestComplete)
        sendInterimContinue();
    if (m_requestComplete)
        QMetaObject::invokeMethod(
            this, [this] { bodyBuffered(); }, Qt::QueuedConnection);
}

void DownstreamConnection::bodyBuffered()
{
    if (m_phase != Phase::Filtering || m_bodyMode != BodyMode::Buffer || !m_onBodyBuffered)
        return;
    m_bodyMode = BodyMode::Discard;
    if (m_ctx.request.framing != BodyFraming::None) { // re-framed: a chunked body goes on with a length
        m_forwardBufferedBody = true;
        m_ctx.request.framing = BodyFraming::ContentLength;
        m_ctx.request.contentLength = m_ctx.bufferedBody.size();
    }
    const auto done = std::move(m_onBodyBuffered);
    m_onBodyBuffered = nullptr;
    done();
}

void DownstreamConnection::sendBufferedResponse()
{
    releaseUpstream(m_requestComplete);
    if (const auto refusal = ResponseBuffer::runFilters(m_filters, m_ctx)) {
        sendLocalReply(*refusal);
        return;
    }
    m_keepAlive = m_keepAlive && m_requestComplete;
    m_phase = Phase::Responding;
    m_responseStarted = true;
    m_socket->write(ResponseBuffer::message(m_ctx, m_keepAlive));
    m_socket->flush();
    m_responseComplete = true;
    finishExchange();
}

} // namespace Gatehouse
