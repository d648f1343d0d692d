#include "apioverviewpage.h"
#include "apiresourcemodel.h"
#include "applicationspage.h"
#include "capabilitytablemodel.h"
#include "categorypage.h"
#include "comparisonpage.h"
#include "documentpage.h"
#include "environmentspage.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "policyeditor.h"
#include "policypage.h"
#include "recentworkspaces.h"
#include "securitypage.h"
#include "testconsolepage.h"
#include "throttlepolicydefaults.h"
#include "translationmanager.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString demoPath(const QString &name = QStringLiteral("demo")) const
    {
        return m_directory.filePath(name + QStringLiteral(".gatehouse"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
    }

    void startsOnTheWelcomePage()
    {
        MainWindow window(nullptr);
        QCOMPARE(window.currentPage(), window.welcomePage());
        QVERIFY(!window.workspace());
        QCOMPARE(window.treeModel()->rowCount(window.treeModel()->categoryIndex(NodeKind::Api)), 0);
    }

    void opensTheDemoWorkspace()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(demoPath(), &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QTreeView *tree = window.treeView();
        const WorkspaceTreeModel *model = window.treeModel();
        const QModelIndex apis = model->categoryIndex(NodeKind::Api);
        QVERIFY(model->rowCount(apis) >= 3);
        QCOMPARE(model->rowCount(apis), window.workspace()->apis().size());
        QCOMPARE(model->rowCount(model->categoryIndex(NodeKind::Environment)), 2);
        QVERIFY(tree->isExpanded(apis));
        for (int row = 0; row < model->rowCount(apis); ++row)
            QVERIFY(tree->visualRect(model->index(row, 0, apis)).isValid());
        // Opening shows the first API right away.
        QCOMPARE(window.currentPage(), window.apiOverviewPage());
        QCOMPARE(window.apiOverviewPage()->apiId(), WorkspaceTreeModel::itemId(model->index(0, 0, apis)));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.gatehouse")));
        QCOMPARE(RecentWorkspaces::paths().value(0), QFileInfo(demoPath()).absoluteFilePath());
    }

    void defaultDemoIsCreatedOnceThenReopened()
    {
        QFile::remove(MainWindow::defaultDemoWorkspacePath());
        QString error;
        {
            MainWindow window(nullptr);
            QVERIFY2(window.openDefaultDemoWorkspace(&error), qPrintable(error));
            QCOMPARE(window.workspace()->path(), MainWindow::defaultDemoWorkspacePath());
            QVERIFY(window.workspace()->apis().size() >= 3);
            ThrottlePolicy kept;
            kept.name = QStringLiteral("Kept");
            kept.defaultLimit.count = 7;
            QVERIFY2(
                window.workspace()->putThrottlePolicy(kept), qPrintable(window.workspace()->lastError()));
        }
        MainWindow window(nullptr);
        QVERIFY2(window.openDefaultDemoWorkspace(&error), qPrintable(error));
        QCOMPARE(
            window.treeModel()->findNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/Kept")).isValid(),
            true);
        QVERIFY(window.selectNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/Kept")));
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.policyPage()));
        QCOMPARE(window.policyPage()->editor()->policy().defaultLimit.count, 7);
    }

    void selectingNodesSwitchesPages()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(demoPath(QStringLiteral("pages")), &error), qPrintable(error));
        Workspace *workspace = window.workspace();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QList<ApiRecord> apis = workspace->apis();
        for (const ApiRecord &api : apis) {
            window.treeView()->setCurrentIndex(
                window.treeModel()->findNode(NodeKind::Api, api.definition.id));
            QCOMPARE(window.currentPage(), window.apiOverviewPage());
            ApiOverviewPage *page = window.apiOverviewPage();
            QCOMPARE(page->apiId(), api.definition.id);
            QCOMPARE(page->fieldText(QStringLiteral("nameValue")), api.definition.name);
            QVERIFY(page->fieldText(QStringLiteral("contextValue")).startsWith(api.definition.context));
            QCOMPARE(page->fieldText(QStringLiteral("versionValue")), api.definition.version);
            QVERIFY(page->resourceModel()->rowCount() >= int(api.definition.resources.size()));
            QVERIFY(page->resourceModel()->rowCount() > 0);
            QVERIFY(page->fieldText(QStringLiteral("deploymentsValue")).contains(QStringLiteral("revision")));
        }

        for (const EnvironmentSettings &environment : workspace->environments()) {
            window.treeView()->setCurrentIndex(
                window.treeModel()->findNode(NodeKind::Environment, environment.name));
            QCOMPARE(window.currentPage(), window.environmentsPage());
            QCOMPARE(window.environmentsPage()->selectedEnvironment(), environment.name);
        }

        window.treeView()->setCurrentIndex(window.treeModel()->categoryIndex(NodeKind::ThrottlePolicy));
        QCOMPARE(window.currentPage(), window.categoryPage());
        QCOMPARE(window.categoryPage()->category(), NodeKind::ThrottlePolicy);
        window.treeView()->setCurrentIndex(window.treeModel()->categoryIndex(NodeKind::Api));
        QCOMPARE(window.currentPage(), window.categoryPage());
        QCOMPARE(window.categoryPage()->view()->model()->rowCount(window.categoryPage()->view()->rootIndex()),
            apis.size());
        window.treeView()->setCurrentIndex(window.treeModel()->categoryIndex(NodeKind::Environment));
        QCOMPARE(window.currentPage(), window.environmentsPage());
        window.treeView()->setCurrentIndex(window.treeModel()->categoryIndex(NodeKind::Security));
        QCOMPARE(window.currentPage(), window.securityPage());
        window.treeView()->setCurrentIndex(window.treeModel()->categoryIndex(NodeKind::Application));
        QCOMPARE(window.currentPage(), window.applicationsPage());
        const std::optional<CreatedApplication> created
            = workspace->addApplication(QStringLiteral("Tree App"));
        QVERIFY2(created, qPrintable(workspace->lastError()));
        window.refreshFromWorkspace();
        QVERIFY(window.selectNode(NodeKind::Application, created->record.application.id));
        QCOMPARE(window.currentPage(), window.applicationsPage());
        QCOMPARE(window.applicationsPage()->selectedApplicationId(), created->record.application.id);

        QVERIFY(workspace->putDocument(QStringLiteral("security_scheme"),
            { QStringLiteral("OAuth2"), R"({"type":"oauth2","scopes":["read"]})" }));
        window.refreshFromWorkspace();
        QVERIFY(window.selectNode(NodeKind::SecurityScheme, QStringLiteral("OAuth2")));
        QCOMPARE(window.currentPage(), window.documentPage());
        QVERIFY(window.documentPage()->text().contains(QStringLiteral("\"scopes\"")));
    }

    void keyboardShortcutsSwitchViews_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("expectedPage");
        QTest::newRow("Ctrl+6") << int(Qt::Key_6) << QStringLiteral("security");
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << QStringLiteral("applications");
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << QStringLiteral("console");
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << QStringLiteral("comparison");
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << QStringLiteral("environments");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << QStringLiteral("api");
    }

    void keyboardShortcutsSwitchViews()
    {
        QFETCH(int, key);
        QFETCH(QString, expectedPage);
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.openWorkspace(demoPath(), &error), qPrintable(error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (expectedPage == QLatin1String("api"))
            window.showComparison(); // start somewhere else
        QTest::keyClick(&window, Qt::Key(key), Qt::ControlModifier);
        const QHash<QString, QWidget *> pages {
            { QStringLiteral("comparison"), window.comparisonPage() },
            { QStringLiteral("environments"), window.environmentsPage() },
            { QStringLiteral("api"), window.apiOverviewPage() },
            { QStringLiteral("console"), window.testConsolePage() },
            { QStringLiteral("applications"), window.applicationsPage() },
            { QStringLiteral("security"), window.securityPage() },
        };
        QWidget *expected = pages.value(expectedPage);
        QTRY_COMPARE(window.currentPage(), expected);
    }

    void comparisonViewShowsAllRows()
    {
        MainWindow window(nullptr);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showComparison();
        QCOMPARE(window.currentPage(), window.comparisonPage());

        QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/capabilities/matrix.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray tables
            = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("tables")).toArray();
        const QList<CapabilityTableModel *> models = window.comparisonPage()->tableModels();
        QCOMPARE(models.size(), tables.size());
        for (int t = 0; t < tables.size(); ++t) {
            const QJsonArray rows = tables.at(t).toObject().value(QLatin1String("rows")).toArray();
            QCOMPARE(models.at(t)->rowCount(), rows.size());
            QTableView *view = window.comparisonPage()->tableViews().at(t);
            QVERIFY(view->isVisible());
            for (int r = 0; r < rows.size(); ++r)
                QCOMPARE(models.at(t)->index(r, 0).data().toString(),
                    rows.at(r).toObject().value(QLatin1String("feature")).toString());
        }
    }

    void emptyWorkspace()
    {
        MainWindow window(nullptr);
        QString error;
        const QString path = demoPath(QStringLiteral("empty"));
        QVERIFY2(window.createDemoWorkspace(path, &error), qPrintable(error));
        QVERIFY2(window.createEmptyWorkspace(path, &error), qPrintable(error)); // replaces the demo
        // Nothing but WSO2's built-in throttle policies.
        for (int row = 0; row < window.treeModel()->rowCount(); ++row) {
            const QModelIndex category = window.treeModel()->index(row, 0);
            const bool policies = category == window.treeModel()->categoryIndex(NodeKind::ThrottlePolicy);
            QCOMPARE(window.treeModel()->rowCount(category),
                policies ? int(wso2DefaultThrottlePolicies().size()) : 0);
        }
        QCOMPARE(window.currentPage(), window.categoryPage());
    }

    void recentWorkspacesKeepTheLastEight()
    {
        RecentWorkspaces::clear();
        MainWindow window(nullptr);
        QString error;
        QStringList opened;
        for (int i = 0; i < 10; ++i) {
            const QString path = demoPath(QStringLiteral("recent-%1").arg(i));
            QVERIFY2(window.createEmptyWorkspace(path, &error), qPrintable(error));
            opened.prepend(QFileInfo(path).absoluteFilePath());
        }
        QCOMPARE(RecentWorkspaces::paths(), opened.mid(0, RecentWorkspaces::maxEntries));
        QVERIFY2(window.openWorkspace(opened.at(5), &error), qPrintable(error));
        QCOMPARE(RecentWorkspaces::paths().constFirst(), opened.at(5));
        QCOMPARE(RecentWorkspaces::paths().size(), RecentWorkspaces::maxEntries);
    }

    void remembersGeometry()
    {
        QSettings().remove(QStringLiteral("mainWindow"));
        {
            MainWindow window(nullptr);
            window.resize(
                780, 650); // above the minimum size, inside the 800x800 offscreen screen (Qt 6.8 clamps)
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(!QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
        MainWindow restored(nullptr);
        QCOMPARE(restored.size(), QSize(780, 650));
    }

    void languageSwitchesLive()
    {
        TranslationManager translations;
        QVERIFY(translations.apply(QStringLiteral("en")));
        MainWindow window(&translations);
        QString error;
        QVERIFY2(window.openWorkspace(demoPath(), &error), qPrintable(error));
        const QMenu *fileMenu = window.menuBar()->actions().constFirst()->menu();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QVERIFY(translations.apply(QStringLiteral("de")));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Datei"));
        QCOMPARE(window.treeModel()->categoryIndex(NodeKind::Environment).data().toString(),
            QStringLiteral("Umgebungen"));
        QCOMPARE(window.apiOverviewPage()
                     ->fieldText(QStringLiteral("deploymentsValue"))
                     .contains(QStringLiteral("Revision")),
            true);
        QVERIFY(translations.apply(QStringLiteral("en")));
        QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(window.apiOverviewPage()
                     ->fieldText(QStringLiteral("deploymentsValue"))
                     .contains(QStringLiteral("revision")),
            true);
    }

    // Edit menu: a new policy is saved into the tree, a used one cannot be removed, an unused one can; undo
    // acts on the policy form only while it is shown.
    void createEditUndoAndRemovePolicies()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createDemoWorkspace(demoPath(QStringLiteral("policies")), &error), qPrintable(error));
        Workspace *workspace = window.workspace();
        PolicyEditor *editor = window.policyPage()->editor();

        window.newPolicy();
        QCOMPARE(window.currentPage(), static_cast<QWidget *>(window.policyPage()));
        QVERIFY(editor->isNewPolicy());
        QVERIFY(!window.removePolicyAction()->isEnabled());
        editor->findChild<QLineEdit *>(QStringLiteral("policyName"))->setText(QStringLiteral("Fresh"));
        QVERIFY(window.undoAction()->isEnabled());
        QVERIFY(editor->save());
        QVERIFY2(workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, QStringLiteral("Fresh")),
            qPrintable(editor->banner()->text()));
        QVERIFY(window.treeModel()
                    ->findNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/Fresh"))
                    .isValid());
        QVERIFY(!editor->isNewPolicy());
        QVERIFY(window.removePolicyAction()->isEnabled());

        // A second new policy of the same name does not replace the first.
        window.newPolicy();
        editor->findChild<QLineEdit *>(QStringLiteral("policyName"))->setText(QStringLiteral("Fresh"));
        editor->findChild<QLineEdit *>(QStringLiteral("policyDescription"))->setText(QStringLiteral("other"));
        QVERIFY(editor->save());
        QVERIFY2(editor->banner()->text().contains(QStringLiteral("already")),
            qPrintable(editor->banner()->text()));
        QVERIFY(workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, QStringLiteral("Fresh"))
                    ->description.isEmpty());

        // The demo's policy is used by Pet Store: the page says where, and removing it is refused.
        QVERIFY(window.selectNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/DemoTenPerMinute")));
        const auto *usages = editor->findChild<QListWidget *>(QStringLiteral("policyUsages"));
        QCOMPARE(usages->count(), 1);
        QVERIFY2(usages->item(0)->text().startsWith(QStringLiteral("GET /store/inventory of API")),
            qPrintable(usages->item(0)->text()));
        QVERIFY(!window.removeShownPolicy());
        QVERIFY(editor->banner()->text().contains(QStringLiteral("still used by")));
        QVERIFY(workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, QStringLiteral("DemoTenPerMinute")));

        // Undo and redo through the Edit menu's actions.
        auto *description = editor->findChild<QLineEdit *>(QStringLiteral("policyDescription"));
        const QString before = description->text();
        description->setText(QStringLiteral("changed"));
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QCOMPARE(description->text(), before);
        window.redoAction()->trigger();
        QCOMPARE(description->text(), QStringLiteral("changed"));
        window.showEnvironments();
        QVERIFY(!window.undoAction()->isEnabled());

        QVERIFY(window.selectNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/Fresh")));
        QVERIFY(window.removeShownPolicy());
        QVERIFY(!workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, QStringLiteral("Fresh")));
        QVERIFY(!window.treeModel()
                     ->findNode(NodeKind::ThrottlePolicy, QStringLiteral("advanced/Fresh"))
                     .isValid());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
