#include "listeningsocket.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Gatehouse {

namespace {

struct SocketAddress
{
    sockaddr_storage storage {};
    socklen_t length = 0;
};

SocketAddress toSockaddr(const QHostAddress &address, quint16 port)
{
    SocketAddress out;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&out.storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        out.length = sizeof(sockaddr_in6);
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&out.storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        out.length = sizeof(sockaddr_in);
    }
    return out;
}

int bindSocket(const QHostAddress &address, quint16 port, bool reusePort, QString *error)
{
    const SocketAddress sa = toSockaddr(address, port);
    const int fd = ::socket(sa.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one));
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&sa.storage), sa.length) != 0) {
        const int bindErrno = errno;
        ::close(fd);
        if (error) {
            *error = bindErrno == EADDRINUSE
                ? QStringLiteral("port %1 on %2 is already in use").arg(port).arg(address.toString())
                : QStringLiteral("cannot bind %1:%2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(QString::fromLocal8Bit(strerror(bindErrno)));
        }
        return -1;
    }
    return fd;
}

} // namespace

quint16 ListeningSocketFactory::reservePort(const QHostAddress &address, quint16 port, QString *error)
{
    const int fd = bindSocket(address, port, false, error);
    if (fd < 0)
        return 0;
    sockaddr_storage bound {};
    socklen_t length = sizeof(bound);
    quint16 result = port;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length) == 0) {
        result = bound.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port)
                                             : ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    }
    ::close(fd);
    return result;
}

int ListeningSocketFactory::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const int fd = bindSocket(address, port, true, error);
    if (fd < 0)
        return -1;
    if (::listen(fd, 1024) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace Gatehouse
