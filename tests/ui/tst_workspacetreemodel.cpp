#include "workspace.h"
#include "workspacetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

class TestWorkspaceTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Workspace> m_demo;

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        QString error;
        m_demo = Workspace::createDemo(m_directory.filePath(QStringLiteral("demo.gatehouse")), &error);
        QVERIFY2(m_demo, qPrintable(error));
        QVERIFY(m_demo->apis().size() >= 3);
        QCOMPARE(m_demo->environments().size(), 2);
    }

    void fixedCategories()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        const QStringList expected { QStringLiteral("APIs"), QStringLiteral("Security schemes"),
            QStringLiteral("Throttle policies"), QStringLiteral("Applications"), QStringLiteral("Security"),
            QStringLiteral("Environments") };
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex category = model.index(row, 0);
            QCOMPARE(category.data().toString(), expected.at(row));
            QCOMPARE(WorkspaceTreeModel::nodeKind(category), NodeKind::Category);
            QCOMPARE(model.rowCount(category), 0);
        }
    }

    void showsTheWorkspace()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_demo.get());

        const QModelIndex apis = model.categoryIndex(NodeKind::Api);
        const QList<ApiRecord> records = m_demo->apis();
        QCOMPARE(model.rowCount(apis), records.size());
        for (const ApiRecord &record : records) {
            const QModelIndex node = model.findNode(NodeKind::Api, record.definition.id);
            QVERIFY(node.isValid());
            QCOMPARE(node.parent(), apis);
            QVERIFY(node.data().toString().startsWith(record.definition.name));
            QVERIFY(node.data().toString().contains(record.definition.version));
            QVERIFY(node.siblingAtColumn(WorkspaceTreeModel::DetailColumn)
                        .data()
                        .toString()
                        .contains(record.definition.context));
            QCOMPARE(WorkspaceTreeModel::itemId(node), record.definition.id);
        }

        const QModelIndex environments = model.categoryIndex(NodeKind::Environment);
        QCOMPARE(model.rowCount(environments), 2);
        for (const EnvironmentSettings &settings : m_demo->environments()) {
            const QModelIndex node = model.findNode(NodeKind::Environment, settings.name);
            QVERIFY(node.isValid());
            QCOMPARE(node.data().toString(), settings.name);
            QVERIFY(node.siblingAtColumn(WorkspaceTreeModel::DetailColumn)
                        .data()
                        .toString()
                        .contains(profileDisplayName(settings.profile)));
        }
        QVERIFY(!model.findNode(NodeKind::Api, QStringLiteral("no-such-id")).isValid());

        model.reload(nullptr);
        QCOMPARE(model.rowCount(model.categoryIndex(NodeKind::Api)), 0);
    }

    void showsDocuments_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("nodeKind");
        QTest::newRow("security scheme")
            << QStringLiteral("security_scheme") << int(NodeKind::SecurityScheme);
    }

    void showsDocuments()
    {
        QFETCH(QString, kind);
        QFETCH(int, nodeKind);
        QString error;
        auto workspace = Workspace::open(m_directory.filePath(kind + QStringLiteral(".gatehouse")), &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->putDocument(kind, { QStringLiteral("Gold"), R"({"type":"requestCount"})" }));
        QVERIFY(workspace->putDocument(kind, { QStringLiteral("Bronze"), R"({})" }));

        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(workspace.get());
        const QModelIndex category = model.categoryIndex(NodeKind(nodeKind));
        QCOMPARE(model.rowCount(category), 2);
        const QModelIndex gold = model.findNode(NodeKind(nodeKind), QStringLiteral("Gold"));
        QVERIFY(gold.isValid());
        QCOMPARE(WorkspaceTreeModel::nodeKind(gold), NodeKind(nodeKind));
        QCOMPARE(gold.siblingAtColumn(WorkspaceTreeModel::DetailColumn).data().toString(),
            QStringLiteral("requestCount"));
        for (NodeKind other : { NodeKind::Api, NodeKind::Environment })
            QCOMPARE(model.rowCount(model.categoryIndex(other)), 0);
    }

    void showsApplications()
    {
        QString error;
        auto workspace
            = Workspace::open(m_directory.filePath(QStringLiteral("applications.gatehouse")), &error);
        QVERIFY2(workspace, qPrintable(error));
        const std::optional<CreatedApplication> gold = workspace->addApplication(QStringLiteral("Gold App"));
        QVERIFY2(gold, qPrintable(workspace->lastError()));
        QVERIFY(workspace->addApplication(QStringLiteral("Bronze App"), QStringLiteral("10PerMin")));

        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(workspace.get());
        QCOMPARE(model.rowCount(model.categoryIndex(NodeKind::Application)), 2);
        const QModelIndex node = model.findNode(NodeKind::Application, gold->record.application.id);
        QVERIFY(node.isValid());
        QCOMPARE(node.data().toString(), QStringLiteral("Gold App"));
        QVERIFY(node.siblingAtColumn(WorkspaceTreeModel::DetailColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Unlimited")));
        const QModelIndex security = model.categoryIndex(NodeKind::Security);
        QVERIFY(security.isValid());
        QCOMPARE(model.rowCount(security), 0);
    }

    void marksRunningEnvironments()
    {
        WorkspaceTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_demo.get());
        const QString name = m_demo->environments().constFirst().name;
        const QModelIndex node = model.findNode(NodeKind::Environment, name);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(node.data(WorkspaceTreeModel::RunningRole).toBool(), false);
        model.setEnvironmentRunning(name, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex(), node);
        QCOMPARE(node.data(WorkspaceTreeModel::RunningRole).toBool(), true);
        model.setEnvironmentRunning(name, true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        model.setEnvironmentRunning(name, false);
        QCOMPARE(node.data(WorkspaceTreeModel::RunningRole).toBool(), false);
    }
};

QTEST_MAIN(TestWorkspaceTreeModel)
#include "tst_workspacetreemodel.moc"
