#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace Gatehouse {

// Header fields in arrival order. Names keep their case; lookups ignore it.
// Parsed fields are views into one copy of the message head (no allocation per field); every copy of the
// HttpHeaders shares that copy. So fields() and view() are for use while this object lives; take value()
// (an owned copy) when a header must outlive it. Views are not NUL-terminated.
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    void append(QByteArray name, QByteArray value) { m_fields.append({ std::move(name), std::move(value) }); }
    void adoptStorage(QByteArray head) { m_storage = std::move(head); }
    const QByteArray &storage() const { return m_storage; }
    void appendView(const char *name, qsizetype nameSize, const char *value, qsizetype valueSize)
    {
        m_fields.append(
            { QByteArray::fromRawData(name, nameSize), QByteArray::fromRawData(value, valueSize) });
    }
    QByteArrayView view(QByteArrayView name) const;
    void set(const QByteArray &name, const QByteArray &value);
    int removeAll(const QByteArray &name);
    QByteArray value(const QByteArray &name, const QByteArray &fallback = QByteArray()) const;
    int count(const QByteArray &name) const;
    bool contains(const QByteArray &name) const { return count(name) > 0; }
    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    void clear()
    {
        m_fields.clear();
        m_storage.clear();
    }
    void reserve(qsizetype n) { m_fields.reserve(n); }
    // Appends "Name: value\r\n" for each field.
    void serializeTo(QByteArray &out) const;

    // Does a comma-separated header (Connection, ...) list this token?
    static bool listContainsToken(QByteArrayView list, QByteArrayView token);
    static bool nameEquals(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
    }

private:
    QByteArray m_storage;
    QList<Field> m_fields;
};

} // namespace Gatehouse
