#include "jsonfieldreader.h"

#include <cmath>

namespace Gatehouse {

void JsonFieldReader::fail(const QString &path, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

QString JsonFieldReader::string(
    const QJsonObject &object, const QString &path, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(member(path, key), tr("expected a string"));
        return fallback;
    }
    return value.toString();
}

qint64 JsonFieldReader::integer(const QJsonObject &object, const QString &path, const QString &key,
    qint64 fallback, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(minimum)
        || number > double(maximum)) {
        fail(member(path, key), tr("expected an integer between %1 and %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return qint64(number);
}

bool JsonFieldReader::boolean(
    const QJsonObject &object, const QString &path, const QString &key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(member(path, key), tr("expected true or false"));
        return fallback;
    }
    return value.toBool();
}

std::optional<QJsonObject> JsonFieldReader::object(
    const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(member(path, key), tr("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(member(path, key), tr("expected an array"));
        return {};
    }
    return value.toArray();
}

QStringList JsonFieldReader::strings(
    const QJsonObject &object, const QString &path, const QString &key, const QStringList &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isArray()) {
        fail(member(path, key), tr("expected an array of strings"));
        return fallback;
    }
    QStringList result;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            fail(element(member(path, key), i), tr("expected a string"));
            return fallback;
        }
        result.append(items.at(i).toString());
    }
    return result;
}

std::optional<QJsonObject> JsonFieldReader::objectAt(
    const QJsonArray &array, const QString &path, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(element(path, index), tr("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

QString JsonFieldReader::member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::element(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace Gatehouse
