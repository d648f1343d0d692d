#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Gatehouse {

class AccessLogModel;
class ApiRequestCountModel;
class ThrottledRequestsModel;
class DeploymentListModel;
class EnvironmentDialog;
class EnvironmentListModel;
class EnvironmentManager;
class RequestRateChart;
class Workspace;

// Start and stop the workspace's environments, deploy APIs to them, and watch their traffic.
class EnvironmentsPage : public QWidget
{
    Q_OBJECT
public:
    enum class MessageKind
    {
        Info,
        Warning,
        Error
    };

    explicit EnvironmentsPage(EnvironmentManager *manager, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh(); // re-reads environments, APIs and deployments from the workspace

    bool selectEnvironment(const QString &name);
    QString selectedEnvironment() const;
    bool selectApi(const QString &apiId); // in the deploy combo box
    // A dialog (deleted on close) that creates an environment or changes the selected one, and refreshes
    // the page when it saved; nullptr without a workspace or a selection.
    EnvironmentDialog *createEnvironmentDialog(bool isNew);

    EnvironmentListModel *environmentModel() const { return m_environmentModel; }
    DeploymentListModel *deploymentModel() const { return m_deploymentModel; }
    AccessLogModel *accessLogModel() const { return m_accessLogModel; }
    ApiRequestCountModel *requestCountModel() const { return m_requestCountModel; }
    ThrottledRequestsModel *throttledModel() const { return m_throttledModel; }
    QString lastMessage() const { return m_lastMessage; }
    MessageKind lastMessageKind() const { return m_lastMessageKind; }

public slots:
    void startSelected();
    void stopSelected();
    void deploySelectedApi();
    void undeploySelectedApi();

signals:
    void workspaceModified(); // after a deploy or undeploy

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEnvironmentSection();
    QWidget *createDeploymentSection();
    QWidget *createTrafficSection();
    void retranslate();
    void updateActions();
    void onSelectionChanged();
    void onEnvironmentStarted(const QString &name);
    void onEnvironmentStopped(const QString &name);
    void showMessage(MessageKind kind, const QString &text);
    void reloadApis();

    EnvironmentManager *m_manager;
    Workspace *m_workspace = nullptr;
    EnvironmentListModel *m_environmentModel;
    DeploymentListModel *m_deploymentModel;
    AccessLogModel *m_accessLogModel;
    ApiRequestCountModel *m_requestCountModel;
    ThrottledRequestsModel *m_throttledModel;

    QLabel *m_heading = nullptr;
    QTableView *m_environmentView = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QGroupBox *m_deploymentGroup = nullptr;
    QLabel *m_apiLabel = nullptr;
    QComboBox *m_apiCombo = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_undeployButton = nullptr;
    QTableView *m_deploymentView = nullptr;
    QTabWidget *m_trafficTabs = nullptr;
    QTableView *m_accessLogView = nullptr;
    QPushButton *m_clearLogButton = nullptr;
    QCheckBox *m_followLogCheck = nullptr;
    QTableView *m_requestCountView = nullptr;
    RequestRateChart *m_rateChart = nullptr;
    QString m_lastMessage;
    MessageKind m_lastMessageKind = MessageKind::Info;
};

} // namespace Gatehouse
