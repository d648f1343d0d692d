#include "jsonbody.h"

#include <QStringDecoder>
#include <nlohmann/json.hpp>

namespace Gatehouse::JsonBody {

namespace {

// Nesting depth and key length, outside strings; stops at the first excess.
std::optional<QString> scanStructure(const QByteArray &body, const Limits &limits)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    qsizetype lastStringBytes = 0;
    const char *data = body.constData();
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = data[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                lastStringBytes = i - stringStart;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '[':
        case '{':
            if (++depth > limits.maxDepth)
                return QStringLiteral("the JSON is nested deeper than %1 levels").arg(limits.maxDepth);
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ':':
            if (lastStringBytes > limits.maxKeyBytes)
                return QStringLiteral("a JSON member name is longer than %1 bytes").arg(limits.maxKeyBytes);
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString ignored = decoder.decode(bytes);
    Q_UNUSED(ignored);
    return !decoder.hasError();
}

} // namespace

std::optional<nlohmann::json> parse(const QByteArray &body, const Limits &limits, QString *error)
{
    if (const auto problem = scanStructure(body, limits)) {
        *error = *problem;
        return std::nullopt;
    }
    nlohmann::json value = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (value.is_discarded()) {
        *error = isValidUtf8(body) ? QStringLiteral("the body is not valid JSON")
                                   : QStringLiteral("the body is not valid UTF-8");
        return std::nullopt;
    }
    return value;
}

QByteArray mediaTypeOf(QByteArrayView contentType)
{
    const QByteArray text = contentType.toByteArray();
    const qsizetype semicolon = text.indexOf(';');
    return (semicolon < 0 ? text : text.left(semicolon)).trimmed().toLower();
}

bool isJsonMediaType(QByteArrayView contentType)
{
    const QByteArray type = mediaTypeOf(contentType);
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

} // namespace Gatehouse::JsonBody
