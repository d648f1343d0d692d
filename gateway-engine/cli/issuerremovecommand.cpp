#include "issuerremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString IssuerRemoveCommand::summary() const
{
    return tr("Stop accepting the tokens of an external issuer.");
}

void IssuerRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the issuer."));
}

int IssuerRemoveCommand::execute(const QCommandLineParser &parser)
{
    const QString name = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->removeIssuer(name))
        return failure(tr("cannot remove issuer '%1': %2").arg(name, workspace->lastError()));
    Console::printLine(tr("Removed issuer %1").arg(name));
    return ExitOk;
}

} // namespace Gatehouse
