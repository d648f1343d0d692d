#pragma once

#include "config/throttleconfig.h"
#include "http/httpmessage.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <vector>

namespace Gatehouse {

// What a condition can look at in one request.
struct ThrottleSubject
{
    const HttpRequestHead *request = nullptr;
    QHostAddress clientAddress;
    const QJsonObject *claims = nullptr; // the caller's token claims; null for anonymous callers
};

// One condition compiled once per snapshot: its regex built and optimized, its addresses parsed.
class CompiledThrottleCondition
{
public:
    // Empty optional with *error when the regex or an address is invalid.
    static std::optional<CompiledThrottleCondition> compile(
        const ThrottleCondition &condition, QString *error);
    bool matches(const ThrottleSubject &subject) const; // the invert flag applied
    ThrottleConditionType type() const { return m_type; }

private:
    bool matchesIgnoringInvert(const ThrottleSubject &subject) const;
    bool addressInRange(const QHostAddress &address) const;

    ThrottleConditionType m_type = ThrottleConditionType::Header;
    bool m_invert = false;
    QByteArray m_headerName;
    QString m_name;
    QRegularExpression m_value;
    QHostAddress m_start;
    QHostAddress m_end;
};

// The conditional groups of an advanced policy: the index of the first group whose conditions all match.
class CompiledConditionGroups
{
public:
    static std::optional<CompiledConditionGroups> compile(
        const std::vector<ConditionalGroup> &groups, QString *error);
    int firstMatch(const ThrottleSubject &subject) const; // -1: none, the default limit applies
    bool isEmpty() const { return m_groups.empty(); }
    bool usesClientAddress() const; // an IP condition: the caller's address must be parsed

private:
    std::vector<std::vector<CompiledThrottleCondition>> m_groups;
};

} // namespace Gatehouse
