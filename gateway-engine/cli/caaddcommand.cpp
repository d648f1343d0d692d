#include "caaddcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString CaAddCommand::summary() const
{
    return tr("Trust the CA certificate(s) in a PEM file for client certificates (mutual TLS).");
}

void CaAddCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("PEMFILE"), tr("PEM file with one or more certificates."));
}

int CaAddCommand::execute(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<QByteArray> pem = readFile(path);
    if (!pem)
        return ExitFailure;
    const std::optional<QList<ClientCaRecord>> added = workspace->addClientCa(*pem);
    if (!added)
        return failure(tr("cannot add the client CA from '%1': %2").arg(path, workspace->lastError()));
    for (const ClientCaRecord &record : *added)
        Console::printLine(tr("Trusted client CA %1 (SHA-256 %2, expires %3)")
                               .arg(record.subject, QString::fromLatin1(record.sha256),
                                   record.notAfter.toString(Qt::ISODate)));
    return ExitOk;
}

} // namespace Gatehouse
