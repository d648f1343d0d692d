#include "accesslogmodel.h"
#include "apirequestcountmodel.h"
#include "deploymentlistmodel.h"
#include "environmentdialog.h"
#include "environmentlistmodel.h"
#include "environmentmanager.h"
#include "environmentspage.h"
#include "mainwindow.h"
#include "throttledrequestsmodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

namespace {

// Binds every listener of the environment to a free port, and keeps the test to one worker thread.
EnvironmentSettings onFreePorts(EnvironmentSettings settings)
{
    settings.httpPort = 0;
    settings.httpsPort = -1;
    settings.adminPort = settings.adminPort >= 0 ? 0 : -1;
    settings.workerCount = 1;
    return settings;
}

struct MockRoute
{
    QString apiId;
    QString apiName;
    QString path; // context/version/resource
};

// A GET operation without path parameters of a deployed API answered by the mock endpoint type.
std::optional<MockRoute> findMockRoute(const Workspace &workspace, const QString &environment)
{
    const QList<DeploymentRecord> deployments = workspace.deployments(environment);
    for (const DeploymentRecord &deployment : deployments) {
        const std::optional<ApiRecord> api = workspace.api(deployment.apiId);
        if (!api || api->definition.productionEndpoints.type != EndpointGroupType::Mock)
            continue;
        for (const ResourceConfig &resource : api->definition.resources) {
            if (resource.pathTemplate.contains(QLatin1Char('{')) || resource.productionEndpoints)
                continue;
            for (const OperationConfig &operation : resource.operations) {
                if (operation.method == "GET" && !operation.productionEndpoints)
                    return MockRoute { api->definition.id, api->definition.name,
                        api->definition.context + QLatin1Char('/') + api->definition.version
                            + resource.pathTemplate };
            }
        }
    }
    return std::nullopt;
}

QString httpUrl(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (url.startsWith(QLatin1String("http://")))
            return url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
    }
    return QString();
}

} // namespace

class TestEnvironmentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;

    // GET through the gateway; returns the HTTP status.
    int get(const QString &url, const QByteArray &tier = QByteArray())
    {
        QNetworkRequest request { QUrl(url) };
        if (!tier.isEmpty())
            request.setRawHeader("X-Demo-Tier", tier);
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QPushButton *button(EnvironmentsPage *page, const char *name)
    {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void startServeLogAndStop()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(m_directory.filePath(QStringLiteral("serve.gatehouse")), &error),
            qPrintable(error));
        window.environmentManager()->setSettingsAdjuster(onFreePorts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        Workspace *workspace = window.workspace();
        const QString environment = workspace->environments().constFirst().name;
        const std::optional<MockRoute> route = findMockRoute(*workspace, environment);
        QVERIFY2(route, "the demo deploys no mock API with a plain GET resource");

        QVERIFY(window.selectNode(NodeKind::Environment, environment));
        EnvironmentsPage *page = window.environmentsPage();
        QCOMPARE(window.currentPage(), page);
        QAbstractItemModelTester environmentTester(
            page->environmentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester deploymentTester(
            page->deploymentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(
            page->accessLogModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester countTester(
            page->requestCountModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->selectedEnvironment(), environment);
        QVERIFY(button(page, "startButton")->isEnabled());
        QVERIFY(!button(page, "stopButton")->isEnabled());

        QTest::mouseClick(button(page, "startButton"), Qt::LeftButton);
        EnvironmentManager *manager = window.environmentManager();
        QTRY_VERIFY(manager->isRunning(environment));
        const QString base = httpUrl(manager->listenerUrls(environment));
        QVERIFY2(!base.isEmpty(), qPrintable(manager->listenerUrls(environment).join(QLatin1Char(' '))));
        QVERIFY2(page->lastMessage().contains(base), qPrintable(page->lastMessage()));
        const int row = page->environmentModel()->rowOf(environment);
        QCOMPARE(page->environmentModel()->index(row, EnvironmentListModel::StatusColumn).data().toString(),
            QStringLiteral("Running"));
        QVERIFY(page->environmentModel()
                    ->index(row, EnvironmentListModel::UrlsColumn)
                    .data()
                    .toString()
                    .contains(base));
        QVERIFY(window.treeModel()
                    ->findNode(NodeKind::Environment, environment)
                    .data(WorkspaceTreeModel::RunningRole)
                    .toBool());
        QVERIFY(!button(page, "startButton")->isEnabled());
        QVERIFY(button(page, "stopButton")->isEnabled());

        QCOMPARE(get(base + route->path), 200);
        AccessLogModel *log = page->accessLogModel();
        QTRY_COMPARE(log->rowCount(), 1);
        QCOMPARE(log->entry(0).environment, environment);
        QCOMPARE(QString::fromUtf8(log->entry(0).path), route->path);
        QCOMPARE(log->index(0, AccessLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(log->index(0, AccessLogModel::ApiColumn).data().toString(), route->apiName);
        ApiRequestCountModel *counts = page->requestCountModel();
        QTRY_COMPARE(counts->rowCount(), 1);
        QCOMPARE(counts->apiLabel(0), route->apiName);
        QCOMPARE(counts->requestCount(0), 1);

        const QList<DeploymentRecord> deployed = workspace->deployments(environment);
        QCOMPARE(page->deploymentModel()->rowCount(), deployed.size());
        for (int r = 0; r < deployed.size(); ++r) {
            QCOMPARE(page->deploymentModel()->apiId(r), deployed.at(r).apiId);
            QCOMPARE(page->deploymentModel()->index(r, DeploymentListModel::RevisionColumn).data().toInt(),
                deployed.at(r).revision);
        }

        // Undeploying from the running environment takes the API away; deploying brings it back. The workers
        // pick up the new routing snapshot asynchronously, so poll.
        QVERIFY(page->selectApi(route->apiId));
        const int deployedBefore = page->deploymentModel()->rowCount();
        QTest::mouseClick(button(page, "undeployButton"), Qt::LeftButton);
        QCOMPARE(page->lastMessageKind(), EnvironmentsPage::MessageKind::Info);
        QCOMPARE(page->deploymentModel()->rowCount(), deployedBefore - 1);
        QTRY_COMPARE_WITH_TIMEOUT(get(base + route->path), 404, 15000);
        QTRY_COMPARE(log->entry(log->rowCount() - 1).status, 404);
        QCOMPARE(log->index(log->rowCount() - 1, AccessLogModel::ApiColumn).data().toString(),
            QStringLiteral("(no API)"));

        QTest::mouseClick(button(page, "deployButton"), Qt::LeftButton);
        QVERIFY2(
            page->lastMessageKind() != EnvironmentsPage::MessageKind::Error, qPrintable(page->lastMessage()));
        QVERIFY(page->lastMessage().contains(QStringLiteral("revision")));
        QCOMPARE(page->deploymentModel()->rowCount(), deployedBefore);
        QTRY_COMPARE_WITH_TIMEOUT(get(base + route->path), 200, 15000);
        QTRY_COMPARE(log->entry(log->rowCount() - 1).status, 200);
        QTRY_VERIFY(counts->requestCount(0) >= 2);

        QTest::mouseClick(button(page, "stopButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !manager->isRunning(environment) && !manager->isStopping(environment), 15000);
        QTRY_COMPARE(
            page->environmentModel()->index(row, EnvironmentListModel::StatusColumn).data().toString(),
            QStringLiteral("Stopped"));
        QVERIFY(!window.treeModel()
                     ->findNode(NodeKind::Environment, environment)
                     .data(WorkspaceTreeModel::RunningRole)
                     .toBool());
        QVERIFY(button(page, "startButton")->isEnabled());
    }

    void followsDeploymentsMadeByAnotherProcess()
    {
        const QString path = m_directory.filePath(QStringLiteral("shared.gatehouse"));
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(path, &error), qPrintable(error));
        window.environmentManager()->setSettingsAdjuster(onFreePorts);
        const QString environment = window.workspace()->environments().constFirst().name;
        const std::optional<MockRoute> route = findMockRoute(*window.workspace(), environment);
        QVERIFY(route);
        QVERIFY(window.selectNode(NodeKind::Environment, environment));
        window.environmentsPage()->startSelected();
        QTRY_VERIFY(window.environmentManager()->isRunning(environment));
        const QString base = httpUrl(window.environmentManager()->listenerUrls(environment));
        QCOMPARE(get(base + route->path), 200);

        // A second connection, as gatehousectl would open, undeploys the API and adds an environment.
        std::unique_ptr<Workspace> other = Workspace::open(path, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY2(other->undeploy(route->apiId, environment), qPrintable(other->lastError()));
        EnvironmentSettings added;
        added.name = QStringLiteral("added-elsewhere");
        QVERIFY2(other->addEnvironment(added), qPrintable(other->lastError()));

        QTRY_VERIFY_WITH_TIMEOUT(
            window.treeModel()->findNode(NodeKind::Environment, added.name).isValid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(get(base + route->path), 404, 15000);
        QVERIFY(window.environmentManager()->isRunning(environment));

        QVERIFY2(other->deploy(route->apiId, environment).has_value(), qPrintable(other->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(get(base + route->path), 200, 15000);
        window.environmentManager()->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(window.environmentManager()->runningEnvironments().isEmpty(), 15000);
    }

    void immutableEnvironmentRefusesDeploys()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(
            window.createDemoWorkspace(m_directory.filePath(QStringLiteral("immutable.gatehouse")), &error),
            qPrintable(error));
        window.environmentManager()->setSettingsAdjuster(onFreePorts);
        Workspace *workspace = window.workspace();
        const QList<ApiRecord> apis = workspace->apis();
        EnvironmentSettings frozen;
        frozen.name = QStringLiteral("frozen");
        frozen.mode = EnvironmentMode::Immutable;
        DeploymentRecord initial;
        initial.apiId = apis.constFirst().definition.id;
        QVERIFY2(workspace->addEnvironment(frozen, { initial }), qPrintable(workspace->lastError()));
        window.refreshFromWorkspace();

        QVERIFY(window.selectNode(NodeKind::Environment, frozen.name));
        EnvironmentsPage *page = window.environmentsPage();
        QCOMPARE(page->deploymentModel()->rowCount(), 1);
        QVERIFY(page->selectApi(apis.constLast().definition.id));
        QTest::mouseClick(button(page, "deployButton"), Qt::LeftButton);
        QCOMPARE(page->lastMessageKind(), EnvironmentsPage::MessageKind::Error);
        QVERIFY(page->lastMessage().contains(frozen.name));
        QCOMPARE(page->deploymentModel()->rowCount(), 1);
    }

    void portInUseIsReported()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        const int busyPort = occupant.serverPort();

        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(m_directory.filePath(QStringLiteral("busy.gatehouse")), &error),
            qPrintable(error));
        window.environmentManager()->setSettingsAdjuster([busyPort](EnvironmentSettings settings) {
            settings = onFreePorts(settings);
            settings.httpPort = busyPort;
            return settings;
        });
        const QString environment = window.workspace()->environments().constFirst().name;
        QVERIFY(window.selectNode(NodeKind::Environment, environment));
        EnvironmentsPage *page = window.environmentsPage();
        QTest::mouseClick(button(page, "startButton"), Qt::LeftButton);
        QCOMPARE(page->lastMessageKind(), EnvironmentsPage::MessageKind::Error);
        QVERIFY(page->lastMessage().contains(environment));
        QVERIFY(!window.environmentManager()->isRunning(environment));
        QVERIFY(button(page, "startButton")->isEnabled());
    }

    // The dialog creates an environment with shared Redis counters, refuses a duplicate name, and turns the
    // counters off again; the workspace keeps what it saved.
    void dialogCreatesAndChangesEnvironments()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(m_directory.filePath(QStringLiteral("dialog.gatehouse")), &error),
            qPrintable(error));
        Workspace *workspace = window.workspace();
        QVERIFY(window.selectNode(NodeKind::Environment, workspace->environments().constFirst().name));
        EnvironmentsPage *page = window.environmentsPage();
        QVERIFY(button(page, "newEnvironmentButton")->isEnabled());

        EnvironmentDialog *dialog = page->createEnvironmentDialog(true);
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("shared"));
        dialog->profileCombo()->setCurrentIndex(
            dialog->profileCombo()->findData(int(GatewayProfile::ApiGateway)));
        dialog->redisGroup()->setChecked(true);
        dialog->redisHostEdit()->setText(QStringLiteral("10.0.0.7"));
        dialog->redisPortSpin()->setValue(6380);
        dialog->failureModeCombo()->setCurrentIndex(
            dialog->failureModeCombo()->findData(int(ThrottleFailureMode::FailClosed)));
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        std::optional<EnvironmentSettings> saved = workspace->environment(QStringLiteral("shared"));
        QVERIFY(saved);
        QCOMPARE(saved->profile, GatewayProfile::ApiGateway);
        QVERIFY(saved->distributedThrottling);
        QCOMPARE(saved->distributedThrottling->redisHost, QStringLiteral("10.0.0.7"));
        QCOMPARE(saved->distributedThrottling->redisPort, 6380);
        QCOMPARE(saved->distributedThrottling->failureMode, ThrottleFailureMode::FailClosed);
        QCOMPARE(page->selectedEnvironment(), QStringLiteral("shared"));
        QVERIFY(window.treeModel()->findNode(NodeKind::Environment, QStringLiteral("shared")).isValid());

        EnvironmentDialog *duplicate = page->createEnvironmentDialog(true);
        duplicate->nameEdit()->setText(QStringLiteral("shared"));
        duplicate->accept();
        QVERIFY(duplicate->result() != int(QDialog::Accepted));
        QVERIFY2(duplicate->errorText().contains(QStringLiteral("already exists")),
            qPrintable(duplicate->errorText()));
        duplicate->reject();

        EnvironmentDialog *edit = page->createEnvironmentDialog(false);
        QVERIFY(edit);
        QVERIFY(edit->nameEdit()->isReadOnly());
        QCOMPARE(edit->redisHostEdit()->text(), QStringLiteral("10.0.0.7"));
        edit->redisGroup()->setChecked(false);
        edit->accept();
        QCOMPARE(edit->result(), int(QDialog::Accepted));
        saved = workspace->environment(QStringLiteral("shared"));
        QVERIFY(saved && !saved->distributedThrottling);
        QCOMPARE(saved->profile, GatewayProfile::ApiGateway);
    }

    // The demo's DemoTenPerMinute policy on Pet Store's GET /store/inventory: ten requests a minute, then
    // 429 without reaching the mock; "X-Demo-Tier: gold" callers have their own, higher limit. The
    // Throttled tab counts the refusals.
    void demoPolicyThrottlesAResource()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(
            window.createDemoWorkspace(m_directory.filePath(QStringLiteral("throttle.gatehouse")), &error),
            qPrintable(error));
        window.environmentManager()->setSettingsAdjuster(onFreePorts);
        const QString environment = QStringLiteral("choreo-local");
        QVERIFY(window.selectNode(NodeKind::Environment, environment));
        EnvironmentsPage *page = window.environmentsPage();
        page->startSelected();
        EnvironmentManager *manager = window.environmentManager();
        QTRY_VERIFY(manager->isRunning(environment));
        const QString url
            = httpUrl(manager->listenerUrls(environment)) + QStringLiteral("/petstore/1.0.0/store/inventory");
        for (int request = 0; request < 10; ++request)
            QCOMPARE(get(url), 200);
        QCOMPARE(get(url), 429);
        QCOMPARE(get(url, "gold"), 200);
        QTRY_VERIFY(page->throttledModel()->rowCount() > 0);
        manager->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!manager->isRunning(environment), 15000);
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
