#include "runcommand.h"

#include "console.h"
#include "environmentrunner.h"
#include "exitcode.h"
#include "signalwatcher.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

namespace {

constexpr int WatchIntervalMs = 300;

} // namespace

QString RunCommand::summary() const
{
    return tr("Run gateway environments in the foreground until SIGINT or SIGTERM.");
}

void RunCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption(QCommandLineOption({ QStringLiteral("e"), QStringLiteral("env") },
        tr("Run this environment (repeatable; default: all of them)."), tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("http-port"),
        tr("Override the HTTP port of an environment (repeatable; 0 = any free "
           "port; a bare PORT when a single environment runs)."),
        tr("ENV=PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("https-port"),
        tr("Override the HTTPS port of an environment (repeatable)."), tr("ENV=PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("admin-port"),
        tr("Override the admin (/metrics, /health) port of an environment "
           "(repeatable)."),
        tr("ENV=PORT")));
    parser.addOption(QCommandLineOption(QStringLiteral("workers"),
        tr("Worker threads per environment (default: the environment's "
           "setting, or the number of cores)."),
        tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("drain-timeout"),
        tr("On SIGINT/SIGTERM, let in-flight requests finish for up to this "
           "many milliseconds (default: 5000)."),
        tr("MS")));
}

bool RunCommand::parsePortOverrides(const QCommandLineParser &parser, const QString &option,
    const QStringList &environmentNames, QHash<QString, int> *overrides)
{
    for (const QString &value : parser.values(option)) {
        const qsizetype separator = value.lastIndexOf(QLatin1Char('='));
        QString environment;
        if (separator >= 0) {
            environment = value.left(separator);
        } else if (environmentNames.size() == 1) {
            environment = environmentNames.constFirst();
        } else {
            usageError(tr("--%1 needs ENV=PORT when several environments run").arg(option));
            return false;
        }
        if (!environmentNames.contains(environment)) {
            usageError(tr("--%1 names environment '%2', which is not being run").arg(option, environment));
            return false;
        }
        const std::optional<int> port = parsePort(value.mid(separator + 1), option);
        if (!port)
            return false;
        overrides->insert(environment, *port);
    }
    return true;
}

std::optional<int> RunCommand::parseCount(
    const QCommandLineParser &parser, const QString &option, int minimum, int maximum, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int count = parser.value(option).toInt(&ok);
    if (!ok || count < minimum || count > maximum) {
        usageError(tr("invalid --%1 '%2' (expected %3..%4)")
                       .arg(option, parser.value(option))
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return count;
}

int RunCommand::execute(const QCommandLineParser &parser)
{
    const std::optional<int> workers = parseCount(parser, QStringLiteral("workers"), 1, 256, 0);
    const std::optional<int> drainMs = parseCount(parser, QStringLiteral("drain-timeout"), 0, 600'000, 5000);
    if (!workers || !drainMs)
        return ExitUsage;

    std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;

    QStringList names = parser.values(QStringLiteral("env"));
    names.removeDuplicates();
    if (names.isEmpty()) {
        for (const EnvironmentSettings &environment : workspace->environments())
            names.append(environment.name);
        if (names.isEmpty())
            return failure(
                tr("workspace '%1' has no environments (create one with 'gatehousectl env create')")
                    .arg(workspace->path()));
    }

    QHash<QString, int> httpPorts;
    QHash<QString, int> httpsPorts;
    QHash<QString, int> adminPorts;
    if (!parsePortOverrides(parser, QStringLiteral("http-port"), names, &httpPorts)
        || !parsePortOverrides(parser, QStringLiteral("https-port"), names, &httpsPorts)
        || !parsePortOverrides(parser, QStringLiteral("admin-port"), names, &adminPorts))
        return ExitUsage;

    QList<EnvironmentSettings> environments;
    for (const QString &name : std::as_const(names)) {
        std::optional<EnvironmentSettings> settings = resolveEnvironment(*workspace, name);
        if (!settings)
            return ExitFailure;
        settings->httpPort = httpPorts.value(name, settings->httpPort);
        settings->httpsPort = httpsPorts.value(name, settings->httpsPort);
        settings->adminPort = adminPorts.value(name, settings->adminPort);
        if (*workers > 0)
            settings->workerCount = *workers;
        environments.append(std::move(*settings));
    }

    SignalWatcher signalWatcher;
    if (!signalWatcher.isValid())
        return failure(tr("cannot install the SIGINT/SIGTERM handlers"));

    EnvironmentRunner runner(std::move(workspace));
    QString error;
    if (!runner.start(environments, &error))
        return failure(error);
    for (const QString &line : runner.listenerLines())
        Console::printLine(line);
    runner.startWatching(WatchIntervalMs);

    int signalsReceived = 0;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &runner, [&](int) {
        if (++signalsReceived > 1) {
            QCoreApplication::exit(ExitOk); // asked twice: stop waiting for the drain
            return;
        }
        Console::printError(tr("stopping; draining in-flight requests for up to %1 ms").arg(*drainMs));
        runner.stop(*drainMs);
    });
    QObject::connect(&runner, &EnvironmentRunner::finished, &runner, [] { QCoreApplication::exit(ExitOk); });
    return QCoreApplication::exec();
}

} // namespace Gatehouse
