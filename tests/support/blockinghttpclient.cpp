#include "blockinghttpclient.h"

#include "http/bodydecoder.h"
#include "http/httpheadparser.h"
#include "http/httpheadscanner.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Gatehouse {

BlockingHttpClient::BlockingHttpClient(quint16 port, int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}

BlockingHttpClient::~BlockingHttpClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool BlockingHttpClient::sendRaw(const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (m_fd >= 0 && sent < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return m_fd >= 0;
}

bool BlockingHttpClient::fill()
{
    if (m_fd < 0 || m_eof)
        return false;
    pollfd p { m_fd, POLLIN, 0 };
    if (::poll(&p, 1, m_timeoutMs) <= 0)
        return false;
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_in.append(buffer, n);
    return true;
}

BlockingHttpClient::Response BlockingHttpClient::readResponse(bool requestWasHead)
{
    Response response;
    HttpHeadScanner scanner;
    while (true) {
        const auto result = scanner.scan(m_in, 1 << 20, 1 << 20);
        if (result == HttpHeadScanner::Result::Complete) {
            const qsizetype skip = scanner.leadingEmptyLines();
            if (HttpHeadParser::parseResponse(
                    m_in.constData() + skip, scanner.headSize() - skip, requestWasHead, response.head))
                return response;
            m_in.remove(0, scanner.headSize());
            if (response.head.status < 200) {
                scanner.reset();
                continue;
            }
            break;
        }
        if (result != HttpHeadScanner::Result::NeedMore || !fill()) {
            response.closedByServer = m_eof;
            return response;
        }
    }
    BodyDecoder decoder;
    decoder.start(response.head.framing, response.head.contentLength, 1LL << 40);
    while (true) {
        qsizetype offset = 0;
        BodyDecoder::Status status = BodyDecoder::Status::Data;
        while (status == BodyDecoder::Status::Data) {
            const auto step = decoder.next(m_in.constData() + offset, m_in.size() - offset);
            offset += step.consumed;
            response.body.append(step.data, step.size);
            status = step.status;
        }
        m_in.remove(0, offset);
        if (status == BodyDecoder::Status::Done)
            break;
        if (status == BodyDecoder::Status::Error)
            return response;
        if (!fill()) {
            if (m_eof && response.head.framing == BodyFraming::UntilClose)
                break;
            response.closedByServer = m_eof;
            return response;
        }
    }
    response.ok = true;
    response.closedByServer = m_eof;
    return response;
}

BlockingHttpClient::Response BlockingHttpClient::request(const QByteArray &method, const QByteArray &target,
    const QByteArray &extraHeaders, const QByteArray &body)
{
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: gateway.test\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    if (!sendRaw(raw))
        return {};
    return readResponse(method == "HEAD");
}

bool BlockingHttpClient::waitForClose()
{
    while (fill()) { }
    return m_eof;
}

} // namespace Gatehouse
