#include "appcertaddcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString AppCertAddCommand::summary() const
{
    return tr("Map a client certificate (PEM) to an application, for Mutual SSL.");
}

void AppCertAddCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("Application name or id."));
    parser.addPositionalArgument(QStringLiteral("PEMFILE"), tr("The client certificate, PEM."));
}

int AppCertAddCommand::execute(const QCommandLineParser &parser)
{
    const QString application = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<QByteArray> pem = readFile(path);
    if (!pem)
        return ExitFailure;
    const std::optional<QByteArray> fingerprint = workspace->mapCertificate(application, *pem);
    if (!fingerprint)
        return failure(tr("cannot map the certificate in '%1' to %2: %3")
                           .arg(path, application, workspace->lastError()));
    Console::printLine(tr("Mapped certificate %1 to %2").arg(QString::fromLatin1(*fingerprint), application));
    return ExitOk;
}

} // namespace Gatehouse
