// The main window's throttle policy page: showing a policy from the tree, checking it as it is edited,
// saving it in one transaction, and listing where it is used.
#include "mainwindow.h"
#include "pagewidgets.h"
#include "policyeditor.h"
#include "policypage.h"
#include "throttlepolicyvalidation.h"
#include "workspace.h"

#include <QStackedWidget>
#include <QStatusBar>

namespace Gatehouse {

namespace {

QStringList usagesOf(const Workspace &workspace, const ThrottlePolicy &policy)
{
    QStringList usages;
    switch (policy.level) {
    case ThrottlePolicyLevel::Advanced:
        for (const ApiRecord &record : workspace.apis()) {
            const ApiConfig &api = record.definition;
            if (api.throttlingPolicy == policy.name)
                usages << QCoreApplication::translate("Gatehouse::MainWindow", "API %1 %2")
                              .arg(api.name, api.version);
            for (const ResourceConfig &resource : api.resources) {
                for (const OperationConfig &operation : resource.operations) {
                    if (operation.throttlingPolicy == policy.name)
                        usages << QCoreApplication::translate("Gatehouse::MainWindow", "%1 %2 of API %3")
                                      .arg(QString::fromLatin1(operation.method), resource.pathTemplate,
                                          api.name);
                }
            }
        }
        break;
    case ThrottlePolicyLevel::Subscription:
    case ThrottlePolicyLevel::Application:
        for (const ApplicationRecord &record : workspace.applications()) {
            const ApplicationConfig &application = record.application;
            if (policy.level == ThrottlePolicyLevel::Application && application.tier == policy.name)
                usages << QCoreApplication::translate("Gatehouse::MainWindow", "application %1")
                              .arg(application.name);
            for (const SubscriptionConfig &subscription : application.subscriptions) {
                if (policy.level == ThrottlePolicyLevel::Subscription && subscription.tier == policy.name) {
                    const auto api = workspace.api(subscription.apiId);
                    usages << QCoreApplication::translate("Gatehouse::MainWindow", "subscription of %1 to %2")
                                  .arg(application.name, api ? api->definition.name : subscription.apiId);
                }
            }
        }
        break;
    case ThrottlePolicyLevel::Custom:
        usages << QCoreApplication::translate(
            "Gatehouse::MainWindow", "every request of every API (custom policies are global)");
        break;
    }
    return usages;
}

} // namespace

void MainWindow::connectPolicyPage()
{
    PolicyEditor *editor = m_policyPage->editor();
    editor->setValidator([](const ThrottlePolicy &policy) {
        QHash<QString, QString> problems;
        for (const ThrottlePolicyProblem &problem : ThrottlePolicyValidation::validate(policy))
            problems.insert(problem.field, problem.message);
        return problems;
    });
    connect(editor, &PolicyEditor::saveRequested, this, [this, editor](const ThrottlePolicy &policy) {
        if (!m_workspace)
            return;
        if (!m_workspace->putThrottlePolicy(policy)) {
            editor->banner()->showMessage(MessageBanner::Kind::Error, m_workspace->lastError());
            return;
        }
        editor->markSaved(policy);
        editor->setUsages(usagesOf(*m_workspace, policy));
        statusBar()->showMessage(
            tr("Saved throttle policy %1. Deploy a new revision to apply it.").arg(policy.name), 5000);
        refreshFromWorkspace();
    });
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
    m_policyPage->editor()->setUsages(usagesOf(*m_workspace, *policy));
    m_pages->setCurrentWidget(m_policyPage);
}

} // namespace Gatehouse
