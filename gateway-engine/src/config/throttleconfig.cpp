#include "throttleconfig.h"

#include <array>
#include <utility>

namespace Gatehouse {

namespace {

template<typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, id] : table) {
        if (candidate == value)
            return QString::fromLatin1(id);
    }
    return QString::fromLatin1(table.front().second);
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::pair<Enum, const char *>, N> &table, const QString &id,
    Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const auto &[value, candidate] : table) {
        if (id.compare(QLatin1String(candidate), sensitivity) == 0)
            return value;
    }
    return std::nullopt;
}

constexpr std::array timeUnits { std::pair { ThrottleTimeUnit::Second, "sec" },
    std::pair { ThrottleTimeUnit::Minute, "min" }, std::pair { ThrottleTimeUnit::Hour, "hour" },
    std::pair { ThrottleTimeUnit::Day, "day" } };
constexpr std::array longTimeUnits { std::pair { ThrottleTimeUnit::Second, "second" },
    std::pair { ThrottleTimeUnit::Minute, "minute" }, std::pair { ThrottleTimeUnit::Hour, "hours" },
    std::pair { ThrottleTimeUnit::Day, "days" } };
constexpr std::array limitTypes { std::pair { ThrottleLimitType::RequestCount, "REQUESTCOUNTLIMIT" },
    std::pair { ThrottleLimitType::Bandwidth, "BANDWIDTHLIMIT" },
    std::pair { ThrottleLimitType::EventCount, "EVENTCOUNTLIMIT" } };
constexpr std::array dataUnits { std::pair { DataUnit::KB, "KB" }, std::pair { DataUnit::MB, "MB" },
    std::pair { DataUnit::GB, "GB" } };
constexpr std::array conditionTypes { std::pair { ThrottleConditionType::Header, "HEADERCONDITION" },
    std::pair { ThrottleConditionType::Ip, "IPCONDITION" },
    std::pair { ThrottleConditionType::QueryParameter, "QUERYPARAMETERCONDITION" },
    std::pair { ThrottleConditionType::JwtClaim, "JWTCLAIMSCONDITION" } };
constexpr std::array policyLevels { std::pair { ThrottlePolicyLevel::Advanced, "advanced" },
    std::pair { ThrottlePolicyLevel::Subscription, "subscription" },
    std::pair { ThrottlePolicyLevel::Application, "application" },
    std::pair { ThrottlePolicyLevel::Custom, "custom" } };

} // namespace

QString throttleTimeUnitId(ThrottleTimeUnit unit)
{
    return idOf(timeUnits, unit);
}

std::optional<ThrottleTimeUnit> throttleTimeUnitFromId(const QString &id)
{
    if (auto unit = fromId(timeUnits, id, Qt::CaseInsensitive))
        return unit;
    QString longForm = id.toLower();
    if (longForm.endsWith(QLatin1Char('s')) && longForm != QLatin1String("hours")
        && longForm != QLatin1String("days"))
        longForm.chop(1);
    if (longForm == QLatin1String("hour"))
        longForm = QStringLiteral("hours");
    if (longForm == QLatin1String("day"))
        longForm = QStringLiteral("days");
    return fromId(longTimeUnits, longForm);
}

qint64 throttleTimeUnitMs(ThrottleTimeUnit unit)
{
    switch (unit) {
    case ThrottleTimeUnit::Second:
        return 1000;
    case ThrottleTimeUnit::Minute:
        return 60'000;
    case ThrottleTimeUnit::Hour:
        return 3'600'000;
    case ThrottleTimeUnit::Day:
        return 86'400'000;
    }
    return 1000;
}

QString throttleLimitTypeId(ThrottleLimitType type)
{
    return idOf(limitTypes, type);
}
std::optional<ThrottleLimitType> throttleLimitTypeFromId(const QString &id)
{
    return fromId(limitTypes, id, Qt::CaseInsensitive);
}

QString dataUnitId(DataUnit unit)
{
    return idOf(dataUnits, unit);
}
std::optional<DataUnit> dataUnitFromId(const QString &id)
{
    return fromId(dataUnits, id, Qt::CaseInsensitive);
}

QString throttleConditionTypeId(ThrottleConditionType type)
{
    return idOf(conditionTypes, type);
}
std::optional<ThrottleConditionType> throttleConditionTypeFromId(const QString &id)
{
    return fromId(conditionTypes, id, Qt::CaseInsensitive);
}

QString throttlePolicyLevelId(ThrottlePolicyLevel level)
{
    return idOf(policyLevels, level);
}
std::optional<ThrottlePolicyLevel> throttlePolicyLevelFromId(const QString &id)
{
    return fromId(policyLevels, id, Qt::CaseInsensitive);
}

QString throttlePolicyId(ThrottlePolicyLevel level, const QString &name)
{
    return throttlePolicyLevelId(level) + QLatin1Char('/') + name;
}

qint64 ThrottleLimit::quota() const
{
    if (type != ThrottleLimitType::Bandwidth)
        return count;
    switch (dataUnit) {
    case DataUnit::KB:
        return dataAmount * 1024;
    case DataUnit::MB:
        return dataAmount * 1024 * 1024;
    case DataUnit::GB:
        return dataAmount * 1024 * 1024 * 1024;
    }
    return dataAmount;
}

bool ThrottlePolicy::needsBandwidth() const
{
    if (defaultLimit.type == ThrottleLimitType::Bandwidth)
        return true;
    for (const auto &group : conditionalGroups) {
        if (group.limit.type == ThrottleLimitType::Bandwidth)
            return true;
    }
    return false;
}

} // namespace Gatehouse
