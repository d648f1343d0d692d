#include "tokenjwkscommand.h"

#include "console.h"
#include "exitcode.h"
#include "security/tokenissuer.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString TokenJwksCommand::summary() const
{
    return tr("Print the JWKS (public key) that verifies the workspace's tokens and API keys.");
}

void TokenJwksCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int TokenJwksCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<KeyManagerConfig> keyManager = workspace->keyManager();
    if (!keyManager)
        return failure(tr("cannot read the key manager: %1").arg(workspace->lastError()));
    QString error;
    const std::optional<TokenIssuer> issuer = TokenIssuer::create(*keyManager, &error);
    if (!issuer)
        return failure(tr("the key manager's key is unusable: %1").arg(error));
    Console::printLine(QString::fromLatin1(issuer->jwks()));
    return ExitOk;
}

} // namespace Gatehouse
