#pragma once

#include "config/environmentsettings.h"
#include "config/gatewayconfig.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace Gatehouse {

class Environment;
class Workspace;

// Runs a set of workspace environments in this process for `gatehousectl run`: starts them with the
// workspace's compiled config, watches the workspace for deployments made by other processes and swaps
// them into the running mutable environments, and drains everything on stop().
class EnvironmentRunner : public QObject
{
    Q_OBJECT
public:
    // The workspace must belong to the calling thread; the runner polls it from there.
    explicit EnvironmentRunner(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~EnvironmentRunner() override;

    // Starts each environment in order. On the first failure stops those already started and returns
    // false with a message that names the environment.
    bool start(const QList<EnvironmentSettings> &environments, QString *error);
    // "<env> http http://127.0.0.1:9090", one per listener, with the real bound ports.
    QStringList listenerLines() const;
    void startWatching(int intervalMs);
    // Stops accepting, drains in-flight requests for up to drainMs; emits finished() when all stopped.
    void stop(int drainMs);

signals:
    void finished();

private:
    GatewayConfigPtr compile(const QString &environmentName);
    void pollWorkspace();
    bool refresh(Environment &environment); // false when the workspace could not be read
    // Hands the workspace's revocations to every environment when they changed; false when unreadable.
    bool pushRevocations();
    void checkAllStopped();

    std::unique_ptr<Workspace> m_workspace;
    std::vector<std::unique_ptr<Environment>> m_environments;
    QTimer m_watchTimer;
    QTimer m_stopDeadline;
    qint64 m_lastDataVersion = 0;
    bool m_stopping = false;
    bool m_finished = false;
    // Immutable environments keep their config; remember what we told the user so we say it once.
    QHash<QString, GatewayConfig> m_announcedPending;
    QHash<QString, QStringList> m_printedWarnings;
    std::optional<QList<RevokedToken>> m_pushedRevocations;
};

} // namespace Gatehouse
