#include "environmentrunner.h"

#include "console.h"
#include "environment/environment.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QUrl>
#include <algorithm>

namespace Gatehouse {

namespace {

QString listenerUrl(const QString &scheme, const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(address.toString());
    url.setPort(port);
    return url.toString();
}

QString describeApis(const GatewayConfig &config)
{
    QStringList names;
    for (const ApiConfig &api : config.apis)
        names.append(
            api.name + QLatin1Char(':') + api.version + QStringLiteral(" r") + QString::number(api.revision));
    return names.isEmpty() ? QCoreApplication::translate("gatehousectl", "no APIs")
                           : names.join(QStringLiteral(", "));
}

} // namespace

EnvironmentRunner::EnvironmentRunner(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    connect(&m_watchTimer, &QTimer::timeout, this, &EnvironmentRunner::pollWorkspace);
    m_stopDeadline.setSingleShot(true);
    connect(&m_stopDeadline, &QTimer::timeout, this, [this] {
        Console::printWarning(
            QCoreApplication::translate("gatehousectl", "environments did not stop in time; exiting anyway"));
        m_finished = true;
        emit finished();
    });
}

EnvironmentRunner::~EnvironmentRunner()
{
    for (const auto &environment : m_environments)
        disconnect(environment.get(), nullptr, this, nullptr);
}

GatewayConfigPtr EnvironmentRunner::compile(const QString &environmentName)
{
    QStringList warnings;
    std::optional<GatewayConfig> config = m_workspace->compiledConfig(environmentName, &warnings);
    if (!config)
        return nullptr; // the workspace could not be read; try again later
    // Every poll after a change recompiles every environment; repeat a warning only when it is new.
    QStringList &printed = m_printedWarnings[environmentName];
    for (const QString &warning : std::as_const(warnings)) {
        if (!printed.contains(warning))
            Console::printWarning(environmentName + QStringLiteral(": ") + warning);
    }
    printed = warnings;
    return std::make_shared<const GatewayConfig>(std::move(*config));
}

bool EnvironmentRunner::start(const QList<EnvironmentSettings> &environments, QString *error)
{
    m_lastDataVersion = m_workspace->dataVersion();
    for (const EnvironmentSettings &settings : environments) {
        auto environment = std::make_unique<Environment>(settings);
        QString startError;
        const GatewayConfigPtr config = compile(settings.name);
        if (!config)
            startError = QCoreApplication::translate("gatehousectl", "cannot read its deployments: %1")
                             .arg(m_workspace->lastError());
        if (!config || !environment->start(config, &startError)) {
            *error = QCoreApplication::translate("gatehousectl", "cannot start environment '%1': %2")
                         .arg(settings.name, startError);
            for (const auto &running : m_environments)
                running->stop(0);
            m_environments.clear();
            return false;
        }
        connect(environment.get(), &Environment::stopped, this, &EnvironmentRunner::checkAllStopped);
        m_environments.push_back(std::move(environment));
    }
    pushRevocations();
    return true;
}

QStringList EnvironmentRunner::listenerLines() const
{
    QStringList lines;
    for (const auto &environment : m_environments) {
        const EnvironmentSettings &settings = environment->settings();
        const auto add = [&](const QString &kind, const QString &scheme, quint16 port) {
            if (port != 0)
                lines.append(settings.name + QLatin1Char(' ') + kind + QLatin1Char(' ')
                    + listenerUrl(scheme, settings.bindAddress, port));
        };
        add(QStringLiteral("http"), QStringLiteral("http"), environment->httpPort());
        add(QStringLiteral("https"), QStringLiteral("https"), environment->httpsPort());
        add(QStringLiteral("admin"), QStringLiteral("http"), environment->adminPort());
    }
    return lines;
}

void EnvironmentRunner::startWatching(int intervalMs)
{
    m_watchTimer.start(intervalMs);
}

void EnvironmentRunner::pollWorkspace()
{
    const qint64 version = m_workspace->dataVersion();
    if (version == m_lastDataVersion)
        return;
    bool allRead = pushRevocations();
    for (const auto &environment : m_environments) {
        if (environment->isRunning())
            allRead = refresh(*environment) && allRead;
    }
    // After a failed read, look again on the next tick even if nothing else changes.
    if (allRead)
        m_lastDataVersion = version;
}

bool EnvironmentRunner::refresh(Environment &environment)
{
    const QString &name = environment.settings().name;
    const GatewayConfigPtr config = compile(name);
    if (!config)
        return false; // a failed read (workspace busy or being migrated) is no reason to take APIs off the
                      // air
    const GatewayConfigPtr current = environment.currentConfig();
    if (current && *current == *config)
        return true;

    if (environment.settings().mode == EnvironmentMode::Immutable) {
        if (current && !(current->realm == config->realm)) {
            environment.updateSecurityRealm(config->realm);
            Console::printLine(QCoreApplication::translate(
                "gatehousectl", "%1: applications, subscriptions and credentials updated")
                                   .arg(name));
        }
        if (current && current->apis == config->apis)
            return true;
        const auto announced = m_announcedPending.constFind(name);
        if (announced == m_announcedPending.cend() || !(*announced == *config)) {
            m_announcedPending.insert(name, *config);
            Console::printLine(QCoreApplication::translate("gatehousectl",
                "%1: immutable; keeps serving what it started with (new deployments apply on restart)")
                                   .arg(name));
        }
        return true;
    }

    const DeployResult result = environment.deploy(config);
    if (result.ok)
        Console::printLine(QCoreApplication::translate("gatehousectl", "%1: redeployed: %2")
                               .arg(name, describeApis(*config)));
    else
        Console::printError(QCoreApplication::translate("gatehousectl", "%1: redeploy refused: %2")
                                .arg(name, result.message));
    return true;
}

bool EnvironmentRunner::pushRevocations()
{
    const std::optional<QList<RevocationRecord>> records = m_workspace->revokedTokens();
    if (!records)
        return false; // keep what the environments have: an unreadable list revokes nothing less
    QList<RevokedToken> revoked;
    for (const RevocationRecord &record : *records)
        revoked.append(record.token);
    if (revoked == m_pushedRevocations)
        return true;
    for (const auto &environment : m_environments)
        environment->setRevokedTokens(revoked);
    m_pushedRevocations = revoked;
    return true;
}

void EnvironmentRunner::stop(int drainMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_watchTimer.stop();
    for (const auto &environment : m_environments) {
        if (environment->isRunning())
            environment->stop(drainMs);
    }
    m_stopDeadline.start(drainMs + 2000);
    checkAllStopped();
}

void EnvironmentRunner::checkAllStopped()
{
    if (!m_stopping || m_finished)
        return;
    const bool anyRunning = std::any_of(m_environments.cbegin(), m_environments.cend(),
        [](const auto &environment) { return environment->isRunning(); });
    if (anyRunning)
        return;
    m_finished = true;
    m_stopDeadline.stop();
    QMetaObject::invokeMethod(this, &EnvironmentRunner::finished, Qt::QueuedConnection);
}

} // namespace Gatehouse
