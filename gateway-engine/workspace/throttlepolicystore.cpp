// Throttle policies of the workspace: stored as WSO2 admin JSON in the documents table (kind
// "throttle_policy", name "<level>/<policy name>"), so every edit is one transaction and no migration was
// needed. WSO2's default policies are always there unless the workspace stores its own of the same name.
#include "throttlepolicydefaults.h"
#include "throttlepolicyjson.h"
#include "throttlepolicyvalidation.h"
#include "workspace.h"
#include "workspaceprivate.h"

#include <QJsonDocument>

namespace Gatehouse {

namespace {

const QString documentKind = QStringLiteral("throttle_policy");

QString documentName(ThrottlePolicyLevel level, const QString &name)
{
    return throttlePolicyLevelId(level) + QLatin1Char('/') + name;
}

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

std::vector<ThrottlePolicy> WorkspacePrivate::advancedThrottlePolicies(std::vector<ThrottlePolicy> policies)
{
    std::erase_if(
        policies, [](const ThrottlePolicy &policy) { return policy.level != ThrottlePolicyLevel::Advanced; });
    return policies;
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
    const QList<ThrottlePolicyProblem> problems = ThrottlePolicyValidation::validate(policy);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ThrottlePolicyProblem &problem : problems)
            lines << problem.toString();
        return d->fail(
            tr("throttle policy '%1' is not valid: %2").arg(policy.name, lines.join(QStringLiteral("; "))));
    }
    const QByteArray json = QJsonDocument(ThrottlePolicyJson::toJson(policy)).toJson(QJsonDocument::Compact);
    return d->write([&] {
        return d
            ->run(QStringLiteral("INSERT INTO documents (kind, name, json) VALUES (?, ?, ?)"
                                 " ON CONFLICT (kind, name) DO UPDATE SET json = excluded.json"),
                { documentKind, documentName(policy.level, policy.name), QString::fromUtf8(json) })
            .has_value();
    });
}

bool Workspace::removeThrottlePolicy(ThrottlePolicyLevel level, const QString &name)
{
    return d->write([&] {
        auto removed = d->run(QStringLiteral("DELETE FROM documents WHERE kind = ? AND name = ?"),
            { documentKind, documentName(level, name) });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(
                tr("the workspace stores no %1 policy named '%2'").arg(throttlePolicyLevelId(level), name));
        return true;
    });
}

} // namespace Gatehouse
