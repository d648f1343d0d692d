#include "apisecuritycommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <algorithm>

namespace Gatehouse {

namespace {

QStringList allOperations(const ApiConfig &api)
{
    QStringList labels;
    for (const ResourceConfig &resource : api.resources) {
        for (const OperationConfig &operation : resource.operations)
            labels.append(Command::operationLabel(resource, operation));
    }
    return labels;
}

void printSecurity(const ApiConfig &api)
{
    const ApiSecurity &security = api.security;
    QStringList schemes;
    for (const AuthScheme scheme : security.schemes)
        schemes.append(authSchemeId(scheme));
    Console::printLine(ApiSecurityCommand::tr("API %1:%2").arg(api.name, api.version));
    Console::printLine(ApiSecurityCommand::tr("  schemes: %1")
                           .arg(schemes.isEmpty() ? ApiSecurityCommand::tr("none (open API)")
                                                  : schemes.join(QStringLiteral(", "))));
    Console::printLine(ApiSecurityCommand::tr("  mutual TLS: %1").arg(mutualTlsModeId(security.mutualTls)));
    Console::printLine(ApiSecurityCommand::tr("  application security: %1")
                           .arg(security.applicationSecurityMandatory ? ApiSecurityCommand::tr("mandatory")
                                                                      : ApiSecurityCommand::tr("optional")));
    Console::printLine(
        ApiSecurityCommand::tr("  API key header: %1").arg(QString::fromLatin1(security.apiKeyHeader)));
    Console::printLine(
        ApiSecurityCommand::tr("  CORS: %1")
            .arg(security.cors ? ApiSecurityCommand::tr("on") : ApiSecurityCommand::tr("off")));
    for (const ResourceConfig &resource : api.resources) {
        for (const OperationConfig &operation : resource.operations) {
            if (operation.security.disabled)
                Console::printLine(ApiSecurityCommand::tr("  %1: open (no security)")
                                       .arg(Command::operationLabel(resource, operation)));
            else if (!operation.security.scopes.isEmpty())
                Console::printLine(ApiSecurityCommand::tr("  %1: scopes %2")
                                       .arg(Command::operationLabel(resource, operation),
                                           operation.security.scopes.join(QLatin1Char(' '))));
        }
    }
}

} // namespace

QString ApiSecurityCommand::summary() const
{
    return tr(
        "Show or change the security of an API: schemes, mutual TLS, CORS, open operations and scopes.");
}

void ApiSecurityCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
    parser.addOption(QCommandLineOption(QStringLiteral("schemes"),
        tr("Comma-separated schemes that admit a request: oauth2, api_key, basic_auth; or none."),
        tr("LIST")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("mtls"), tr("Client certificates: off, optional or mandatory."), tr("MODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("app-security-optional"),
        tr("With mutual TLS, a valid client certificate admits a request without a token.")));
    parser.addOption(QCommandLineOption(QStringLiteral("app-security-mandatory"),
        tr("With mutual TLS, a request also needs to pass the schemes (the default).")));
    parser.addOption(QCommandLineOption(QStringLiteral("api-key-header"),
        tr("Header that carries the API key (default: apikey)."), tr("HEADER")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("cors"), tr("CORS handling: on or off."), tr("on|off")));
    parser.addOption(QCommandLineOption(QStringLiteral("open"),
        tr("Make an operation open, e.g. \"GET /pets\"; repeatable."), tr("OPERATION")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("secure"), tr("Secure an open operation again; repeatable."), tr("OPERATION")));
    parser.addOption(QCommandLineOption(QStringLiteral("scopes"),
        tr("Scopes an operation needs (any one of them), e.g. \"GET /pets=read:pets write:pets\"; empty "
           "after '=' removes them; repeatable."),
        tr("OPERATION=SCOPES")));
}

int ApiSecurityCommand::execute(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("app-security-optional"))
        && parser.isSet(QStringLiteral("app-security-mandatory")))
        return usageError(tr("--app-security-optional and --app-security-mandatory exclude each other"));
    std::optional<std::vector<AuthScheme>> schemes;
    if (parser.isSet(QStringLiteral("schemes"))) {
        schemes.emplace();
        const QString value = parser.value(QStringLiteral("schemes"));
        if (value != QLatin1String("none")) {
            for (const QString &id : commaList(value)) {
                const std::optional<AuthScheme> scheme = authSchemeFromId(id);
                if (!scheme)
                    return usageError(
                        tr("unknown scheme '%1' in --schemes (expected oauth2, api_key, basic_auth or none)")
                            .arg(id));
                if (std::find(schemes->begin(), schemes->end(), *scheme) == schemes->end())
                    schemes->push_back(*scheme);
            }
            if (schemes->empty())
                return usageError(tr("--schemes needs a scheme, or none"));
        }
    }
    std::optional<MutualTlsMode> mutualTls;
    if (parser.isSet(QStringLiteral("mtls"))) {
        mutualTls = mutualTlsModeFromId(parser.value(QStringLiteral("mtls")));
        if (!mutualTls)
            return usageError(tr("unknown --mtls '%1' (expected off, optional or mandatory)")
                                  .arg(parser.value(QStringLiteral("mtls"))));
    }
    const QString cors = parser.value(QStringLiteral("cors"));
    if (parser.isSet(QStringLiteral("cors")) && cors != QLatin1String("on") && cors != QLatin1String("off"))
        return usageError(tr("unknown --cors '%1' (expected on or off)").arg(cors));
    const QByteArray apiKeyHeader = parser.value(QStringLiteral("api-key-header")).toLatin1();
    if (parser.isSet(QStringLiteral("api-key-header")) && apiKeyHeader.trimmed().isEmpty())
        return usageError(tr("--api-key-header needs a header name"));
    for (const QString &value : parser.values(QStringLiteral("scopes"))) {
        if (!value.contains(QLatin1Char('=')))
            return usageError(
                tr("invalid --scopes '%1' (expected \"METHOD /path=scope1 scope2\")").arg(value));
    }

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    std::optional<ApiRecord> api = resolveApi(*workspace, parser.positionalArguments().constFirst());
    if (!api)
        return ExitFailure;
    ApiConfig &definition = api->definition;
    ApiSecurity &security = definition.security;
    const ApiConfig before = definition;
    if (schemes)
        security.schemes = *schemes;
    if (mutualTls)
        security.mutualTls = *mutualTls;
    if (parser.isSet(QStringLiteral("app-security-optional")))
        security.applicationSecurityMandatory = false;
    if (parser.isSet(QStringLiteral("app-security-mandatory")))
        security.applicationSecurityMandatory = true;
    if (parser.isSet(QStringLiteral("api-key-header")))
        security.apiKeyHeader = apiKeyHeader.trimmed();
    if (cors == QLatin1String("off"))
        security.cors.reset();
    else if (cors == QLatin1String("on") && !security.cors)
        security.cors = CorsConfig(); // an imported CORS policy stays as it is

    const auto operationOrFail = [&](const QString &label) -> OperationConfig * {
        OperationConfig *operation = Command::findOperation(definition, label);
        if (!operation)
            failure(tr("API %1 has no operation '%2' (it has: %3)")
                        .arg(definition.name, label, allOperations(definition).join(QStringLiteral(", "))));
        return operation;
    };
    for (const QString &label : parser.values(QStringLiteral("open"))) {
        OperationConfig *operation = operationOrFail(label);
        if (!operation)
            return ExitFailure;
        operation->security.disabled = true;
    }
    for (const QString &label : parser.values(QStringLiteral("secure"))) {
        OperationConfig *operation = operationOrFail(label);
        if (!operation)
            return ExitFailure;
        operation->security.disabled = false;
    }
    for (const QString &value : parser.values(QStringLiteral("scopes"))) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        OperationConfig *operation = operationOrFail(value.left(equals));
        if (!operation)
            return ExitFailure;
        operation->security.scopes = value.mid(equals + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    if (definition != before) {
        if (!workspace->updateApi(*api))
            return failure(
                tr("cannot change the security of API %1: %2").arg(definition.name, workspace->lastError()));
        if (!security.applicationSecurityMandatory && security.mutualTls == MutualTlsMode::Off)
            Console::printWarning(
                tr("optional application security only matters with --mtls optional or mandatory"));
    }
    printSecurity(definition);
    return ExitOk;
}

} // namespace Gatehouse
