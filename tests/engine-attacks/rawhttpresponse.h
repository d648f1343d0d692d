#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace Gatehouse {

// A response as it came off the wire, cut with a deliberately small parser of its own (not the engine's):
// status line, header fields and a Content-Length body. Enough for the gateway's local replies.
struct RawHttpResponse
{
    QByteArray statusLine;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    bool announcesClose() const;
    // The WSO2 error "code" member of a JSON body, empty when the body is not such an object.
    QString errorCode() const;

    // Cuts every complete response from `bytes`; what is left (an incomplete response or garbage) goes to
    // `rest`.
    static QList<RawHttpResponse> parseAll(const QByteArray &bytes, QByteArray *rest = nullptr);
    // How many times a status line appears anywhere in the bytes: catches a second response even when the
    // first one's framing is off.
    static int countStatusLines(const QByteArray &bytes);
};

} // namespace Gatehouse
