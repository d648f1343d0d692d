#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "observability/metricsregistry.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

// Environments as a whole: deploys, observability, shutdown and ports.
class TestEnvironmentLifecycle : public QObject
{
    Q_OBJECT

private:
    static GatewayConfigPtr mockConfig(const QByteArray &body)
    {
        ApiConfig api = shopApi(EndpointGroup { EndpointGroupType::Mock, {}, 0 });
        for (auto &op : api.resources[0].operations)
            op.mock = MockResponse { 200, "text/plain", body };
        return configWith({ api });
    }

    TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY(m_backend.start()); }

    void redeployUnderLoadDropsNothing()
    {
        Environment env(testSettings(2));
        QVERIFY(env.start(mockConfig("v0"), nullptr));
        const quint16 port = env.httpPort();
        std::atomic<bool> running { true };
        std::atomic<int> ok { 0 };
        std::atomic<int> failed { 0 };
        std::vector<std::thread> clients;
        for (int c = 0; c < 4; ++c) {
            clients.emplace_back([&, c] {
                auto client = std::make_unique<BlockingHttpClient>(port);
                int n = 0;
                while (running.load() && n < 20000) {
                    // Mix long-lived and fresh connections.
                    if (++n % 50 == 0 || !client->isConnected())
                        client = std::make_unique<BlockingHttpClient>(port);
                    const auto response = client->request("GET", "/shop/1.0.0/item/" + QByteArray::number(c));
                    const bool good = response.ok && response.head.status == 200
                        && (response.body == "v0" || response.body.startsWith("v"));
                    (good ? ok : failed).fetch_add(1);
                }
            });
        }
        for (int i = 1; i <= 60; ++i) {
            const DeployResult result = env.deploy(mockConfig("v" + QByteArray::number(i)));
            QVERIFY(result.ok);
            QTest::qWait(10);
        }
        running = false;
        for (auto &t : clients)
            t.join();
        QCOMPARE(failed.load(), 0);
        QVERIFY(ok.load() > 100);
        BlockingHttpClient client(port);
        QCOMPARE(client.request("GET", "/shop/1.0.0/x").body, QByteArray("v60"));
    }

    void immutableEnvironmentRefusesDeploys()
    {
        EnvironmentSettings settings = testSettings(1);
        settings.mode = EnvironmentMode::Immutable;
        Environment env(settings);
        QVERIFY(env.start(mockConfig("frozen"), nullptr));
        const DeployResult result = env.deploy(mockConfig("changed"));
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(QStringLiteral("immutable")));
        BlockingHttpClient client(env.httpPort());
        QCOMPARE(client.request("GET", "/shop/1.0.0/x").body, QByteArray("frozen"));
    }

    void metricsAndHealthOnAdminListener()
    {
        EnvironmentSettings settings = testSettings(2);
        settings.adminPort = 0;
        Environment env(settings);
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        QVERIFY(env.adminPort() != 0);
        BlockingHttpClient client(env.httpPort());
        for (int i = 0; i < 7; ++i)
            QCOMPARE(client.request("GET", "/shop/1.0.0/things").head.status, 200);
        QCOMPARE(client.request("GET", "/nowhere").head.status, 404);
        BlockingHttpClient admin(env.adminPort());
        // Counters are recorded just after each response is written: wait until the last one is in.
        const QByteArray lastRecorded = "resource=\"\",code=\"4xx\"} 1";
        BlockingHttpClient::Response metrics;
        QTRY_VERIFY((metrics = admin.request("GET", "/metrics")).body.contains(lastRecorded));
        QCOMPARE(metrics.head.status, 200);
        QVERIFY(metrics.head.headers.value("content-type").startsWith("text/plain"));
        QVERIFY2(metrics.body.contains(
                     "gatehouse_requests_total{environment=\"test-env\",api=\"Shop\",version=\"1.0.0\","
                     "method=\"GET\",resource=\"/*\",code=\"2xx\"} 7"),
            metrics.body.constData());
        QVERIFY(metrics.body.contains(
            "gatehouse_requests_total{environment=\"test-env\",api=\"\",version=\"\",method=\"\","
            "resource=\"\",code=\"4xx\"} 1"));
        QVERIFY(metrics.body.contains(
            "gatehouse_request_duration_seconds_count{environment=\"test-env\",api=\"Shop\""));
        QVERIFY(metrics.body.contains("le=\"+Inf\"} 7"));
        const auto health = admin.request("GET", "/health");
        QCOMPARE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("UP"));
        const auto counts = env.metrics().requestCountsByApi();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().requests, quint64(7));
    }

    void accessLogRedactsSecrets()
    {
        QTemporaryDir dir;
        EnvironmentSettings settings = testSettings(2);
        settings.accessLogPath = dir.filePath(QStringLiteral("access.log"));
        Environment env(settings);
        QSignalSpy logged(&env, &Environment::requestLogged);
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        const auto response
            = client.request("GET", "/shop/1.0.0/orders?apikey=SECRET-KEY&page=2&access_token=TOKEN",
                "Authorization: Bearer SECRET-BEARER\r\nCookie: session=SECRET-COOKIE\r\n"
                "apikey: SECRET-HEADER\r\n");
        QCOMPARE(response.head.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(logged.size(), 1, 5000);
        const auto entry = logged.first().first().value<AccessLogEntry>();
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.apiName, QStringLiteral("Shop"));
        QCOMPARE(entry.path, QByteArray("/shop/1.0.0/orders?apikey=***&page=2&access_token=***"));
        env.stop(1000);
        QSignalSpy stopped(&env, &Environment::stopped);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QFile file(settings.accessLogPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.count('\n'), 1);
        const QJsonObject line = QJsonDocument::fromJson(content.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(line.value(QStringLiteral("request_id")).toString().toLatin1(),
            response.head.headers.value("x-request-id"));
        QVERIFY(!content.contains("SECRET"));
        QVERIFY(!content.contains("TOKEN"));
    }

    // Receivers of requestLogged come and go while the environment runs (the GUI's pages, a window being
    // destroyed): a receiver's destructor must not deadlock on Qt's signal-slot lock (disconnectNotify once
    // asked isSignalConnected() there), and entries reach whoever listens afterwards.
    void logReceiversComeAndGo()
    {
        Environment env(testSettings(1));
        QVERIFY(env.start(mockConfig("ok"), nullptr));
        BlockingHttpClient client(env.httpPort());
        for (int round = 0; round < 50; ++round) {
            auto receiver = std::make_unique<QObject>();
            int received = 0;
            connect(&env, &Environment::requestLogged, receiver.get(),
                [&received](const AccessLogEntry &) { ++received; });
            if (round % 10 == 0) {
                QCOMPARE(client.request("GET", "/shop/1.0.0/orders").head.status, 200);
                QTRY_COMPARE_WITH_TIMEOUT(received, 1, 5000);
            }
            receiver.reset(); // disconnects from the receiver's side
            if (round % 2 == 0)
                QCoreApplication::processEvents();
        }
        QSignalSpy logged(&env, &Environment::requestLogged);
        QCOMPARE(client.request("GET", "/shop/1.0.0/orders").head.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(logged.size(), 1, 5000);
        env.disconnect(); // every signal at once: the invalid-signal notification
        QCoreApplication::processEvents();
        QSignalSpy again(&env, &Environment::requestLogged);
        QCOMPARE(client.request("GET", "/shop/1.0.0/orders").head.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 5000);
    }

    void stopDrainsInFlightRequests()
    {
        Environment env(testSettings(2));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        const quint16 port = env.httpPort();
        BlockingHttpClient::Response slow;
        std::thread inFlight([&] {
            BlockingHttpClient client(port);
            slow = client.request("GET", "/shop/1.0.0/delay/700");
        });
        QTRY_VERIFY_WITH_TIMEOUT(env.metrics().openConnections() == 1, 5000);
        QSignalSpy stopped(&env, &Environment::stopped);
        env.stop(5000);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        inFlight.join();
        QVERIFY(slow.ok);
        QCOMPARE(slow.head.status, 200);
        QVERIFY(!env.isRunning());
        BlockingHttpClient refused(port);
        QVERIFY(!refused.isConnected());
    }

    void stopCutsOffAfterDrainTime()
    {
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        const quint16 port = env.httpPort();
        BlockingHttpClient::Response hung;
        std::thread inFlight([&] {
            BlockingHttpClient client(port, 20000);
            hung = client.request("GET", "/shop/1.0.0/hang");
        });
        QTRY_VERIFY_WITH_TIMEOUT(env.metrics().openConnections() == 1, 5000);
        QSignalSpy stopped(&env, &Environment::stopped);
        env.stop(300);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        inFlight.join();
        QVERIFY(!hung.ok);
    }

    void connectionLimitRefusesExtraClients()
    {
        EnvironmentSettings settings = testSettings(1);
        settings.limits.maxConnections = 2;
        Environment env(settings);
        QVERIFY(env.start(mockConfig("ok"), nullptr));
        BlockingHttpClient first(env.httpPort());
        BlockingHttpClient second(env.httpPort());
        QCOMPARE(first.request("GET", "/shop/1.0.0/x").head.status, 200);
        QCOMPARE(second.request("GET", "/shop/1.0.0/x").head.status, 200);
        BlockingHttpClient third(env.httpPort());
        QVERIFY(third.isConnected()); // the kernel accepts; the gateway closes it at once
        QVERIFY(third.waitForClose());
        QCOMPARE(first.request("GET", "/shop/1.0.0/x").head.status, 200);
    }

    void portInUseIsReported()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        EnvironmentSettings settings = testSettings(1);
        settings.httpPort = squatter.serverPort();
        Environment env(settings);
        QString error;
        QVERIFY(!env.start(mockConfig("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY(!env.isRunning());
    }

    void twoEnvironmentsRunSideBySide()
    {
        EnvironmentSettings cc = testSettings(1);
        cc.name = QStringLiteral("choreo");
        cc.profile = GatewayProfile::ChoreoConnect;
        EnvironmentSettings apigw = testSettings(1);
        apigw.name = QStringLiteral("apigw");
        apigw.profile = GatewayProfile::ApiGateway;
        Environment a(cc);
        Environment b(apigw);
        QVERIFY(a.start(mockConfig("from-cc"), nullptr));
        QVERIFY(b.start(mockConfig("from-apigw"), nullptr));
        QVERIFY(a.httpPort() != b.httpPort());
        BlockingHttpClient ca(a.httpPort());
        BlockingHttpClient cb(b.httpPort());
        QCOMPARE(ca.request("GET", "/shop/1.0.0/x").body, QByteArray("from-cc"));
        QCOMPARE(cb.request("GET", "/shop/1.0.0/x").body, QByteArray("from-apigw"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentLifecycle)
#include "tst_environment_lifecycle.moc"
