#include "appcertremovecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString AppCertRemoveCommand::summary() const
{
    return tr("Remove a client certificate mapping (by SHA-256 fingerprint) from an application.");
}

void AppCertRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("Application name or id."));
    parser.addPositionalArgument(QStringLiteral("SHA256"), tr("Fingerprint printed by 'app cert-add'."));
}

int AppCertRemoveCommand::execute(const QCommandLineParser &parser)
{
    const QString application = parser.positionalArguments().at(0);
    const QByteArray fingerprint = parser.positionalArguments().at(1).toLatin1().toLower();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->unmapCertificate(application, fingerprint))
        return failure(tr("cannot remove the certificate mapping: %1").arg(workspace->lastError()));
    Console::printLine(
        tr("Removed certificate %1 from %2").arg(QString::fromLatin1(fingerprint), application));
    return ExitOk;
}

} // namespace Gatehouse
