#pragma once

#include "diagnostic.h"
#include "openapiexporter.h"
#include "workspace.h"

#include <QCoreApplication>
#include <optional>

namespace Gatehouse {

struct ApictlImportResult
{
    std::optional<ApiRecord> api; // set when there are no errors
    // Errors and warnings with file:line:column; every field of api.yaml and every folder of the project
    // that Gatehouse does not map is a warning of its own, so nothing is dropped silently.
    QList<Diagnostic> diagnostics;
    QStringList deploymentEnvironments; // deployment_environments.yaml, in order
};

struct ApictlExportResult
{
    QString projectDirectory;
    // What the API has that the project does not say (a re-import would differ there), one line per field.
    QStringList notExported;
};

// An apictl API project: a directory (`apictl init`, or `apictl export api` unzipped) or the zip apictl
// exports (ApictlArchive), holding api.yaml or api.json (the {type: api, version, data} envelope),
// Definitions/swagger.yaml (or .json), deployment_environments.yaml. The definition is imported as OpenAPI
// (OpenApiImporter) and api.yaml's data overrides it: name, version, context, description, isDefaultVersion,
// apiThrottlingPolicy, operations[] (throttlingPolicy, authType, scopes), endpointConfig (http, load_balance,
// failover; production and sandbox), endpointImplementationType, securityScheme[], authorizationHeader,
// apiKeyHeader and corsConfiguration.
class ApictlProject
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ApictlProject)
public:
    static bool isProject(const QString &path); // a directory holding api.yaml or api.json
    static ApictlImportResult read(const QString &directory);
    // read() for a project folder; a project zip is extracted to a temporary folder and read, its
    // diagnostics naming <zip>/<path inside the zip>; otherwise the OpenAPI or Swagger file at path.
    static ApictlImportResult importPath(const QString &path);

    // The project `apictl export api` makes (unzipped: ApictlArchive::pack zips it), as the folder
    // `directory` (which must not exist yet; it appears whole or not at all): api.yaml (api.json for Json),
    // Definitions/swagger.yaml (the OpenAPI export), deployment_environments.yaml listing environments, and
    // api_meta.yaml. The project is read again to find what it could not carry.
    static std::optional<ApictlExportResult> write(const ApiRecord &api, const QStringList &environments,
        const QString &directory, OpenApiExporter::Format format, QString *error);
    // write() as the zip `apictl export api` makes (one folder <name>-<version> inside), replacing zipPath
    // only once the archive is complete; projectDirectory is then the zip's path.
    static std::optional<ApictlExportResult> writeArchive(const ApiRecord &api,
        const QStringList &environments, const QString &zipPath, OpenApiExporter::Format format,
        QString *error);
};

} // namespace Gatehouse
