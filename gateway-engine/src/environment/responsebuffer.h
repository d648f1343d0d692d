#pragma once

#include "core/httpfilter.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace Gatehouse {

// The response-body hook of DownstreamConnection (FilterCallbacks::bufferResponseBody): holds the
// backend's response until it is complete, lets the filters look at it, then writes it with a
// Content-Length. Inactive (the response streams) unless a filter asked for it.
class ResponseBuffer
{
public:
    void request(qint64 maxBytes) { m_limit = qMax(m_limit, maxBytes); }
    bool isActive() const { return m_limit > 0; }
    void reset() { m_limit = 0; }
    // False when the body grew past the limit: answer tooLarge() instead.
    bool append(RequestContext &ctx, const char *data, qsizetype size);
    LocalReply tooLarge() const;
    // onResponseBody for every filter; the reply of the first one that refuses the response.
    static std::optional<LocalReply> runFilters(std::vector<FilterPtr> &filters, RequestContext &ctx);
    // The complete response for the client: ctx.response's head, re-framed with a Content-Length, then the
    // buffered body (none for HEAD, 204 and 304). Counts ctx.responseBodyBytes.
    static QByteArray message(RequestContext &ctx, bool keepAlive);

private:
    qint64 m_limit = 0;
};

} // namespace Gatehouse
