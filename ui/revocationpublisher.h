#pragma once

#include <QObject>

namespace Gatehouse {

class EnvironmentManager;
class Workspace;

// Hands the workspace's revoked tokens to running environments: each one as it starts, all of them
// whenever the list changes. Revocations never wait for a deployment.
class RevocationPublisher : public QObject
{
    Q_OBJECT
public:
    explicit RevocationPublisher(EnvironmentManager *manager, QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void publishToAll();
    void publishTo(const QString &environment);

private:
    EnvironmentManager *m_manager;
    Workspace *m_workspace = nullptr;
};

} // namespace Gatehouse
