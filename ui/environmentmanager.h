#pragma once

#include "environment/environment.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace Gatehouse {

class Workspace;

// Owns the environments the GUI has started. Settings and configs come from the workspace; the running
// Environment objects live on the GUI thread and never block it.
class EnvironmentManager : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentManager(QObject *parent = nullptr);
    ~EnvironmentManager() override;

    // Stops everything that runs for the previous workspace.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    // Adjusts the settings read from the workspace before an environment starts (tests use it to bind
    // port 0). The workspace itself is left unchanged.
    void setSettingsAdjuster(std::function<EnvironmentSettings(EnvironmentSettings)> adjuster);

    bool start(const QString &name, QString *error, QStringList *warnings = nullptr);
    void stop(const QString &name);
    void stopAll();
    bool isRunning(const QString &name) const;
    bool isStopping(const QString &name) const;
    QStringList runningEnvironments() const;
    Environment *environment(const QString &name) const;
    QStringList listenerUrls(const QString &name) const;

    // Hands the workspace's current config to a running environment (after a deploy or undeploy).
    // Environments that are not running accept trivially.
    DeployResult reloadConfig(const QString &name, QStringList *warnings = nullptr);
    // After the workspace changed (here or in another process): hands each running mutable environment its
    // config again where it differs from what it serves, immutable ones their new security realm, and all of
    // them the revoked tokens. Returns the names of the environments that were updated.
    QStringList syncWithWorkspace();
    // The workspace's revoked tokens to every running environment, at once.
    void pushRevocations();

signals:
    void environmentStarted(const QString &name);
    void environmentStopping(const QString &name);
    void environmentStopped(const QString &name);
    void requestLogged(const Gatehouse::AccessLogEntry &entry);

private:
    void forget(const QString &name);

    Workspace *m_workspace = nullptr;
    std::function<EnvironmentSettings(EnvironmentSettings)> m_adjuster;
    QHash<QString, QPointer<Environment>> m_running;
    QHash<QString, QPointer<Environment>> m_stopping;
};

} // namespace Gatehouse
