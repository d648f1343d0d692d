#include "envcreatecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace Gatehouse {

namespace {

// The ports the real gateways listen on, so a new environment looks like the product it imitates.
int defaultHttpPort(GatewayProfile profile)
{
    return profile == GatewayProfile::ChoreoConnect ? 9090 : 8280;
}

} // namespace

QString EnvCreateCommand::summary() const
{
    return tr("Create a gateway environment.");
}

void EnvCreateCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new environment."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("profile"), tr("Gateway profile: choreo-connect or api-gateway."), tr("PROFILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("mode"),
        tr("mutable (takes deployments while running, the default) or "
           "immutable (serves what it was started with)."),
        tr("MODE"), QStringLiteral("mutable")));
    parser.addOption(QCommandLineOption(QStringLiteral("http-port"),
        tr("HTTP port (default: 9090 for choreo-connect, 8280 for api-gateway; "
           "0 = any free port)."),
        tr("PORT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("https-port"), tr("HTTPS port (default: no HTTPS listener)."), tr("PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("admin-port"),
        tr("Admin port for /metrics and /health (default: no admin listener)."), tr("PORT")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("tls-cert"), tr("PEM certificate chain for HTTPS."), tr("FILE")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("tls-key"), tr("PEM private key for HTTPS."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("redis"),
        tr("Share throttle counters with other gateways through this Redis server (password: the "
           "GATEHOUSE_REDIS_PASSWORD variable when the environment starts)."),
        tr("HOST:PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("redis-failure"),
        tr("When Redis is unreachable: open (count in this gateway, the default) or closed (refuse with "
           "429)."),
        tr("MODE"), QStringLiteral("open")));
    parser.addOption(QCommandLineOption(QStringLiteral("deploy"),
        tr("Deploy this API (id, name or name:version; @N for an existing "
           "revision) in the same step; repeatable. The only way to give an "
           "immutable environment its content."),
        tr("API[@N]")));
}

bool EnvCreateCommand::isValidEnvironmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

int EnvCreateCommand::execute(const QCommandLineParser &parser)
{
    EnvironmentSettings settings;
    settings.name = parser.positionalArguments().constFirst();
    if (!isValidEnvironmentName(settings.name))
        return usageError(
            tr("invalid environment name '%1' (use letters, digits, '.', '_' and '-')").arg(settings.name));

    const std::optional<GatewayProfile> profile = profileFromId(parser.value(QStringLiteral("profile")));
    if (!profile)
        return usageError(tr("unknown profile '%1' (expected choreo-connect or api-gateway)")
                              .arg(parser.value(QStringLiteral("profile"))));
    settings.profile = *profile;

    const std::optional<EnvironmentMode> mode = modeFromId(parser.value(QStringLiteral("mode")));
    if (!mode)
        return usageError(tr("unknown mode '%1' (expected mutable or immutable)")
                              .arg(parser.value(QStringLiteral("mode"))));
    settings.mode = *mode;

    settings.httpPort = defaultHttpPort(settings.profile);
    const struct
    {
        QString option;
        int *port;
    } portOptions[] = {
        { QStringLiteral("http-port"), &settings.httpPort },
        { QStringLiteral("https-port"), &settings.httpsPort },
        { QStringLiteral("admin-port"), &settings.adminPort },
    };
    for (const auto &portOption : portOptions) {
        if (!parser.isSet(portOption.option))
            continue;
        const std::optional<int> port = parsePort(parser.value(portOption.option), portOption.option);
        if (!port)
            return ExitUsage;
        *portOption.port = *port;
    }

    const bool hasCert = parser.isSet(QStringLiteral("tls-cert"));
    if (hasCert != parser.isSet(QStringLiteral("tls-key")))
        return usageError(tr("--tls-cert and --tls-key go together"));
    if (hasCert)
        settings.tls = TlsSettings { parser.value(QStringLiteral("tls-cert")),
            parser.value(QStringLiteral("tls-key")) };

    if (parser.isSet(QStringLiteral("redis"))) {
        const QString value = parser.value(QStringLiteral("redis"));
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        DistributedThrottling redis;
        redis.redisHost = colon > 0 ? value.left(colon) : value;
        if (colon > 0) {
            const std::optional<int> port = parsePort(value.mid(colon + 1), QStringLiteral("redis"));
            if (!port)
                return ExitUsage;
            if (*port == 0)
                return usageError(tr("--redis needs the Redis server's port, e.g. localhost:6379"));
            redis.redisPort = *port;
        }
        const QString failure = parser.value(QStringLiteral("redis-failure"));
        if (failure != QLatin1String("open") && failure != QLatin1String("closed"))
            return usageError(tr("--redis-failure must be open or closed"));
        redis.failureMode = failure == QLatin1String("open") ? ThrottleFailureMode::FailOpen
                                                             : ThrottleFailureMode::FailClosed;
        settings.distributedThrottling = redis;
    } else if (parser.isSet(QStringLiteral("redis-failure"))) {
        return usageError(tr("--redis-failure needs --redis"));
    }

    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (workspace->environment(settings.name))
        return failure(tr("environment '%1' already exists").arg(settings.name));

    QList<DeploymentRecord> initialDeployments;
    for (const QString &value : parser.values(QStringLiteral("deploy"))) {
        DeploymentRecord deployment;
        deployment.environment = settings.name;
        QString apiName = value;
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        if (at >= 0) {
            bool ok = false;
            deployment.revision = value.mid(at + 1).toInt(&ok);
            if (!ok || deployment.revision < 1)
                return usageError(
                    tr("invalid revision in --deploy '%1' (expected API@1, API@2, ...)").arg(value));
            apiName = value.left(at);
        }
        const std::optional<ApiRecord> api = resolveApi(*workspace, apiName);
        if (!api)
            return ExitFailure;
        deployment.apiId = api->definition.id;
        initialDeployments.append(deployment);
    }

    if (!workspace->addEnvironment(settings, initialDeployments))
        return failure(tr("cannot create environment '%1': %2").arg(settings.name, workspace->lastError()));

    Console::printLine(tr("Created %1 environment %2 (%3, %4 API(s) deployed)")
                           .arg(profileDisplayName(settings.profile), settings.name, modeId(settings.mode))
                           .arg(initialDeployments.size()));
    return ExitOk;
}

} // namespace Gatehouse
