#include "httpheaders.h"

namespace Gatehouse {

namespace {
bool equalsIgnoringCase(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && qstrnicmp(a.constData(), b.constData(), a.size()) == 0;
}
} // namespace

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    removeAll(name);
    append(name, value);
}

int HttpHeaders::removeAll(const QByteArray &name)
{
    return int(m_fields.removeIf([&](const Field &f) { return equalsIgnoringCase(f.first, name); }));
}

QByteArray HttpHeaders::value(const QByteArray &name, const QByteArray &fallback) const
{
    for (const auto &f : m_fields) {
        if (equalsIgnoringCase(f.first, name))
            return f.second;
    }
    return fallback;
}

int HttpHeaders::count(const QByteArray &name) const
{
    int n = 0;
    for (const auto &f : m_fields)
        n += equalsIgnoringCase(f.first, name) ? 1 : 0;
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

bool HttpHeaders::listContainsToken(const QByteArray &list, const QByteArray &token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        if (equalsIgnoringCase(list.mid(start, end - start).trimmed(), token))
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace Gatehouse
