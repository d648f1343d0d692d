#include "userremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString UserRemoveCommand::summary() const
{
    return tr("Remove a Basic Auth user.");
}

void UserRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user name."));
}

int UserRemoveCommand::execute(const QCommandLineParser &parser)
{
    const QString name = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->removeUser(name))
        return failure(tr("cannot remove user '%1': %2").arg(name, workspace->lastError()));
    Console::printLine(tr("Removed user %1").arg(name));
    return ExitOk;
}

} // namespace Gatehouse
