#include "demoworkspace.h"

#include "openapiimporter.h"
#include "throttlepolicyfile.h"
#include "workspace.h"

#include <QDir>
#include <QFile>

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
    // Policies first: the APIs name them.
    const QDir policies(QStringLiteral(":/demo/policies"));
    for (const QString &name : policies.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        QFile file(policies.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return failed(tr("the demo policy file %1 cannot be read").arg(file.fileName()));
        const ThrottlePolicyFileResult read = ThrottlePolicyFile::read(file.readAll(), file.fileName());
        if (read.policies.empty()) {
            QStringList messages;
            for (const Diagnostic &diagnostic : read.diagnostics)
                messages.append(diagnostic.toString());
            return failed(tr("the demo policy file %1 does not import: %2")
                              .arg(file.fileName(), messages.join(QLatin1Char('\n'))));
        }
        if (!workspace.putThrottlePolicies(read.policies))
            return failed(workspace.lastError());
    }
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
