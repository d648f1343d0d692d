#include "appremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString AppRemoveCommand::summary() const
{
    return tr("Remove an application with its subscriptions and certificate mappings.");
}

void AppRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The application: its name or id."));
}

int AppRemoveCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<ApplicationRecord> record
        = resolveApplication(*workspace, parser.positionalArguments().constFirst());
    if (!record)
        return ExitFailure;
    if (!workspace->removeApplication(record->application.id))
        return failure(
            tr("cannot remove application '%1': %2").arg(record->application.name, workspace->lastError()));
    Console::printLine(tr("Removed application %1").arg(record->application.name));
    return ExitOk;
}

} // namespace Gatehouse
