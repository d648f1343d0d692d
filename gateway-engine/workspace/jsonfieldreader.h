#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace Gatehouse {

// Reads typed fields out of JSON objects, remembering the first problem with its path
// ("resources[1].operations[0].method: expected a string"). Absent keys yield the fallback.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::JsonFieldReader)
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &path, const QString &message);

    QString string(const QJsonObject &object, const QString &path, const QString &key,
        const QString &fallback = QString());
    qint64 integer(const QJsonObject &object, const QString &path, const QString &key, qint64 fallback,
        qint64 minimum = std::numeric_limits<int>::min(), qint64 maximum = std::numeric_limits<int>::max());
    bool boolean(const QJsonObject &object, const QString &path, const QString &key, bool fallback);
    // nullopt when absent or not an object (the latter is an error).
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key);
    // An array of strings; fallback when absent.
    QStringList strings(const QJsonObject &object, const QString &path, const QString &key,
        const QStringList &fallback = QStringList());
    // Element i of an array that must be an object.
    std::optional<QJsonObject> objectAt(const QJsonArray &array, const QString &path, qsizetype index);

    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

private:
    QString m_error;
};

} // namespace Gatehouse
