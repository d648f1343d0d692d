#include "exportcommand.h"

#include "apictlproject.h"
#include "console.h"
#include "exitcode.h"
#include "openapiexporter.h"
#include "savefile.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString ExportCommand::summary() const
{
    return tr("Print an API as OpenAPI 3 (YAML or JSON) with its x-wso2 extensions, or write it as an apictl "
              "project.");
}

void ExportCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API (id, name or name:version)."));
    parser.addOption({ QStringLiteral("format"), tr("yaml (the default) or json."), tr("FORMAT") });
    parser.addOption(
        { QStringLiteral("output"), tr("Write to this file instead of standard output."), tr("FILE") });
    parser.addOption({ QStringLiteral("apictl"),
        tr("Write an apictl project (api.yaml, Definitions/swagger.yaml, deployment_environments.yaml, "
           "api_meta.yaml) to --output: a folder that must not exist yet, or a .zip as apictl exports "
           "it.") });
}

int ExportCommand::execute(const QCommandLineParser &parser)
{
    const QString formatName = parser.value(QStringLiteral("format")).isEmpty()
        ? QStringLiteral("yaml")
        : parser.value(QStringLiteral("format"));
    if (formatName != QLatin1String("yaml") && formatName != QLatin1String("json"))
        return usageError(tr("--format must be yaml or json"));
    const OpenApiExporter::Format format
        = formatName == QLatin1String("json") ? OpenApiExporter::Format::Json : OpenApiExporter::Format::Yaml;
    const QString output = parser.value(QStringLiteral("output"));
    const bool apictl = parser.isSet(QStringLiteral("apictl"));
    if (apictl && output.isEmpty())
        return usageError(tr("--apictl needs --output, the project folder or .zip to create"));
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<ApiRecord> api = resolveApi(*workspace, parser.positionalArguments().constFirst());
    if (!api)
        return ExitFailure;
    QString error;
    if (apictl) {
        const QStringList environments = workspace->environmentsServing(api->definition.id);
        const std::optional<ApictlExportResult> project
            = output.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
            ? ApictlProject::writeArchive(*api, environments, output, format, &error)
            : ApictlProject::write(*api, environments, output, format, &error);
        if (!project)
            return failure(error);
        for (const QString &field : project->notExported)
            Console::printWarning(tr("not in the exported project: %1").arg(field));
        Console::print(project->projectDirectory);
        return ExitOk;
    }
    const std::optional<OpenApiExportResult> exported = OpenApiExporter::exportApi(*api, format, &error);
    if (!exported)
        return failure(error);
    for (const QString &field : exported->notExported)
        Console::printWarning(tr("not in the exported document: %1").arg(field));
    if (output.isEmpty()) {
        Console::print(QString::fromUtf8(exported->document));
        return ExitOk;
    }
    QString fileError;
    if (!saveWhole(output, exported->document, &fileError))
        return failure(tr("cannot write %1: %2").arg(output, fileError));
    return ExitOk;
}

} // namespace Gatehouse
