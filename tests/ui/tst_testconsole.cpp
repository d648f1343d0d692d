#include "applicationdialogs.h"
#include "applicationspage.h"
#include "consolecredentialsbox.h"
#include "consoleresponseview.h"
#include "credentialspanel.h"
#include "environmentmanager.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "revokedialog.h"
#include "testbackend.h"
#include "testcertificates.h"
#include "testconsolepage.h"
#include "workspace.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::ConsoleCredentialsBox::Mode)

namespace {

const QString environmentName = QStringLiteral("gateway");

EnvironmentSettings onFreePorts(EnvironmentSettings settings)
{
    settings.httpPort = 0;
    settings.httpsPort = settings.tls ? 0 : -1;
    settings.adminPort = -1;
    settings.workerCount = 1;
    return settings;
}

} // namespace

// The console against a real environment: an OAuth2-protected API in front of a real backend.
class TestTestConsole : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    TestBackend m_backend;
    std::unique_ptr<MainWindow> m_window;
    QString m_apiId;
    QString m_applicationId;
    QString m_unsubscribedId;
    std::optional<TestClientCertificates> m_clients;

    // Sends what the console is set up for; returns the status, or -1.
    static int sendAndWait(TestConsolePage *console)
    {
        if (!console->send())
            return -1;
        if (!QTest::qWaitFor([console] { return !console->isBusy() && console->lastLogEntry(); }, 20000))
            return -1;
        return console->lastResponse()->status;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
        QVERIFY(m_backend.start());

        m_window = std::make_unique<MainWindow>(nullptr);
        QString error;
        QVERIFY2(
            m_window->createEmptyWorkspace(m_directory.filePath(QStringLiteral("console.gatehouse")), &error),
            qPrintable(error));
        Workspace *workspace = m_window->workspace();

        ApiRecord api;
        api.definition.name = QStringLiteral("Orders");
        api.definition.context = QStringLiteral("/orders");
        api.definition.version = QStringLiteral("1.0.0");
        api.definition.productionEndpoints.targets.push_back({ m_backend.url() });
        ResourceConfig items;
        items.pathTemplate = QStringLiteral("/items");
        OperationConfig list;
        list.method = "GET";
        items.operations.push_back(list);
        OperationConfig create;
        create.method = "POST";
        create.security.scopes = { QStringLiteral("orders:write") };
        items.operations.push_back(create);
        api.definition.resources.push_back(items);
        for (const QString &path : { QStringLiteral("/health"), QStringLiteral("/hang") }) {
            ResourceConfig open;
            open.pathTemplate = path;
            OperationConfig get;
            get.method = "GET";
            get.security.disabled = true;
            open.operations.push_back(get);
            api.definition.resources.push_back(open);
        }
        api.definition.security.schemes = { AuthScheme::OAuth2, AuthScheme::ApiKey };
        const std::optional<QString> id = workspace->addApi(api);
        QVERIFY2(id, qPrintable(workspace->lastError()));
        m_apiId = *id;

        EnvironmentSettings environment;
        environment.name = environmentName;
        environment.profile = GatewayProfile::ApiGateway;
        QVERIFY2(workspace->addEnvironment(environment), qPrintable(workspace->lastError()));
        QVERIFY2(workspace->deploy(m_apiId, environmentName), qPrintable(workspace->lastError()));

        const std::optional<CreatedApplication> subscribed
            = workspace->addApplication(QStringLiteral("Shop"));
        QVERIFY2(subscribed, qPrintable(workspace->lastError()));
        m_applicationId = subscribed->record.application.id;
        QVERIFY2(workspace->subscribe(m_applicationId, m_apiId), qPrintable(workspace->lastError()));
        const std::optional<CreatedApplication> other = workspace->addApplication(QStringLiteral("Stranger"));
        QVERIFY2(other, qPrintable(workspace->lastError()));
        m_unsubscribedId = other->record.application.id;
        m_window->refreshFromWorkspace();

        EnvironmentManager *manager = m_window->environmentManager();
        manager->setSettingsAdjuster(onFreePorts);
        QVERIFY2(manager->start(environmentName, &error), qPrintable(error));
        m_window->showTestConsole();
        QCOMPARE(m_window->currentPage(), m_window->testConsolePage());
    }

    void cleanupTestCase()
    {
        if (m_window) {
            m_window->environmentManager()->stopAll();
            QTRY_VERIFY_WITH_TIMEOUT(m_window->environmentManager()->runningEnvironments().isEmpty(), 15000);
        }
    }

    void sendShowsStatusAndSecurityVerdict_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<ConsoleCredentialsBox::Mode>("mode");
        QTest::addColumn<bool>("subscribed");
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("verdictContains");

        using Mode = ConsoleCredentialsBox::Mode;
        QTest::newRow("no credentials")
            << QByteArray("GET") << Mode::None << true << QString() << 401
            << QStringList { QStringLiteral("900902"), QStringLiteral("missing credentials"),
                   QStringLiteral("no credentials in the request") };
        QTest::newRow("application token")
            << QByteArray("GET") << Mode::AccessToken << true << QString() << 200
            << QStringList { QStringLiteral("Admitted by OAuth2 access token"), QStringLiteral("Shop") };
        QTest::newRow("API key") << QByteArray("GET") << Mode::ApiKey << true << QString() << 200
                                 << QStringList { QStringLiteral("Admitted by API key") };
        QTest::newRow("token without subscription")
            << QByteArray("GET") << Mode::AccessToken << false << QString() << 403
            << QStringList { QStringLiteral("900908"), QStringLiteral("not subscribed") };
        QTest::newRow("token without the scope")
            << QByteArray("POST") << Mode::AccessToken << true << QString() << 403
            << QStringList { QStringLiteral("900910") };
        QTest::newRow("open operation") << QByteArray("GET") << Mode::None << true << QString() << 200
                                        << QStringList { QStringLiteral("No security check ran") };
        QTest::newRow("token with the scope")
            << QByteArray("POST") << Mode::AccessToken << true << QStringLiteral("orders:write") << 200
            << QStringList { QStringLiteral("Admitted") };
    }

    void sendShowsStatusAndSecurityVerdict()
    {
        QFETCH(QByteArray, method);
        QFETCH(ConsoleCredentialsBox::Mode, mode);
        QFETCH(bool, subscribed);
        QFETCH(QString, scopes);
        QFETCH(int, status);
        QFETCH(QStringList, verdictContains);
        const QString resource
            = QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("open operation")
            ? QStringLiteral("/health")
            : QStringLiteral("/items");

        TestConsolePage *console = m_window->testConsolePage();
        QVERIFY(console->selectEnvironment(environmentName));
        QVERIFY(console->selectApi(m_apiId));
        QVERIFY(console->selectOperation(resource, method));
        console->setBody(method == "POST" ? QByteArray(R"({"item":"book"})") : QByteArray());
        console->credentials()->setMode(mode);
        QVERIFY(console->credentials()->selectApplication(subscribed ? m_applicationId : m_unsubscribedId));
        console->credentials()->setScopes(scopes);

        QVERIFY2(console->send(), qPrintable(console->banner()->text()));
        QVERIFY(console->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!console->isBusy(), 20000);
        const std::optional<ConsoleResponse> response = console->lastResponse();
        QVERIFY(response);
        QVERIFY2(response->completed, qPrintable(response->networkError));
        QCOMPARE(response->status, status);
        ConsoleResponseView *view = console->responseView();
        QVERIFY2(view->statusText().startsWith(QString::number(status)), qPrintable(view->statusText()));
        QVERIFY(!view->headerValue("X-Request-ID").isEmpty());

        // The verdict is final once the environment's access-log entry of this request has arrived.
        QTRY_VERIFY_WITH_TIMEOUT(console->lastLogEntry().has_value(), 10000);
        QCOMPARE(console->lastLogEntry()->requestId, response->requestId);
        for (const QString &expected : verdictContains)
            QTRY_VERIFY2(view->verdictText().contains(expected), qPrintable(view->verdictText()));
        if (status == 200) {
            QVERIFY2(
                view->bodyText().contains(QStringLiteral("\"method\": \"") + QString::fromLatin1(method)),
                qPrintable(view->bodyText())); // the backend's echo, pretty-printed
        } else {
            QVERIFY(view->bodyText().contains(QStringLiteral("\"code\"")));
        }
    }

    void revokedTokenIsRefusedAtOnce()
    {
        ApplicationsPage *applications = m_window->applicationsPage();
        m_window->showApplications();
        QVERIFY(applications->selectApplication(m_applicationId));
        CredentialsPanel *credentials = applications->credentialsPanel();
        credentials->setScopes(QString());
        QVERIFY(credentials->generateToken());
        const QString token = credentials->credential();

        TestConsolePage *console = m_window->testConsolePage();
        m_window->showTestConsole();
        QVERIFY(console->selectEnvironment(environmentName));
        QVERIFY(console->selectApi(m_apiId));
        QVERIFY(console->selectOperation(QStringLiteral("/items"), "GET"));
        console->setBody(QByteArray());
        console->credentials()->setMode(ConsoleCredentialsBox::Mode::None);
        console->setRequestHeaders(QStringLiteral("Authorization: Bearer ") + token);
        QCOMPARE(sendAndWait(console), 200);

        credentials->revokeInteractive();
        RevokeDialog *dialog = credentials->openRevokeDialog();
        QVERIFY(dialog);
        dialog->accept();
        QTRY_VERIFY(!credentials->openRevokeDialog());

        QCOMPARE(sendAndWait(console), 401);
        QTRY_VERIFY2(
            console->responseView()->verdictText().contains(QStringLiteral("token has been revoked")),
            qPrintable(console->responseView()->verdictText()));
        console->setRequestHeaders(QString());
    }

    void applicationCreatedWhileRunningIsAdmitted()
    {
        ApplicationsPage *applications = m_window->applicationsPage();
        m_window->showApplications();
        applications->newApplication();
        NewApplicationDialog *dialog = applications->newApplicationDialog();
        QVERIFY(dialog);
        dialog->setName(QStringLiteral("Late Comer"));
        dialog->accept();
        QTRY_VERIFY(applications->secretDialog());
        applications->secretDialog()->reject();
        QTRY_VERIFY(!applications->secretDialog());
        const QString lateComer = applications->selectedApplicationId();
        QVERIFY(applications->selectSubscriptionApi(m_apiId));
        applications->subscribeSelectedApi();

        TestConsolePage *console = m_window->testConsolePage();
        m_window->showTestConsole();
        QVERIFY(console->selectEnvironment(environmentName));
        QVERIFY(console->selectApi(m_apiId));
        QVERIFY(console->selectOperation(QStringLiteral("/items"), "GET"));
        console->credentials()->setMode(ConsoleCredentialsBox::Mode::AccessToken);
        QVERIFY(console->credentials()->selectApplication(lateComer));
        console->credentials()->setScopes(QString());
        QCOMPARE(sendAndWait(console), 200);
        QTRY_VERIFY2(console->responseView()->verdictText().contains(QStringLiteral("Late Comer")),
            qPrintable(console->responseView()->verdictText()));
    }

    void clientCertificateOverHttps_data()
    {
        QTest::addColumn<bool>("withCertificate");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("valid client certificate")
            << true << 200 << QStringLiteral("Admitted by Mutual SSL client certificate");
        QTest::newRow("no client certificate")
            << false << 401 << QStringLiteral("Reason: no client certificate");
    }

    void clientCertificateOverHttps()
    {
        QFETCH(bool, withCertificate);
        QFETCH(int, status);
        QFETCH(QString, verdict);

        QString error;
        Workspace *workspace = m_window->workspace();
        const QString tlsEnvironment = QStringLiteral("tls-gateway");
        if (!m_clients) {
            const auto server
                = TestCertificates::create(m_directory.filePath(QStringLiteral("server-pki")), &error);
            QVERIFY2(server, qPrintable(error));
            m_clients
                = TestClientCertificates::create(m_directory.filePath(QStringLiteral("client-pki")), &error);
            QVERIFY2(m_clients, qPrintable(error));
            QFile ca(m_clients->caCertificate);
            QVERIFY(ca.open(QIODevice::ReadOnly));
            QVERIFY2(workspace->addClientCa(ca.readAll()), qPrintable(workspace->lastError()));
            ApiRecord vault;
            vault.definition.name = QStringLiteral("Vault");
            vault.definition.context = QStringLiteral("/vault");
            vault.definition.version = QStringLiteral("1.0.0");
            vault.definition.productionEndpoints.targets.push_back({ m_backend.url() });
            ResourceConfig secrets;
            secrets.pathTemplate = QStringLiteral("/secrets");
            OperationConfig get;
            get.method = "GET";
            secrets.operations.push_back(get);
            vault.definition.resources.push_back(secrets);
            vault.definition.security.mutualTls = MutualTlsMode::Mandatory;
            const std::optional<QString> vaultId = workspace->addApi(vault);
            QVERIFY2(vaultId, qPrintable(workspace->lastError()));
            EnvironmentSettings settings;
            settings.name = tlsEnvironment;
            settings.profile = GatewayProfile::ApiGateway;
            settings.tls = TlsSettings { server->serverCertificate, server->serverKey };
            QVERIFY2(workspace->addEnvironment(settings), qPrintable(workspace->lastError()));
            QVERIFY2(workspace->deploy(*vaultId, tlsEnvironment), qPrintable(workspace->lastError()));
            m_window->refreshFromWorkspace();
            QVERIFY2(m_window->environmentManager()->start(tlsEnvironment, &error), qPrintable(error));
        }
        const TestClientCertificates *clients = &*m_clients;
        const QString vaultId = workspace->findApi(QStringLiteral("Vault"))->definition.id;

        TestConsolePage *console = m_window->testConsolePage();
        m_window->showTestConsole();
        QVERIFY(console->selectEnvironment(tlsEnvironment));
        QVERIFY(console->selectApi(vaultId));
        QVERIFY(console->selectOperation(QStringLiteral("/secrets"), "GET"));
        console->setRequestHeaders(QString());
        console->credentials()->setMode(ConsoleCredentialsBox::Mode::None);
        console->credentials()->setClientCertificate(withCertificate ? clients->validCertificate : QString(),
            withCertificate ? clients->clientKey : QString());
        QCOMPARE(sendAndWait(console), status);
        QTRY_VERIFY2(console->responseView()->verdictText().contains(verdict),
            qPrintable(console->responseView()->verdictText()));
        console->credentials()->setClientCertificate(QString(), QString());
    }

    void cancelStopsARequest()
    {
        TestConsolePage *console = m_window->testConsolePage();
        QVERIFY(console->selectEnvironment(environmentName));
        QVERIFY(console->selectApi(m_apiId));
        console->credentials()->setMode(ConsoleCredentialsBox::Mode::AccessToken);
        QVERIFY(console->credentials()->selectApplication(m_applicationId));
        console->credentials()->setScopes(QString());
        console->setBody(QByteArray());
        QVERIFY(console->selectOperation(QStringLiteral("/hang"), "GET"));
        QVERIFY(console->send());
        QVERIFY(console->isBusy());
        QTest::qWait(200);
        console->cancel();
        QTRY_VERIFY(!console->isBusy());
        QVERIFY(console->lastResponse());
        QVERIFY(console->lastResponse()->cancelled);
        QVERIFY(console->responseView()->statusText().contains(QStringLiteral("Cancelled")));
    }

    void unresolvedPathParameterIsRefused()
    {
        TestConsolePage *console = m_window->testConsolePage();
        QVERIFY(console->selectEnvironment(environmentName));
        console->setPath(QStringLiteral("/orders/1.0.0/items/{itemId}"));
        QVERIFY(!console->send());
        QVERIFY(console->banner()->text().contains(QStringLiteral("{itemId}")));
        QVERIFY(!console->isBusy());
    }
};

QTEST_MAIN(TestTestConsole)
#include "tst_testconsole.moc"
