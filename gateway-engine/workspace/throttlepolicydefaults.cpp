#include "throttlepolicydefaults.h"

#include <limits>

namespace Gatehouse {

namespace {

ThrottlePolicy perMinute(
    ThrottlePolicyLevel level, const char *name, qint64 count, const QString &description)
{
    ThrottlePolicy policy;
    policy.level = level;
    policy.name = QString::fromLatin1(name);
    policy.displayName = policy.name;
    policy.description = description;
    policy.defaultLimit.type = ThrottleLimitType::RequestCount;
    policy.defaultLimit.timeUnit = ThrottleTimeUnit::Minute;
    policy.defaultLimit.unitTime = 1;
    policy.defaultLimit.count = count;
    return policy;
}

QString allows(qint64 count)
{
    return QStringLiteral("Allows %1 requests per minute").arg(count);
}

} // namespace

std::vector<ThrottlePolicy> wso2DefaultThrottlePolicies()
{
    // WSO2 stores "Unlimited" as Integer.MAX_VALUE requests per minute; Gatehouse never counts it.
    const qint64 unlimited = std::numeric_limits<int>::max();
    const QString unlimitedText = QStringLiteral("Allows unlimited requests");
    using Level = ThrottlePolicyLevel;
    return {
        perMinute(Level::Advanced, UnlimitedPolicyName, unlimited, unlimitedText),
        perMinute(Level::Advanced, "10KPerMin", 10000, allows(10000)),
        perMinute(Level::Advanced, "20KPerMin", 20000, allows(20000)),
        perMinute(Level::Advanced, "50KPerMin", 50000, allows(50000)),
        perMinute(Level::Subscription, UnlimitedPolicyName, unlimited, unlimitedText),
        perMinute(Level::Subscription, "Gold", 5000, allows(5000)),
        perMinute(Level::Subscription, "Silver", 2000, allows(2000)),
        perMinute(Level::Subscription, "Bronze", 1000, allows(1000)),
        perMinute(Level::Application, UnlimitedPolicyName, unlimited, unlimitedText),
        perMinute(Level::Application, "10PerMin", 10, allows(10)),
        perMinute(Level::Application, "20PerMin", 20, allows(20)),
        perMinute(Level::Application, "50PerMin", 50, allows(50)),
    };
}

} // namespace Gatehouse
