#include "securitypage.h"

#include "keymanagerspanel.h"
#include "pagewidgets.h"
#include "revokedtokenspanel.h"
#include "truststorepanel.h"
#include "userspanel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gatehouse {

SecurityPage::SecurityPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(PageWidgets::createHeading(this))
    , m_tabs(new QTabWidget(this))
    , m_keyManagers(new KeyManagersPanel(m_tabs))
    , m_users(new UsersPanel(m_tabs))
    , m_trustStore(new TrustStorePanel(m_tabs))
    , m_revokedTokens(new RevokedTokensPanel(m_tabs))
{
    m_tabs->setObjectName(QStringLiteral("securityTabs"));
    m_tabs->addTab(m_keyManagers, QIcon(QStringLiteral(":/icons/security.svg")), QString());
    m_tabs->addTab(m_users, QString());
    m_tabs->addTab(m_trustStore, QString());
    m_tabs->addTab(m_revokedTokens, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    connect(m_keyManagers, &KeyManagersPanel::realmChanged, this, &SecurityPage::realmChanged);
    connect(m_users, &UsersPanel::realmChanged, this, &SecurityPage::realmChanged);
    connect(m_trustStore, &TrustStorePanel::realmChanged, this, &SecurityPage::realmChanged);
    connect(
        m_revokedTokens, &RevokedTokensPanel::revocationsChanged, this, &SecurityPage::revocationsChanged);
    retranslate();
}

void SecurityPage::setWorkspace(Workspace *workspace)
{
    m_keyManagers->setWorkspace(workspace);
    m_users->setWorkspace(workspace);
    m_trustStore->setWorkspace(workspace);
    m_revokedTokens->setWorkspace(workspace);
}

void SecurityPage::refresh()
{
    m_keyManagers->refresh();
    m_users->refresh();
    m_trustStore->refresh();
    m_revokedTokens->refresh();
}

void SecurityPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void SecurityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SecurityPage::retranslate()
{
    m_heading->setText(tr("Security"));
    m_tabs->setTabText(KeyManagersTab, tr("&Key managers"));
    m_tabs->setTabText(UsersTab, tr("Basic Auth &users"));
    m_tabs->setTabText(TrustStoreTab, tr("&Mutual SSL trust store"));
    m_tabs->setTabText(RevokedTokensTab, tr("Re&voked tokens"));
}

} // namespace Gatehouse
