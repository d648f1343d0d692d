#include "introspectionsetcommand.h"

#include "console.h"
#include "exitcode.h"
#include "secretinput.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString IntrospectionSetCommand::summary() const
{
    return tr(
        "Validate opaque access tokens with an RFC 7662 introspection endpoint (client secret read from "
        "standard input when --client-id is given).");
}

void IntrospectionSetCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("endpoint"), tr("The introspection endpoint URL."), QStringLiteral("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("client-id"),
        tr("Client id the gateway authenticates with (its secret comes from standard input)."),
        QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("cache-seconds"),
        tr("How long an active token's answer is kept (default 300)."), QStringLiteral("S")));
}

int IntrospectionSetCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("endpoint")))
        return usageError(tr("--endpoint is required"));
    IntrospectionConfig config;
    config.endpoint = QUrl(parser.value(QStringLiteral("endpoint")), QUrl::StrictMode);
    config.clientId = parser.value(QStringLiteral("client-id"));
    if (parser.isSet(QStringLiteral("cache-seconds"))) {
        bool ok = false;
        config.cacheSeconds = parser.value(QStringLiteral("cache-seconds")).toInt(&ok);
        if (!ok || config.cacheSeconds < 0)
            return usageError(tr("--cache-seconds must be a number of seconds"));
    }
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!config.clientId.isEmpty()) {
        QString error;
        const auto secret = SecretInput::read(tr("Client secret (not shown):"), &error);
        if (!secret)
            return failure(error);
        config.clientSecret = *secret;
    }
    if (!workspace->setIntrospection(config))
        return failure(tr("cannot set the introspection endpoint: %1").arg(workspace->lastError()));
    Console::printLine(tr("Opaque tokens are introspected at %1").arg(config.endpoint.toString()));
    return ExitOk;
}

} // namespace Gatehouse
