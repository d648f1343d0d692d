#include "throttleconditions.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <cstring>

namespace Gatehouse {

namespace {

// An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d; only that form counts as IPv4 (Qt's
// toIPv4Address() also accepts ::, and "::" must stay an IPv6 address).
QHostAddress normalized(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 0; i < 10; ++i) {
        if (bytes[i] != 0)
            return address;
    }
    if (bytes[10] != 0xff || bytes[11] != 0xff)
        return address;
    return QHostAddress(
        quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | bytes[15]);
}

bool isIpv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol;
}

// Addresses of one family as 16 bytes, so that ranges compare bytewise.
Q_IPV6ADDR widened(const QHostAddress &address)
{
    if (!isIpv4(address))
        return address.toIPv6Address();
    const quint32 v4 = address.toIPv4Address();
    Q_IPV6ADDR bytes {};
    bytes[12] = quint8(v4 >> 24);
    bytes[13] = quint8(v4 >> 16);
    bytes[14] = quint8(v4 >> 8);
    bytes[15] = quint8(v4);
    return bytes;
}

int compareAddresses(const QHostAddress &left, const QHostAddress &right)
{
    const Q_IPV6ADDR a = widened(left);
    const Q_IPV6ADDR b = widened(right);
    return std::memcmp(&a, &b, sizeof a);
}

QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts << claimText(element);
        return parts.join(QLatin1Char(','));
    }
    return QString();
}

} // namespace

std::optional<CompiledThrottleCondition> CompiledThrottleCondition::compile(
    const ThrottleCondition &condition, QString *error)
{
    CompiledThrottleCondition compiled;
    compiled.m_type = condition.type;
    compiled.m_invert = condition.invert;
    if (condition.type == ThrottleConditionType::Ip) {
        if (!compiled.m_start.setAddress(condition.startIp)) {
            *error = QStringLiteral("'%1' is not an IP address").arg(condition.startIp);
            return std::nullopt;
        }
        compiled.m_start = normalized(compiled.m_start);
        compiled.m_end = compiled.m_start;
        if (!condition.endIp.isEmpty()) {
            if (!compiled.m_end.setAddress(condition.endIp)) {
                *error = QStringLiteral("'%1' is not an IP address").arg(condition.endIp);
                return std::nullopt;
            }
            compiled.m_end = normalized(compiled.m_end);
            if (isIpv4(compiled.m_start) != isIpv4(compiled.m_end)) {
                *error = QStringLiteral("the range %1 - %2 mixes IPv4 and IPv6")
                             .arg(condition.startIp, condition.endIp);
                return std::nullopt;
            }
            if (compareAddresses(compiled.m_start, compiled.m_end) > 0) {
                *error = QStringLiteral("the range %1 - %2 ends before it starts")
                             .arg(condition.startIp, condition.endIp);
                return std::nullopt;
            }
        }
        return compiled;
    }
    if (condition.name.isEmpty()) {
        *error = QStringLiteral("the condition names no header, parameter or claim");
        return std::nullopt;
    }
    compiled.m_name = condition.name;
    compiled.m_headerName = condition.name.toLatin1();
    compiled.m_value.setPattern(condition.value);
    if (!compiled.m_value.isValid()) {
        *error = QStringLiteral("'%1' is not a valid regular expression: %2")
                     .arg(condition.value, compiled.m_value.errorString());
        return std::nullopt;
    }
    compiled.m_value.optimize();
    return compiled;
}

bool CompiledThrottleCondition::matches(const ThrottleSubject &subject) const
{
    return matchesIgnoringInvert(subject) != m_invert;
}

bool CompiledThrottleCondition::addressInRange(const QHostAddress &address) const
{
    if (address.isNull())
        return false;
    const QHostAddress candidate = normalized(address);
    if (isIpv4(candidate) != isIpv4(m_start))
        return false;
    return compareAddresses(candidate, m_start) >= 0 && compareAddresses(candidate, m_end) <= 0;
}

bool CompiledThrottleCondition::matchesIgnoringInvert(const ThrottleSubject &subject) const
{
    switch (m_type) {
    case ThrottleConditionType::Ip:
        return addressInRange(subject.clientAddress);
    case ThrottleConditionType::Header: {
        if (!subject.request || !subject.request->headers.contains(m_headerName))
            return false;
        return m_value.match(QString::fromUtf8(subject.request->headers.value(m_headerName))).hasMatch();
    }
    case ThrottleConditionType::QueryParameter: {
        if (!subject.request || subject.request->query.isEmpty())
            return false;
        const QUrlQuery query(QString::fromUtf8(subject.request->query));
        if (!query.hasQueryItem(m_name))
            return false;
        return m_value.match(query.queryItemValue(m_name, QUrl::FullyDecoded)).hasMatch();
    }
    case ThrottleConditionType::JwtClaim: {
        if (!subject.claims || !subject.claims->contains(m_name))
            return false;
        return m_value.match(claimText(subject.claims->value(m_name))).hasMatch();
    }
    }
    return false;
}

std::optional<CompiledConditionGroups> CompiledConditionGroups::compile(
    const std::vector<ConditionalGroup> &groups, QString *error)
{
    CompiledConditionGroups compiled;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        std::vector<CompiledThrottleCondition> conditions;
        const auto &source = groups.at(g).conditions;
        for (std::size_t c = 0; c < source.size(); ++c) {
            QString problem;
            auto condition = CompiledThrottleCondition::compile(source.at(c), &problem);
            if (!condition) {
                *error
                    = QStringLiteral("conditionalGroups[%1].conditions[%2]: %3").arg(g).arg(c).arg(problem);
                return std::nullopt;
            }
            conditions.push_back(std::move(*condition));
        }
        compiled.m_groups.push_back(std::move(conditions));
    }
    return compiled;
}

int CompiledConditionGroups::firstMatch(const ThrottleSubject &subject) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto &conditions = m_groups.at(g);
        if (conditions.empty())
            continue;
        if (std::all_of(conditions.begin(), conditions.end(),
                [&](const CompiledThrottleCondition &condition) { return condition.matches(subject); }))
            return int(g);
    }
    return -1;
}

bool CompiledConditionGroups::usesClientAddress() const
{
    return std::any_of(m_groups.begin(), m_groups.end(), [](const auto &conditions) {
        return std::any_of(
            conditions.begin(), conditions.end(), [](const CompiledThrottleCondition &condition) {
                return condition.type() == ThrottleConditionType::Ip;
            });
    });
}

} // namespace Gatehouse
