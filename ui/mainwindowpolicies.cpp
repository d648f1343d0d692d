// The main window's throttle policy page: showing a policy from the tree, checking it as it is edited,
// creating, saving (one transaction each) and removing policies, listing where they are used, and the Edit
// menu's undo and redo.
#include "apioverviewpage.h"
#include "designerpage.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "policyeditor.h"
#include "policypage.h"
#include "throttlepolicyvalidation.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace Gatehouse {

void MainWindow::connectPolicyPage()
{
    PolicyEditor *editor = m_policyPage->editor();
    editor->setValidator([](const ThrottlePolicy &policy) {
        QHash<QString, QString> problems;
        for (const ThrottlePolicyProblem &problem : ThrottlePolicyValidation::validate(policy))
            problems.insert(problem.field, problem.message);
        return problems;
    });
    connect(editor, &PolicyEditor::saveRequested, this,
        [this, editor](const ThrottlePolicy &policy, const QString &previousName) {
            if (!m_workspace)
                return;
            const bool isNew = previousName.isEmpty();
            if (isNew && m_workspace->throttlePolicy(policy.level, policy.name)) {
                editor->banner()->showMessage(MessageBanner::Kind::Error,
                    tr("There is already a %1 policy named %2: open it from the tree to change it, or choose "
                       "another name.")
                        .arg(throttlePolicyLevelId(policy.level), policy.name));
                return;
            }
            if (!m_workspace->putThrottlePolicy(policy)) {
                editor->banner()->showMessage(MessageBanner::Kind::Error, m_workspace->lastError());
                return;
            }
            editor->markSaved(policy);
            editor->setUsages(m_workspace->throttlePolicyUsages(policy.level, policy.name));
            statusBar()->showMessage(
                tr("Saved throttle policy %1. Deploy a new revision to apply it.").arg(policy.name), 5000);
            refreshFromWorkspace();
            if (isNew)
                selectNode(WorkspaceTreeModel::NodeKind::ThrottlePolicy,
                    throttlePolicyId(policy.level, policy.name));
            updateEditActions();
        });
    connect(editor, &PolicyEditor::edited, this, &MainWindow::updateEditActions);
}

void MainWindow::createEditActions()
{
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_policyPage->editor()->undoStack());
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_newPolicyAction = new QAction(this);
    m_newPolicyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_newPolicyAction, &QAction::triggered, this, &MainWindow::newPolicy);
    m_removePolicyAction = new QAction(this);
    connect(m_removePolicyAction, &QAction::triggered, this, [this] {
        const ThrottlePolicy shown = m_policyPage->editor()->savedPolicy();
        if (QMessageBox::question(this, tr("Remove Throttle Policy"),
                tr("Remove the %1 policy %2 from the workspace?")
                    .arg(throttlePolicyLevelId(shown.level), shown.name))
            == QMessageBox::Yes)
            removeShownPolicy();
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateEditActions);
    updateEditActions();
}

void MainWindow::retranslateEditActions()
{
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_newPolicyAction->setText(tr("New &Throttle Policy…"));
    m_removePolicyAction->setText(tr("Remove Throttle &Policy…"));
}

void MainWindow::updateEditActions()
{
    const bool onPolicyPage = m_pages->currentWidget() == m_policyPage;
    QUndoStack *stack = onPolicyPage ? m_policyPage->editor()->undoStack() : nullptr;
    if (m_pages->currentWidget() == m_apiPage && m_apiPage->isDesignTabShown())
        stack = m_apiPage->designer()->undoStack();
    m_undoGroup->setActiveStack(stack);
    if (m_saveAction)
        m_saveAction->setEnabled(m_pages->currentWidget() == m_apiPage && m_apiPage->isDesignTabShown());
    if (m_exportApiAction)
        m_exportApiAction->setEnabled(m_workspace && m_pages->currentWidget() == m_apiPage);
    m_newPolicyAction->setEnabled(m_workspace != nullptr);
    m_removePolicyAction->setEnabled(m_workspace && onPolicyPage && !m_policyPage->editor()->isNewPolicy());
}

void MainWindow::newPolicy()
{
    if (!m_workspace)
        return;
    ThrottlePolicy policy;
    policy.defaultLimit.count = 100; // per minute
    m_policyPage->editor()->setPolicy(policy, true);
    m_policyPage->editor()->setUsages({});
    m_tree->clearSelection();
    m_pages->setCurrentWidget(m_policyPage);
    updateEditActions();
}

bool MainWindow::removeShownPolicy()
{
    PolicyEditor *editor = m_policyPage->editor();
    if (!m_workspace || editor->isNewPolicy())
        return false;
    const ThrottlePolicy policy = editor->savedPolicy();
    if (!m_workspace->removeThrottlePolicy(policy.level, policy.name)) {
        editor->banner()->showMessage(MessageBanner::Kind::Error, m_workspace->lastError());
        return false;
    }
    statusBar()->showMessage(tr("Removed throttle policy %1.").arg(policy.name), 5000);
    refreshFromWorkspace();
    // A removed replacement of a WSO2 default leaves the default: show it; otherwise the category.
    if (!selectNode(
            WorkspaceTreeModel::NodeKind::ThrottlePolicy, throttlePolicyId(policy.level, policy.name)))
        selectNode(WorkspaceTreeModel::NodeKind::ThrottlePolicy, QString());
    updateEditActions();
    return true;
}

void MainWindow::showPolicy(const QString &id)
{
    if (!m_workspace)
        return;
    const auto level = throttlePolicyLevelFromId(id.section(QLatin1Char('/'), 0, 0));
    const QString name = id.section(QLatin1Char('/'), 1);
    const std::optional<ThrottlePolicy> policy
        = level ? m_workspace->throttlePolicy(*level, name) : std::nullopt;
    if (!policy)
        return;
    m_policyPage->editor()->setPolicy(*policy);
    m_policyPage->editor()->setUsages(m_workspace->throttlePolicyUsages(policy->level, policy->name));
    m_pages->setCurrentWidget(m_policyPage);
    updateEditActions();
}

} // namespace Gatehouse
