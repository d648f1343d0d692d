#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace Gatehouse {

// Header fields in arrival order. Names keep their case; lookups ignore it.
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    void append(QByteArray name, QByteArray value) { m_fields.append({ std::move(name), std::move(value) }); }
    void set(const QByteArray &name, const QByteArray &value);
    int removeAll(const QByteArray &name);
    QByteArray value(const QByteArray &name, const QByteArray &fallback = QByteArray()) const;
    int count(const QByteArray &name) const;
    bool contains(const QByteArray &name) const { return count(name) > 0; }
    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    void clear() { m_fields.clear(); }
    void reserve(qsizetype n) { m_fields.reserve(n); }
    // Appends "Name: value\r\n" for each field.
    void serializeTo(QByteArray &out) const;

    // Does a comma-separated header (Connection, ...) list this token?
    static bool listContainsToken(const QByteArray &list, const QByteArray &token);

private:
    QList<Field> m_fields;
};

} // namespace Gatehouse
