#pragma once

#include "config/throttleconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace Gatehouse {

// WSO2's admin REST JSON of a throttle policy (policyName, defaultLimit{type, requestCount|bandwidth|
// eventCount}, conditionalGroups, rateLimitCount, ...), which is also the `data` of apictl's
// `type: throttling policy` files. Reading then writing gives back the same object.
class ThrottlePolicyJson
{
    Q_DECLARE_TR_FUNCTIONS(ThrottlePolicyJson)
public:
    static QJsonObject toJson(const ThrottlePolicy &policy);
    // The level is not in WSO2's JSON (it is the apictl subtype or the admin API's URL), so it is given.
    // On failure *error is "field.path: message".
    static std::optional<ThrottlePolicy> fromJson(
        const QJsonObject &json, ThrottlePolicyLevel level, QString *error = nullptr);
    static QJsonObject limitToJson(const ThrottleLimit &limit);
};

} // namespace Gatehouse
