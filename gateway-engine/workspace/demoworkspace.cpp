#include "demoworkspace.h"

#include "openapiimporter.h"
#include "workspace.h"

#include <QDir>

namespace Gatehouse {

QStringList DemoWorkspace::definitionFiles()
{
    const QDir demo(QStringLiteral(":/demo"));
    QStringList files;
    for (const QString &name :
        demo.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        files.append(demo.filePath(name));
    return files;
}

QList<EnvironmentSettings> DemoWorkspace::environments()
{
    EnvironmentSettings choreo;
    choreo.name = QStringLiteral("choreo-local");
    choreo.profile = GatewayProfile::ChoreoConnect;
    choreo.mode = EnvironmentMode::Mutable;
    choreo.httpPort = 9090;
    choreo.httpsPort = -1;
    choreo.adminPort = 9190;

    EnvironmentSettings apiGateway;
    apiGateway.name = QStringLiteral("apigw-local");
    apiGateway.profile = GatewayProfile::ApiGateway;
    apiGateway.mode = EnvironmentMode::Mutable;
    apiGateway.httpPort = 8280;
    apiGateway.httpsPort = -1;
    apiGateway.adminPort = 8290;
    return { choreo, apiGateway };
}

bool DemoWorkspace::populate(Workspace &workspace, QString *error)
{
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QStringList files = definitionFiles();
    if (files.isEmpty())
        return failed(tr("the demo definitions are missing from this build (:/demo/*.yaml)"));
    QList<std::pair<QString, int>> revisions; // one revision per API, deployed to both environments
    for (const QString &file : files) {
        const OpenApiImportResult imported = OpenApiImporter::importFile(file);
        if (!imported.api) {
            QStringList messages;
            for (const Diagnostic &diagnostic : imported.diagnostics)
                messages.append(diagnostic.toString());
            return failed(
                tr("the demo definition %1 does not import: %2").arg(file, messages.join(QLatin1Char('\n'))));
        }
        const auto id = workspace.addApi(*imported.api);
        const auto revision = id ? workspace.createRevision(*id) : std::nullopt;
        if (!revision)
            return failed(workspace.lastError());
        revisions.append({ *id, *revision });
    }
    for (const EnvironmentSettings &environment : environments()) {
        if (!workspace.addEnvironment(environment))
            return failed(workspace.lastError());
        for (const auto &[apiId, revision] : std::as_const(revisions)) {
            // Warnings are expected: the API Gateway ignores the per-resource endpoints.
            if (!workspace.deploy(apiId, environment.name, revision))
                return failed(workspace.lastError());
        }
    }
    return true;
}

} // namespace Gatehouse
