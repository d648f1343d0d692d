#include "httpheaders.h"

namespace Gatehouse {

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    removeAll(name);
    append(name, value);
}

int HttpHeaders::removeAll(const QByteArray &name)
{
    return int(m_fields.removeIf([&](const Field &f) { return nameEquals(f.first, name); }));
}

QByteArray HttpHeaders::value(const QByteArray &name, const QByteArray &fallback) const
{
    for (const auto &f : m_fields) {
        if (nameEquals(f.first, name))
            return QByteArray(f.second.constData(), f.second.size());
    }
    return fallback;
}

QByteArrayView HttpHeaders::view(QByteArrayView name) const
{
    for (const auto &f : m_fields) {
        if (nameEquals(f.first, name))
            return f.second;
    }
    return {};
}

int HttpHeaders::count(const QByteArray &name) const
{
    int n = 0;
    for (const auto &f : m_fields)
        n += nameEquals(f.first, name) ? 1 : 0;
    return n;
}

void HttpHeaders::serializeTo(QByteArray &out) const
{
    for (const auto &f : m_fields) {
        out += f.first;
        out += ": ";
        out += f.second;
        out += "\r\n";
    }
}

bool HttpHeaders::listContainsToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        qsizetype first = start;
        qsizetype last = end;
        while (first < last && (list[first] == ' ' || list[first] == '\t'))
            ++first;
        while (last > first && (list[last - 1] == ' ' || list[last - 1] == '\t'))
            --last;
        if (nameEquals(list.sliced(first, last - first), token))
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace Gatehouse
