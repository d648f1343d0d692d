#include "apictlproject.h"
#include "apidesign.h"
#include "apioverviewpage.h"
#include "designerforms.h"
#include "designerpage.h"
#include "environmentmanager.h"
#include "environmentspage.h"
#include "mainwindow.h"
#include "openapiimporter.h"
#include "pagewidgets.h"
#include "problemspanel.h"
#include "resourceeditor.h"
#include "schemaeditor.h"
#include "sourceeditor.h"
#include "testbackend.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

namespace {

const QByteArray orders = R"(openapi: 3.0.3
info:
  title: Orders
  version: 1.0.0
x-wso2-basePath: /orders
x-wso2-production-endpoints:
  urls:
    - http://127.0.0.1:9/orders
paths:
  /orders:
    get:
      summary: List orders
      responses:
        "200":
          description: OK
components:
  schemas:
    Order:
      type: object
      properties:
        id:
          type: string
)";

// Types text at the end of the line that contains `anchor`, as a user would.
void typeAfter(SourceEditor *editor, const QString &anchor, const QString &text)
{
    QTextCursor cursor = editor->document()->find(anchor);
    QVERIFY2(!cursor.isNull(), qPrintable(anchor));
    cursor.movePosition(QTextCursor::EndOfLine);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, lines.at(i));
    }
}

void finishEditing(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

EnvironmentSettings onFreePorts(EnvironmentSettings settings)
{
    settings.httpPort = 0;
    settings.httpsPort = -1;
    settings.adminPort = -1;
    settings.workerCount = 1;
    return settings;
}

} // namespace

class TestDesignerPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    std::unique_ptr<Workspace> m_workspace;
    QString m_apiId;
    int m_workspaceNumber = 0;

    bool idle(DesignerPage &page)
    {
        return QTest::qWaitFor([&] { return !page.isAnalysing(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
    }

    void init()
    {
        QString error;
        m_workspace = Workspace::open(
            m_directory.filePath(QStringLiteral("designer-%1.gatehouse").arg(++m_workspaceNumber)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        const OpenApiImportResult imported
            = OpenApiImporter::importText(orders, QStringLiteral("orders.yaml"));
        QVERIFY(imported.api);
        const std::optional<QString> id = m_workspace->addApi(*imported.api);
        QVERIFY2(id, qPrintable(m_workspace->lastError()));
        m_apiId = *id;
    }

    void bigDocumentsAreAnalysedOffTheGuiThread()
    {
        QByteArray text = "openapi: 3.0.3\ninfo:\n  title: Big\n  version: '1'\nx-wso2-basePath: /big\n"
                          "x-wso2-production-endpoints:\n  urls:\n    - http://127.0.0.1:9/\npaths:\n";
        for (int i = 0; i < 2000; ++i)
            text
                += QStringLiteral("  /items%1/{id}:\n    get:\n      summary: Item %1 with a longer summary\n"
                                  "      parameters:\n        - name: id\n          in: path\n"
                                  "          required: true\n          schema:\n            type: string\n"
                                  "      responses:\n        '200':\n          description: OK\n")
                       .arg(i)
                       .toUtf8();
        DesignerSession session;
        std::optional<DesignerAnalysis> result;
        connect(&session, &DesignerSession::analysed, this,
            [&result](const DesignerAnalysis &analysis) { result = analysis; });
        int ticks = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        session.analyse(text);
        QVERIFY(session.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(ticks > 0, "the GUI thread's event loop did not run while the document was analysed");
        QVERIFY(result->parsed);
        QCOMPARE(result->design.resources.size(), 2000);
        QVERIFY(result->imported);
    }

    void formEditUpdatesTheSource()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        QCOMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders"));
        finishEditing(page.settingsForm()->titleEdit(), QStringLiteral("Order Book"));
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("title: Order Book")));
        QVERIFY(page.sourceText().contains(QLatin1String("summary: List orders"))); // the rest is kept
        QCOMPARE(page.undoStack()->count(), 1);
        QVERIFY(page.isModified());
    }

    void sourceEditUpdatesTheForm()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        typeAfter(page.sourceEditor(), QStringLiteral("title: Orders"), QStringLiteral(" Archive"));
        QTRY_COMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders Archive"));
        typeAfter(page.sourceEditor(), QStringLiteral("summary: List orders"), QStringLiteral(" fast"));
        QTRY_COMPARE(page.resourceEditor()->operationForm()->summaryEdit()->text(),
            QStringLiteral("List orders fast"));
    }

    void undoAndRedoSpanBothViews()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        const QString original = page.sourceText();
        finishEditing(page.settingsForm()->contextEdit(), QStringLiteral("/book"));
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("x-wso2-basePath: /book")));
        typeAfter(page.sourceEditor(), QStringLiteral("title: Orders"), QStringLiteral("2"));
        QTRY_COMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders2"));
        QCOMPARE(page.undoStack()->count(), 2);

        page.undoStack()->undo(); // the typing
        QVERIFY(idle(page));
        QTRY_COMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders"));
        QVERIFY(page.sourceText().contains(QLatin1String("x-wso2-basePath: /book")));
        page.undoStack()->undo(); // the form edit
        QVERIFY(idle(page));
        QCOMPARE(page.sourceText(), original);
        QTRY_COMPARE(page.settingsForm()->contextEdit()->text(), QStringLiteral("/orders"));

        page.undoStack()->redo();
        page.undoStack()->redo();
        QVERIFY(idle(page));
        QVERIFY(page.sourceText().contains(QLatin1String("title: Orders2")));
        QVERIFY(page.sourceText().contains(QLatin1String("x-wso2-basePath: /book")));
        QTRY_COMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders2"));
        QVERIFY(page.undoStack()->undoText().size() > 0);
    }

    void brokenSourceShowsItsDiagnosticAndKeepsTheForm()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        typeAfter(
            page.sourceEditor(), QStringLiteral("title: Orders"), QStringLiteral("\n  version: [unclosed"));
        QVERIFY(idle(page));
        QTRY_VERIFY(page.problemsPanel()->errorCount() > 0);
        QTreeWidget *problems = page.problemsPanel()->list();
        QVERIFY(problems->topLevelItemCount() > 0);
        QVERIFY2(problems->topLevelItem(0)->text(1).section(u':', 0, 0).toInt() >= 4,
            qPrintable(problems->topLevelItem(0)->text(1) + QLatin1Char(' ')
                + problems->topLevelItem(0)->text(2) + QLatin1Char('\n') + page.sourceText()));
        QVERIFY(!page.sourceEditor()->diagnosticSelections().isEmpty());
        QCOMPARE(page.settingsForm()->titleEdit()->text(), QStringLiteral("Orders")); // the last good state
        QVERIFY(!page.settingsForm()->isEnabled() || !page.settingsForm()->window()->isEnabled()
            || !page.findChild<QTabWidget *>(QStringLiteral("designerForms"))->isEnabled());
        QVERIFY(!page.save());

        // Activating the problem shows its place in the source.
        emit problems->itemActivated(problems->topLevelItem(0), 0);
        QCOMPARE(page.sourceEditor()->textCursor().blockNumber() + 1,
            problems->topLevelItem(0)->text(1).section(u':', 0, 0).toInt());

        page.undoStack()->undo();
        QVERIFY(idle(page));
        QTRY_COMPARE(page.problemsPanel()->errorCount(), 0);
        QVERIFY(page.findChild<QTabWidget *>(QStringLiteral("designerForms"))->isEnabled());
    }

    void resourcesOperationsAndSchemas()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        ResourceEditor *resources = page.resourceEditor();
        resources->addResource(QStringLiteral("/orders/{orderId}"));
        QTRY_COMPARE(resources->resourceTable()->rowCount(), 2);
        QVERIFY(page.sourceText().contains(QLatin1String("- name: orderId")));
        QVERIFY(resources->selectOperation(QStringLiteral("/orders/{orderId}"), QStringLiteral("get")));
        resources->moveSelected(-1);
        QTRY_COMPARE(resources->resourceTable()->item(0, 0)->text(), QStringLiteral("/orders/{orderId}"));
        QVERIFY(resources->selectOperation(QStringLiteral("/orders/{orderId}"), QStringLiteral("get")));
        finishEditing(resources->operationForm()->summaryEdit(), QStringLiteral("One order"));
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("summary: One order")));
        resources->operationForm()->addParameter(
            QStringLiteral("verbose"), QStringLiteral("query"), QStringLiteral("boolean"), false);
        QTRY_COMPARE(
            resources->operationForm()->parameterTable()->rowCount(), 2); // orderId (inherited) and verbose

        SchemaEditor *schemas = page.schemaEditor();
        QTreeWidgetItem *order = schemas->itemAt(QStringLiteral("/components/schemas/Order"));
        QVERIFY(order);
        schemas->tree()->setCurrentItem(order);
        schemas->addProperty(QStringLiteral("total"), QStringLiteral("number"));
        QTRY_VERIFY(schemas->itemAt(QStringLiteral("/components/schemas/Order/properties/total")));
        QTreeWidgetItem *total
            = schemas->itemAt(QStringLiteral("/components/schemas/Order/properties/total"));
        total->setCheckState(SchemaEditor::RequiredColumn, Qt::Checked);
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("        - total")));

        resources->removeSelected();
        QTRY_COMPARE(resources->resourceTable()->rowCount(), 1);
        QVERIFY(idle(page));
        QCOMPARE(page.problemsPanel()->errorCount(), 0);
        QCOMPARE(page.undoStack()->count(), 7);
    }

    void aRefusedEditChangesNothing()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        const QString before = page.sourceText();
        page.resourceEditor()->addResource(QStringLiteral("/orders")); // exists already
        QVERIFY(idle(page));
        QTRY_VERIFY(page.banner()->text().contains(QLatin1String("exists already")));
        QCOMPARE(page.sourceText(), before);
        QCOMPARE(page.undoStack()->count(), 0);
        QVERIFY(!page.sourceEditor()->isReadOnly());
        // The next edit is described and applied as usual.
        page.resourceEditor()->addResource(QStringLiteral("/returns"));
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("/returns:")));
        QCOMPARE(page.undoStack()->undoText(), QStringLiteral("Add resource /returns"));
    }

    void saveStoresTheDefinitionAndARevision()
    {
        DesignerPage page;
        QVERIFY(page.openApi(m_workspace.get(), m_apiId));
        QVERIFY(idle(page));
        page.resourceEditor()->addResource(QStringLiteral("/refunds"));
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("/refunds:")));
        QVERIFY(idle(page));
        QVERIFY2(page.save(), qPrintable(page.banner()->text()));
        QVERIFY(!page.isModified());
        const std::optional<ApiRecord> saved = m_workspace->api(m_apiId);
        QVERIFY(saved);
        QCOMPARE(QString::fromUtf8(saved->sourceDocument), page.sourceText());
        QCOMPARE(saved->definition.resources.size(), std::size_t(2));
        QCOMPARE(m_workspace->revisions(m_apiId).size(), 1);
        QVERIFY(!saved->definition.enableSchemaValidation);

        // The schema validation switch goes into the document and from there into the definition.
        page.settingsForm()->schemaValidationCheck()->click();
        QTRY_VERIFY(page.sourceText().contains(QLatin1String("x-wso2-enable-schema-validation: true")));
        QVERIFY(idle(page));
        QVERIFY2(page.save(), qPrintable(page.banner()->text()));
        QVERIFY(m_workspace->api(m_apiId)->definition.enableSchemaValidation);
        QCOMPARE(m_workspace->revisions(m_apiId).size(), 2);
    }

    void importRunsOffTheGuiThreadAndCanBeCancelled()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(
            window.createEmptyWorkspace(m_directory.filePath(QStringLiteral("import.gatehouse")), &error),
            qPrintable(error));
        const QString path = m_directory.filePath(QStringLiteral("orders.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(orders);
        file.close();

        QVERIFY(window.importApi(path));
        QVERIFY(window.isImporting());
        QVERIFY(!window.importApi(path)); // one at a time
        emit window.findChild<QProgressDialog *>(QStringLiteral("importProgress"))->canceled();
        QVERIFY(!window.isImporting());
        QTest::qWait(300);
        QVERIFY(window.workspace()->apis().isEmpty());

        QVERIFY(window.importApi(path));
        QTRY_COMPARE(window.workspace()->apis().size(), 1);
        QTRY_VERIFY(window.apiPage()->isDesignTabShown());
        QCOMPARE(
            window.apiPage()->designer()->apiId(), window.workspace()->apis().constFirst().definition.id);

        // A broken file: nothing is added, and the errors are listed with their positions.
        const QString broken = m_directory.filePath(QStringLiteral("broken.yaml"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("openapi: 3.0.3\ninfo: [\n");
        brokenFile.close();
        QVERIFY(window.importApi(broken));
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("importErrors")));
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("importErrors"))
                    ->detailedText()
                    .contains(QLatin1String("broken.yaml:")));
        QCOMPARE(window.workspace()->apis().size(), 1);
    }

    // File → Export API writes the saved API in each format on a worker thread; what it cannot write is
    // shown in a message box, and the workspace is left alone.
    void exportWritesEachFormat()
    {
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(
            window.createEmptyWorkspace(m_directory.filePath(QStringLiteral("export.gatehouse")), &error),
            qPrintable(error));
        const std::optional<QString> apiId
            = window.createApi(QStringLiteral("Export Me"), QStringLiteral("1.0.0"),
                QStringLiteral("/export-me"), QStringLiteral("http://127.0.0.1:9/"), &error);
        QVERIFY2(apiId, qPrintable(error));
        QVERIFY(window.exportApiAction()->isEnabled());
        QCOMPARE(window.exportApiAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

        using Format = MainWindow::ApiExportFormat;
        const QString yaml = m_directory.filePath(QStringLiteral("export-me.yaml"));
        const QString json = m_directory.filePath(QStringLiteral("export-me.json"));
        const QString project = m_directory.filePath(QStringLiteral("export-me-project"));
        const QString zip = m_directory.filePath(QStringLiteral("export-me.zip"));
        for (const auto &[path, format] :
            { std::pair { yaml, Format::OpenApiYaml }, { json, Format::OpenApiJson },
                { project, Format::ApictlProject }, { zip, Format::ApictlArchive } }) {
            QVERIFY(window.exportApi(*apiId, path, format));
            QVERIFY(!window.exportApi(*apiId, path, format)); // one at a time
            QTRY_VERIFY(!window.isExporting());
            QVERIFY2(!window.findChild<QMessageBox *>(QStringLiteral("exportErrors")), qPrintable(path));
            QVERIFY2(!window.findChild<QMessageBox *>(QStringLiteral("exportWarnings")), qPrintable(path));
            const ApictlImportResult again = ApictlProject::importPath(path);
            QVERIFY2(again.api, qPrintable(path));
            QCOMPARE(again.api->definition.name, QStringLiteral("Export Me"));
            QCOMPARE(again.api->definition.context, QStringLiteral("/export-me"));
        }
        QFile written(yaml);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("openapi: 3"));

        // A project folder is never written over.
        QVERIFY(window.exportApi(*apiId, project, Format::ApictlProject));
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("exportErrors")));
        QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("exportErrors"))
                    ->detailedText()
                    .contains(QLatin1String("exists already")));
        QCOMPARE(window.workspace()->apis().size(), 1);
    }

    void fromAnEmptyWorkspaceToACall()
    {
        TestBackend backend;
        QVERIFY(backend.start());
        MainWindow window(nullptr);
        QString error;
        QVERIFY2(window.createEmptyWorkspace(m_directory.filePath(QStringLiteral("empty.gatehouse")), &error),
            qPrintable(error));
        window.environmentManager()->setSettingsAdjuster(onFreePorts);
        const std::optional<QString> apiId
            = window.createApi(QStringLiteral("Inventory"), QStringLiteral("1.0.0"),
                QStringLiteral("/inventory"), backend.url(QStringLiteral("/stock")).toString(), &error);
        QVERIFY2(apiId, qPrintable(error));
        DesignerPage *designer = window.apiPage()->designer();
        QVERIFY(designer);
        QVERIFY(window.apiPage()->isDesignTabShown());
        QCOMPARE(window.undoGroup()->activeStack(), designer->undoStack());
        QVERIFY(idle(*designer));
        designer->resourceEditor()->addResource(QStringLiteral("/items"));
        QTRY_COMPARE(designer->resourceEditor()->resourceTable()->rowCount(), 2); // and WSO2's default /*
        QVERIFY(idle(*designer));
        window.saveAction()->trigger();
        QVERIFY2(!designer->isModified(), qPrintable(designer->banner()->text()));

        EnvironmentSettings settings;
        settings.name = QStringLiteral("local");
        settings.profile = GatewayProfile::ApiGateway;
        QVERIFY(window.workspace()->addEnvironment(settings));
        window.refreshFromWorkspace();
        QVERIFY(window.selectNode(NodeKind::Environment, settings.name));
        EnvironmentsPage *environments = window.environmentsPage();
        QVERIFY(environments->selectApi(*apiId));
        environments->deploySelectedApi();
        QCOMPARE(window.workspace()->deployments(settings.name).size(), 1);
        environments->startSelected();
        EnvironmentManager *manager = window.environmentManager();
        QTRY_VERIFY(manager->isRunning(settings.name));
        QString base;
        for (const QString &url : manager->listenerUrls(settings.name)) {
            if (url.startsWith(QLatin1String("http://")))
                base = url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
        }
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<QNetworkReply> reply(
            network.get(QNetworkRequest(QUrl(base + QStringLiteral("/inventory/1.0.0/items")))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject echo = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/stock/items"));
        manager->stopAll();
        QTRY_VERIFY_WITH_TIMEOUT(!manager->isRunning(settings.name), 15000);
    }
};

QTEST_MAIN(TestDesignerPage)
#include "tst_designerpage.moc"
