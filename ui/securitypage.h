#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Gatehouse {

class KeyManagersPanel;
class RevokedTokensPanel;
class TrustStorePanel;
class UsersPanel;
class Workspace;

// The workspace's security realm: key managers, Basic Auth users, the Mutual SSL trust store and revoked
// tokens. Per-API security lives on the API's own page.
class SecurityPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        KeyManagersTab,
        UsersTab,
        TrustStoreTab,
        RevokedTokensTab
    };

    explicit SecurityPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    void showTab(Tab tab);

    KeyManagersPanel *keyManagersPanel() const { return m_keyManagers; }
    UsersPanel *usersPanel() const { return m_users; }
    TrustStorePanel *trustStorePanel() const { return m_trustStore; }
    RevokedTokensPanel *revokedTokensPanel() const { return m_revokedTokens; }

signals:
    // Issuers, users or CAs changed: running environments need the realm again.
    void realmChanged(const QString &statusMessage);
    void revocationsChanged(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QTabWidget *m_tabs;
    KeyManagersPanel *m_keyManagers;
    UsersPanel *m_users;
    TrustStorePanel *m_trustStore;
    RevokedTokensPanel *m_revokedTokens;
};

} // namespace Gatehouse
