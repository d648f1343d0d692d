#include "revokedlistcommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString RevokedListCommand::summary() const
{
    return tr("List the revoked tokens that have not expired yet.");
}

void RevokedListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int RevokedListCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<QList<RevocationRecord>> revoked = workspace->revokedTokens();
    if (!revoked)
        return failure(tr("cannot read the revoked tokens: %1").arg(workspace->lastError()));
    TextTable table({ tr("KIND"), tr("ID"), tr("EXPIRES"), tr("REVOKED") });
    for (const RevocationRecord &record : *revoked) {
        const RevokedToken &token = record.token;
        const bool byJti = !token.jti.isEmpty();
        table.addRow({ byJti ? QStringLiteral("jti") : QStringLiteral("token"),
            QString::fromUtf8(byJti ? token.jti : token.tokenSha256),
            token.expiresAt == 0
                ? tr("never")
                : QDateTime::fromSecsSinceEpoch(token.expiresAt).toUTC().toString(Qt::ISODate),
            record.revokedAt.toString(Qt::ISODate) });
    }
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
