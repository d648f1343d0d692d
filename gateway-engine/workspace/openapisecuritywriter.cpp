#include "openapisecuritywriter.h"

#include "yamlnodes.h"

namespace Gatehouse::OpenApiSecurityWriter {

using namespace YamlNodes;

namespace {

// Writes key = value, or removes it when the value is the reader's default.
void writeHeader(YAML::Node root, const char *key, const QByteArray &wanted, const QByteArray &fallback)
{
    if (wanted == fallback)
        root.remove(key);
    else
        root[key] = stringScalar(QString::fromLatin1(wanted));
}

YAML::Node mapAt(YAML::Node owner, const char *key)
{
    if (!child(owner, key).IsMap())
        owner[key] = YAML::Node(YAML::NodeType::Map);
    YAML::Node node;
    node.reset(child(owner, key));
    return node;
}

// WSO2's publisher names the scheme that carries an API's scopes "default": an OAuth2 scheme whose implicit
// flow lists them. Returns false when the document has a "default" scheme of another kind.
bool declareDefaultScopes(YAML::Node root, const QStringList &scopes)
{
    YAML::Node schemes = mapAt(mapAt(root, "components"), "securitySchemes");
    const YAML::Node existing = child(schemes, "default");
    if (present(existing) && text(child(existing, "type")) != QLatin1String("oauth2"))
        return false;
    YAML::Node scheme = mapAt(schemes, "default");
    scheme["type"] = "oauth2";
    YAML::Node flows = mapAt(scheme, "flows");
    YAML::Node flow;
    if (flows.size() > 0 && flows.begin()->second.IsMap()) {
        flow.reset(flows.begin()->second);
    } else {
        flow.reset(mapAt(flows, "implicit"));
        if (!present(child(flow, "authorizationUrl")))
            flow["authorizationUrl"] = "https://test.com";
    }
    YAML::Node declared = mapAt(flow, "scopes");
    for (const QString &scope : scopes) {
        if (!present(child(declared, scope.toStdString().c_str())))
            declared[scope.toStdString()] = "";
    }
    return true;
}

} // namespace

YAML::Node corsNode(const std::optional<CorsConfig> &cors)
{
    YAML::Node node(YAML::NodeType::Map);
    node["corsConfigurationEnabled"] = plainScalar(bool(cors));
    if (!cors)
        return node;
    node["accessControlAllowOrigins"] = stringSequence(cors->allowOrigins);
    node["accessControlAllowCredentials"] = plainScalar(cors->allowCredentials);
    node["accessControlAllowHeaders"] = stringSequence(cors->allowHeaders);
    node["accessControlAllowMethods"] = stringSequence(cors->allowMethods);
    if (!cors->exposeHeaders.isEmpty())
        node["accessControlExposeHeaders"] = stringSequence(cors->exposeHeaders);
    return node;
}

void writeApiSecurity(
    YAML::Node root, const ApiSecurity &wanted, const std::optional<ApiSecurity> &documented)
{
    const ApiSecurity fallback;
    if (!documented || documented->schemes != wanted.schemes
        || documented->applicationSecurityMandatory != wanted.applicationSecurityMandatory
        || documented->mutualTls != wanted.mutualTls) {
        QStringList types;
        for (const AuthScheme scheme : wanted.schemes)
            types << authSchemeId(scheme);
        YAML::Node application(YAML::NodeType::Map);
        application["security-types"] = stringSequence(types);
        application["optional"] = plainScalar(!wanted.applicationSecurityMandatory);
        root["x-wso2-application-security"] = application;
        if (wanted.schemes.empty())
            root["x-wso2-disable-security"] = plainScalar(true);
        else
            root.remove("x-wso2-disable-security");
        if (wanted.mutualTls == MutualTlsMode::Mandatory)
            root["x-wso2-mutual-ssl"] = "mandatory";
        else if (wanted.mutualTls == MutualTlsMode::Optional)
            root["x-wso2-mutual-ssl"] = "optional";
        else
            root.remove("x-wso2-mutual-ssl");
    }
    if (!documented || documented->authorizationHeader != wanted.authorizationHeader)
        writeHeader(root, "x-wso2-auth-header", wanted.authorizationHeader, fallback.authorizationHeader);
    if (!documented || documented->apiKeyHeader != wanted.apiKeyHeader)
        writeHeader(root, "x-wso2-api-key-header", wanted.apiKeyHeader, fallback.apiKeyHeader);
    if (!documented || documented->cors != wanted.cors) {
        if (wanted.cors || present(child(root, "x-wso2-cors")))
            root["x-wso2-cors"] = corsNode(wanted.cors);
    }
}

void writeOperationSecurity(YAML::Node root, YAML::Node operation, const OperationSecurity &wanted,
    const std::optional<OperationSecurity> &documented)
{
    if (documented && *documented == wanted)
        return;
    if (!documented && !wanted.disabled && wanted.scopes.isEmpty())
        return;
    if (wanted.disabled)
        operation["x-wso2-disable-security"] = plainScalar(true);
    else
        operation.remove("x-wso2-disable-security");
    const YAML::Node authType = child(operation, "x-auth-type");
    if (present(authType) && text(authType).compare(QLatin1String("None"), Qt::CaseInsensitive) == 0)
        operation.remove("x-auth-type");
    operation.remove("x-scopes");
    if (wanted.scopes.isEmpty()) {
        if (wanted.disabled)
            operation["security"] = YAML::Node(YAML::NodeType::Sequence);
        else
            operation.remove("security");
        return;
    }
    if (!declareDefaultScopes(root, wanted.scopes)) {
        operation.remove("security");
        operation["x-scopes"] = stringSequence(wanted.scopes);
        return;
    }
    YAML::Node requirement(YAML::NodeType::Map);
    requirement["default"] = stringSequence(wanted.scopes);
    YAML::Node requirements(YAML::NodeType::Sequence);
    requirements.push_back(requirement);
    operation["security"] = requirements;
}

} // namespace Gatehouse::OpenApiSecurityWriter
