#include "throttlepolicyjson.h"

#include "jsonfieldreader.h"

#include <QJsonArray>

namespace Gatehouse {

namespace {

const QString kTimeUnit = QStringLiteral("timeUnit");
const QString kUnitTime = QStringLiteral("unitTime");

QString limitShapeKey(ThrottleLimitType type)
{
    switch (type) {
    case ThrottleLimitType::Bandwidth:
        return QStringLiteral("bandwidth");
    case ThrottleLimitType::EventCount:
        return QStringLiteral("eventCount");
    case ThrottleLimitType::RequestCount:
        break;
    }
    return QStringLiteral("requestCount");
}

template<typename T>
std::optional<T> readEnum(JsonFieldReader &reader, const QJsonObject &json, const QString &path,
    const QString &key, std::optional<T> (*fromId)(const QString &), const QString &expected,
    const QString &fallback)
{
    const QString id = reader.string(json, path, key, fallback);
    if (!reader.ok())
        return std::nullopt;
    const std::optional<T> value = fromId(id);
    if (!value)
        reader.fail(
            JsonFieldReader::member(path, key), ThrottlePolicyJson::tr("expected one of %1").arg(expected));
    return value;
}

ThrottleLimit readLimit(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    ThrottleLimit limit;
    const auto type = readEnum<ThrottleLimitType>(reader, json, path, QStringLiteral("type"),
        throttleLimitTypeFromId, QStringLiteral("REQUESTCOUNTLIMIT, BANDWIDTHLIMIT, EVENTCOUNTLIMIT"),
        QStringLiteral("REQUESTCOUNTLIMIT"));
    if (!type)
        return limit;
    limit.type = *type;
    const QString shapeKey = limitShapeKey(limit.type);
    const QString shapePath = JsonFieldReader::member(path, shapeKey);
    const auto shape = reader.object(json, path, shapeKey);
    if (!shape) {
        if (reader.ok())
            reader.fail(shapePath,
                ThrottlePolicyJson::tr("missing (the limit type %1 needs it)")
                    .arg(throttleLimitTypeId(limit.type)));
        return limit;
    }
    if (const auto unit = readEnum<ThrottleTimeUnit>(reader, *shape, shapePath, kTimeUnit,
            throttleTimeUnitFromId, QStringLiteral("sec, min, hour, day"), QStringLiteral("min")))
        limit.timeUnit = *unit;
    limit.unitTime = int(reader.integer(*shape, shapePath, kUnitTime, 1));
    if (limit.type == ThrottleLimitType::Bandwidth) {
        limit.dataAmount = reader.integer(
            *shape, shapePath, QStringLiteral("dataAmount"), 0, 0, std::numeric_limits<qint64>::max());
        if (const auto unit = readEnum<DataUnit>(reader, *shape, shapePath, QStringLiteral("dataUnit"),
                dataUnitFromId, QStringLiteral("KB, MB, GB"), QStringLiteral("KB")))
            limit.dataUnit = *unit;
    } else {
        limit.count = reader.integer(*shape, shapePath, shapeKey, 0, 0, std::numeric_limits<qint64>::max());
    }
    return limit;
}

ThrottleCondition readCondition(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    ThrottleCondition condition;
    const auto type = readEnum<ThrottleConditionType>(reader, json, path, QStringLiteral("type"),
        throttleConditionTypeFromId,
        QStringLiteral("HEADERCONDITION, IPCONDITION, QUERYPARAMETERCONDITION, JWTCLAIMSCONDITION"),
        QString());
    if (!type)
        return condition;
    condition.type = *type;
    condition.invert = reader.boolean(json, path, QStringLiteral("invertCondition"), false);
    const auto readPair = [&](const QString &objectKey, const QString &nameKey, const QString &valueKey) {
        const QString objectPath = JsonFieldReader::member(path, objectKey);
        const auto object = reader.object(json, path, objectKey);
        if (!object) {
            if (reader.ok())
                reader.fail(objectPath, ThrottlePolicyJson::tr("missing"));
            return;
        }
        condition.name = reader.string(*object, objectPath, nameKey);
        condition.value = reader.string(*object, objectPath, valueKey);
    };
    switch (condition.type) {
    case ThrottleConditionType::Header:
        readPair(
            QStringLiteral("headerCondition"), QStringLiteral("headerName"), QStringLiteral("headerValue"));
        break;
    case ThrottleConditionType::QueryParameter:
        readPair(QStringLiteral("queryParameterCondition"), QStringLiteral("parameterName"),
            QStringLiteral("parameterValue"));
        break;
    case ThrottleConditionType::JwtClaim:
        readPair(
            QStringLiteral("jwtClaimsCondition"), QStringLiteral("claimUrl"), QStringLiteral("attribute"));
        break;
    case ThrottleConditionType::Ip: {
        const QString ipPath = JsonFieldReader::member(path, QStringLiteral("ipCondition"));
        const auto ip = reader.object(json, path, QStringLiteral("ipCondition"));
        if (!ip) {
            if (reader.ok())
                reader.fail(ipPath, ThrottlePolicyJson::tr("missing"));
            break;
        }
        const QString ipType
            = reader.string(*ip, ipPath, QStringLiteral("ipConditionType"), QStringLiteral("IPSPECIFIC"));
        if (ipType == QLatin1String("IPSPECIFIC")) {
            condition.startIp = reader.string(*ip, ipPath, QStringLiteral("specificIP"));
        } else if (ipType == QLatin1String("IPRANGE")) {
            condition.startIp = reader.string(*ip, ipPath, QStringLiteral("startingIP"));
            condition.endIp = reader.string(*ip, ipPath, QStringLiteral("endingIP"));
        } else if (reader.ok()) {
            reader.fail(JsonFieldReader::member(ipPath, QStringLiteral("ipConditionType")),
                ThrottlePolicyJson::tr("expected one of IPSPECIFIC, IPRANGE"));
        }
        break;
    }
    }
    return condition;
}

QJsonObject conditionToJson(const ThrottleCondition &condition)
{
    QJsonObject json { { QStringLiteral("type"), throttleConditionTypeId(condition.type) },
        { QStringLiteral("invertCondition"), condition.invert } };
    switch (condition.type) {
    case ThrottleConditionType::Header:
        json.insert(QStringLiteral("headerCondition"),
            QJsonObject { { QStringLiteral("headerName"), condition.name },
                { QStringLiteral("headerValue"), condition.value } });
        break;
    case ThrottleConditionType::QueryParameter:
        json.insert(QStringLiteral("queryParameterCondition"),
            QJsonObject { { QStringLiteral("parameterName"), condition.name },
                { QStringLiteral("parameterValue"), condition.value } });
        break;
    case ThrottleConditionType::JwtClaim:
        json.insert(QStringLiteral("jwtClaimsCondition"),
            QJsonObject { { QStringLiteral("claimUrl"), condition.name },
                { QStringLiteral("attribute"), condition.value } });
        break;
    case ThrottleConditionType::Ip:
        if (condition.endIp.isEmpty())
            json.insert(QStringLiteral("ipCondition"),
                QJsonObject { { QStringLiteral("ipConditionType"), QStringLiteral("IPSPECIFIC") },
                    { QStringLiteral("specificIP"), condition.startIp } });
        else
            json.insert(QStringLiteral("ipCondition"),
                QJsonObject { { QStringLiteral("ipConditionType"), QStringLiteral("IPRANGE") },
                    { QStringLiteral("startingIP"), condition.startIp },
                    { QStringLiteral("endingIP"), condition.endIp } });
        break;
    }
    return json;
}

} // namespace

QJsonObject ThrottlePolicyJson::limitToJson(const ThrottleLimit &limit)
{
    QJsonObject shape { { kTimeUnit, throttleTimeUnitId(limit.timeUnit) }, { kUnitTime, limit.unitTime } };
    const QString shapeKey = limitShapeKey(limit.type);
    if (limit.type == ThrottleLimitType::Bandwidth) {
        shape.insert(QStringLiteral("dataAmount"), limit.dataAmount);
        shape.insert(QStringLiteral("dataUnit"), dataUnitId(limit.dataUnit));
    } else {
        shape.insert(shapeKey, limit.count);
    }
    return QJsonObject { { QStringLiteral("type"), throttleLimitTypeId(limit.type) }, { shapeKey, shape } };
}

QJsonObject ThrottlePolicyJson::toJson(const ThrottlePolicy &policy)
{
    QJsonObject json { { QStringLiteral("policyName"), policy.name },
        { QStringLiteral("displayName"), policy.displayName },
        { QStringLiteral("description"), policy.description },
        { QStringLiteral("defaultLimit"), limitToJson(policy.defaultLimit) } };
    switch (policy.level) {
    case ThrottlePolicyLevel::Advanced: {
        QJsonArray groups;
        for (const ConditionalGroup &group : policy.conditionalGroups) {
            QJsonArray conditions;
            for (const ThrottleCondition &condition : group.conditions)
                conditions.append(conditionToJson(condition));
            groups.append(QJsonObject { { QStringLiteral("description"), group.description },
                { QStringLiteral("limit"), limitToJson(group.limit) },
                { QStringLiteral("conditions"), conditions } });
        }
        json.insert(QStringLiteral("conditionalGroups"), groups);
        break;
    }
    case ThrottlePolicyLevel::Subscription:
        json.insert(QStringLiteral("rateLimitCount"), policy.rateLimitCount);
        json.insert(QStringLiteral("rateLimitTimeUnit"), throttleTimeUnitId(policy.rateLimitTimeUnit));
        json.insert(QStringLiteral("stopOnQuotaReach"), policy.stopOnQuotaReach);
        json.insert(QStringLiteral("billingPlan"), policy.billingPlan);
        json.insert(QStringLiteral("graphQLMaxDepth"), policy.graphQLMaxDepth);
        json.insert(QStringLiteral("graphQLMaxComplexity"), policy.graphQLMaxComplexity);
        break;
    case ThrottlePolicyLevel::Custom:
        json.insert(QStringLiteral("keyTemplate"), policy.keyTemplate);
        break;
    case ThrottlePolicyLevel::Application:
        break;
    }
    return json;
}

std::optional<ThrottlePolicy> ThrottlePolicyJson::fromJson(
    const QJsonObject &json, ThrottlePolicyLevel level, QString *error)
{
    JsonFieldReader reader;
    ThrottlePolicy policy;
    policy.level = level;
    policy.name = reader.string(json, QString(), QStringLiteral("policyName"));
    policy.displayName = reader.string(json, QString(), QStringLiteral("displayName"), policy.name);
    policy.description = reader.string(json, QString(), QStringLiteral("description"));
    if (const auto limit = reader.object(json, QString(), QStringLiteral("defaultLimit")))
        policy.defaultLimit = readLimit(reader, *limit, QStringLiteral("defaultLimit"));
    else if (reader.ok())
        reader.fail(QStringLiteral("defaultLimit"), tr("missing"));
    const QString groupsPath = QStringLiteral("conditionalGroups");
    const QJsonArray groups = reader.array(json, QString(), groupsPath);
    for (qsizetype g = 0; g < groups.size() && reader.ok(); ++g) {
        const QString groupPath = JsonFieldReader::element(groupsPath, g);
        const auto groupJson = reader.objectAt(groups, groupsPath, g);
        if (!groupJson)
            break;
        ConditionalGroup group;
        group.description = reader.string(*groupJson, groupPath, QStringLiteral("description"));
        if (const auto limit = reader.object(*groupJson, groupPath, QStringLiteral("limit")))
            group.limit
                = readLimit(reader, *limit, JsonFieldReader::member(groupPath, QStringLiteral("limit")));
        const QString conditionsPath = JsonFieldReader::member(groupPath, QStringLiteral("conditions"));
        const QJsonArray conditions = reader.array(*groupJson, groupPath, QStringLiteral("conditions"));
        for (qsizetype c = 0; c < conditions.size() && reader.ok(); ++c) {
            if (const auto condition = reader.objectAt(conditions, conditionsPath, c))
                group.conditions.push_back(
                    readCondition(reader, *condition, JsonFieldReader::element(conditionsPath, c)));
        }
        policy.conditionalGroups.push_back(std::move(group));
    }
    policy.rateLimitCount = reader.integer(
        json, QString(), QStringLiteral("rateLimitCount"), 0, 0, std::numeric_limits<qint64>::max());
    if (const auto unit
        = readEnum<ThrottleTimeUnit>(reader, json, QString(), QStringLiteral("rateLimitTimeUnit"),
            throttleTimeUnitFromId, QStringLiteral("sec, min, hour, day"), QStringLiteral("sec")))
        policy.rateLimitTimeUnit = *unit;
    policy.stopOnQuotaReach = reader.boolean(json, QString(), QStringLiteral("stopOnQuotaReach"), true);
    policy.billingPlan = reader.string(json, QString(), QStringLiteral("billingPlan"), policy.billingPlan);
    policy.graphQLMaxDepth = int(reader.integer(json, QString(), QStringLiteral("graphQLMaxDepth"), 0, 0));
    policy.graphQLMaxComplexity
        = int(reader.integer(json, QString(), QStringLiteral("graphQLMaxComplexity"), 0, 0));
    policy.keyTemplate = reader.string(json, QString(), QStringLiteral("keyTemplate"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return policy;
}

} // namespace Gatehouse
