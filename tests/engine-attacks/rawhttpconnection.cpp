#include "rawhttpconnection.h"

#include "rawhttpresponse.h"

#include <QDeadlineTimer>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Gatehouse {

RawHttpConnection::RawHttpConnection(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

RawHttpConnection::~RawHttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawHttpConnection::send(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_end = End::Reset;
            return false;
        }
        sent += n;
    }
    return m_fd >= 0;
}

bool RawHttpConnection::waitUntilReadable(int timeoutMs)
{
    if (m_fd < 0 || m_end != End::Open)
        return false;
    pollfd p { m_fd, POLLIN, 0 };
    return ::poll(&p, 1, qMax(0, timeoutMs)) > 0;
}

void RawHttpConnection::readAvailable()
{
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), MSG_DONTWAIT);
    if (n > 0) {
        m_received.append(buffer, n);
    } else if (n == 0) {
        m_end = End::Closed;
    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        m_end = End::Reset;
    }
}

bool RawHttpConnection::readSome(int timeoutMs)
{
    const qsizetype before = m_received.size();
    if (waitUntilReadable(timeoutMs))
        readAvailable();
    return m_received.size() > before;
}

RawHttpConnection::End RawHttpConnection::readUntilClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_end == End::Open && !deadline.hasExpired()) {
        if (waitUntilReadable(int(deadline.remainingTime())))
            readAvailable();
    }
    return m_end;
}

bool RawHttpConnection::readResponses(int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (RawHttpResponse::parseAll(m_received).size() < count) {
        if (m_end != End::Open || deadline.hasExpired())
            return false;
        if (waitUntilReadable(int(deadline.remainingTime())))
            readAvailable();
    }
    return true;
}

qint64 RawHttpConnection::streamWhileReading(qint64 total, const QByteArray &piece, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qint64 written = 0;
    qsizetype offsetInPiece = 0;
    bool writing = true;
    while (m_fd >= 0 && m_end == End::Open && !deadline.hasExpired()) {
        pollfd p { m_fd, short(POLLIN | (writing ? POLLOUT : 0)), 0 };
        if (::poll(&p, 1, int(qMin<qint64>(deadline.remainingTime(), 100))) <= 0)
            continue;
        if (p.revents & (POLLIN | POLLHUP | POLLERR))
            readAvailable();
        if (writing && (p.revents & POLLOUT)) {
            const qint64 want = qMin<qint64>(total - written, piece.size() - offsetInPiece);
            const ssize_t n
                = ::send(m_fd, piece.constData() + offsetInPiece, size_t(want), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                written += n;
                offsetInPiece = (offsetInPiece + n) % piece.size();
            } else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                writing = false; // the server closed its side; keep reading what it said
            }
            if (written >= total)
                writing = false;
        }
    }
    return written;
}

} // namespace Gatehouse
