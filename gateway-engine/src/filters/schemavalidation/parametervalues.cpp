#include "parametervalues.h"

#include "jsonschema.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace Gatehouse::ParameterValues {

namespace {

QByteArray decodeQueryPart(QByteArray part)
{
    part.replace('+', ' ');
    return QByteArray::fromPercentEncoding(part);
}

nlohmann::json scalar(const QByteArray &text, const QByteArray &type)
{
    bool ok = false;
    if (type == "integer") {
        const qlonglong value = text.toLongLong(&ok);
        if (ok)
            return value;
    } else if (type == "number") {
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    } else if (type == "boolean") {
        if (text == "true")
            return true;
        if (text == "false")
            return false;
    } else if (type == "null" && text.isEmpty()) {
        return nullptr;
    }
    // Invalid UTF-8 becomes U+FFFD: valijson's length checks walk UTF-8 assuming it is well formed (a run of
    // continuation bytes would index past its tables). JSON bodies are checked by the parser instead.
    return QString::fromUtf8(text).toStdString();
}

} // namespace

QList<QByteArray> query(const QByteArray &query, const QByteArray &name)
{
    QList<QByteArray> values;
    if (query.isEmpty())
        return values;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = decodeQueryPart(equals < 0 ? pair : pair.left(equals));
        if (key == name)
            values.append(equals < 0 ? QByteArray() : decodeQueryPart(pair.mid(equals + 1)));
    }
    return values;
}

QByteArray pathSegment(const QByteArray &resourcePath, int index)
{
    int current = 0;
    for (const QByteArray &segment : resourcePath.split('/')) {
        if (segment.isEmpty())
            continue;
        if (current++ == index)
            return QByteArray::fromPercentEncoding(segment);
    }
    return {};
}

nlohmann::json toJson(const QList<QByteArray> &values, const JsonSchema *schema, bool exploded)
{
    const QByteArray type = schema ? schema->type() : QByteArray();
    if (type == "array") {
        QList<QByteArray> items;
        if (exploded) {
            items = values;
        } else if (!values.isEmpty() && !values.first().isEmpty()) {
            items = values.first().split(',');
        }
        nlohmann::json array = nlohmann::json::array();
        for (const QByteArray &item : std::as_const(items))
            array.push_back(scalar(item, schema->itemsType()));
        return array;
    }
    return scalar(values.isEmpty() ? QByteArray() : values.first(), type);
}

} // namespace Gatehouse::ParameterValues
