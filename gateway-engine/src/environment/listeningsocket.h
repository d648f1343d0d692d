#pragma once

#include <QHostAddress>
#include <QString>

namespace Gatehouse {

// Binds listening sockets that several workers can share with SO_REUSEPORT, after checking that no other
// process holds the port (SO_REUSEPORT alone would let a second gateway silently share it).
class ListeningSocketFactory
{
public:
    // Returns the port actually bound (resolving port 0), or 0 with an error.
    static quint16 reservePort(const QHostAddress &address, quint16 port, QString *error);
    // A non-blocking listening socket with SO_REUSEPORT, or -1 with an error.
    static int listen(const QHostAddress &address, quint16 port, QString *error);
};

} // namespace Gatehouse
