#include "corsfilter.h"

namespace Gatehouse {

namespace {

const CorsConfig *corsOf(const RequestContext &ctx)
{
    if (!ctx.route.api || !ctx.route.api->config->security.cors)
        return nullptr;
    return &*ctx.route.api->config->security.cors;
}

QByteArray joined(const QStringList &values)
{
    return values.join(QStringLiteral(", ")).toLatin1();
}

} // namespace

QByteArray CorsFilter::allowedOrigin(const CorsConfig &cors, const QByteArray &origin)
{
    if (origin.isEmpty())
        return {};
    if (cors.allowOrigins.contains(QStringLiteral("*")))
        return cors.allowCredentials ? origin : QByteArray("*"); // "*" is not valid with credentials
    return cors.allowOrigins.contains(QString::fromLatin1(origin)) ? origin : QByteArray();
}

void CorsFilter::addResponseHeaders(
    const CorsConfig &cors, const QByteArray &allowOrigin, HttpHeaders &headers)
{
    headers.set("Access-Control-Allow-Origin", allowOrigin);
    if (allowOrigin != "*")
        headers.append("Vary", "Origin");
    if (cors.allowCredentials)
        headers.set("Access-Control-Allow-Credentials", "true");
    if (!cors.exposeHeaders.isEmpty())
        headers.set("Access-Control-Expose-Headers", joined(cors.exposeHeaders));
}

FilterStatus CorsFilter::onRequestHeaders(RequestContext &ctx, FilterCallbacks &)
{
    const CorsConfig *cors = corsOf(ctx);
    if (!cors)
        return FilterStatus::Continue;
    const QByteArray origin = ctx.request.headers.value("Origin");
    const bool preflight = ctx.request.method == "OPTIONS" && !origin.isEmpty()
        && ctx.request.headers.contains("Access-Control-Request-Method");
    if (!preflight)
        return FilterStatus::Continue;
    LocalReply reply;
    reply.status = 204;
    const QByteArray allowOrigin = allowedOrigin(*cors, origin);
    if (!allowOrigin.isEmpty()) { // a refused origin gets no CORS headers, so the browser blocks the call
        addResponseHeaders(*cors, allowOrigin, reply.headers);
        reply.headers.set("Access-Control-Allow-Methods", joined(cors->allowMethods));
        reply.headers.set("Access-Control-Allow-Headers", joined(cors->allowHeaders));
        if (cors->maxAgeSeconds > 0)
            reply.headers.set("Access-Control-Max-Age", QByteArray::number(cors->maxAgeSeconds));
    }
    ctx.localReply = std::move(reply);
    return FilterStatus::LocalReply;
}

FilterStatus CorsFilter::onResponseHeaders(RequestContext &ctx)
{
    const CorsConfig *cors = corsOf(ctx);
    if (!cors)
        return FilterStatus::Continue;
    const QByteArray allowOrigin = allowedOrigin(*cors, ctx.request.headers.value("Origin"));
    if (!allowOrigin.isEmpty())
        addResponseHeaders(*cors, allowOrigin, ctx.response.headers);
    return FilterStatus::Continue;
}

void CorsFilter::onLocalReply(const RequestContext &ctx, LocalReply &reply)
{
    const CorsConfig *cors = corsOf(ctx);
    if (!cors || reply.headers.contains("Access-Control-Allow-Origin"))
        return;
    const QByteArray allowOrigin = allowedOrigin(*cors, ctx.request.headers.value("Origin"));
    if (!allowOrigin.isEmpty())
        addResponseHeaders(*cors, allowOrigin, reply.headers);
}

} // namespace Gatehouse
