#include "introspectionclearcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString IntrospectionClearCommand::summary() const
{
    return tr("Stop introspecting opaque tokens (only JWTs are accepted afterwards).");
}

void IntrospectionClearCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int IntrospectionClearCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->setIntrospection(std::nullopt))
        return failure(tr("cannot clear the introspection endpoint: %1").arg(workspace->lastError()));
    Console::printLine(tr("Token introspection is off"));
    return ExitOk;
}

} // namespace Gatehouse
