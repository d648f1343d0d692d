#include "apioverviewpage.h"
#include "apisecurityeditor.h"
#include "applicationspage.h"
#include "environmentmanager.h"
#include "mainwindow.h"
#include "securitypage.h"
#include "testconsolepage.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QAction>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

// The main window's security part: the Security, Applications and Test Console pages, and how their
// changes reach running environments.

namespace Gatehouse {

void MainWindow::showTestConsole()
{
    if (m_pages->currentWidget() == m_apiPage && !m_apiPage->apiId().isEmpty())
        m_consolePage->selectApi(m_apiPage->apiId());
    m_pages->setCurrentWidget(m_consolePage);
    m_consoleAction->setChecked(true);
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_tree->selectionModel()->clear();
}

void MainWindow::showApplications()
{
    showCategoryPage(m_applicationsPage, m_applicationsAction);
}

void MainWindow::showSecurity()
{
    showCategoryPage(m_securityPage, m_securityAction);
}

void MainWindow::showCategoryPage(QWidget *page, QAction *viewAction)
{
    const auto kind = page == m_securityPage ? WorkspaceTreeModel::NodeKind::Security
                                             : WorkspaceTreeModel::NodeKind::Application;
    const QModelIndex category = m_treeModel->categoryIndex(kind);
    if (m_workspace && category.isValid() && m_tree->currentIndex() != category) {
        m_tree->setCurrentIndex(category);
        return;
    }
    m_pages->setCurrentWidget(m_workspace ? page : static_cast<QWidget *>(m_welcomePage));
    viewAction->setChecked(m_workspace != nullptr);
}

void MainWindow::setPageWorkspaces(Workspace *workspace)
{
    m_securityPage->setWorkspace(workspace);
    m_applicationsPage->setWorkspace(workspace);
    m_consolePage->setWorkspace(workspace);
}

void MainWindow::connectSecurityPages()
{
    connect(m_securityPage, &SecurityPage::realmChanged, this, &MainWindow::applySecurityChange);
    connect(m_applicationsPage, &ApplicationsPage::realmChanged, this, &MainWindow::applySecurityChange);
    connect(m_securityPage, &SecurityPage::revocationsChanged, this, &MainWindow::applyRevocations);
    connect(m_applicationsPage, &ApplicationsPage::revocationsChanged, this, &MainWindow::applyRevocations);
    connect(m_applicationsPage, &ApplicationsPage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_consolePage, &TestConsolePage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_apiPage->securityEditor(), &ApiSecurityEditor::saved, this, [this](const QString &message) {
        refreshFromWorkspace();
        statusBar()->showMessage(message, 8000);
    });
}

// Users, issuers, applications and trusted CAs are part of what an environment serves: running environments
// get the new realm at once (immutable ones too; they keep their APIs).
void MainWindow::applySecurityChange(const QString &message)
{
    refreshFromWorkspace();
    const QStringList updated = m_environments->syncWithWorkspace();
    statusBar()->showMessage(updated.isEmpty()
            ? message
            : tr("%1 — applied to %2").arg(message, updated.join(QStringLiteral(", "))),
        8000);
}

void MainWindow::applyRevocations(const QString &message)
{
    refreshFromWorkspace();
    m_environments->pushRevocations();
    const int running = int(m_environments->runningEnvironments().size());
    statusBar()->showMessage(running == 0
            ? message
            : tr("%1 — %n running environment(s) refuse it now", nullptr, running).arg(message),
        8000);
}

} // namespace Gatehouse
