#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace Gatehouse {

// WSO2's throttle policy model (admin REST API / apictl "throttling policy" files).

enum class ThrottleTimeUnit
{
    Second,
    Minute,
    Hour,
    Day
};
QString throttleTimeUnitId(ThrottleTimeUnit unit); // "sec" | "min" | "hour" | "day"
std::optional<ThrottleTimeUnit> throttleTimeUnitFromId(const QString &id); // also "second", "minute", ...
qint64 throttleTimeUnitMs(ThrottleTimeUnit unit);

enum class ThrottleLimitType
{
    RequestCount,
    Bandwidth,
    EventCount, // WebSocket frames; counted like requests
};
QString throttleLimitTypeId(
    ThrottleLimitType type); // "REQUESTCOUNTLIMIT" | "BANDWIDTHLIMIT" | "EVENTCOUNTLIMIT"
std::optional<ThrottleLimitType> throttleLimitTypeFromId(const QString &id);

enum class DataUnit
{
    KB,
    MB,
    GB
};
QString dataUnitId(DataUnit unit); // "KB" | "MB" | "GB"
std::optional<DataUnit> dataUnitFromId(const QString &id);

// One quota: `count` requests/events, or `dataAmount` dataUnit of payload, per `unitTime` timeUnit.
struct ThrottleLimit
{
    ThrottleLimitType type = ThrottleLimitType::RequestCount;
    ThrottleTimeUnit timeUnit = ThrottleTimeUnit::Minute;
    int unitTime = 1;
    qint64 count = 0; // RequestCount / EventCount
    qint64 dataAmount = 0; // Bandwidth
    DataUnit dataUnit = DataUnit::KB; // KB = 1024 bytes, as WSO2
    qint64 windowMs() const { return throttleTimeUnitMs(timeUnit) * unitTime; }
    qint64 quota() const; // count, or bytes for Bandwidth
    bool operator==(const ThrottleLimit &) const = default;
};

enum class ThrottleConditionType
{
    Header,
    Ip,
    QueryParameter,
    JwtClaim
};
QString throttleConditionTypeId(ThrottleConditionType type); // "HEADERCONDITION" | "IPCONDITION" | ...
std::optional<ThrottleConditionType> throttleConditionTypeFromId(const QString &id);

// Header, query and claim values are regular expressions searched in the request's value (WSO2 compiles
// them to Siddhi's regex:find), so "abc" matches "xabcx" and "^abc$" matches only "abc".
struct ThrottleCondition
{
    ThrottleConditionType type = ThrottleConditionType::Header;
    bool invert = false;
    QString name; // header name, query parameter name, or claim name (claimUrl)
    QString value; // regex for header/query value or claim value (attribute)
    // Ip: one address when endIp is empty, otherwise the inclusive range startIp..endIp (same family).
    QString startIp;
    QString endIp;
    bool operator==(const ThrottleCondition &) const = default;
};

// The conditions of a group are ANDed; when they all match, the group's limit replaces the default.
struct ConditionalGroup
{
    QString description;
    ThrottleLimit limit;
    std::vector<ThrottleCondition> conditions;
    bool operator==(const ConditionalGroup &) const = default;
};

enum class ThrottlePolicyLevel
{
    Advanced, // API or resource level (WSO2 "api" policies)
    Subscription, // per application per API
    Application, // per application across APIs (per user of the application)
    Custom, // global, keyed by a key template
};
QString throttlePolicyLevelId(
    ThrottlePolicyLevel level); // "advanced" | "subscription" | "application" | "custom"
std::optional<ThrottlePolicyLevel> throttlePolicyLevelFromId(const QString &id);
// "<level id>/<name>": how the workspace stores a policy and the GUI names it (names are unique per level).
QString throttlePolicyId(ThrottlePolicyLevel level, const QString &name);

struct ThrottlePolicy
{
    QString name; // unique per level: what APIs, operations, subscriptions and applications refer to
    QString displayName;
    QString description;
    ThrottlePolicyLevel level = ThrottlePolicyLevel::Advanced;
    ThrottleLimit defaultLimit;
    std::vector<ConditionalGroup> conditionalGroups; // Advanced only
    // Subscription only: burst control and what happens at the quota.
    qint64 rateLimitCount = 0; // 0 = no burst control
    ThrottleTimeUnit rateLimitTimeUnit = ThrottleTimeUnit::Second;
    bool stopOnQuotaReach = true; // false: allowed but counted (billing), never 429
    QString billingPlan = QStringLiteral("FREE");
    int graphQLMaxDepth = 0; // stored now, enforced by the GraphQL work
    int graphQLMaxComplexity = 0;
    // Custom only: "$userId:$apiContext:$apiVersion" ($userId, $apiContext, $apiVersion, $appId,
    // $appTenant, $clientIp, $resourceKey); requests with the same expanded key share one counter.
    QString keyTemplate;
    bool operator==(const ThrottlePolicy &) const = default;
    bool needsBandwidth() const;
};

// WSO2's built-in names: a reference to "Unlimited" (any level) means no limit.
inline constexpr const char *UnlimitedPolicyName = "Unlimited";

// Per environment: where counters live.
enum class ThrottleFailureMode
{
    FailOpen, // Redis unreachable: allow (counted locally until it is back)
    FailClosed, // Redis unreachable: 429 from the policy
};

struct DistributedThrottling
{
    QString redisHost = QStringLiteral("127.0.0.1");
    int redisPort = 6379;
    QByteArray redisPassword; // never logged
    QString keyPrefix = QStringLiteral("gatehouse:");
    ThrottleFailureMode failureMode = ThrottleFailureMode::FailOpen;
    int timeoutMs = 200;
    bool operator==(const DistributedThrottling &) const = default;
};

} // namespace Gatehouse
