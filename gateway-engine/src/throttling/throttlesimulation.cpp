#include "throttlesimulation.h"

#include "memorycounterstore.h"
#include "throttleplan.h"

#include <QUrl>
#include <cmath>

namespace Gatehouse {

namespace {

QString describe(const ThrottleLimit &limit)
{
    const QString amount = limit.type == ThrottleLimitType::Bandwidth
        ? QStringLiteral("%1 %2").arg(limit.dataAmount).arg(dataUnitId(limit.dataUnit))
        : QString::number(limit.count);
    return QStringLiteral("%1 per %2 %3")
        .arg(amount)
        .arg(limit.unitTime)
        .arg(throttleTimeUnitId(limit.timeUnit));
}

} // namespace

ThrottleSimulationResult simulateThrottling(
    const ThrottlePolicy &policy, const ThrottleSimulationInput &input, const std::atomic_bool *cancelled)
{
    ThrottleSimulationResult result;
    if (input.requestsPerSecond <= 0 || input.durationSeconds <= 0) {
        result.error = QStringLiteral("the rate and the duration must be positive");
        return result;
    }
    const std::shared_ptr<const ThrottlePlan> plan = ThrottlePlan::forPolicy(policy, &result.error);
    if (!plan)
        return result;

    ApiConfig api;
    api.name = QStringLiteral("Simulated");
    api.context = QStringLiteral("/simulated");
    api.version = QStringLiteral("1.0.0");
    HttpRequestHead head;
    head.method = "GET";
    head.path = "/simulated/1.0.0/items";
    QStringList query;
    for (const auto &[name, value] : input.shape.queryParameters)
        query << QString::fromUtf8(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                + QString::fromUtf8(QUrl::toPercentEncoding(value));
    head.query = query.join(QLatin1Char('&')).toUtf8();
    head.target = head.query.isEmpty() ? head.path : head.path + '?' + head.query;
    for (const auto &[name, value] : input.shape.headers)
        head.headers.append(name, value);
    AuthenticatedIdentity identity;
    identity.method = "oauth2";
    identity.subject = input.shape.userId;
    identity.applicationId = input.shape.applicationId;
    identity.subscriptionTier = policy.name;
    identity.applicationTier = policy.name;
    identity.claims = input.shape.claims;

    ThrottleRequest request;
    request.subject.request = &head;
    request.subject.clientAddress = QHostAddress(input.shape.clientIp);
    request.subject.claims = &identity.claims;
    request.api = &api;
    request.identity = &identity;
    ThrottleCharges charges;
    plan->plan(request, &charges);
    if (charges.empty()) {
        result.error = QStringLiteral("the policy sets no request or bandwidth limit for HTTP requests");
        return result;
    }
    const PlannedCharge &first = charges.planned.front();
    result.limitDescription = first.group.isEmpty()
        ? QStringLiteral("default limit, %1").arg(describe(first.limit))
        : QStringLiteral("group '%1', %2").arg(first.group, describe(first.limit));

    MemoryCounterStore counters;
    const qint64 total = qint64(std::floor(input.requestsPerSecond * input.durationSeconds));
    const double intervalMs = 1000.0 / input.requestsPerSecond;
    const qint64 bytes = input.shape.requestBytes + input.shape.responseBytes;
    result.seconds.resize(std::size_t(input.durationSeconds));
    for (qint64 i = 0; i < total; ++i) {
        if (cancelled && *cancelled)
            break;
        const qint64 nowMs = qint64(std::floor(double(i) * intervalMs));
        const CounterVerdict verdict = counters.charge(charges.charges, nowMs);
        ThrottleSimulationSecond &second
            = result.seconds[std::size_t(std::min<qint64>(nowMs / 1000, input.durationSeconds - 1))];
        if (verdict.allowed) {
            ++second.allowed;
            ++result.allowed;
            if (bytes > 0 && charges.hasBandwidth())
                counters.charge(charges.bandwidthCharges(bytes), nowMs);
        } else {
            ++second.throttled;
            ++result.throttled;
            if (result.firstThrottledAtSeconds < 0)
                result.firstThrottledAtSeconds = double(nowMs) / 1000.0;
        }
    }
    return result;
}

} // namespace Gatehouse
