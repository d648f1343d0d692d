#pragma once

#include "core/httpfilter.h"

namespace Gatehouse {

// CORS per API (x-wso2-cors): the gateway answers preflight requests itself and adds the
// Access-Control-* headers to actual responses, including its own error replies.
class CorsFilter final : public HttpFilter
{
public:
    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override;
    FilterStatus onResponseHeaders(RequestContext &ctx) override;
    void onLocalReply(const RequestContext &ctx, LocalReply &reply) override;

    // The Access-Control-Allow-Origin value for origin, or empty when cors does not allow it.
    static QByteArray allowedOrigin(const CorsConfig &cors, const QByteArray &origin);
    static void addResponseHeaders(
        const CorsConfig &cors, const QByteArray &allowOrigin, HttpHeaders &headers);
};

} // namespace Gatehouse
