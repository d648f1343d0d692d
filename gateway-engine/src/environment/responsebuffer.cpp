#include "responsebuffer.h"

#include "proxymessages.h"

namespace Gatehouse {

bool ResponseBuffer::append(RequestContext &ctx, const char *data, qsizetype size)
{
    if (ctx.bufferedResponseBody.size() + size > m_limit)
        return false;
    ctx.bufferedResponseBody.append(data, size);
    return true;
}

LocalReply ResponseBuffer::tooLarge() const
{
    return wso2ErrorReply(500, "500", "Internal Server Error",
        "the backend's response body is larger than " + QByteArray::number(m_limit)
            + " bytes, the most the gateway holds to check it");
}

std::optional<LocalReply> ResponseBuffer::runFilters(std::vector<FilterPtr> &filters, RequestContext &ctx)
{
    for (auto &filter : filters) {
        if (filter->onResponseBody(ctx) == FilterStatus::LocalReply && ctx.localReply)
            return *ctx.localReply;
    }
    return std::nullopt;
}

QByteArray ResponseBuffer::message(RequestContext &ctx, bool keepAlive)
{
    HttpResponseHead head = ctx.response;
    const bool bodyless = ctx.request.method == "HEAD" || head.status == 204 || head.status == 304;
    if (!bodyless) {
        head.framing = BodyFraming::ContentLength;
        head.contentLength = ctx.bufferedResponseBody.size();
    }
    QByteArray out = ProxyMessages::downstreamResponseHead(
        head, ProxyMessages::ClientFraming::AsUpstream, ctx, keepAlive);
    if (!bodyless) {
        out += ctx.bufferedResponseBody;
        ctx.responseBodyBytes += ctx.bufferedResponseBody.size();
    }
    return out;
}

} // namespace Gatehouse
