#include "apikeyissuecommand.h"

#include "console.h"
#include "exitcode.h"
#include "security/tokenissuer.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace Gatehouse {

namespace {

bool isAddressOrRange(const QString &text)
{
    if (text.contains(QLatin1Char('/')))
        return QHostAddress::parseSubnet(text).first.protocol()
            != QAbstractSocket::UnknownNetworkLayerProtocol;
    return !QHostAddress(text).isNull();
}

} // namespace

QString ApiKeyIssueCommand::summary() const
{
    return tr("Issue an API key (a signed JWT) to an application for the APIs it is subscribed to.");
}

void ApiKeyIssueCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("APP"), tr("The application: its name or id."));
    parser.addOption(QCommandLineOption(QStringLiteral("validity"),
        tr("Validity in seconds (default: 0, no expiry)."), tr("S"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("ip"),
        tr("Accept the key only from this address or CIDR range; repeatable."), tr("CIDR")));
    parser.addOption(QCommandLineOption(QStringLiteral("referer"),
        tr("Accept the key only with this Referer (exact or with '*'); repeatable."), tr("PATTERN")));
    parser.addOption(QCommandLineOption(QStringLiteral("sandbox"), tr("Issue a sandbox key.")));
}

int ApiKeyIssueCommand::execute(const QCommandLineParser &parser)
{
    ApiKeyRequest request;
    const std::optional<int> validity = parseSeconds(
        parser.value(QStringLiteral("validity")), QStringLiteral("validity"), 0, 10 * 365 * 86400);
    if (!validity)
        return ExitUsage;
    request.validitySeconds = *validity;
    request.permittedIps = parser.values(QStringLiteral("ip"));
    for (const QString &range : std::as_const(request.permittedIps)) {
        if (!isAddressOrRange(range))
            return usageError(tr("invalid --ip '%1' (expected an address or a CIDR range)").arg(range));
    }
    request.permittedReferers = parser.values(QStringLiteral("referer"));
    for (const QString &referer : std::as_const(request.permittedReferers)) {
        if (referer.trimmed().isEmpty())
            return usageError(tr("--referer needs a pattern"));
    }
    if (parser.isSet(QStringLiteral("sandbox")))
        request.keyType = QStringLiteral("SANDBOX");

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const std::optional<ApplicationRecord> record
        = resolveApplication(*workspace, parser.positionalArguments().constFirst());
    if (!record)
        return ExitFailure;
    for (const SubscriptionConfig &subscription : record->application.subscriptions) {
        const std::optional<ApiRecord> api = workspace->api(subscription.apiId);
        if (!api)
            continue;
        request.subscribedApis.append({ api->definition.id, api->definition.name, api->definition.context,
            api->definition.version, subscription.tier });
    }
    if (request.subscribedApis.isEmpty())
        Console::printWarning(tr("application '%1' is not subscribed to any API: the key admits no API yet")
                                  .arg(record->application.name));

    const std::optional<KeyManagerConfig> keyManager = workspace->keyManager();
    if (!keyManager)
        return failure(tr("cannot read the key manager: %1").arg(workspace->lastError()));
    QString error;
    const std::optional<TokenIssuer> issuer = TokenIssuer::create(*keyManager, &error);
    request.application = &record->application;
    const std::optional<IssuedToken> issued = issuer ? issuer->issueApiKey(request, &error) : std::nullopt;
    if (!issued)
        return failure(tr("cannot issue an API key to '%1': %2").arg(record->application.name, error));
    Console::printLine(QString::fromLatin1(issued->token));
    return ExitOk;
}

} // namespace Gatehouse
