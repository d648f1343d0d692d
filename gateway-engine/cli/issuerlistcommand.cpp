#include "issuerlistcommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString IssuerListCommand::summary() const
{
    return tr("List the external issuers whose bearer JWTs are accepted.");
}

void IssuerListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int IssuerListCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    TextTable table({ tr("NAME"), tr("ISSUER"), tr("KEYS"), tr("ALGORITHMS"), tr("AUDIENCES") });
    for (const IssuerConfig &issuer : workspace->issuers()) {
        QString keys;
        if (!issuer.jwksUrl.isEmpty())
            keys = issuer.jwksUrl.toString();
        else if (!issuer.jwksFilePath.isEmpty())
            keys = issuer.jwksFilePath;
        else if (!issuer.certificatePem.isEmpty())
            keys = tr("certificate");
        else
            keys = tr("HMAC secret");
        table.addRow({ issuer.name, issuer.issuer, keys, issuer.algorithms.join(QLatin1Char(',')),
            issuer.audiences.isEmpty() ? QStringLiteral("-") : issuer.audiences.join(QLatin1Char(',')) });
    }
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
