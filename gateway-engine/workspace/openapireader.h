#pragma once

#include "diagnostic.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

// Turns a parsed OpenAPI 3 document into an ApiRecord, collecting diagnostics with positions.
// One instance reads one document.
class OpenApiReader
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiImporter)
public:
    explicit OpenApiReader(QString fileName);

    std::optional<ApiRecord> read(const YAML::Node &root);
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }

    // WSO2's CORS mapping (corsConfigurationEnabled, accessControlAllowOrigins, ...), as x-wso2-cors and
    // apictl's corsConfiguration write it; nullopt when absent or disabled. Also used by ApictlProject.
    std::optional<CorsConfig> readCors(const YAML::Node &cors);

    // Builds a diagnostic at a yaml-cpp mark (0-based; -1 when unknown).
    static Diagnostic diagnosticAt(
        Diagnostic::Severity severity, const QString &file, const YAML::Mark &mark, const QString &message);

private:
    void report(Diagnostic::Severity severity, const YAML::Node &where, const QString &message);
    void error(const YAML::Node &where, const QString &message);
    void warning(const YAML::Node &where, const QString &message);
    std::optional<QString> scalar(const YAML::Node &node, const QString &what);
    QString readThrottlingTier(const YAML::Node &node);
    // x-wso2-request-interceptor / x-wso2-response-interceptor stay in the document (for the mediation
    // work) but are not called: a warning says so where they stand.
    void noteInterceptors(const YAML::Node &node);
    YAML::Node resolve(const YAML::Node &node);

    QString readContext(const YAML::Node &root, const QString &title, const QString &version);
    std::optional<QUrl> firstServerUrl(const YAML::Node &root);
    std::optional<EndpointGroup> readEndpoints(const YAML::Node &owner, const char *key);
    std::optional<EndpointGroup> readEndpointDefinition(const YAML::Node &definition);
    void collectSharedEndpoints(const YAML::Node &root);
    std::optional<ResourceConfig> readResource(const YAML::Node &path, const YAML::Node &item);
    std::optional<MockResponse> readMock(const YAML::Node &operation);
    // Security (openapisecurity.cpp): x-wso2-application-security, x-wso2-mutual-ssl, x-wso2-auth-header,
    // x-wso2-cors, x-wso2-disable-security, x-auth-type, x-scopes and OpenAPI's own security requirements.
    ApiSecurity readApiSecurity(const YAML::Node &root);
    OperationSecurity readOperationSecurity(const YAML::Node &operation);
    QStringList readStringList(const YAML::Node &node, const QString &what);
    // Schema validation (openapischemas.cpp): the switch, the components schemas refer to, and what each
    // operation declares about its parameters, request body and responses.
    bool readSchemaValidationSwitch(const YAML::Node &root);
    QByteArray readSchemaComponents(const YAML::Node &root);
    OperationSchemas readOperationSchemas(const YAML::Node &pathItem, const YAML::Node &operation);
    QByteArray schemaJson(const YAML::Node &schema);
    bool applyRequirements(const YAML::Node &requirements, ApiSecurity *api, QStringList *scopes);
    std::optional<MockResponse> mockFromMediaType(
        int status, const QString &mediaType, const YAML::Node &media);

    QString m_fileName;
    YAML::Node m_root;
    QList<Diagnostic> m_diagnostics;
    QHash<QString, YAML::Node> m_sharedEndpoints;
    QList<std::pair<QString, YAML::Mark>> m_operationsWithoutExample; // "POST /tickets"
    YAML::Node m_securitySchemes; // components.securitySchemes
};

} // namespace Gatehouse
