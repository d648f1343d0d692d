#include "tokenissuecommand.h"

#include "console.h"
#include "exitcode.h"
#include "security/tokenissuer.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString TokenIssueCommand::summary() const
{
    return tr("Issue an access token (RS256 JWT) to an application with the workspace's key manager.");
}

void TokenIssueCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("The application: its name or id."));
    parser.addOption(QCommandLineOption(QStringLiteral("scopes"),
        tr("Space-separated scopes, e.g. \"read:pets write:pets\"."), tr("SCOPES")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("validity"), tr("Validity in seconds (default: the key manager's, 3600)."), tr("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("sandbox"), tr("Issue a sandbox token.")));
}

int TokenIssueCommand::execute(const QCommandLineParser &parser)
{
    TokenRequest request;
    if (parser.isSet(QStringLiteral("validity"))) {
        const std::optional<int> validity = parseSeconds(
            parser.value(QStringLiteral("validity")), QStringLiteral("validity"), 1, 10 * 365 * 86400);
        if (!validity)
            return ExitUsage;
        request.validitySeconds = *validity;
    }
    request.scopes = parser.value(QStringLiteral("scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("sandbox")))
        request.keyType = QStringLiteral("SANDBOX");

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<ApplicationRecord> record
        = resolveApplication(*workspace, parser.positionalArguments().constFirst());
    if (!record)
        return ExitFailure;
    const std::optional<KeyManagerConfig> keyManager = workspace->keyManager();
    if (!keyManager)
        return failure(tr("cannot read the key manager: %1").arg(workspace->lastError()));
    QString error;
    const std::optional<TokenIssuer> issuer = TokenIssuer::create(*keyManager, &error);
    request.application = &record->application;
    const std::optional<IssuedToken> issued
        = issuer ? issuer->issueAccessToken(request, &error) : std::nullopt;
    if (!issued)
        return failure(tr("cannot issue a token to '%1': %2").arg(record->application.name, error));
    Console::printLine(QString::fromLatin1(issued->token));
    return ExitOk;
}

} // namespace Gatehouse
