#pragma once

#include <QtGlobal>

namespace Gatehouse {

// A real backend that never answers: a listening socket on 127.0.0.1 that nobody accepts from. The kernel
// completes the TCP handshake (up to the backlog), so the gateway connects and sends, and then waits.
class BlackholeListener
{
public:
    BlackholeListener();
    ~BlackholeListener();
    BlackholeListener(const BlackholeListener &) = delete;
    BlackholeListener &operator=(const BlackholeListener &) = delete;

    quint16 port() const { return m_port; } // 0 when listening failed

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace Gatehouse
