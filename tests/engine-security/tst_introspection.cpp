#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

// A real RFC 7662 endpoint (python3's http.server): checks the gateway's client credentials, knows two
// opaque tokens, counts the calls it gets.
const char *introspectionServer = R"PY(
import base64, json, sys, time, urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
calls = 0
class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args): pass
    def do_POST(self):
        global calls
        calls += 1
        body = self.rfile.read(int(self.headers.get('Content-Length', 0))).decode()
        token = urllib.parse.parse_qs(body).get('token', [''])[0]
        if self.headers.get('Authorization') != 'Basic ' + base64.b64encode(b'gateway:gw-secret').decode():
            self.send_response(401); self.end_headers(); return
        if token == 'opaque-good':
            answer = {'active': True, 'client_id': 'ck-opaque', 'scope': 'read write', 'sub': 'carol', 'exp': int(time.time()) + 600}
        elif token == 'opaque-expired':
            answer = {'active': True, 'client_id': 'ck-opaque', 'exp': int(time.time()) - 600}
        else:
            answer = {'active': False}
        data = json.dumps(answer).encode()
        self.send_response(200); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(len(data))); self.end_headers(); self.wfile.write(data)
    def do_GET(self):
        data = str(calls).encode()
        self.send_response(200); self.send_header('Content-Length', str(len(data))); self.end_headers(); self.wfile.write(data)
server = HTTPServer(('127.0.0.1', 0), Handler)
print('port', server.server_address[1], flush=True)
server.serve_forever()
)PY";

} // namespace

class TestIntrospection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opaqueTokens_data();
    void opaqueTokens();
    void activeTokensAreCached();
    void unreachableEndpoint();

private:
    int status(const QByteArray &token, QByteArray *code = nullptr);
    int serverCalls();

    QProcess m_server;
    quint16 m_serverPort = 0;
    TestBackend m_backend;
    std::unique_ptr<Environment> m_environment;
    GatewayConfigPtr m_config;
};

void TestIntrospection::initTestCase()
{
    QVERIFY(m_backend.start());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is not installed");
    m_server.start(python, { QStringLiteral("-c"), QString::fromLatin1(introspectionServer) });
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    const auto match
        = QRegularExpression(QStringLiteral("port (\\d+)")).match(QString::fromUtf8(m_server.readLine()));
    QVERIFY(match.hasMatch());
    m_serverPort = quint16(match.captured(1).toUInt());

    auto config = std::make_shared<GatewayConfig>();
    ApiConfig shop = shopApi(httpGroup({ m_backend.url() }));
    shop.security.schemes = { AuthScheme::OAuth2 };
    config->apis.push_back(shop);
    ApplicationConfig application;
    application.id = QStringLiteral("app");
    application.name = QStringLiteral("Opaque App");
    application.consumerKey = "ck-opaque";
    application.subscriptions.push_back({ shop.id, QStringLiteral("Unlimited") });
    config->realm.applications.push_back(application);
    IntrospectionConfig introspection;
    introspection.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/introspect").arg(m_serverPort));
    introspection.clientId = QStringLiteral("gateway");
    introspection.clientSecret = "gw-secret";
    config->realm.introspection = introspection;
    m_config = config;
    m_environment = std::make_unique<Environment>(testSettings(2));
    QString error;
    QVERIFY2(m_environment->start(config, &error), qPrintable(error));
}

void TestIntrospection::cleanupTestCase()
{
    m_environment.reset();
    m_server.kill();
    m_server.waitForFinished();
}

int TestIntrospection::status(const QByteArray &token, QByteArray *code)
{
    BlockingHttpClient client(m_environment->httpPort());
    const auto response = client.request("GET", "/shop/1.0.0/x", "Authorization: Bearer " + token + "\r\n");
    if (code)
        *code = QJsonDocument::fromJson(response.body)
                    .object()
                    .value(QLatin1String("code"))
                    .toString()
                    .toLatin1();
    return response.head.status;
}

int TestIntrospection::serverCalls()
{
    BlockingHttpClient client(m_serverPort);
    return client.request("GET", "/calls").body.toInt();
}

void TestIntrospection::opaqueTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QByteArray>("expectedCode");
    QTest::newRow("active") << QByteArray("opaque-good") << 200 << QByteArray();
    QTest::newRow("inactive") << QByteArray("opaque-unknown") << 401 << QByteArray("900901");
    QTest::newRow("active but expired") << QByteArray("opaque-expired") << 401 << QByteArray("900901");
}

void TestIntrospection::opaqueTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(int, expectedStatus);
    QFETCH(QByteArray, expectedCode);
    QByteArray code;
    QCOMPARE(status(token, &code), expectedStatus);
    QCOMPARE(code, expectedCode);
}

void TestIntrospection::activeTokensAreCached()
{
    QCOMPARE(status("opaque-good"), 200);
    const int calls = serverCalls();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(status("opaque-good"), 200);
    QCOMPARE(serverCalls(), calls);
}

void TestIntrospection::unreachableEndpoint()
{
    auto config = std::make_shared<GatewayConfig>(*m_config);
    config->realm.introspection->endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/introspect"));
    QVERIFY(m_environment->deploy(config).ok);
    QByteArray code;
    int lastStatus = 0;
    QTRY_COMPARE_WITH_TIMEOUT(
        (lastStatus = status("another-opaque-token", &code), code), QByteArray("900900"), 10000);
    QCOMPARE(lastStatus, 401);
}

QTEST_GUILESS_MAIN(TestIntrospection)
#include "tst_introspection.moc"
