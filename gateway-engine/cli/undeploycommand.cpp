#include "undeploycommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <algorithm>

namespace Gatehouse {

QString UndeployCommand::summary() const
{
    return tr("Remove an API from an environment.");
}

void UndeployCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
    parser.addOption(QCommandLineOption({ QStringLiteral("e"), QStringLiteral("env") },
        tr("The environment to remove it from."), tr("NAME")));
}

int UndeployCommand::execute(const QCommandLineParser &parser)
{
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
    const QList<DeploymentRecord> deployments = workspace->deployments(environment->name);
    const bool isDeployed = std::any_of(deployments.cbegin(), deployments.cend(),
        [&](const DeploymentRecord &d) { return d.apiId == api->definition.id; });
    if (!isDeployed)
        return failure(tr("%1 is not deployed to %2").arg(apiLabel, environment->name));
    if (!workspace->undeploy(api->definition.id, environment->name))
        return failure(
            tr("cannot undeploy %1 from %2: %3").arg(apiLabel, environment->name, workspace->lastError()));
    Console::printLine(tr("Undeployed %1 from %2").arg(apiLabel, environment->name));
    return ExitOk;
}

} // namespace Gatehouse
