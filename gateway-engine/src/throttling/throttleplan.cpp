#include "throttleplan.h"

namespace Gatehouse {

namespace {

bool isUnlimited(const QString &name)
{
    return name.isEmpty() || name == QLatin1String(UnlimitedPolicyName);
}

QByteArray groupKey(int group)
{
    return group < 0 ? QByteArray("-") : QByteArray::number(group);
}

QString groupLabel(const ThrottlePolicy &policy, int group)
{
    if (group < 0)
        return QString();
    const QString description = policy.conditionalGroups.at(std::size_t(group)).description;
    return description.isEmpty() ? QStringLiteral("group %1").arg(group + 1) : description;
}

} // namespace

ThrottlePlan::Attachment ThrottlePlan::attach(const CompiledPolicy *policy, const QByteArray &counterPrefix)
{
    return { policy, counterPrefix + '|' + policy->policy.name.toUtf8() + '|' };
}

QByteArray throttleErrorCode(ThrottleLevel level)
{
    switch (level) {
    case ThrottleLevel::Api:
        return "900800";
    case ThrottleLevel::Resource:
        return "900802";
    case ThrottleLevel::Subscription:
        return "900804";
    case ThrottleLevel::Application:
        return "900803";
    case ThrottleLevel::Custom:
        return "900806";
    }
    return "900800";
}

bool ThrottleCharges::hasBandwidth() const
{
    return std::any_of(
        planned.begin(), planned.end(), [](const PlannedCharge &charge) { return charge.bandwidth; });
}

std::vector<CounterCharge> ThrottleCharges::bandwidthCharges(qint64 bytes) const
{
    std::vector<CounterCharge> result;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (!planned.at(i).bandwidth)
            continue;
        CounterCharge charge = charges.at(i);
        charge.cost = bytes;
        charge.force = true;
        result.push_back(std::move(charge));
    }
    return result;
}

const ThrottlePlan::CompiledPolicy *ThrottlePlan::add(const ThrottlePolicy &policy, QStringList *problems)
{
    QString error;
    std::optional<CompiledConditionGroups> groups
        = CompiledConditionGroups::compile(policy.conditionalGroups, &error);
    if (!groups) {
        problems->append(QStringLiteral("throttle policy '%1': %2").arg(policy.name, error));
        return nullptr;
    }
    if (policy.defaultLimit.quota() <= 0 || policy.defaultLimit.windowMs() <= 0) {
        problems->append(
            QStringLiteral("throttle policy '%1' has no positive default limit").arg(policy.name));
        return nullptr;
    }
    m_needsClientAddress = m_needsClientAddress || groups->usesClientAddress()
        || (policy.level == ThrottlePolicyLevel::Custom
            && policy.keyTemplate.contains(QLatin1String("$clientIp")));
    m_storage.push_back({ policy, std::move(*groups) });
    return &m_storage.back();
}

std::shared_ptr<const ThrottlePlan> ThrottlePlan::compile(const GatewayConfig &config, QStringList *problems)
{
    auto plan = std::make_shared<ThrottlePlan>();
    QHash<QString, const CompiledPolicy *> advanced;
    for (const ThrottlePolicy &policy : config.throttlePolicies) {
        if (isUnlimited(policy.name))
            continue;
        const CompiledPolicy *compiled = plan->add(policy, problems);
        if (!compiled)
            continue;
        plan->registerByLevel(compiled, &advanced);
    }
    const auto resolve = [&](const QString &name, const QString &where) -> const CompiledPolicy * {
        if (isUnlimited(name))
            return nullptr;
        const CompiledPolicy *found = advanced.value(name);
        if (!found)
            problems->append(
                QStringLiteral("%1 names the throttle policy '%2', which this deployment does not have")
                    .arg(where, name));
        return found;
    };
    for (const ApiConfig &api : config.apis) {
        const QByteArray apiId = api.id.toUtf8();
        if (const CompiledPolicy *policy
            = resolve(api.throttlingPolicy, QStringLiteral("API '%1'").arg(api.name)))
            plan->m_byApiId.insert(api.id, attach(policy, "api|" + apiId));
        for (const ResourceConfig &resource : api.resources) {
            for (const OperationConfig &operation : resource.operations) {
                const QString where
                    = QStringLiteral("%1 %2 of API '%3'")
                          .arg(QString::fromLatin1(operation.method), resource.pathTemplate, api.name);
                if (const CompiledPolicy *policy = resolve(operation.throttlingPolicy, where))
                    plan->m_byOperation.insert(&operation,
                        attach(policy,
                            "res|" + apiId + '|' + operation.method + ' ' + resource.pathTemplate.toUtf8()));
            }
        }
    }
    return plan;
}

std::shared_ptr<const ThrottlePlan> ThrottlePlan::forPolicy(const ThrottlePolicy &policy, QString *error)
{
    auto plan = std::make_shared<ThrottlePlan>();
    QStringList problems;
    const CompiledPolicy *compiled = plan->add(policy, &problems);
    if (!compiled) {
        *error = problems.join(QLatin1Char(' '));
        return nullptr;
    }
    QHash<QString, const CompiledPolicy *> advanced;
    plan->registerByLevel(compiled, &advanced);
    if (policy.level == ThrottlePolicyLevel::Advanced)
        plan->m_byApiId.insert(QString(), attach(compiled, "api|")); // the simulated API
    return plan;
}

void ThrottlePlan::registerByLevel(
    const CompiledPolicy *compiled, QHash<QString, const CompiledPolicy *> *advanced)
{
    const ThrottlePolicy &policy = compiled->policy;
    switch (policy.level) {
    case ThrottlePolicyLevel::Advanced:
        advanced->insert(policy.name, compiled);
        break;
    case ThrottlePolicyLevel::Subscription:
        m_subscription.insert(policy.name, compiled);
        break;
    case ThrottlePolicyLevel::Application:
        m_application.insert(policy.name, compiled);
        break;
    case ThrottlePolicyLevel::Custom:
        m_custom.push_back(compiled);
        break;
    }
    m_anyIdentityLevel = !m_subscription.isEmpty() || !m_application.isEmpty();
}

bool ThrottlePlan::isEmpty() const
{
    return m_byApiId.isEmpty() && m_byOperation.isEmpty() && !m_anyIdentityLevel && m_custom.empty();
}

void ThrottlePlan::addCharge(ThrottleCharges *out, ThrottleLevel level, const ThrottlePolicy &policy,
    const ThrottleLimit &limit, QByteArray key, const QString &group, bool force)
{
    if (limit.type == ThrottleLimitType::EventCount)
        return; // WebSocket frames; an HTTP request is not an event
    const bool bandwidth = limit.type == ThrottleLimitType::Bandwidth;
    out->charges.push_back({ std::move(key), limit.quota(), limit.windowMs(), bandwidth ? 0 : 1, force });
    out->planned.push_back({ level, policy.name, group, limit, bandwidth });
}

void ThrottlePlan::addAdvanced(ThrottleLevel level, const Attachment &attachment,
    const ThrottleRequest &request, ThrottleCharges *out) const
{
    const CompiledPolicy &policy = *attachment.policy;
    const int group = policy.groups.isEmpty() ? -1 : policy.groups.firstMatch(request.subject);
    const ThrottleLimit &limit = group < 0 ? policy.policy.defaultLimit
                                           : policy.policy.conditionalGroups.at(std::size_t(group)).limit;
    addCharge(out, level, policy.policy, limit, attachment.counterPrefix + groupKey(group),
        groupLabel(policy.policy, group));
}

void ThrottlePlan::plan(const ThrottleRequest &request, ThrottleCharges *out) const
{
    out->charges.clear();
    out->planned.clear();
    if (const auto api = m_byApiId.constFind(request.api ? request.api->id : QString());
        api != m_byApiId.cend())
        addAdvanced(ThrottleLevel::Api, *api, request, out);
    if (request.operation) {
        if (const auto operation = m_byOperation.constFind(request.operation);
            operation != m_byOperation.cend())
            addAdvanced(ThrottleLevel::Resource, *operation, request, out);
    }
    const AuthenticatedIdentity *identity = request.identity;
    if (m_anyIdentityLevel && identity && !identity->applicationId.isEmpty()) {
        const QByteArray apiId = request.api ? request.api->id.toUtf8() : QByteArray();
        const QByteArray application = identity->applicationId.toUtf8();
        if (const CompiledPolicy *subscription = m_subscription.value(identity->subscriptionTier)) {
            const ThrottlePolicy &policy = subscription->policy;
            const QByteArray key = "sub|" + application + '|' + apiId + '|' + policy.name.toUtf8();
            addCharge(out, ThrottleLevel::Subscription, policy, policy.defaultLimit, key, QString(),
                !policy.stopOnQuotaReach);
            if (policy.rateLimitCount > 0) {
                ThrottleLimit burst;
                burst.count = policy.rateLimitCount;
                burst.timeUnit = policy.rateLimitTimeUnit;
                addCharge(
                    out, ThrottleLevel::Subscription, policy, burst, key + "|burst", QStringLiteral("burst"));
            }
        }
        if (const CompiledPolicy *perApplication = m_application.value(identity->applicationTier)) {
            const ThrottlePolicy &policy = perApplication->policy;
            addCharge(out, ThrottleLevel::Application, policy, policy.defaultLimit,
                "app|" + application + '|' + identity->subject.toUtf8() + '|' + policy.name.toUtf8(),
                QString());
        }
    }
    for (const CompiledPolicy *custom : m_custom) {
        const ThrottlePolicy &policy = custom->policy;
        addCharge(out, ThrottleLevel::Custom, policy, policy.defaultLimit,
            "cus|" + policy.name.toUtf8() + '|' + expandKeyTemplate(policy.keyTemplate, request), QString());
    }
}

QByteArray ThrottlePlan::expandKeyTemplate(const QString &keyTemplate, const ThrottleRequest &request)
{
    const AuthenticatedIdentity *identity = request.identity;
    const QString context
        = request.api ? request.api->context + QLatin1Char('/') + request.api->version : QString();
    QString resourceKey;
    if (request.resource && request.operation)
        resourceKey = context + request.resource->pathTemplate + QLatin1Char(':')
            + QString::fromLatin1(request.operation->method);
    // Longest names first: $apiContext must not be read as $api... of a shorter variable.
    const std::pair<QLatin1String, QString> variables[] = {
        { QLatin1String("$resourceKey"), resourceKey },
        { QLatin1String("$apiContext"), context },
        { QLatin1String("$apiVersion"), request.api ? request.api->version : QString() },
        { QLatin1String("$appTenant"), QStringLiteral("carbon.super") },
        { QLatin1String("$clientIp"), request.subject.clientAddress.toString() },
        { QLatin1String("$userId"), identity ? identity->subject : QStringLiteral("anonymous") },
        { QLatin1String("$appId"), identity ? identity->applicationId : QString() },
    };
    QString key = keyTemplate;
    for (const auto &[name, value] : variables)
        key.replace(name, value);
    return key.toUtf8();
}

} // namespace Gatehouse
