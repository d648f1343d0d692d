#include "schemavalidationfilter.h"

#include "parametervalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <nlohmann/json.hpp>

namespace Gatehouse {

namespace {

LocalReply refusal(
    int status, const QByteArray &message, const QString &lead, const SchemaViolations &violations)
{
    QStringList reasons;
    QJsonArray list;
    for (const SchemaViolation &violation : violations) {
        const QString in = QString::fromLatin1(violation.in);
        const QString pointer = QString::fromUtf8(violation.pointer);
        reasons.append((pointer.isEmpty() ? in : in + QLatin1Char(' ') + pointer) + QStringLiteral(": ")
            + violation.message);
        list.append(QJsonObject { { QStringLiteral("in"), in }, { QStringLiteral("pointer"), pointer },
            { QStringLiteral("message"), violation.message } });
    }
    LocalReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.errorCode = QByteArray::number(status);
    const QJsonObject body { { QStringLiteral("code"), QString::number(status) },
        { QStringLiteral("message"), QString::fromLatin1(message) },
        { QStringLiteral("description"), QString(lead + reasons.join(QStringLiteral(", "))) },
        { QStringLiteral("violations"), list } };
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

bool hasRequestBody(const HttpRequestHead &request)
{
    return request.framing == BodyFraming::Chunked
        || (request.framing == BodyFraming::ContentLength && request.contentLength > 0);
}

bool hasResponseBody(const HttpResponseHead &response)
{
    return response.framing == BodyFraming::Chunked || response.framing == BodyFraming::UntilClose
        || (response.framing == BodyFraming::ContentLength && response.contentLength > 0);
}

// Declared media types may be ranges: "*/*", "application/*".
bool accepts(const QList<QByteArray> &declared, const QByteArray &mediaType)
{
    for (const QByteArray &type : declared) {
        if (type == mediaType || type == "*/*"
            || (type.endsWith("/*") && mediaType.startsWith(type.left(type.size() - 1))))
            return true;
    }
    return false;
}

QString declaredList(const QList<QByteArray> &declared)
{
    return QString::fromLatin1(declared.join(", "));
}

} // namespace

LocalReply SchemaValidationFilter::requestRefusal(const SchemaViolations &violations)
{
    return refusal(
        400, "Bad Request", QStringLiteral("Schema validation failed in the Request: "), violations);
}

LocalReply SchemaValidationFilter::responseRefusal(const SchemaViolations &violations)
{
    return refusal(500, "Internal Server Error", QStringLiteral("Schema validation failed in the Response: "),
        violations);
}

void SchemaValidationFilter::checkParameters(const RequestContext &ctx, SchemaViolations *violations) const
{
    for (const OperationValidation::Parameter &parameter : m_operation->parameters) {
        QList<QByteArray> values;
        bool exploded = false;
        if (parameter.in == "path") {
            values.append(ParameterValues::pathSegment(ctx.route.resourcePath, parameter.pathSegment));
        } else if (parameter.in == "query") {
            values = ParameterValues::query(ctx.request.query, parameter.name);
            exploded = true;
        } else if (parameter.in == "header") {
            for (const auto &[name, value] : ctx.request.headers.fields()) {
                if (HttpHeaders::nameEquals(name, parameter.name))
                    values.append(value.trimmed());
            }
            if (values.size() > 1)
                values = { values.join(',') };
        }
        const QByteArray pointer = '/' + QByteArray(parameter.name).replace('~', "~0").replace('/', "~1");
        if (values.isEmpty()) {
            if (parameter.required)
                violations->append({ parameter.in, pointer,
                    QStringLiteral("the required %1 parameter is missing")
                        .arg(QString::fromLatin1(parameter.in)) });
            continue;
        }
        if (parameter.schema)
            parameter.schema->validate(ParameterValues::toJson(values, parameter.schema.get(), exploded),
                parameter.in, pointer, violations);
    }
}

FilterStatus SchemaValidationFilter::onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks)
{
    if (ctx.route.result != RouteMatch::Result::Matched || !ctx.route.operation)
        return FilterStatus::Continue;
    m_operation = m_config->forOperation(ctx.route.operation->index);
    if (!m_operation)
        return FilterStatus::Continue;
    m_callbacks = &callbacks;
    SchemaViolations violations;
    checkParameters(ctx, &violations);
    const bool bodySent = hasRequestBody(ctx.request);
    const QByteArray contentType = ctx.request.headers.value("content-type");
    const QByteArray mediaType = JsonBody::mediaTypeOf(contentType);
    if (m_operation->hasRequestBody && !bodySent && m_operation->requestBodyRequired)
        violations.append({ "body", {}, QStringLiteral("the request body is required") });
    if (m_operation->hasRequestBody && bodySent && !m_operation->requestMediaTypes.isEmpty()
        && !accepts(m_operation->requestMediaTypes, mediaType))
        violations.append({ "header", "/content-type",
            QStringLiteral("the content type '%1' is not one the operation accepts (%2)")
                .arg(QString::fromLatin1(mediaType), declaredList(m_operation->requestMediaTypes)) });
    if (!violations.isEmpty()) {
        ctx.localReply = requestRefusal(violations);
        return FilterStatus::LocalReply;
    }
    if (!bodySent || !m_operation->requestBody || !JsonBody::isJsonMediaType(contentType))
        return FilterStatus::Continue;
    if (ctx.request.framing == BodyFraming::ContentLength
        && ctx.request.contentLength > m_config->maxRequestBodyBytes) {
        ctx.localReply = wso2ErrorReply(413, "413", "Payload Too Large",
            "the request body is larger than " + QByteArray::number(m_config->maxRequestBodyBytes)
                + " bytes, the most the gateway holds to check it against its schema");
        return FilterStatus::LocalReply;
    }
    callbacks.bufferRequestBody(m_config->maxRequestBodyBytes, [this, &ctx, &callbacks] {
        checkRequestBody(ctx);
        callbacks.resume();
    });
    return FilterStatus::Stop;
}

void SchemaValidationFilter::checkRequestBody(RequestContext &ctx) const
{
    QString error;
    const std::optional<nlohmann::json> body
        = JsonBody::parse(ctx.bufferedBody, m_config->jsonLimits, &error);
    SchemaViolations violations;
    if (!body)
        violations.append({ "body", {}, error });
    else
        m_operation->requestBody->validate(*body, "body", {}, &violations);
    if (!violations.isEmpty())
        ctx.localReply = requestRefusal(violations);
}

FilterStatus SchemaValidationFilter::onResponseHeaders(RequestContext &ctx)
{
    if (!m_operation || m_operation->responses.empty())
        return FilterStatus::Continue;
    const int status = ctx.response.status;
    m_response = m_operation->responseFor(status);
    if (!m_response) {
        QStringList declared;
        for (const auto &response : m_operation->responses)
            declared.append(QString::fromLatin1(response.status));
        ctx.localReply = responseRefusal({ { "status", {},
            QStringLiteral("the backend answered %1, which %2 does not declare (it declares %3)")
                .arg(QString::number(status), m_operation->label, declared.join(QStringLiteral(", "))) } });
        return FilterStatus::LocalReply;
    }
    if (!hasResponseBody(ctx.response) || ctx.request.method == "HEAD")
        return FilterStatus::Continue;
    const QByteArray contentType = ctx.response.headers.value("content-type");
    const QByteArray mediaType = JsonBody::mediaTypeOf(contentType);
    if (!m_response->mediaTypes.isEmpty() && !accepts(m_response->mediaTypes, mediaType)) {
        ctx.localReply = responseRefusal({ { "header", "/content-type",
            QStringLiteral("the response's content type '%1' is not declared for status %2 (%3)")
                .arg(QString::fromLatin1(mediaType), QString::number(status),
                    declaredList(m_response->mediaTypes)) } });
        return FilterStatus::LocalReply;
    }
    if (m_response->schema && JsonBody::isJsonMediaType(contentType) && m_callbacks) {
        m_checkResponseBody = true;
        m_callbacks->bufferResponseBody(m_config->maxResponseBodyBytes);
    }
    return FilterStatus::Continue;
}

FilterStatus SchemaValidationFilter::onResponseBody(RequestContext &ctx)
{
    if (!m_checkResponseBody || !m_response || !m_response->schema)
        return FilterStatus::Continue;
    QString error;
    const std::optional<nlohmann::json> body
        = JsonBody::parse(ctx.bufferedResponseBody, m_config->jsonLimits, &error);
    SchemaViolations violations;
    if (!body)
        violations.append({ "body", {}, error });
    else
        m_response->schema->validate(*body, "body", {}, &violations);
    if (violations.isEmpty())
        return FilterStatus::Continue;
    ctx.localReply = responseRefusal(violations);
    return FilterStatus::LocalReply;
}

} // namespace Gatehouse
