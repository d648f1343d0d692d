#include "issueraddcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <algorithm>

namespace Gatehouse {

QString IssuerAddCommand::summary() const
{
    return tr(
        "Trust bearer JWTs of an external key manager (issuer), verified with its JWKS or certificate.");
}

void IssuerAddCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the issuer in the workspace."));
    parser.addOption(
        QCommandLineOption(QStringLiteral("issuer"), tr("The \"iss\" value of its tokens."), tr("ISS")));
    parser.addOption(QCommandLineOption(QStringLiteral("jwks-url"), tr("URL of its JWKS."), tr("URL")));
    parser.addOption(QCommandLineOption(QStringLiteral("jwks-file"), tr("A JWKS file."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("certificate"),
        tr("A PEM certificate or public key that signs its tokens."), tr("PEMFILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("audience"),
        tr("An accepted \"aud\" value; repeatable (default: \"aud\" not checked)."), tr("AUDIENCE")));
    parser.addOption(QCommandLineOption(QStringLiteral("algorithms"),
        tr("Comma-separated signature algorithms accepted from it (default: RS256)."), tr("LIST")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("skew"), tr("Allowed clock skew in seconds (default: 60)."), tr("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("consumer-key-claim"),
        tr("Claim holding the consumer key (default: azp)."), tr("CLAIM")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("scopes-claim"), tr("Claim holding the scopes (default: scope)."), tr("CLAIM")));
}

int IssuerAddCommand::execute(const QCommandLineParser &parser)
{
    IssuerConfig issuer;
    issuer.name = parser.positionalArguments().constFirst();
    issuer.issuer = parser.value(QStringLiteral("issuer"));
    const int keySources = int(parser.isSet(QStringLiteral("jwks-url")))
        + int(parser.isSet(QStringLiteral("jwks-file"))) + int(parser.isSet(QStringLiteral("certificate")));
    if (keySources != 1)
        return usageError(tr("give exactly one of --jwks-url, --jwks-file and --certificate"));
    if (parser.isSet(QStringLiteral("jwks-url"))) {
        issuer.jwksUrl = QUrl(parser.value(QStringLiteral("jwks-url")), QUrl::StrictMode);
        if (!issuer.jwksUrl.isValid() || issuer.jwksUrl.host().isEmpty()
            || !issuer.jwksUrl.scheme().startsWith(QLatin1String("http")))
            return usageError(tr("invalid --jwks-url '%1' (expected an http or https URL)")
                                  .arg(parser.value(QStringLiteral("jwks-url"))));
    }
    if (parser.isSet(QStringLiteral("jwks-file")))
        issuer.jwksFilePath = QFileInfo(parser.value(QStringLiteral("jwks-file"))).absoluteFilePath();
    if (parser.isSet(QStringLiteral("algorithms")))
        issuer.algorithms = commaList(parser.value(QStringLiteral("algorithms")));
    issuer.audiences = parser.values(QStringLiteral("audience"));
    if (parser.isSet(QStringLiteral("skew"))) {
        const std::optional<int> skew
            = parseSeconds(parser.value(QStringLiteral("skew")), QStringLiteral("skew"), 0, 86400);
        if (!skew)
            return ExitUsage;
        issuer.clockSkewSeconds = *skew;
    }
    if (parser.isSet(QStringLiteral("consumer-key-claim")))
        issuer.consumerKeyClaim = parser.value(QStringLiteral("consumer-key-claim"));
    if (parser.isSet(QStringLiteral("scopes-claim")))
        issuer.scopesClaim = parser.value(QStringLiteral("scopes-claim"));

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (parser.isSet(QStringLiteral("certificate"))) {
        const std::optional<QByteArray> pem = readFile(parser.value(QStringLiteral("certificate")));
        if (!pem)
            return ExitFailure;
        issuer.certificatePem = *pem;
    }
    const QList<IssuerConfig> existing = workspace->issuers();
    if (std::any_of(existing.cbegin(), existing.cend(),
            [&](const IssuerConfig &other) { return other.name == issuer.name; }))
        return failure(tr("issuer '%1' already exists (remove it first to replace it)").arg(issuer.name));
    if (!workspace->putIssuer(issuer))
        return failure(tr("cannot add issuer '%1': %2").arg(issuer.name, workspace->lastError()));
    Console::printLine(tr("Added issuer %1 for tokens with \"iss\" %2").arg(issuer.name, issuer.issuer));
    return ExitOk;
}

} // namespace Gatehouse
