#include "apioverviewpage.h"
#include "apisecurityeditor.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "workspace.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

Q_DECLARE_METATYPE(Gatehouse::MutualTlsMode)

class TestApiSecurityEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    int m_workspaceCount = 0;

    std::unique_ptr<MainWindow> openDemo(ApiRecord *api)
    {
        auto window = std::make_unique<MainWindow>(nullptr);
        QString error;
        const QString path = m_directory.filePath(QStringLiteral("api-%1.gatehouse").arg(++m_workspaceCount));
        if (!window->createDemoWorkspace(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        *api = window->workspace()->apis().constFirst();
        window->selectNode(NodeKind::Api, api->definition.id);
        window->apiOverviewPage()->showSecurityTab();
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("oauth2");
        QTest::addColumn<bool>("apiKey");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<MutualTlsMode>("mutualTls");
        QTest::addColumn<bool>("firstOperationOpen");
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<bool>("cors");

        QTest::newRow("OAuth2 with scopes") << true << false << false << MutualTlsMode::Off << false
                                            << QStringLiteral("read:pets admin") << false;
        QTest::newRow("API key and Basic, open operation")
            << false << true << true << MutualTlsMode::Off << true << QString() << true;
        QTest::newRow("mandatory Mutual SSL only")
            << false << false << false << MutualTlsMode::Mandatory << false << QString() << false;
        QTest::newRow("open API, CORS only")
            << false << false << false << MutualTlsMode::Off << false << QString() << true;
    }

    void roundTrip()
    {
        QFETCH(bool, oauth2);
        QFETCH(bool, apiKey);
        QFETCH(bool, basic);
        QFETCH(MutualTlsMode, mutualTls);
        QFETCH(bool, firstOperationOpen);
        QFETCH(QString, scopes);
        QFETCH(bool, cors);

        ApiRecord api;
        auto window = openDemo(&api);
        QVERIFY(window);
        ApiSecurityEditor *editor = window->apiOverviewPage()->securityEditor();
        QCOMPARE(editor->apiId(), api.definition.id);
        QVERIFY(!editor->isModified());

        editor->setSchemeEnabled(AuthScheme::OAuth2, oauth2);
        editor->setSchemeEnabled(AuthScheme::ApiKey, apiKey);
        editor->setSchemeEnabled(AuthScheme::BasicAuth, basic);
        auto *mutualTlsCombo = editor->findChild<QComboBox *>(QStringLiteral("mutualTlsCombo"));
        mutualTlsCombo->setCurrentIndex(mutualTlsCombo->findData(mutualTlsModeId(mutualTls)));
        editor->findChild<QGroupBox *>(QStringLiteral("corsGroup"))->setChecked(cors);
        if (cors) {
            auto *origins = editor->findChild<QLineEdit *>(QStringLiteral("corsOriginsEdit"));
            origins->setText(QStringLiteral("https://app.example.com, https://admin.example.com"));
        }
        const ResourceConfig &resource = api.definition.resources.front();
        const OperationConfig &operation = resource.operations.front();
        const int row = editor->operationRow(resource.pathTemplate, operation.method);
        QVERIFY(row >= 0);
        editor->setOperationOpen(row, firstOperationOpen);
        editor->setOperationScopes(row, scopes);
        QVERIFY(editor->isModified());
        QCOMPARE(editor->profileNotice().contains(QStringLiteral("custom filter")), basic);

        QVERIFY2(editor->save(), qPrintable(editor->banner()->text()));
        QVERIFY(!editor->isModified());

        // A second connection reads what was saved.
        QString error;
        std::unique_ptr<Workspace> reader = Workspace::open(window->workspace()->path(), &error);
        QVERIFY2(reader, qPrintable(error));
        const std::optional<ApiRecord> saved = reader->api(api.definition.id);
        QVERIFY(saved);
        const ApiSecurity &security = saved->definition.security;
        std::vector<AuthScheme> expectedSchemes;
        if (oauth2)
            expectedSchemes.push_back(AuthScheme::OAuth2);
        if (apiKey)
            expectedSchemes.push_back(AuthScheme::ApiKey);
        if (basic)
            expectedSchemes.push_back(AuthScheme::BasicAuth);
        QCOMPARE(security.schemes, expectedSchemes);
        QCOMPARE(security.mutualTls, mutualTls);
        QCOMPARE(security.cors.has_value(), cors);
        if (cors)
            QCOMPARE(security.cors->allowOrigins,
                QStringList({ QStringLiteral("https://app.example.com"),
                    QStringLiteral("https://admin.example.com") }));
        const OperationConfig &savedOperation = saved->definition.resources.front().operations.front();
        QCOMPARE(savedOperation.security.disabled, firstOperationOpen);
        QCOMPARE(savedOperation.security.scopes, scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        // Everything else of the API is untouched.
        ApiRecord expected = api;
        expected.definition.security = security;
        expected.definition.resources.front().operations.front().security = savedOperation.security;
        QCOMPARE(saved->definition, expected.definition);

        // Shown again from the workspace, the editor has the saved state.
        editor->setApi(window->workspace(), QString());
        editor->setApi(window->workspace(), api.definition.id);
        QCOMPARE(editor->security(), security);
    }

    void invalidInputIsNotSaved()
    {
        ApiRecord api;
        auto window = openDemo(&api);
        QVERIFY(window);
        ApiSecurityEditor *editor = window->apiOverviewPage()->securityEditor();
        editor->setSchemeEnabled(AuthScheme::ApiKey, true);
        auto *header = editor->findChild<QLineEdit *>(QStringLiteral("apiKeyHeaderEdit"));
        header->setText(QStringLiteral("api key"));
        QVERIFY(!editor->save());
        QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY(editor->banner()->text().contains(QStringLiteral("API key header")));
        QVERIFY(editor->isModified()); // the edits stay
        QCOMPARE(window->workspace()->api(api.definition.id)->definition.security, api.definition.security);

        // A workspace refresh underneath keeps unsaved edits of the same API.
        window->refreshFromWorkspace();
        QCOMPARE(header->text(), QStringLiteral("api key"));
        header->setText(QStringLiteral("X-API-Key"));
        QVERIFY(editor->save());
        QCOMPARE(window->workspace()->api(api.definition.id)->definition.security.apiKeyHeader,
            QByteArray("X-API-Key"));
    }

    void choreoConnectRefusesBasicAuth()
    {
        ApiRecord api;
        auto window = openDemo(&api);
        QVERIFY(window);
        ApiSecurityEditor *editor = window->apiOverviewPage()->securityEditor();
        editor->setSchemeEnabled(AuthScheme::BasicAuth, true);
        QVERIFY(editor->profileNotice().contains(
            QStringLiteral("Choreo Connect has no built-in Basic Auth; a custom filter can be developed")));
        QVERIFY(editor->save());

        QString choreoConnect;
        for (const EnvironmentSettings &environment : window->workspace()->environments()) {
            if (environment.profile == GatewayProfile::ChoreoConnect)
                choreoConnect = environment.name;
        }
        QVERIFY(!choreoConnect.isEmpty());
        QVERIFY(!window->workspace()->deploy(api.definition.id, choreoConnect));
        QVERIFY2(window->workspace()->lastError().contains(QStringLiteral("custom filter")),
            qPrintable(window->workspace()->lastError()));
    }
};

QTEST_MAIN(TestApiSecurityEditor)
#include "tst_apisecurityeditor.moc"
