#include "environmentmanager.h"

#include "workspace.h"

namespace Gatehouse {

namespace {
constexpr int drainMs = 2000;
}

EnvironmentManager::EnvironmentManager(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Gatehouse::AccessLogEntry>();
}

EnvironmentManager::~EnvironmentManager()
{
    for (const QPointer<Environment> &environment : std::as_const(m_running)) {
        if (environment) {
            environment->disconnect(this);
            environment->stop(0);
        }
    }
}

void EnvironmentManager::setWorkspace(Workspace *workspace)
{
    stopAll();
    m_workspace = workspace;
}

void EnvironmentManager::setSettingsAdjuster(std::function<EnvironmentSettings(EnvironmentSettings)> adjuster)
{
    m_adjuster = std::move(adjuster);
}

bool EnvironmentManager::start(const QString &name, QString *error, QStringList *warnings)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_workspace)
        return fail(tr("No workspace is open."));
    if (isRunning(name))
        return fail(tr("Environment %1 is already running.").arg(name));
    if (isStopping(name))
        return fail(tr("Environment %1 is still stopping; try again in a moment.").arg(name));
    std::optional<EnvironmentSettings> settings = m_workspace->environment(name);
    if (!settings)
        return fail(tr("The workspace has no environment named %1.").arg(name));
    if (m_adjuster)
        settings = m_adjuster(*settings);

    QStringList compileWarnings;
    const std::optional<GatewayConfig> compiled = m_workspace->compiledConfig(name, &compileWarnings);
    if (warnings)
        *warnings = compileWarnings;
    if (!compiled)
        return fail(tr("Cannot read the deployments of %1: %2").arg(name, m_workspace->lastError()));
    auto config = std::make_shared<const GatewayConfig>(*compiled);

    auto *environment = new Environment(*settings, this);
    connect(environment, &Environment::requestLogged, this, &EnvironmentManager::requestLogged);
    QString startError;
    if (!environment->start(config, &startError)) {
        delete environment;
        return fail(tr("Environment %1 did not start: %2").arg(name, startError));
    }
    connect(environment, &Environment::stopped, this, [this, name] { forget(name); });
    m_running.insert(name, environment);
    pushRevocations();
    emit environmentStarted(name);
    return true;
}

void EnvironmentManager::stop(const QString &name)
{
    QPointer<Environment> environment = m_running.take(name);
    if (!environment)
        return;
    m_stopping.insert(name, environment);
    emit environmentStopping(name);
    environment->stop(drainMs);
    if (environment && !environment->isRunning())
        forget(name);
}

void EnvironmentManager::forget(const QString &name)
{
    QPointer<Environment> environment = m_running.take(name);
    if (!environment)
        environment = m_stopping.take(name);
    else
        m_stopping.remove(name);
    if (!environment)
        return;
    environment->disconnect(this);
    environment->deleteLater();
    emit environmentStopped(name);
}

void EnvironmentManager::stopAll()
{
    const QStringList names = m_running.keys();
    for (const QString &name : names)
        stop(name);
}

bool EnvironmentManager::isRunning(const QString &name) const
{
    const QPointer<Environment> environment = m_running.value(name);
    return environment && environment->isRunning();
}

bool EnvironmentManager::isStopping(const QString &name) const
{
    return !m_stopping.value(name).isNull();
}

QStringList EnvironmentManager::runningEnvironments() const
{
    QStringList names;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value() && it.value()->isRunning())
            names.append(it.key());
    }
    names.sort();
    return names;
}

Environment *EnvironmentManager::environment(const QString &name) const
{
    return m_running.value(name).data();
}

QStringList EnvironmentManager::listenerUrls(const QString &name) const
{
    const QPointer<Environment> environment = m_running.value(name);
    return environment ? environment->listenerUrls() : QStringList();
}

DeployResult EnvironmentManager::reloadConfig(const QString &name, QStringList *warnings)
{
    const QPointer<Environment> environment = m_running.value(name);
    if (!environment || !m_workspace)
        return { true, QString() };
    QStringList compileWarnings;
    const std::optional<GatewayConfig> compiled = m_workspace->compiledConfig(name, &compileWarnings);
    if (warnings)
        *warnings = compileWarnings;
    if (!compiled)
        return { false, tr("Cannot read the deployments of %1: %2").arg(name, m_workspace->lastError()) };
    return environment->deploy(std::make_shared<const GatewayConfig>(*compiled));
}

void EnvironmentManager::pushRevocations()
{
    const auto revoked = m_workspace ? m_workspace->revokedTokens() : std::nullopt;
    if (!revoked)
        return; // unreadable for now; never take revocations back because of a busy database
    QList<RevokedToken> tokens;
    tokens.reserve(revoked->size());
    for (const RevocationRecord &record : *revoked)
        tokens.append(record.token);
    for (Environment *environment : std::as_const(m_running)) {
        if (environment)
            environment->setRevokedTokens(tokens);
    }
}

QStringList EnvironmentManager::syncWithWorkspace()
{
    QStringList updated;
    if (!m_workspace)
        return updated;
    pushRevocations();
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        Environment *environment = it.value();
        if (!environment)
            continue;
        const std::optional<GatewayConfig> compiled = m_workspace->compiledConfig(it.key());
        if (!compiled)
            continue; // unreadable for now (busy); the next poll tries again
        auto config = std::make_shared<const GatewayConfig>(*compiled);
        const GatewayConfigPtr current = environment->currentConfig();
        if (current && *current == *config)
            continue;
        if (environment->settings().mode == EnvironmentMode::Immutable) {
            // It keeps its APIs; who may call them (applications, users, keys) follows the workspace.
            if (current && !(current->realm == config->realm)
                && environment->updateSecurityRealm(config->realm).ok)
                updated.append(it.key());
            continue;
        }
        if (environment->deploy(config).ok)
            updated.append(it.key());
    }
    return updated;
}

} // namespace Gatehouse
