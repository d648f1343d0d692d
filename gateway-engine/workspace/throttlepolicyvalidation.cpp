#include "throttlepolicyvalidation.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Gatehouse {

namespace {

using Problems = QList<ThrottlePolicyProblem>;

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString &path, qsizetype index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

void checkName(const ThrottlePolicy &policy, Problems &problems)
{
    const QString field = QStringLiteral("policyName");
    if (policy.name.isEmpty()) {
        problems.append({ field, ThrottlePolicyValidation::tr("a policy needs a name") });
        return;
    }
    if (policy.name.trimmed() != policy.name)
        problems.append(
            { field, ThrottlePolicyValidation::tr("the name must not start or end with spaces") });
    if (policy.name.size() > 255)
        problems.append({ field, ThrottlePolicyValidation::tr("the name is longer than 255 characters") });
    for (const QChar character : policy.name) {
        if (character.category() == QChar::Other_Control || character == QLatin1Char('/')) {
            problems.append({ field,
                ThrottlePolicyValidation::tr("the name must not contain '/' or control characters") });
            break;
        }
    }
}

void checkLimit(const ThrottleLimit &limit, const QString &path, Problems &problems)
{
    const bool bandwidth = limit.type == ThrottleLimitType::Bandwidth;
    const QString shape = bandwidth                   ? QStringLiteral("bandwidth")
        : limit.type == ThrottleLimitType::EventCount ? QStringLiteral("eventCount")
                                                      : QStringLiteral("requestCount");
    const QString shapePath = member(path, shape);
    if (limit.unitTime <= 0)
        problems.append({ member(shapePath, QStringLiteral("unitTime")),
            ThrottlePolicyValidation::tr("must be a positive number") });
    if (bandwidth && limit.dataAmount <= 0)
        problems.append({ member(shapePath, QStringLiteral("dataAmount")),
            ThrottlePolicyValidation::tr("must be a positive number") });
    if (!bandwidth && limit.count <= 0)
        problems.append(
            { member(shapePath, shape), ThrottlePolicyValidation::tr("must be a positive number") });
}

void checkRegex(const QString &pattern, const QString &field, Problems &problems)
{
    const QRegularExpression expression(pattern);
    if (!expression.isValid())
        problems.append({ field,
            ThrottlePolicyValidation::tr("not a valid regular expression: %1 at offset %2")
                .arg(expression.errorString())
                .arg(expression.patternErrorOffset()) });
}

std::optional<QHostAddress> checkAddress(const QString &text, const QString &field, Problems &problems)
{
    QHostAddress address;
    if (text.isEmpty() || !address.setAddress(text)) {
        problems.append(
            { field, ThrottlePolicyValidation::tr("'%1' is not an IPv4 or IPv6 address").arg(text) });
        return std::nullopt;
    }
    return address;
}

// Both addresses as 16 bytes in network order, so a plain comparison orders them.
QByteArray orderedBytes(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 value = address.toIPv4Address();
        QByteArray bytes(4, '\0');
        for (int i = 0; i < 4; ++i)
            bytes[i] = char((value >> (8 * (3 - i))) & 0xff);
        return bytes;
    }
    const Q_IPV6ADDR value = address.toIPv6Address();
    return QByteArray(reinterpret_cast<const char *>(value.c), 16);
}

void checkIpCondition(const ThrottleCondition &condition, const QString &path, Problems &problems)
{
    const QString ipPath = member(path, QStringLiteral("ipCondition"));
    if (condition.endIp.isEmpty()) {
        checkAddress(condition.startIp, member(ipPath, QStringLiteral("specificIP")), problems);
        return;
    }
    const auto start
        = checkAddress(condition.startIp, member(ipPath, QStringLiteral("startingIP")), problems);
    const auto end = checkAddress(condition.endIp, member(ipPath, QStringLiteral("endingIP")), problems);
    if (!start || !end)
        return;
    if (start->protocol() != end->protocol()) {
        problems.append({ member(ipPath, QStringLiteral("endingIP")),
            ThrottlePolicyValidation::tr("the range mixes IPv4 and IPv6") });
        return;
    }
    if (orderedBytes(*start) > orderedBytes(*end))
        problems.append({ member(ipPath, QStringLiteral("endingIP")),
            ThrottlePolicyValidation::tr("the range ends (%1) before it starts (%2)")
                .arg(condition.endIp, condition.startIp) });
}

void checkCondition(const ThrottleCondition &condition, const QString &path, Problems &problems)
{
    const auto needName = [&](const QString &object, const QString &key) {
        if (condition.name.trimmed().isEmpty())
            problems.append(
                { member(member(path, object), key), ThrottlePolicyValidation::tr("must not be empty") });
    };
    switch (condition.type) {
    case ThrottleConditionType::Header:
        needName(QStringLiteral("headerCondition"), QStringLiteral("headerName"));
        checkRegex(condition.value, member(path, QStringLiteral("headerCondition.headerValue")), problems);
        break;
    case ThrottleConditionType::QueryParameter:
        needName(QStringLiteral("queryParameterCondition"), QStringLiteral("parameterName"));
        checkRegex(condition.value, member(path, QStringLiteral("queryParameterCondition.parameterValue")),
            problems);
        break;
    case ThrottleConditionType::JwtClaim:
        needName(QStringLiteral("jwtClaimsCondition"), QStringLiteral("claimUrl"));
        checkRegex(condition.value, member(path, QStringLiteral("jwtClaimsCondition.attribute")), problems);
        break;
    case ThrottleConditionType::Ip:
        checkIpCondition(condition, path, problems);
        break;
    }
}

void checkConditionalGroups(const ThrottlePolicy &policy, Problems &problems)
{
    const QString groupsPath = QStringLiteral("conditionalGroups");
    if (policy.level != ThrottlePolicyLevel::Advanced) {
        if (!policy.conditionalGroups.empty())
            problems.append({ groupsPath,
                ThrottlePolicyValidation::tr("only advanced policies have conditional groups") });
        return;
    }
    for (std::size_t g = 0; g < policy.conditionalGroups.size(); ++g) {
        const ConditionalGroup &group = policy.conditionalGroups[g];
        const QString groupPath = element(groupsPath, qsizetype(g));
        checkLimit(group.limit, member(groupPath, QStringLiteral("limit")), problems);
        const QString conditionsPath = member(groupPath, QStringLiteral("conditions"));
        if (group.conditions.empty())
            problems.append({ conditionsPath,
                ThrottlePolicyValidation::tr("a conditional group needs at least one condition") });
        for (std::size_t c = 0; c < group.conditions.size(); ++c)
            checkCondition(group.conditions[c], element(conditionsPath, qsizetype(c)), problems);
    }
}

void checkSubscriptionFields(const ThrottlePolicy &policy, Problems &problems)
{
    const bool subscription = policy.level == ThrottlePolicyLevel::Subscription;
    if (policy.rateLimitCount < 0)
        problems.append(
            { QStringLiteral("rateLimitCount"), ThrottlePolicyValidation::tr("must not be negative") });
    else if (!subscription && policy.rateLimitCount > 0)
        problems.append({ QStringLiteral("rateLimitCount"),
            ThrottlePolicyValidation::tr("burst control exists only on subscription policies") });
    if (policy.graphQLMaxDepth < 0)
        problems.append(
            { QStringLiteral("graphQLMaxDepth"), ThrottlePolicyValidation::tr("must not be negative") });
    if (policy.graphQLMaxComplexity < 0)
        problems.append(
            { QStringLiteral("graphQLMaxComplexity"), ThrottlePolicyValidation::tr("must not be negative") });
}

void checkKeyTemplate(const ThrottlePolicy &policy, Problems &problems)
{
    const QString field = QStringLiteral("keyTemplate");
    if (policy.level != ThrottlePolicyLevel::Custom) {
        if (!policy.keyTemplate.isEmpty())
            problems.append(
                { field, ThrottlePolicyValidation::tr("only custom policies have a key template") });
        return;
    }
    if (policy.keyTemplate.trimmed().isEmpty()) {
        problems.append({ field, ThrottlePolicyValidation::tr("a custom policy needs a key template") });
        return;
    }
    static const QRegularExpression variable(QStringLiteral("\\$[A-Za-z_]*"));
    const QStringList known = ThrottlePolicyValidation::knownKeyTemplateVariables();
    for (auto it = variable.globalMatch(policy.keyTemplate); it.hasNext();) {
        const QString name = it.next().captured();
        if (!known.contains(name))
            problems.append({ field,
                ThrottlePolicyValidation::tr("unknown variable '%1' (known: %2)")
                    .arg(name, known.join(u", ")) });
    }
}

} // namespace

QStringList ThrottlePolicyValidation::knownKeyTemplateVariables()
{
    return { QStringLiteral("$userId"), QStringLiteral("$apiContext"), QStringLiteral("$apiVersion"),
        QStringLiteral("$appId"), QStringLiteral("$appTenant"), QStringLiteral("$clientIp"),
        QStringLiteral("$resourceKey") };
}

QList<ThrottlePolicyProblem> ThrottlePolicyValidation::validate(const ThrottlePolicy &policy)
{
    Problems problems;
    checkName(policy, problems);
    checkLimit(policy.defaultLimit, QStringLiteral("defaultLimit"), problems);
    checkConditionalGroups(policy, problems);
    checkSubscriptionFields(policy, problems);
    checkKeyTemplate(policy, problems);
    return problems;
}

} // namespace Gatehouse
