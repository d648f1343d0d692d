#pragma once

#include "http/httpmessage.h"

#include <QByteArray>

namespace Gatehouse {

// A deliberately simple blocking HTTP/1.1 client over a POSIX socket, usable from any thread.
class BlockingHttpClient
{
public:
    struct Response
    {
        bool ok = false; // a complete response was read
        HttpResponseHead head;
        QByteArray body;
        bool closedByServer = false;
    };

    explicit BlockingHttpClient(quint16 port, int timeoutMs = 10000);
    ~BlockingHttpClient();
    BlockingHttpClient(const BlockingHttpClient &) = delete;
    BlockingHttpClient &operator=(const BlockingHttpClient &) = delete;

    bool isConnected() const { return m_fd >= 0; }
    bool sendRaw(const QByteArray &bytes);
    Response readResponse(bool requestWasHead = false);
    Response request(const QByteArray &method, const QByteArray &target, const QByteArray &extraHeaders = {},
        const QByteArray &body = {});
    // True when the server closed the connection (read returned 0) within the timeout.
    bool waitForClose();

private:
    bool fill();
    int m_fd = -1;
    int m_timeoutMs;
    QByteArray m_in;
    bool m_eof = false;
};

} // namespace Gatehouse
