#include "envremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString EnvRemoveCommand::summary() const
{
    return tr("Remove a gateway environment.");
}

void EnvRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The environment to remove."));
}

int EnvRemoveCommand::execute(const QCommandLineParser &parser)
{
    const QString name = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->environment(name))
        return failure(tr("unknown environment '%1'").arg(name));
    if (!workspace->removeEnvironment(name))
        return failure(tr("cannot remove environment '%1': %2").arg(name, workspace->lastError()));
    Console::printLine(tr("Removed environment %1").arg(name));
    return ExitOk;
}

} // namespace Gatehouse
