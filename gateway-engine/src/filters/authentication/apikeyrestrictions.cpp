#include "apikeyrestrictions.h"

#include <QHostAddress>

namespace Gatehouse::ApiKeyRestrictions {

namespace {

// Iterative '*' matching (no regex, no backtracking blow-up on hostile patterns or referers).
bool wildcardMatches(QStringView text, QStringView pattern)
{
    qsizetype t = 0, p = 0, starPattern = -1, starText = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] != u'*' && pattern[p] == text[t]) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starPattern = p++;
            starText = t;
        } else if (starPattern >= 0) {
            p = starPattern + 1;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace

bool addressPermitted(const QByteArray &clientAddress, const QStringList &permitted)
{
    QHostAddress address(QString::fromLatin1(clientAddress));
    if (address.isNull())
        return false;
    bool mappedIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&mappedIpv4);
    if (mappedIpv4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        address = QHostAddress(ipv4);
    for (const QString &entry : permitted) {
        const QString trimmed = entry.trimmed();
        if (trimmed.contains(u'/')) {
            const auto subnet = QHostAddress::parseSubnet(trimmed);
            if (!subnet.first.isNull() && address.isInSubnet(subnet))
                return true;
        } else if (QHostAddress(trimmed) == address) {
            return true;
        }
    }
    return false;
}

bool refererPermitted(const QByteArray &referer, const QStringList &permitted)
{
    if (referer.isEmpty())
        return false;
    const QString text = QString::fromUtf8(referer);
    for (const QString &pattern : permitted) {
        if (wildcardMatches(text, pattern.trimmed()))
            return true;
    }
    return false;
}

} // namespace Gatehouse::ApiKeyRestrictions
