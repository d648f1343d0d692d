#include "caremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString CaRemoveCommand::summary() const
{
    return tr("Stop trusting a client CA, named by its SHA-256 fingerprint.");
}

void CaRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("SHA256"), tr("The certificate's SHA-256 fingerprint, as 'ca list' shows it."));
}

int CaRemoveCommand::execute(const QCommandLineParser &parser)
{
    const QString fingerprint = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->removeClientCa(fingerprint.toLatin1()))
        return failure(tr("cannot remove the client CA: %1").arg(workspace->lastError()));
    Console::printLine(tr("Removed client CA %1").arg(fingerprint));
    return ExitOk;
}

} // namespace Gatehouse
