#include "unsubscribecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString UnsubscribeCommand::summary() const
{
    return tr("Remove an application's subscription to an API.");
}

void UnsubscribeCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("The application: its name or id."));
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
}

int UnsubscribeCommand::execute(const QCommandLineParser &parser)
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
    const QString apiLabel = api->definition.name + QLatin1Char(':') + api->definition.version;
    if (!workspace->unsubscribe(record->application.id, api->definition.id))
        return failure(tr("cannot unsubscribe %1 from %2: %3")
                           .arg(record->application.name, apiLabel, workspace->lastError()));
    Console::printLine(tr("Unsubscribed %1 from %2").arg(record->application.name, apiLabel));
    return ExitOk;
}

} // namespace Gatehouse
