#include "proxymessages.h"

namespace Gatehouse {

namespace {

// Headers that describe one hop, not the message, and the ones the gateway writes itself. Request headers
// with '_' in the name are dropped too (as nginx does): some backends read "Content_Length" as
// "Content-Length".
bool isHopByHop(QByteArrayView name)
{
    switch (name.size()) {
    case 2:
        return HttpHeaders::nameEquals(name, "te");
    case 4:
        return HttpHeaders::nameEquals(name, "host");
    case 6:
        return HttpHeaders::nameEquals(name, "expect");
    case 7:
        return HttpHeaders::nameEquals(name, "trailer") || HttpHeaders::nameEquals(name, "upgrade");
    case 10:
        return HttpHeaders::nameEquals(name, "connection") || HttpHeaders::nameEquals(name, "keep-alive");
    case 14:
        return HttpHeaders::nameEquals(name, "content-length");
    case 16:
        return HttpHeaders::nameEquals(name, "proxy-connection");
    case 17:
        return HttpHeaders::nameEquals(name, "transfer-encoding");
    case 19:
        return HttpHeaders::nameEquals(name, "proxy-authorization");
    default:
        return false;
    }
}

bool isNamedInConnection(QByteArrayView name, QByteArrayView connectionHeader)
{
    return !connectionHeader.isEmpty() && HttpHeaders::listContainsToken(connectionHeader, name);
}

void appendConnectionHeader(QByteArray &out, bool keepAlive, int clientMinorVersion)
{
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (clientMinorVersion == 0)
        out += "Connection: keep-alive\r\n";
}

} // namespace

void ProxyMessages::appendChunkHeader(QByteArray &out, qsizetype size)
{
    out += QByteArray::number(size, 16);
    out += "\r\n";
}

QByteArray ProxyMessages::upstreamRequestHead(const RequestContext &ctx, const CompiledTarget &target,
    const QByteArray &clientAddress, bool clientUsedTls)
{
    const HttpRequestHead &request = ctx.request;
    QByteArray head;
    head.reserve(512 + request.target.size() + 64 * request.headers.size());
    head += request.method;
    head += ' ';
    head += target.basePath;
    head += ctx.route.resourcePath == "/" && !target.basePath.isEmpty() ? QByteArray()
                                                                        : ctx.route.resourcePath;
    if (!request.query.isEmpty()) {
        head += '?';
        head += request.query;
    }
    head += " HTTP/1.1\r\nHost: ";
    head += target.hostHeader;
    head += "\r\n";
    const QByteArrayView connectionHeader = request.headers.view("connection");
    QByteArray forwardedFor;
    for (const auto &[name, value] : request.headers.fields()) {
        if (isHopByHop(name) || isNamedInConnection(name, connectionHeader) || name.contains('_'))
            continue;
        if (HttpHeaders::nameEquals(name, "x-forwarded-for")) {
            forwardedFor = forwardedFor.isEmpty() ? value : forwardedFor + ", " + value;
            continue;
        }
        if (HttpHeaders::nameEquals(name, "x-forwarded-proto")
            || HttpHeaders::nameEquals(name, "x-forwarded-host")
            || HttpHeaders::nameEquals(name, "x-request-id"))
            continue;
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    head += "X-Forwarded-For: ";
    head += forwardedFor.isEmpty() ? clientAddress : forwardedFor + ", " + clientAddress;
    head += clientUsedTls ? "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Host: "
                          : "\r\nX-Forwarded-Proto: http\r\nX-Forwarded-Host: ";
    head += request.headers.view("host");
    head += "\r\nX-Request-ID: ";
    head += ctx.requestId;
    head += "\r\n";
    if (request.framing == BodyFraming::Chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (request.framing == BodyFraming::ContentLength || request.headers.contains("content-length"))
        head += "Content-Length: " + QByteArray::number(request.contentLength) + "\r\n";
    head += "\r\n";
    return head;
}

ProxyMessages::ClientFraming ProxyMessages::clientFraming(
    const HttpResponseHead &head, int clientMinorVersion)
{
    if (head.framing != BodyFraming::Chunked && head.framing != BodyFraming::UntilClose)
        return ClientFraming::AsUpstream;
    return clientMinorVersion == 1 ? ClientFraming::Chunked : ClientFraming::UntilClose;
}

QByteArray ProxyMessages::downstreamResponseHead(
    const HttpResponseHead &head, ClientFraming framing, const RequestContext &ctx, bool keepAlive)
{
    QByteArray out;
    out.reserve(256 + 48 * head.headers.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(head.status);
    out += ' ';
    out += head.reason.isEmpty() ? reasonPhrase(head.status) : head.reason;
    out += "\r\n";
    const QByteArrayView connectionHeader = head.headers.view("connection");
    for (const auto &[name, value] : head.headers.fields()) {
        if (isHopByHop(name) || isNamedInConnection(name, connectionHeader))
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (framing == ClientFraming::Chunked) {
        out += "Transfer-Encoding: chunked\r\n";
    } else if (head.framing == BodyFraming::ContentLength) {
        out += "Content-Length: " + QByteArray::number(head.contentLength) + "\r\n";
    } else if (head.framing == BodyFraming::None && head.headers.contains("content-length")) {
        out += "Content-Length: " + head.headers.value("content-length") + "\r\n"; // HEAD, 304
    }
    out += "X-Request-ID: " + ctx.requestId + "\r\n";
    appendConnectionHeader(out, keepAlive, ctx.request.minorVersion);
    out += "\r\n";
    return out;
}

QByteArray ProxyMessages::localReplyMessage(
    const LocalReply &reply, const RequestContext &ctx, bool keepAlive, qint64 *bodyBytesSent)
{
    QByteArray out;
    out.reserve(192 + reply.body.size());
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    reply.headers.serializeTo(out);
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (!ctx.requestId.isEmpty())
        out += "X-Request-ID: " + ctx.requestId + "\r\n";
    appendConnectionHeader(out, keepAlive, ctx.request.minorVersion);
    out += "\r\n";
    const bool bodyless = ctx.request.method == "HEAD" || reply.status == 204 || reply.status == 304;
    if (!bodyless)
        out += reply.body;
    if (bodyBytesSent)
        *bodyBytesSent = bodyless ? 0 : reply.body.size();
    return out;
}

} // namespace Gatehouse
