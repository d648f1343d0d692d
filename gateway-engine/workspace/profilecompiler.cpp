#include "profilecompiler.h"

#include <algorithm>

namespace Gatehouse {

namespace {

bool usesPerResourceEndpoints(const ApiConfig &api)
{
    return std::any_of(api.resources.begin(), api.resources.end(), [](const ResourceConfig &resource) {
        return resource.productionEndpoints || resource.sandboxEndpoints
            || std::any_of(
                resource.operations.begin(), resource.operations.end(), [](const OperationConfig &operation) {
                    return operation.productionEndpoints || operation.sandboxEndpoints;
                });
    });
}

void stripPerResourceEndpoints(ApiConfig &api)
{
    for (ResourceConfig &resource : api.resources) {
        resource.productionEndpoints.reset();
        resource.sandboxEndpoints.reset();
        for (OperationConfig &operation : resource.operations) {
            operation.productionEndpoints.reset();
            operation.sandboxEndpoints.reset();
        }
    }
}

bool usesBasicAuth(const ApiConfig &api)
{
    const auto &schemes = api.security.schemes;
    return std::find(schemes.begin(), schemes.end(), AuthScheme::BasicAuth) != schemes.end();
}

const ThrottlePolicy *findPolicy(
    const std::vector<ThrottlePolicy> &policies, ThrottlePolicyLevel level, const QString &name)
{
    const auto found = std::find_if(policies.begin(), policies.end(),
        [&](const ThrottlePolicy &policy) { return policy.level == level && policy.name == name; });
    return found == policies.end() ? nullptr : &*found;
}

bool usesBandwidthLimits(const ApiConfig &api, const std::vector<ThrottlePolicy> &policies)
{
    const auto advancedNeedsBandwidth = [&](const QString &name) {
        const ThrottlePolicy *policy = findPolicy(policies, ThrottlePolicyLevel::Advanced, name);
        return policy && policy->needsBandwidth();
    };
    if (advancedNeedsBandwidth(api.throttlingPolicy))
        return true;
    for (const ResourceConfig &resource : api.resources) {
        for (const OperationConfig &operation : resource.operations) {
            if (advancedNeedsBandwidth(operation.throttlingPolicy))
                return true;
        }
    }
    // The caller passes only the subscription and application policies of the API's subscribers.
    return std::any_of(policies.begin(), policies.end(), [](const ThrottlePolicy &policy) {
        return (policy.level == ThrottlePolicyLevel::Subscription
                   || policy.level == ThrottlePolicyLevel::Application)
            && policy.needsBandwidth();
    });
}

} // namespace

bool ProfileCompileResult::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(),
        [](const ProfileFinding &f) { return f.severity == ProfileFinding::Severity::Error; });
}

QStringList ProfileCompileResult::messages(ProfileFinding::Severity severity) const
{
    QStringList result;
    for (const ProfileFinding &finding : findings) {
        if (finding.severity == severity)
            result.append(finding.message);
    }
    return result;
}

ProfileCompiler::ProfileCompiler(CapabilityMatrix matrix, QList<ProfileRule> rules)
    : m_matrix(std::move(matrix))
    , m_rules(std::move(rules))
{ }

QList<ProfileRule> ProfileCompiler::standardRules()
{
    ProfileRule perResourceEndpoints;
    perResourceEndpoints.capabilityId = QStringLiteral("per-resource-endpoints");
    perResourceEndpoints.featureDescription = tr("per-resource endpoints");
    perResourceEndpoints.isUsedBy = usesPerResourceEndpoints;
    perResourceEndpoints.strip = stripPerResourceEndpoints;
    perResourceEndpoints.consequence = tr("the API-level endpoints are used");

    // The matrix says "partial: Custom Filter can be developed": nothing built in, so refuse rather
    // than serve the API with a scheme the real gateway would not enforce.
    ProfileRule basicAuth;
    basicAuth.capabilityId = QStringLiteral("basic-auth");
    basicAuth.featureDescription = tr("Basic Auth");
    basicAuth.isUsedBy = usesBasicAuth;
    basicAuth.unsupportedWhen = { CapabilitySupport::No, CapabilitySupport::Partial };
    basicAuth.advice = tr(
        "%1 has no built-in Basic Auth: a custom filter can be developed for it, and Gatehouse's custom "
        "filter route arrives with the mediation issue. Until then secure the API with oauth2 or api_key "
        "here, or deploy it to an API Gateway environment, which supports Basic Auth");
    // A gateway that cannot count bytes would let the traffic through unlimited: refuse instead.
    ProfileRule bandwidth;
    bandwidth.capabilityId = QStringLiteral("bandwidth-rate-limiting");
    bandwidth.featureDescription = tr("bandwidth limits");
    bandwidth.isUsedWithPolicies = usesBandwidthLimits;
    bandwidth.advice
        = tr("%1 limits requests, not bytes: give the API, its operations, its subscriptions and their "
             "applications request-count policies, or deploy it to an API Gateway environment");
    // Choreo Connect has no schema validator: it serves the API and lets every request and response through.
    ProfileRule schemaValidation;
    schemaValidation.capabilityId = QStringLiteral("schema-validation");
    schemaValidation.featureDescription = tr("schema validation");
    schemaValidation.isUsedBy = [](const ApiConfig &api) { return api.enableSchemaValidation; };
    schemaValidation.strip = [](ApiConfig &api) { api.enableSchemaValidation = false; };
    schemaValidation.consequence = tr("requests and responses are not validated against the schemas");
    return { perResourceEndpoints, basicAuth, bandwidth, schemaValidation };
}

std::optional<ProfileCompiler> ProfileCompiler::createDefault(QString *error)
{
    auto matrix = CapabilityMatrix::load(CapabilityMatrix::bundledPath(), error);
    if (!matrix)
        return std::nullopt;
    return ProfileCompiler(std::move(*matrix));
}

ProfileCompileResult ProfileCompiler::compile(
    const ApiConfig &api, GatewayProfile profile, const std::vector<ThrottlePolicy> &policies) const
{
    ProfileCompileResult result;
    result.api = api;
    const QString profileKey = profileId(profile);
    const QString profileName = m_matrix.profileName(profileKey);
    const QString apiLabel = tr("API '%1' %2").arg(api.name, api.version);
    for (const ProfileRule &rule : m_rules) {
        const bool used = (rule.isUsedBy && rule.isUsedBy(result.api))
            || (rule.isUsedWithPolicies && rule.isUsedWithPolicies(result.api, policies));
        if (!used)
            continue;
        const CapabilityRow *row = m_matrix.row(rule.capabilityId);
        if (!row) {
            result.findings.append({ ProfileFinding::Severity::Warning, rule.capabilityId,
                tr("%1: the capability matrix has no row '%2'; this check was skipped")
                    .arg(apiLabel, rule.capabilityId) });
            continue;
        }
        const CapabilitySupport support = row->cells.value(profileKey).support;
        if (!rule.unsupportedWhen.contains(support))
            continue;
        const QString reason = tr("%1 does not support %2 (capability '%3')")
                                   .arg(profileName, rule.featureDescription, row->feature);
        if (rule.strip) {
            rule.strip(result.api);
            result.findings.append({ ProfileFinding::Severity::Warning, rule.capabilityId,
                apiLabel + QStringLiteral(": ") + reason + QStringLiteral("; ") + rule.consequence });
        } else {
            QString message = apiLabel + QStringLiteral(": ") + reason;
            if (!rule.advice.isEmpty())
                message += QStringLiteral(". ") + rule.advice.arg(profileName);
            result.findings.append({ ProfileFinding::Severity::Error, rule.capabilityId, message });
        }
    }
    return result;
}

} // namespace Gatehouse
