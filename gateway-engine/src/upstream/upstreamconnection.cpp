#include "upstreamconnection.h"

#include "core/steadyclock.h"
#include "http/httpheadparser.h"

#include <QSslSocket>

namespace Gatehouse {

namespace {
constexpr qint64 readBufferBytes = 256 * 1024;
constexpr qsizetype maxResponseHeadBytes = 64 * 1024;
constexpr qint64 maxResponseBodyBytes = std::numeric_limits<qint64>::max() / 2;
constexpr qint64 writeLowWater = 256 * 1024;
} // namespace

UpstreamConnection::UpstreamConnection(
    const CompiledTarget &target, const QSslConfiguration *tls, QObject *parent)
    : QObject(parent)
    , m_poolKey(target.poolKey)
    , m_host(target.host)
    , m_port(target.port)
    , m_tls(target.tls)
{
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (tls)
            ssl->setSslConfiguration(*tls);
        ssl->setPeerVerifyName(m_host);
        connect(ssl, &QSslSocket::encrypted, this, &UpstreamConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(
                UpstreamFailure::Kind::TlsError, errors.isEmpty() ? QString() : errors.first().errorString());
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &UpstreamConnection::onConnected);
    }
    m_socket->setReadBufferSize(readBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &UpstreamConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &UpstreamConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &UpstreamConnection::onSocketError);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &UpstreamConnection::onBytesWritten);
}

UpstreamConnection::~UpstreamConnection() = default;

bool UpstreamConnection::isReusable() const
{
    return m_state == State::Ready && m_head.keepAlive && m_socket->state() == QAbstractSocket::ConnectedState
        && m_in.isEmpty();
}

qint64 UpstreamConnection::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void UpstreamConnection::armDeadline(int ms)
{
    m_deadline = ms > 0 ? steadyNowMs() + ms : 0;
}

void UpstreamConnection::connectToBackend(int connectTimeoutMs)
{
    m_state = State::Connecting;
    armDeadline(connectTimeoutMs);
    if (m_tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_host, m_port);
    else
        m_socket->connectToHost(m_host, m_port);
}

void UpstreamConnection::attach(UpstreamClient *client, int readTimeoutMs, bool reused)
{
    m_client = client;
    m_readTimeoutMs = readTimeoutMs;
    m_reused = reused;
    m_responseBytesSeen = false;
    m_readPaused = false;
    if (reused)
        m_deadline = 0;
}

void UpstreamConnection::detach()
{
    m_client = nullptr;
    m_state = State::Idle;
    m_deadline = 0;
}

void UpstreamConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_state = State::Ready;
    m_deadline = 0;
    if (m_client)
        m_client->onUpstreamConnected();
}

void UpstreamConnection::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void UpstreamConnection::send(const char *data, qsizetype size)
{
    m_socket->write(data, size);
}

void UpstreamConnection::flush()
{
    m_socket->flush();
}

void UpstreamConnection::expectResponse(bool requestWasHead)
{
    m_requestWasHead = requestWasHead;
    m_state = State::AwaitingHead;
    m_scanner.reset();
    armDeadline(m_readTimeoutMs);
    if (!m_in.isEmpty() || m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void UpstreamConnection::setReadPaused(bool paused)
{
    if (m_readPaused == paused)
        return;
    m_readPaused = paused;
    // Resume even with nothing new on the socket: the pause may have come between the last body bytes and
    // the decoder noticing that the body is complete.
    if (!paused)
        onReadyRead();
}

void UpstreamConnection::close()
{
    m_client = nullptr;
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_deadline = 0;
    m_socket->abort();
}

void UpstreamConnection::onBytesWritten()
{
    if (m_client && m_socket->bytesToWrite() < writeLowWater)
        m_client->onUpstreamWritable();
}

void UpstreamConnection::onReadyRead()
{
    if (m_state == State::Idle) {
        // A backend must not talk on an idle connection: drop it rather than mistake it for the next
        // response.
        close();
        emit closedWhileIdle(this);
        return;
    }
    if (m_readPaused || m_state == State::Closed || m_state == State::Connecting)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (available > 0) {
        const qsizetype old = m_in.size();
        m_in.resize(old + available);
        const qint64 n = m_socket->read(m_in.data() + old, available);
        m_in.resize(old + qMax<qint64>(0, n));
        m_responseBytesSeen = true;
    }
    processInput();
}

void UpstreamConnection::processInput()
{
    if (m_inProcessInput)
        return;
    m_inProcessInput = true;
    while (m_client && !m_readPaused) {
        if (m_state == State::AwaitingHead) {
            const auto result = m_scanner.scan(m_in, maxResponseHeadBytes, maxResponseHeadBytes);
            if (result == HttpHeadScanner::Result::NeedMore)
                break;
            if (result != HttpHeadScanner::Result::Complete) {
                fail(UpstreamFailure::Kind::BadResponse, QStringLiteral("malformed response head"));
                break;
            }
            m_head = HttpResponseHead();
            const qsizetype skip = m_scanner.leadingEmptyLines();
            if (auto error = HttpHeadParser::parseResponse(
                    m_in.constData() + skip, m_scanner.headSize() - skip, m_requestWasHead, m_head)) {
                fail(UpstreamFailure::Kind::BadResponse, QString::fromLatin1(error->reason));
                break;
            }
            m_in.remove(0, m_scanner.headSize());
            m_scanner.reset();
            if (m_head.status < 200) {
                continue; // interim response (100 Continue): the real one follows
            }
            m_body.start(m_head.framing, m_head.contentLength, maxResponseBodyBytes);
            m_state = State::ReadingBody;
            armDeadline(m_readTimeoutMs);
            m_client->onUpstreamHead(m_head);
            continue;
        }
        if (m_state == State::ReadingBody) {
            qsizetype offset = 0;
            bool done = false;
            while (m_client && !m_readPaused) {
                const auto step = m_body.next(m_in.constData() + offset, m_in.size() - offset);
                offset += step.consumed;
                if (step.size > 0)
                    m_client->onUpstreamBody(step.data, step.size);
                if (step.status == BodyDecoder::Status::Data)
                    continue;
                if (step.status == BodyDecoder::Status::Error) {
                    m_in.clear();
                    fail(UpstreamFailure::Kind::BadResponse, QString::fromLatin1(m_body.error().reason));
                    m_inProcessInput = false;
                    return;
                }
                done = step.status == BodyDecoder::Status::Done;
                break;
            }
            m_in.remove(0, offset);
            if (done) {
                m_state = State::Ready;
                m_deadline = 0;
                UpstreamClient *client = m_client;
                client->onUpstreamComplete(); // may detach, close or delete-later this connection
            } else {
                armDeadline(m_readTimeoutMs);
            }
        }
        break;
    }
    m_inProcessInput = false;
}

void UpstreamConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Idle) {
        m_state = State::Closed;
        emit closedWhileIdle(this);
        return;
    }
    if (m_state == State::ReadingBody && m_body.framing() == BodyFraming::UntilClose) {
        // Read what is left, then the close itself ends the body.
        if (m_socket->bytesAvailable() > 0)
            onReadyRead();
        m_body.finishAtClose();
        m_state = State::Closed;
        if (m_client)
            m_client->onUpstreamComplete();
        return;
    }
    fail(m_state == State::Connecting ? UpstreamFailure::Kind::ConnectRefused
                                      : UpstreamFailure::Kind::ClosedEarly,
        QStringLiteral("backend closed the connection"));
}

void UpstreamConnection::onSocketError()
{
    if (m_state == State::Closed || m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // a close is handled by onDisconnected
    if (m_state == State::Connecting)
        fail(m_tls && m_socket->error() == QAbstractSocket::SslHandshakeFailedError
                ? UpstreamFailure::Kind::TlsError
                : UpstreamFailure::Kind::ConnectRefused,
            m_socket->errorString());
    else if (m_state == State::Idle)
        onDisconnected();
    else
        fail(UpstreamFailure::Kind::ClosedEarly, m_socket->errorString());
}

void UpstreamConnection::onDeadline()
{
    if (m_state == State::Connecting)
        fail(UpstreamFailure::Kind::ConnectTimeout, QStringLiteral("connect timed out"));
    else
        fail(UpstreamFailure::Kind::ReadTimeout, QStringLiteral("backend did not answer in time"));
}

void UpstreamConnection::fail(UpstreamFailure::Kind kind, const QString &detail)
{
    UpstreamClient *client = m_client;
    const bool beforeResponse = !m_responseBytesSeen && m_state != State::ReadingBody;
    close();
    if (client)
        client->onUpstreamFailed({ kind, beforeResponse, detail });
}

} // namespace Gatehouse
