// The security part of OpenApiReader: WSO2's x-wso2-* security extensions and OpenAPI's own
// securitySchemes / security requirements.
#include "openapireader.h"
#include "yamlnodes.h"

namespace Gatehouse {

using namespace YamlNodes;

QStringList OpenApiReader::readStringList(const YAML::Node &node, const QString &what)
{
    QStringList values;
    if (!present(node))
        return values;
    if (node.IsScalar()) {
        values = text(node).split(u',', Qt::SkipEmptyParts);
        for (QString &value : values)
            value = value.trimmed();
        return values;
    }
    if (!node.IsSequence()) {
        error(node, tr("%1 must be a list of strings").arg(what));
        return values;
    }
    for (const auto &item : node) {
        if (item.IsScalar())
            values.append(text(item));
        else
            error(item, tr("%1 must be a list of strings").arg(what));
    }
    return values;
}

std::optional<CorsConfig> OpenApiReader::readCors(const YAML::Node &node)
{
    if (!present(node))
        return std::nullopt;
    if (!node.IsMap()) {
        error(node,
            tr("x-wso2-cors must be a mapping (corsConfigurationEnabled, accessControlAllowOrigins, ...)"));
        return std::nullopt;
    }
    const YAML::Node enabled = child(node, "corsConfigurationEnabled");
    if (present(enabled) && text(enabled) != QLatin1String("true"))
        return std::nullopt;
    CorsConfig cors;
    if (present(child(node, "accessControlAllowOrigins")))
        cors.allowOrigins = readStringList(
            child(node, "accessControlAllowOrigins"), QStringLiteral("accessControlAllowOrigins"));
    if (present(child(node, "accessControlAllowMethods")))
        cors.allowMethods = readStringList(
            child(node, "accessControlAllowMethods"), QStringLiteral("accessControlAllowMethods"));
    if (present(child(node, "accessControlAllowHeaders")))
        cors.allowHeaders = readStringList(
            child(node, "accessControlAllowHeaders"), QStringLiteral("accessControlAllowHeaders"));
    cors.exposeHeaders = readStringList(
        child(node, "accessControlExposeHeaders"), QStringLiteral("accessControlExposeHeaders"));
    const YAML::Node credentials = child(node, "accessControlAllowCredentials");
    cors.allowCredentials = present(credentials) && text(credentials) == QLatin1String("true");
    return cors;
}

// OpenAPI security requirements ([{schemeName: [scopes]}]) mapped through components.securitySchemes.
// Returns false for an empty requirement list (the operation is open).
bool OpenApiReader::applyRequirements(const YAML::Node &requirements, ApiSecurity *api, QStringList *scopes)
{
    if (!requirements.IsSequence()) {
        error(requirements, tr("'security' must be a list of security requirements"));
        return true;
    }
    if (requirements.size() == 0)
        return false;
    for (const auto &requirement : requirements) {
        if (!requirement.IsMap()) {
            error(requirement, tr("each security requirement must map scheme names to scope lists"));
            continue;
        }
        for (const auto &entry : requirement) {
            const QString name = text(entry.first);
            const YAML::Node scheme = child(m_securitySchemes, name.toStdString().c_str());
            if (!present(scheme)) {
                error(entry.first,
                    tr("security scheme '%1' is not defined in components.securitySchemes").arg(name));
                continue;
            }
            const QString type = text(child(scheme, "type"));
            if (scopes)
                *scopes += readStringList(entry.second, QStringLiteral("scopes"));
            if (!api)
                continue;
            auto addScheme = [api](AuthScheme value) {
                if (std::find(api->schemes.begin(), api->schemes.end(), value) == api->schemes.end())
                    api->schemes.push_back(value);
            };
            if (type == QLatin1String("oauth2") || type == QLatin1String("openIdConnect")) {
                addScheme(AuthScheme::OAuth2);
            } else if (type == QLatin1String("apiKey")) {
                addScheme(AuthScheme::ApiKey);
                const QByteArray parameter = text(child(scheme, "name")).toLatin1();
                if (text(child(scheme, "in")) == QLatin1String("query"))
                    api->apiKeyQueryParameter = parameter;
                else if (!parameter.isEmpty())
                    api->apiKeyHeader = parameter;
            } else if (type == QLatin1String("http")
                && text(child(scheme, "scheme")).compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0) {
                addScheme(AuthScheme::BasicAuth);
            } else if (type == QLatin1String("http")) {
                addScheme(AuthScheme::OAuth2); // bearer
            } else if (type == QLatin1String("mutualTLS")) {
                api->mutualTls = MutualTlsMode::Mandatory;
            } else {
                error(child(scheme, "type"), tr("security scheme type '%1' is not supported").arg(type));
            }
        }
    }
    return true;
}

ApiSecurity OpenApiReader::readApiSecurity(const YAML::Node &root)
{
    m_securitySchemes.reset(child(child(root, "components"), "securitySchemes"));
    ApiSecurity security;
    const YAML::Node wso2 = child(root, "x-wso2-application-security");
    const YAML::Node openApi = child(root, "security");
    if (present(wso2)) {
        if (!wso2.IsMap()) {
            error(wso2, tr("x-wso2-application-security must be {security-types: [...], optional: ...}"));
        } else {
            for (const QString &type :
                readStringList(child(wso2, "security-types"), QStringLiteral("security-types"))) {
                if (const auto scheme = authSchemeFromId(type))
                    security.schemes.push_back(*scheme);
                else
                    error(child(wso2, "security-types"),
                        tr("unknown security type '%1' (expected oauth2, api_key or basic_auth)").arg(type));
            }
            const YAML::Node optional = child(wso2, "optional");
            security.applicationSecurityMandatory
                = !(present(optional) && text(optional) == QLatin1String("true"));
        }
        // The schemes are x-wso2-application-security's; where an API key goes is still the OpenAPI
        // apiKey scheme's to say.
        if (present(openApi)) {
            ApiSecurity declared;
            applyRequirements(openApi, &declared, nullptr);
            security.apiKeyHeader = declared.apiKeyHeader;
            security.apiKeyQueryParameter = declared.apiKeyQueryParameter;
        }
    } else if (present(openApi)) {
        applyRequirements(openApi, &security, nullptr);
    } else {
        report(Diagnostic::Severity::Info, root,
            tr("no security declared: the API is open (WSO2 would default to OAuth2; add "
               "x-wso2-application-security to say so)"));
    }
    if (const YAML::Node mutualSsl = child(root, "x-wso2-mutual-ssl"); present(mutualSsl)) {
        const QString mode = text(mutualSsl);
        if (mode == QLatin1String("mandatory"))
            security.mutualTls = MutualTlsMode::Mandatory;
        else if (mode == QLatin1String("optional"))
            security.mutualTls = MutualTlsMode::Optional;
        else
            error(mutualSsl, tr("x-wso2-mutual-ssl must be 'mandatory' or 'optional'"));
    }
    if (const YAML::Node header = child(root, "x-wso2-auth-header"); present(header))
        security.authorizationHeader = text(header).toLatin1();
    if (const YAML::Node header = child(root, "x-wso2-api-key-header"); present(header))
        security.apiKeyHeader = text(header).toLatin1();
    security.cors = readCors(child(root, "x-wso2-cors"));
    if (const YAML::Node disable = child(root, "x-wso2-disable-security");
        present(disable) && text(disable) == QLatin1String("true"))
        security.schemes.clear();
    return security;
}

OperationSecurity OpenApiReader::readOperationSecurity(const YAML::Node &operation)
{
    OperationSecurity security;
    const YAML::Node disable = child(operation, "x-wso2-disable-security");
    const YAML::Node authType = child(operation, "x-auth-type");
    security.disabled = (present(disable) && text(disable) == QLatin1String("true"))
        || (present(authType) && text(authType).compare(QLatin1String("None"), Qt::CaseInsensitive) == 0);
    if (const YAML::Node requirements = child(operation, "security"); present(requirements)) {
        if (!applyRequirements(requirements, nullptr, &security.scopes))
            security.disabled = true;
    }
    security.scopes += readStringList(child(operation, "x-scopes"), QStringLiteral("x-scopes"));
    security.scopes.removeDuplicates();
    return security;
}

} // namespace Gatehouse
