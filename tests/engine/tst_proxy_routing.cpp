#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

// Routing, endpoint selection and WSO2 error replies through a real listener and real backends.
class TestProxyRouting : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort(); // closed again when probe goes out of scope
    }

    TestBackend m_backendA { TestBackend::Options { "A", {}, {} } };
    TestBackend m_backendB { TestBackend::Options { "B", {}, {} } };

private slots:
    void initTestCase()
    {
        QVERIFY(m_backendA.start());
        QVERIFY(m_backendB.start());
    }

    void forwardsWithRewrittenPathAndForwardedHeaders()
    {
        Environment env(testSettings());
        QString error;
        QVERIFY2(env.start(
                     configWith({ shopApi(httpGroup({ m_backendA.url(QStringLiteral("/base")) })) }), &error),
            qPrintable(error));
        BlockingHttpClient client(env.httpPort());
        const auto response = client.request("GET", "/shop/1.0.0/items/42?color=red",
            "Connection: keep-alive, X-Hop\r\nX-Hop: secret\r\n"
            "X-Forwarded-For: 10.1.1.1\r\nX-Custom: kept\r\nContent_Length: 5\r\n");
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, 200);
        const QJsonObject echo = json(response.body);
        QCOMPARE(echo.value(QStringLiteral("path")).toString(), QStringLiteral("/base/items/42"));
        QCOMPARE(echo.value(QStringLiteral("query")).toString(), QStringLiteral("color=red"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("host")).toString(),
            QStringLiteral("127.0.0.1:%1").arg(m_backendA.port()));
        QCOMPARE(headers.value(QStringLiteral("x-forwarded-for")).toString(),
            QStringLiteral("10.1.1.1, 127.0.0.1"));
        QCOMPARE(headers.value(QStringLiteral("x-forwarded-proto")).toString(), QStringLiteral("http"));
        QCOMPARE(
            headers.value(QStringLiteral("x-forwarded-host")).toString(), QStringLiteral("gateway.test"));
        QCOMPARE(headers.value(QStringLiteral("x-custom")).toString(), QStringLiteral("kept"));
        QVERIFY(!headers.contains(QStringLiteral("x-hop")));
        QVERIFY(!headers.contains(QStringLiteral("content_length")));
        QVERIFY(!headers.contains(QStringLiteral("connection"))
            || headers.value(QStringLiteral("connection")).toString() == QStringLiteral("keep-alive"));
        QVERIFY(!headers.value(QStringLiteral("x-request-id")).toString().isEmpty());
        QCOMPARE(response.head.headers.value("x-request-id"),
            headers.value(QStringLiteral("x-request-id")).toString().toLatin1());
        QCOMPARE(response.head.headers.value("x-backend"), QByteArray("A"));
    }

    void http10KeepAliveIsAcknowledged()
    {
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backendA.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        QVERIFY(client.sendRaw("GET /shop/1.0.0/a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
        const auto first = client.readResponse();
        QVERIFY(first.ok);
        QCOMPARE(first.head.headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(client.sendRaw("GET /shop/1.0.0/b HTTP/1.0\r\n\r\n"));
        const auto second = client.readResponse();
        QVERIFY(second.ok);
        QCOMPARE(second.head.status, 200);
        QVERIFY(client.waitForClose()); // no keep-alive asked for: the gateway closes
    }

    void routesAndErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("versioned") << QByteArray("GET") << QByteArray("/shop/1.0.0/pets/7") << 200
                                   << QString() << QByteArray();
        QTest::newRow("default version")
            << QByteArray("GET") << QByteArray("/shop/pets/7") << 200 << QString() << QByteArray();
        QTest::newRow("trailing slash")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/pets/7/") << 200 << QString() << QByteArray();
        QTest::newRow("unknown api") << QByteArray("GET") << QByteArray("/nothing/1.0/pets") << 404
                                     << QStringLiteral("900906") << QByteArray();
        QTest::newRow("unknown version") << QByteArray("GET") << QByteArray("/shop/9.9.9/pets/7") << 404
                                         << QStringLiteral("900906") << QByteArray();
        QTest::newRow("unknown resource") << QByteArray("GET") << QByteArray("/shop/1.0.0/owners") << 404
                                          << QStringLiteral("900906") << QByteArray();
        QTest::newRow("param must not be empty") << QByteArray("GET") << QByteArray("/shop/1.0.0/pets//x")
                                                 << 404 << QStringLiteral("900906") << QByteArray();
        QTest::newRow("method not allowed") << QByteArray("DELETE") << QByteArray("/shop/1.0.0/pets/7") << 405
                                            << QStringLiteral("405") << QByteArray("GET, PUT");
        QTest::newRow("dot segments") << QByteArray("GET") << QByteArray("/shop/1.0.0/pets/../admin") << 400
                                      << QStringLiteral("400") << QByteArray();
        QTest::newRow("encoded dot segments")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/pets/%2e%2e/admin") << 400
            << QStringLiteral("400") << QByteArray();
        QTest::newRow("mock example")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/mocked") << 201 << QString() << QByteArray();
    }

    void routesAndErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QByteArray, allow);

        ApiConfig api = shopApi(httpGroup({ m_backendA.url() }));
        api.resources.clear();
        api.resources.push_back(resource(QStringLiteral("/pets/{petId}"), { "GET", "PUT" }));
        ResourceConfig mocked = resource(QStringLiteral("/mocked"), { "GET" });
        mocked.productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 0 };
        mocked.operations[0].mock = MockResponse { 201, "application/json", R"({"mocked":true})" };
        api.resources.push_back(mocked);
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ api }), nullptr));
        BlockingHttpClient client(env.httpPort());
        const auto response = client.request(method, target);
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, status);
        if (!code.isEmpty()) {
            QCOMPARE(response.head.headers.value("content-type"), QByteArray("application/json"));
            const QJsonObject body = json(response.body);
            QCOMPARE(body.value(QStringLiteral("code")).toString(), code);
            QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
        }
        if (!allow.isEmpty())
            QCOMPARE(response.head.headers.value("allow"), allow);
        if (status == 201)
            QCOMPARE(response.body, QByteArray(R"({"mocked":true})"));
    }

    void perResourceAndPerOperationEndpoints()
    {
        ApiConfig api = shopApi(httpGroup({ m_backendA.url() }));
        api.resources.clear();
        api.resources.push_back(resource(QStringLiteral("/api-level"), { "GET" }));
        ResourceConfig special = resource(QStringLiteral("/special"), { "GET", "POST" });
        special.productionEndpoints = httpGroup({ m_backendB.url() });
        special.operations[1].productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 0 };
        special.operations[1].mock = MockResponse { 202, "text/plain", "queued" };
        api.resources.push_back(special);
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ api }), nullptr));
        BlockingHttpClient client(env.httpPort());
        QCOMPARE(
            client.request("GET", "/shop/1.0.0/api-level").head.headers.value("x-backend"), QByteArray("A"));
        QCOMPARE(
            client.request("GET", "/shop/1.0.0/special").head.headers.value("x-backend"), QByteArray("B"));
        const auto posted = client.request("POST", "/shop/1.0.0/special", {}, "x");
        QCOMPARE(posted.head.status, 202);
        QCOMPARE(posted.body, QByteArray("queued"));
    }

    void loadBalancesRoundRobin()
    {
        Environment env(testSettings(2));
        QVERIFY(env.start(configWith({ shopApi(httpGroup(
                              { m_backendA.url(), m_backendB.url() }, EndpointGroupType::LoadBalance)) }),
            nullptr));
        BlockingHttpClient client(env.httpPort());
        int a = 0;
        int b = 0;
        for (int i = 0; i < 20; ++i) {
            const QByteArray backend
                = client.request("GET", "/shop/1.0.0/lb").head.headers.value("x-backend");
            a += backend == "A";
            b += backend == "B";
        }
        QCOMPARE(a, 10);
        QCOMPARE(b, 10);
    }

    void failoverSkipsDeadEndpoint()
    {
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()));
        Environment env(testSettings(1));
        QVERIFY(env.start(
            configWith({ shopApi(httpGroup({ dead, m_backendB.url() }, EndpointGroupType::Failover)) }),
            nullptr));
        BlockingHttpClient client(env.httpPort());
        for (int i = 0; i < 3; ++i) {
            const auto response = client.request("GET", "/shop/1.0.0/x");
            QCOMPARE(response.head.status, 200);
            QCOMPARE(response.head.headers.value("x-backend"), QByteArray("B"));
        }
    }

    void backendFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("deadBackend");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("connection refused") << QString() << true << 503 << QStringLiteral("101503");
        QTest::newRow("read timeout") << QStringLiteral("/hang") << false << 504 << QStringLiteral("101504");
        QTest::newRow("closed without answer")
            << QStringLiteral("/drop") << false << 502 << QStringLiteral("101505");
    }

    void backendFailures()
    {
        QFETCH(QString, path);
        QFETCH(bool, deadBackend);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QUrl url
            = deadBackend ? QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())) : m_backendA.url();
        Environment env(testSettings(1));
        QVERIFY(
            env.start(configWith({ shopApi(httpGroup({ url }, EndpointGroupType::Single, 500)) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        const auto response = client.request("GET", "/shop/1.0.0" + path.toLatin1());
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, status);
        QCOMPARE(json(response.body).value(QStringLiteral("code")).toString(), code);
        // The gateway stays healthy for the next request on the same connection.
        if (!response.closedByServer) {
            const auto again = client.request("GET", "/shop/1.0.0" + path.toLatin1());
            QCOMPARE(again.head.status, status);
        }
    }
};

QTEST_GUILESS_MAIN(TestProxyRouting)
#include "tst_proxy_routing.moc"
