// Throttle policies of the workspace: stored as WSO2 admin JSON in the documents table (kind
// "throttle_policy", name "<level>/<policy name>"), so every edit is one transaction and no migration was
// needed. WSO2's default policies are always there unless the workspace stores its own of the same name.
#include "throttlepolicydefaults.h"
#include "throttlepolicyjson.h"
#include "throttlepolicyvalidation.h"
#include "workspace.h"
#include "workspaceprivate.h"

#include <QJsonDocument>
#include <QSet>

namespace Gatehouse {

namespace {

const QString documentKind = QStringLiteral("throttle_policy");

} // namespace

std::vector<ThrottlePolicy> WorkspacePrivate::loadThrottlePolicies(QStringList *warnings) const
{
    std::vector<ThrottlePolicy> policies;
    auto query = run(
        QStringLiteral("SELECT name, json FROM documents WHERE kind = ? ORDER BY name"), { documentKind });
    while (query && query->next()) {
        const QString name = query->value(0).toString();
        const std::optional<ThrottlePolicyLevel> level
            = throttlePolicyLevelFromId(name.section(QLatin1Char('/'), 0, 0));
        QString error;
        const QJsonObject json = QJsonDocument::fromJson(query->value(1).toByteArray()).object();
        std::optional<ThrottlePolicy> policy
            = level ? ThrottlePolicyJson::fromJson(json, *level, &error) : std::nullopt;
        if (!policy) {
            if (warnings)
                warnings->append(tr("throttle policy %1 is damaged and left out: %2").arg(name, error));
            continue;
        }
        policies.push_back(std::move(*policy));
    }
    for (const ThrottlePolicy &fallback : wso2DefaultThrottlePolicies()) {
        const bool overridden
            = std::any_of(policies.begin(), policies.end(), [&](const ThrottlePolicy &policy) {
                  return policy.level == fallback.level && policy.name == fallback.name;
              });
        if (!overridden)
            policies.push_back(fallback);
    }
    return policies;
}

std::vector<ThrottlePolicy> WorkspacePrivate::throttlePoliciesFor(
    const QString &apiId, const std::vector<ThrottlePolicy> &policies) const
{
    QSet<QString> subscriptionTiers;
    QSet<QString> applicationTiers;
    auto query = run(QStringLiteral("SELECT s.tier, a.tier FROM subscriptions s"
                                    " JOIN applications a ON a.id = s.application_id WHERE s.api_id = ?"),
        { apiId });
    while (query && query->next()) {
        subscriptionTiers.insert(query->value(0).toString());
        applicationTiers.insert(query->value(1).toString());
    }
    std::vector<ThrottlePolicy> applying;
    for (const ThrottlePolicy &policy : policies) {
        const bool applies = policy.level == ThrottlePolicyLevel::Advanced
            || (policy.level == ThrottlePolicyLevel::Subscription && subscriptionTiers.contains(policy.name))
            || (policy.level == ThrottlePolicyLevel::Application && applicationTiers.contains(policy.name));
        if (applies)
            applying.push_back(policy);
    }
    return applying;
}

bool WorkspacePrivate::recheckDeployments(const QString &apiId, const QString &action)
{
    const ProfileCompiler *compiler = profileCompiler();
    if (!compiler)
        return false;
    auto deployed = run(apiId.isEmpty()
            ? QStringLiteral("SELECT api_id, revision, environment FROM deployments")
            : QStringLiteral("SELECT api_id, revision, environment FROM deployments WHERE api_id = ?"),
        apiId.isEmpty() ? QVariantList() : QVariantList { apiId });
    if (!deployed)
        return false;
    QList<std::tuple<QString, int, QString>> deployments;
    while (deployed->next())
        deployments.append(
            { deployed->value(0).toString(), deployed->value(1).toInt(), deployed->value(2).toString() });
    const std::vector<ThrottlePolicy> policies = loadThrottlePolicies(nullptr);
    QStringList refusals;
    for (const auto &[deployedApi, revision, environmentName] : std::as_const(deployments)) {
        const auto environment = loadEnvironment(environmentName);
        const auto snapshot = loadSnapshot(deployedApi, revision);
        if (!environment || !snapshot)
            return false;
        const ProfileCompileResult compiled
            = compiler->compile(*snapshot, environment->profile, throttlePoliciesFor(deployedApi, policies));
        for (const QString &message : compiled.messages(ProfileFinding::Severity::Error))
            refusals << tr("environment %1: %2").arg(environmentName, message);
    }
    if (refusals.isEmpty())
        return true;
    return fail(tr("%1: %2").arg(action, refusals.join(QStringLiteral("; "))));
}

std::vector<ThrottlePolicy> Workspace::throttlePolicies() const
{
    return d->loadThrottlePolicies(nullptr);
}

std::optional<ThrottlePolicy> Workspace::throttlePolicy(ThrottlePolicyLevel level, const QString &name) const
{
    for (ThrottlePolicy &policy : d->loadThrottlePolicies(nullptr)) {
        if (policy.level == level && policy.name == name)
            return std::move(policy);
    }
    return std::nullopt;
}

bool Workspace::putThrottlePolicy(const ThrottlePolicy &policy)
{
    return putThrottlePolicies({ policy });
}

bool Workspace::putThrottlePolicies(const std::vector<ThrottlePolicy> &policies)
{
    for (const ThrottlePolicy &policy : policies) {
        const QList<ThrottlePolicyProblem> problems = ThrottlePolicyValidation::validate(policy);
        if (problems.isEmpty())
            continue;
        QStringList lines;
        for (const ThrottlePolicyProblem &problem : problems)
            lines << problem.toString();
        return d->fail(
            tr("throttle policy '%1' is not valid: %2").arg(policy.name, lines.join(QStringLiteral("; "))));
    }
    QStringList names;
    for (const ThrottlePolicy &policy : policies)
        names << policy.name;
    return d->write([&] {
        for (const ThrottlePolicy &policy : policies) {
            const QByteArray json
                = QJsonDocument(ThrottlePolicyJson::toJson(policy)).toJson(QJsonDocument::Compact);
            if (!d->run(QStringLiteral("INSERT INTO documents (kind, name, json) VALUES (?, ?, ?)"
                                       " ON CONFLICT (kind, name) DO UPDATE SET json = excluded.json"),
                    { documentKind, throttlePolicyId(policy.level, policy.name), QString::fromUtf8(json) }))
                return false;
        }
        return d->recheckDeployments(
            QString(), tr("cannot save throttle policy %1").arg(names.join(QStringLiteral(", "))));
    });
}

QHash<QString, QStringList> Workspace::throttlePolicyUsages() const
{
    QHash<QString, QStringList> usages;
    QHash<QString, QString> apiNames; // id -> name, for the subscriptions
    for (const ApiRecord &record : apis()) {
        const ApiConfig &api = record.definition;
        apiNames.insert(api.id, api.name);
        if (!api.throttlingPolicy.isEmpty())
            usages[throttlePolicyId(ThrottlePolicyLevel::Advanced, api.throttlingPolicy)]
                << tr("API %1 %2").arg(api.name, api.version);
        for (const ResourceConfig &resource : api.resources) {
            for (const OperationConfig &operation : resource.operations) {
                if (!operation.throttlingPolicy.isEmpty())
                    usages[throttlePolicyId(ThrottlePolicyLevel::Advanced, operation.throttlingPolicy)]
                        << tr("%1 %2 of API %3 %4")
                               .arg(QString::fromLatin1(operation.method), resource.pathTemplate, api.name,
                                   api.version);
            }
        }
    }
    for (const ApplicationRecord &record : applications()) {
        const ApplicationConfig &application = record.application;
        usages[throttlePolicyId(ThrottlePolicyLevel::Application, application.tier)]
            << tr("application %1").arg(application.name);
        for (const SubscriptionConfig &subscription : application.subscriptions)
            usages[throttlePolicyId(ThrottlePolicyLevel::Subscription, subscription.tier)]
                << tr("subscription of %1 to API %2")
                       .arg(application.name, apiNames.value(subscription.apiId, subscription.apiId));
    }
    return usages;
}

QStringList Workspace::throttlePolicyUsages(ThrottlePolicyLevel level, const QString &name) const
{
    if (level == ThrottlePolicyLevel::Custom)
        return { tr("every request of every API (custom policies are global)") };
    return throttlePolicyUsages().value(throttlePolicyId(level, name));
}

bool Workspace::removeThrottlePolicy(ThrottlePolicyLevel level, const QString &name)
{
    return d->write([&] {
        const std::vector<ThrottlePolicy> defaults = wso2DefaultThrottlePolicies();
        const bool replacesDefault = std::any_of(defaults.begin(), defaults.end(),
            [&](const ThrottlePolicy &policy) { return policy.level == level && policy.name == name; });
        // Custom policies name no one; a removed replacement of a WSO2 default leaves the default in use.
        const QStringList usages = level == ThrottlePolicyLevel::Custom || replacesDefault
            ? QStringList()
            : throttlePolicyUsages(level, name);
        if (!usages.isEmpty())
            return d->fail(tr("throttle policy '%1' is still used by %2; attach another policy there first")
                               .arg(name, usages.join(QStringLiteral(", "))));
        auto removed = d->run(QStringLiteral("DELETE FROM documents WHERE kind = ? AND name = ?"),
            { documentKind, throttlePolicyId(level, name) });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(
                tr("the workspace stores no %1 policy named '%2'").arg(throttlePolicyLevelId(level), name));
        return d->recheckDeployments(QString(), tr("cannot remove throttle policy '%1'").arg(name));
    });
}

} // namespace Gatehouse
