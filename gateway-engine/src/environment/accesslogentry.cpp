#include "accesslogentry.h"

namespace Gatehouse {

namespace {
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}
} // namespace

QByteArray toJsonLine(const AccessLogEntry &entry)
{
    QByteArray out;
    out.reserve(256);
    out += "{\"time\":";
    appendJsonString(out, entry.timestamp.toString(Qt::ISODateWithMs).toUtf8());
    out += ",\"environment\":";
    appendJsonString(out, entry.environment.toUtf8());
    out += ",\"request_id\":";
    appendJsonString(out, entry.requestId);
    out += ",\"client\":";
    appendJsonString(out, entry.clientAddress);
    out += ",\"method\":";
    appendJsonString(out, entry.method);
    out += ",\"path\":";
    appendJsonString(out, entry.path);
    out += ",\"status\":" + QByteArray::number(entry.status);
    out += ",\"request_bytes\":" + QByteArray::number(entry.requestBytes);
    out += ",\"response_bytes\":" + QByteArray::number(entry.responseBytes);
    out += ",\"duration_ms\":" + QByteArray::number(entry.durationMs, 'f', 3);
    out += ",\"api_id\":";
    appendJsonString(out, entry.apiId.toUtf8());
    out += ",\"api\":";
    appendJsonString(out, entry.apiName.toUtf8());
    out += ",\"upstream\":";
    appendJsonString(out, entry.upstream);
    if (!entry.errorCode.isEmpty()) {
        out += ",\"error_code\":";
        appendJsonString(out, entry.errorCode);
    }
    if (!entry.authMethod.isEmpty()) {
        out += ",\"auth\":";
        appendJsonString(out, entry.authMethod);
    }
    if (!entry.application.isEmpty()) {
        out += ",\"application\":";
        appendJsonString(out, entry.application.toUtf8());
    }
    if (!entry.authFailure.isEmpty()) {
        out += ",\"auth_failure\":";
        appendJsonString(out, entry.authFailure);
    }
    if (!entry.throttledBy.isEmpty()) {
        out += ",\"throttled_by\":";
        appendJsonString(out, entry.throttledBy.toUtf8());
    }
    out += "}\n";
    return out;
}

} // namespace Gatehouse
