#pragma once

#include "core/localreply.h"
#include "core/requestcontext.h"

#include <QByteArray>

namespace Gatehouse {

// Writes the message heads a proxy sends: the request to the backend, the backend's response relayed to
// the client, and the gateway's own replies. Hop-by-hop headers never cross.
class ProxyMessages
{
public:
    static QByteArray upstreamRequestHead(const RequestContext &ctx, const CompiledTarget &target,
        const QByteArray &clientAddress, bool clientUsedTls);

    enum class ClientFraming
    {
        AsUpstream,
        Chunked,
        UntilClose
    };
    // How the relayed body is framed for this client: HTTP/1.0 clients cannot take chunked bodies.
    static ClientFraming clientFraming(const HttpResponseHead &head, int clientMinorVersion);
    static QByteArray downstreamResponseHead(
        const HttpResponseHead &head, ClientFraming framing, const RequestContext &ctx, bool keepAlive);
    // The whole message; the body is left out where HTTP says there is none (HEAD, 204, 304).
    static QByteArray localReplyMessage(
        const LocalReply &reply, const RequestContext &ctx, bool keepAlive, qint64 *bodyBytesSent);

    static void appendChunkHeader(QByteArray &out, qsizetype size);
};

} // namespace Gatehouse
