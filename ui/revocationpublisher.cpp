#include "revocationpublisher.h"

#include "environmentmanager.h"
#include "workspace.h"

namespace Gatehouse {

RevocationPublisher::RevocationPublisher(EnvironmentManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    connect(m_manager, &EnvironmentManager::environmentStarted, this, &RevocationPublisher::publishTo);
}

void RevocationPublisher::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

void RevocationPublisher::publishToAll()
{
    const QStringList running = m_manager->runningEnvironments();
    for (const QString &name : running)
        publishTo(name);
}

void RevocationPublisher::publishTo(const QString &environment)
{
    Environment *running = m_manager->environment(environment);
    if (!m_workspace || !running)
        return;
    QList<RevokedToken> tokens;
    const QList<RevocationRecord> revoked = m_workspace->revokedTokens();
    for (const RevocationRecord &record : revoked)
        tokens.append(record.token);
    running->setRevokedTokens(tokens);
}

} // namespace Gatehouse
