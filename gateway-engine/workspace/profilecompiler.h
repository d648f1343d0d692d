#pragma once

#include "capabilitymatrix.h"
#include "config/gatewayconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace Gatehouse {

// One row of the capability matrix turned into a check on an API definition.
struct ProfileRule
{
    QString capabilityId; // row id in the matrix, e.g. "per-resource-endpoints"
    QString featureDescription; // for messages: "per-resource endpoints"
    std::function<bool(const ApiConfig &)> isUsedBy;
    // For features that live in throttle policies rather than in the API itself; either test may be set.
    std::function<bool(const ApiConfig &, const std::vector<ThrottlePolicy> &)> isUsedWithPolicies;
    // Where the real gateway silently ignores the feature: remove it from the config and warn.
    // Left empty, the deployment is refused instead.
    std::function<void(ApiConfig &)> strip;
    QString consequence; // after stripping: "the API-level endpoints are used"
    // Appended to a refusal: what the profile offers instead and what to do (may use %1, the profile name).
    QString advice;
    QList<CapabilitySupport> unsupportedWhen = { CapabilitySupport::No };
};

struct ProfileFinding
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Warning;
    QString capabilityId;
    QString message;
};

struct ProfileCompileResult
{
    ApiConfig api; // what the environment serves (unsupported features stripped)
    QList<ProfileFinding> findings;
    bool hasErrors() const;
    QStringList messages(ProfileFinding::Severity severity) const;
};

// Checks an API against what a gateway profile supports, citing the capability matrix row.
class ProfileCompiler
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ProfileCompiler)
public:
    explicit ProfileCompiler(CapabilityMatrix matrix, QList<ProfileRule> rules = standardRules());

    static QList<ProfileRule> standardRules();
    // Loads the bundled matrix with the standard rules.
    static std::optional<ProfileCompiler> createDefault(QString *error);

    const CapabilityMatrix &matrix() const { return m_matrix; }
    // `policies`: the throttle policies that apply to the API's requests: at least those its API and
    // operations name (advanced level) and the subscription tiers of its subscriptions.
    ProfileCompileResult compile(
        const ApiConfig &api, GatewayProfile profile, const std::vector<ThrottlePolicy> &policies = {}) const;

private:
    CapabilityMatrix m_matrix;
    QList<ProfileRule> m_rules;
};

} // namespace Gatehouse
