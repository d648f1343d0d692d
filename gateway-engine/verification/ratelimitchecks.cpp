#include "capabilitycheck.h"
#include "probeworld.h"

#include <QStringList>

namespace Gatehouse {

namespace {

const QString advancedFeature = QStringLiteral("advanced-rate-limiting");
const QString bandwidthFeature = QStringLiteral("bandwidth-rate-limiting");

ThrottleLimit perHour(qint64 count)
{
    ThrottleLimit limit;
    limit.count = count;
    limit.timeUnit = ThrottleTimeUnit::Hour;
    return limit;
}

ThrottleCondition condition(ThrottleConditionType type, const QString &name, const QString &value)
{
    ThrottleCondition built;
    built.type = type;
    built.name = name;
    built.value = value;
    return built;
}

// Default 2 an hour; callers with X-Tier: partner get 4, callers with ?plan=bulk get 3.
ThrottlePolicy conditionalPolicy()
{
    ThrottlePolicy policy;
    policy.name = QStringLiteral("VerifyConditions");
    policy.defaultLimit = perHour(2);
    ConditionalGroup partners;
    partners.description = QStringLiteral("partners");
    partners.limit = perHour(4);
    partners.conditions
        = { condition(ThrottleConditionType::Header, QStringLiteral("X-Tier"), QStringLiteral("^partner$")) };
    ConditionalGroup bulk;
    bulk.description = QStringLiteral("bulk");
    bulk.limit = perHour(3);
    bulk.conditions = { condition(
        ThrottleConditionType::QueryParameter, QStringLiteral("plan"), QStringLiteral("^bulk$")) };
    policy.conditionalGroups = { partners, bulk };
    return policy;
}

// 2 KB an hour of request and response payload.
ThrottlePolicy bandwidthPolicy()
{
    ThrottlePolicy policy;
    policy.name = QStringLiteral("VerifyBandwidth");
    policy.defaultLimit.type = ThrottleLimitType::Bandwidth;
    policy.defaultLimit.dataAmount = 2;
    policy.defaultLimit.dataUnit = DataUnit::KB;
    policy.defaultLimit.timeUnit = ThrottleTimeUnit::Hour;
    return policy;
}

ApiConfig throttledProbe(const QString &feature, const QString &policy)
{
    ApiConfig api = ProbeWorld::probeApi(feature);
    api.throttlingPolicy = policy;
    return api;
}

// How many of `count` requests got 200 before the first 429, and whether that 429 carried `code`.
struct Run
{
    int admitted = 0;
    bool refusedWithCode = false;
    QString summary;
};

Run sendUntilRefused(ProbeWorld &world, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
    int count, const QByteArray &code)
{
    Run run;
    for (int i = 0; i < count; ++i) {
        ProbeRequest request;
        request.url = url;
        request.headers = headers;
        const ProbeResponse response = world.client().send(request);
        if (response.status == 200) {
            ++run.admitted;
            continue;
        }
        run.refusedWithCode = response.status == 429 && response.wso2Code == code;
        run.summary = response.summary();
        break;
    }
    return run;
}

CheckOutcome checkConditions(ProbeWorld &world)
{
    if (const auto refusal = world.refusal(advancedFeature))
        return { false, QStringLiteral("deploy refused: %1").arg(*refusal) };
    const QUrl plain = world.url(advancedFeature);
    QUrl bulk = plain;
    bulk.setQuery(QStringLiteral("plan=bulk"));
    const Run byDefault = sendUntilRefused(world, plain, {}, 6, "900800");
    const Run partner = sendUntilRefused(world, plain, { { "X-Tier", "partner" } }, 6, "900800");
    const Run query = sendUntilRefused(world, bulk, {}, 6, "900800");
    const bool supported = byDefault.admitted == 2 && byDefault.refusedWithCode && partner.admitted == 4
        && partner.refusedWithCode && query.admitted == 3 && query.refusedWithCode;
    return { supported,
        QStringLiteral(
            "default limit 2 → %1 admitted, then %2; header X-Tier: partner (limit 4) → %3 admitted, then "
            "%4; query plan=bulk (limit 3) → %5 admitted, then %6")
            .arg(byDefault.admitted)
            .arg(byDefault.summary)
            .arg(partner.admitted)
            .arg(partner.summary)
            .arg(query.admitted)
            .arg(query.summary) };
}

CheckOutcome checkBandwidth(ProbeWorld &world)
{
    if (const auto refusal = world.refusal(bandwidthFeature))
        return { false, QStringLiteral("deploy refused: %1").arg(*refusal) };
    // The probe's mock answers 14 bytes, so 2 KB take about 146 requests; a bandwidth limit that is not
    // enforced lets all 200 through.
    const Run run = sendUntilRefused(world, world.url(bandwidthFeature), {}, 200, "900800");
    const bool supported = run.refusedWithCode && run.admitted >= 140 && run.admitted <= 150;
    return { supported,
        run.refusedWithCode ? QStringLiteral("2 KB an hour: %1 responses of 14 bytes admitted, then %2")
                                  .arg(run.admitted)
                                  .arg(run.summary)
                            : QStringLiteral("2 KB an hour: %1 responses of 14 bytes admitted, none refused")
                                  .arg(run.admitted) };
}

} // namespace

QList<CapabilityCheck> rateLimitChecks()
{
    return {
        { advancedFeature, [] { return throttledProbe(advancedFeature, QStringLiteral("VerifyConditions")); },
            checkConditions, { conditionalPolicy() } },
        { bandwidthFeature,
            [] { return throttledProbe(bandwidthFeature, QStringLiteral("VerifyBandwidth")); },
            checkBandwidth, { bandwidthPolicy() } },
    };
}

} // namespace Gatehouse
