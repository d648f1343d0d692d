#include "subscribecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString SubscribeCommand::summary() const
{
    return tr("Subscribe an application to an API (again: change the subscription tier).");
}

void SubscribeCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("The application: its name or id."));
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
    parser.addOption(QCommandLineOption(QStringLiteral("tier"), tr("Subscription tier (default: Unlimited)."),
        tr("TIER"), QStringLiteral("Unlimited")));
}

int SubscribeCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QStringList positionals = parser.positionalArguments();
    const std::optional<ApplicationRecord> record = resolveApplication(*workspace, positionals.at(0));
    if (!record)
        return ExitFailure;
    const std::optional<ApiRecord> api = resolveApi(*workspace, positionals.at(1));
    if (!api)
        return ExitFailure;
    const QString tier = parser.value(QStringLiteral("tier"));
    const QString apiLabel = api->definition.name + QLatin1Char(':') + api->definition.version;
    if (!workspace->subscribe(record->application.id, api->definition.id, tier))
        return failure(tr("cannot subscribe %1 to %2: %3")
                           .arg(record->application.name, apiLabel, workspace->lastError()));
    Console::printLine(tr("Subscribed %1 to %2 (tier %3)").arg(record->application.name, apiLabel, tier));
    return ExitOk;
}

} // namespace Gatehouse
