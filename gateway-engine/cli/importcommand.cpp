#include "importcommand.h"

#include "apictlproject.h"
#include "console.h"
#include "exitcode.h"
#include "openapiimporter.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace Gatehouse {

QString ImportCommand::summary() const
{
    return tr("Import an OpenAPI 3 or Swagger 2.0 file (YAML or JSON), or an apictl project folder or zip, "
              "as a new API; prints the API id.");
}

void ImportCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("OPENAPI_FILE"),
        tr("The OpenAPI 3 or Swagger 2.0 document to import (file $refs are read next to it), or an apictl "
           "project folder or zip."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("name"), tr("Use this API name instead of info.title."), tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("context"),
        tr("Use this context (base path) instead of the document's."), tr("CONTEXT")));
}

int ImportCommand::execute(const QCommandLineParser &parser)
{
    const QString documentPath = parser.positionalArguments().constFirst();
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    QString context = parser.value(QStringLiteral("context")).trimmed();
    if (parser.isSet(QStringLiteral("name")) && name.isEmpty())
        return usageError(tr("--name must not be empty"));
    if (parser.isSet(QStringLiteral("context"))) {
        if (context.isEmpty() || context.contains(QLatin1Char(' ')))
            return usageError(tr("invalid --context '%1'").arg(context));
        if (!context.startsWith(QLatin1Char('/')))
            context.prepend(QLatin1Char('/'));
    }

    const QFileInfo document(documentPath);
    if (!document.exists())
        return failure(tr("'%1' does not exist").arg(documentPath));
    const bool project = ApictlProject::isProject(documentPath);
    if (!project && (!document.isFile() || !document.isReadable()))
        return failure(tr("'%1' is neither a readable file nor an apictl project (a folder with api.yaml, "
                          "or its zip)")
                           .arg(documentPath));

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;

    ApictlImportResult result = ApictlProject::importPath(documentPath);
    std::optional<ApiRecord> imported = std::move(result.api);
    const QList<Diagnostic> diagnostics = result.diagnostics;
    const QStringList deploymentEnvironments = result.deploymentEnvironments;
    for (const Diagnostic &diagnostic : std::as_const(diagnostics))
        Console::printRawError(diagnostic.toString());
    if (hasErrors(diagnostics) || !imported)
        return failure(tr("import of '%1' failed").arg(documentPath));
    if (!deploymentEnvironments.isEmpty())
        Console::printWarning(
            tr("the project names the deployment environments %1; deploy with 'gatehousectl "
               "deploy' to the environments of this workspace")
                .arg(deploymentEnvironments.join(QStringLiteral(", "))));

    ApiRecord record = std::move(*imported);
    if (!name.isEmpty())
        record.definition.name = name;
    if (!context.isEmpty())
        record.definition.context = context;

    const std::optional<QString> id = workspace->addApi(std::move(record));
    if (!id)
        return failure(tr("cannot add the API to '%1': %2").arg(workspace->path(), workspace->lastError()));
    Console::printLine(*id);
    return ExitOk;
}

} // namespace Gatehouse
