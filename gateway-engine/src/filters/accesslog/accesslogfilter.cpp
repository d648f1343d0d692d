#include "accesslogfilter.h"

#include "observability/accesslogsink.h"

namespace Gatehouse {

QByteArray AccessLogFilter::redactQuery(const QByteArray &query, const QByteArrayList &secretNames)
{
    if (query.isEmpty())
        return query;
    QByteArrayList parts = query.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq)).toLower();
        if (secretNames.contains(name))
            part = (eq < 0 ? part : part.left(eq)) + "=***";
    }
    return parts.join('&');
}

void AccessLogFilter::onLog(const RequestContext &ctx)
{
    if (!m_config.sink || !m_config.sink->isEnabled())
        return;
    AccessLogEntry entry;
    entry.timestamp = ctx.startedAtUtc;
    entry.environment = m_config.environment;
    entry.requestId = ctx.requestId;
    entry.clientAddress = ctx.clientAddress;
    entry.method = ctx.request.method;
    entry.path = ctx.request.query.isEmpty()
        ? ctx.request.path
        : ctx.request.path + '?' + redactQuery(ctx.request.query, m_config.redactedQueryParameters);
    entry.status = ctx.responseStatus();
    entry.requestBytes = ctx.requestBodyBytes;
    entry.responseBytes = ctx.responseBodyBytes;
    entry.durationMs = ctx.elapsedMs();
    if (ctx.route.api) {
        entry.apiId = ctx.route.api->config->id;
        entry.apiName = ctx.route.api->config->name;
    }
    if (ctx.upstream)
        entry.upstream = ctx.upstream->url;
    entry.errorCode = ctx.errorCode;
    if (ctx.identity) {
        entry.authMethod = ctx.identity->method;
        entry.application = ctx.identity->applicationName;
    }
    entry.authFailure = ctx.authFailure;
    entry.throttledBy = ctx.throttledBy;
    m_config.sink->write(ctx.workerIndex, std::move(entry));
}

} // namespace Gatehouse
