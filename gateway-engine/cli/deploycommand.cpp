#include "deploycommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString DeployCommand::summary() const
{
    return tr("Deploy a revision of an API to an environment (a new revision unless --revision is given).");
}

void DeployCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
    parser.addOption(QCommandLineOption(
        { QStringLiteral("e"), QStringLiteral("env") }, tr("The target environment."), tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("revision"),
        tr("Deploy this existing revision instead of creating a new one."), tr("N")));
}

int DeployCommand::execute(const QCommandLineParser &parser)
{
    int revision = 0;
    if (parser.isSet(QStringLiteral("revision"))) {
        bool ok = false;
        revision = parser.value(QStringLiteral("revision")).toInt(&ok);
        if (!ok || revision < 1)
            return usageError(tr("invalid --revision '%1' (expected 1, 2, ...)")
                                  .arg(parser.value(QStringLiteral("revision"))));
    }

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<ApiRecord> api = resolveApi(*workspace, parser.positionalArguments().constFirst());
    if (!api)
        return ExitFailure;
    const std::optional<EnvironmentSettings> environment
        = resolveEnvironment(*workspace, parser.value(QStringLiteral("env")));
    if (!environment)
        return ExitFailure;

    const QString apiLabel = api->definition.name + QLatin1Char(':') + api->definition.version;
    QStringList warnings;
    const std::optional<int> deployed
        = workspace->deploy(api->definition.id, environment->name, revision, &warnings);
    if (!deployed)
        return failure(
            tr("cannot deploy %1 to %2: %3").arg(apiLabel, environment->name, workspace->lastError()));
    for (const QString &warning : std::as_const(warnings))
        Console::printWarning(warning);
    Console::printLine(
        tr("Deployed %1 revision %2 to %3").arg(apiLabel).arg(*deployed).arg(environment->name));
    return ExitOk;
}

} // namespace Gatehouse
