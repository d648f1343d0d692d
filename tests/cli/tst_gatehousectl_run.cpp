#include "gatehousectlprocess.h"
#include "gatehousectlrun.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>

namespace {

constexpr int StartTimeoutMs = 20'000;
constexpr int DeployTimeoutMs = 5'000;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

// A GET with the real curl client. Status 0 when curl could not connect.
HttpAnswer curlGet(const QUrl &url)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
        { QStringLiteral("--silent"), QStringLiteral("--max-time"), QStringLiteral("10"),
            QStringLiteral("--write-out"), QStringLiteral("\n%{http_code}"), url.toString() });
    if (!curl.waitForFinished(15'000))
        return {};
    const QByteArray output = curl.readAllStandardOutput();
    const qsizetype separator = output.lastIndexOf('\n');
    return { output.mid(separator + 1).toInt(), output.left(separator) };
}

// A served mock answer: the URL path under the listener and what the workspace says it answers.
struct MockCall
{
    QString apiId;
    QString path;
    QByteArray contentType;
    QByteArray body;
};

// The first GET operation with a literal path that the mock endpoint type answers.
std::optional<MockCall> findMockGet(const Gatehouse::ApiConfig &api)
{
    for (const Gatehouse::ResourceConfig &resource : api.resources) {
        if (resource.pathTemplate.contains(QLatin1Char('{'))
            || resource.pathTemplate.contains(QLatin1Char('*')))
            continue;
        for (const Gatehouse::OperationConfig &operation : resource.operations) {
            if (operation.method == "GET" && operation.mock && operation.mock->status == 200)
                return MockCall { api.id,
                    api.context + QLatin1Char('/') + api.version + resource.pathTemplate,
                    operation.mock->contentType, operation.mock->body };
        }
    }
    return std::nullopt;
}

bool sameBody(const MockCall &expected, const QByteArray &actual)
{
    if (expected.contentType.contains("json"))
        return QJsonDocument::fromJson(actual) == QJsonDocument::fromJson(expected.body)
            && !QJsonDocument::fromJson(actual).isNull();
    return actual == expected.body;
}

QUrl withPath(QUrl base, const QString &path)
{
    base.setPath(path);
    return base;
}

} // namespace

// `gatehousectl run` as a CI job or a container runs it: real listeners on free ports, real clients,
// deployments from a second gatehousectl process, signals.
class TestGatehouseCtlRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servesTheDemoMockApi();
    void takesDeploymentsFromAnotherProcess();
    void immutableEnvironmentKeepsItsContent();
    void runsSeveralEnvironments();
    void terminationSignals_data();
    void terminationSignals();
    void portInUse();
    void drainsInFlightRequestOnTermination();

private:
    QStringList workspaceArguments() const { return { QStringLiteral("--workspace"), m_workspacePath }; }
    GatehouseCtlProcess::Result ctl(const QStringList &arguments)
    {
        return GatehouseCtlProcess::run(arguments + workspaceArguments());
    }
    // Starts `run` for one environment on free ports and waits for its HTTP listener line.
    std::unique_ptr<GatehouseCtlRun> startRun(const QStringList &environments);

    QTemporaryDir m_directory;
    QString m_workspacePath;
    MockCall m_petstore;
    MockCall m_weather;
};

void TestGatehouseCtlRun::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspacePath = m_directory.filePath(QStringLiteral("run.gatehouse"));
    GatehouseCtlProcess::Result result
        = GatehouseCtlProcess::run({ QStringLiteral("init"), QStringLiteral("--demo"), m_workspacePath });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    // Read what the demo mocks answer straight from the workspace, so the test follows the demo data.
    {
        QString error;
        const std::unique_ptr<Gatehouse::Workspace> workspace
            = Gatehouse::Workspace::open(m_workspacePath, &error);
        QVERIFY2(workspace, qPrintable(error));
        QList<MockCall> mocks;
        for (const Gatehouse::ApiRecord &api : workspace->apis()) {
            if (const std::optional<MockCall> mock = findMockGet(api.definition))
                mocks.append(*mock);
        }
        QVERIFY2(mocks.size() >= 2, "the demo needs two APIs with a mocked GET on a literal path");
        m_petstore = mocks.at(0);
        m_weather = mocks.at(1);
    }

    result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("cli-run"),
        QStringLiteral("--profile"), QStringLiteral("choreo-connect"), QStringLiteral("--http-port"),
        QStringLiteral("0"), QStringLiteral("--admin-port"), QStringLiteral("0"), QStringLiteral("--deploy"),
        m_petstore.apiId });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("cli-frozen"),
        QStringLiteral("--profile"), QStringLiteral("api-gateway"), QStringLiteral("--mode"),
        QStringLiteral("immutable"), QStringLiteral("--http-port"), QStringLiteral("0"),
        QStringLiteral("--deploy"), m_petstore.apiId });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
}

std::unique_ptr<GatehouseCtlRun> TestGatehouseCtlRun::startRun(const QStringList &environments)
{
    QStringList arguments = workspaceArguments() << QStringLiteral("--workers") << QStringLiteral("1");
    for (const QString &environment : environments)
        arguments << QStringLiteral("--env") << environment << QStringLiteral("--http-port")
                  << environment + QStringLiteral("=0");
    auto run = std::make_unique<GatehouseCtlRun>(arguments);
    const bool ready = QTest::qWaitFor(
        [&] {
            return run->hasExited()
                || std::all_of(environments.cbegin(), environments.cend(), [&](const QString &environment) {
                       return run->listenerUrl(environment, QStringLiteral("http")).isValid();
                   });
        },
        StartTimeoutMs);
    if (!ready)
        qWarning("gatehousectl run printed no listener within %d ms", StartTimeoutMs);
    return run;
}

void TestGatehouseCtlRun::servesTheDemoMockApi()
{
    const auto run = startRun({ QStringLiteral("cli-run") });
    const QUrl base = run->listenerUrl(QStringLiteral("cli-run"), QStringLiteral("http"));
    QVERIFY2(base.isValid(), run->standardError().constData());
    QCOMPARE(base.scheme(), QStringLiteral("http"));
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.port() > 0);

    // curl, a real client in another process.
    const QUrl url = withPath(base, m_petstore.path);
    const HttpAnswer answer = curlGet(url);
    QCOMPARE(answer.status, 200);
    QVERIFY2(sameBody(m_petstore, answer.body), answer.body.constData());

    // Qt's own client, from this process.
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().startsWith(m_petstore.contentType));
    QVERIFY(sameBody(m_petstore, reply->readAll()));

    // The admin listener serves the metrics, which count what we just did.
    const QUrl admin = run->listenerUrl(QStringLiteral("cli-run"), QStringLiteral("admin"));
    QVERIFY2(admin.isValid(), run->standardOutput().constData());
    const HttpAnswer metrics = curlGet(withPath(admin, QStringLiteral("/metrics")));
    QCOMPARE(metrics.status, 200);
    QVERIFY2(metrics.body.contains("# TYPE"), metrics.body.constData());

    QVERIFY(!run->hasExited());
}

void TestGatehouseCtlRun::takesDeploymentsFromAnotherProcess()
{
    const auto run = startRun({ QStringLiteral("cli-run") });
    const QUrl base = run->listenerUrl(QStringLiteral("cli-run"), QStringLiteral("http"));
    QVERIFY2(base.isValid(), run->standardError().constData());
    const QUrl weatherUrl = withPath(base, m_weather.path);
    QCOMPARE(curlGet(weatherUrl).status, 404);

    GatehouseCtlProcess::Result result = ctl(
        { QStringLiteral("deploy"), m_weather.apiId, QStringLiteral("--env"), QStringLiteral("cli-run") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QTRY_COMPARE_WITH_TIMEOUT(curlGet(weatherUrl).status, 200, DeployTimeoutMs);
    QVERIFY(sameBody(m_weather, curlGet(weatherUrl).body));
    QTRY_VERIFY_WITH_TIMEOUT(run->standardOutput().contains("cli-run: redeployed"), DeployTimeoutMs);
    // The API that was there all along still answers.
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 200);

    result = ctl(
        { QStringLiteral("undeploy"), m_weather.apiId, QStringLiteral("--env"), QStringLiteral("cli-run") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QTRY_COMPARE_WITH_TIMEOUT(curlGet(weatherUrl).status, 404, DeployTimeoutMs);
    const HttpAnswer notFound = curlGet(weatherUrl);
    const QJsonObject error = QJsonDocument::fromJson(notFound.body).object();
    QCOMPARE(error.value(QStringLiteral("code")).toVariant().toString(), QStringLiteral("900906"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 200);
}

void TestGatehouseCtlRun::immutableEnvironmentKeepsItsContent()
{
    const auto run = startRun({ QStringLiteral("cli-frozen") });
    const QUrl base = run->listenerUrl(QStringLiteral("cli-frozen"), QStringLiteral("http"));
    QVERIFY2(base.isValid(), run->standardError().constData());
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 200);

    const GatehouseCtlProcess::Result result = ctl(
        { QStringLiteral("deploy"), m_weather.apiId, QStringLiteral("--env"), QStringLiteral("cli-frozen") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.toLower().contains("immutable"), result.standardError.constData());
    QCOMPARE(curlGet(withPath(base, m_weather.path)).status, 404);
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 200);
}

void TestGatehouseCtlRun::runsSeveralEnvironments()
{
    const auto run = startRun({ QStringLiteral("cli-run"), QStringLiteral("cli-frozen") });
    const QUrl mutableBase = run->listenerUrl(QStringLiteral("cli-run"), QStringLiteral("http"));
    const QUrl immutableBase = run->listenerUrl(QStringLiteral("cli-frozen"), QStringLiteral("http"));
    QVERIFY2(mutableBase.isValid() && immutableBase.isValid(), run->standardError().constData());
    QVERIFY(mutableBase.port() != immutableBase.port());
    for (const QUrl &base : { mutableBase, immutableBase }) {
        const HttpAnswer answer = curlGet(withPath(base, m_petstore.path));
        QCOMPARE(answer.status, 200);
        QVERIFY(sameBody(m_petstore, answer.body));
    }
}

void TestGatehouseCtlRun::terminationSignals_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestGatehouseCtlRun::terminationSignals()
{
    QFETCH(int, signalNumber);
    const auto run = startRun({ QStringLiteral("cli-run") });
    const QUrl base = run->listenerUrl(QStringLiteral("cli-run"), QStringLiteral("http"));
    QVERIFY2(base.isValid(), run->standardError().constData());
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 200);

    run->sendSignal(signalNumber);
    QTRY_VERIFY_WITH_TIMEOUT(run->hasExited(), 15'000);
    QCOMPARE(run->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(run->process().exitCode(), 0);
    // The listener is gone with the process.
    QCOMPARE(curlGet(withPath(base, m_petstore.path)).status, 0);
}

void TestGatehouseCtlRun::portInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupant.serverPort());

    GatehouseCtlRun run(workspaceArguments()
        << QStringLiteral("--env") << QStringLiteral("cli-run") << QStringLiteral("--http-port")
        << QStringLiteral("cli-run=") + port);
    QTRY_VERIFY_WITH_TIMEOUT(run.hasExited(), StartTimeoutMs);
    QCOMPARE(run.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.process().exitCode(), 1);
    const QString error = QString::fromUtf8(run.standardError());
    QVERIFY2(error.startsWith(QStringLiteral("gatehousectl: cannot start environment 'cli-run'")),
        qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("in use"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(run.listenerCount(), 0);
}

void TestGatehouseCtlRun::drainsInFlightRequestOnTermination()
{
    // A backend that answers only when the test says so, to hold a request in flight.
    QTcpServer backend;
    QVERIFY(backend.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> upstreamConnections;
    QByteArray upstreamRequest;
    connect(&backend, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = backend.nextPendingConnection()) {
            upstreamConnections.append(socket);
            connect(
                socket, &QTcpSocket::readyRead, this, [&, socket] { upstreamRequest += socket->readAll(); });
        }
    });

    const QString definition = m_directory.filePath(QStringLiteral("slow.yaml"));
    QFile file(definition);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("openapi: 3.0.3\ninfo:\n  title: Slow\n  version: 1.0.0\nx-wso2-basePath: /slow\n"
               "x-wso2-production-endpoints:\n  urls:\n    - http://127.0.0.1:"
        + QByteArray::number(backend.serverPort())
        + "\npaths:\n  /wait:\n    get:\n      responses:\n        '200':\n          description: ok\n");
    file.close();
    GatehouseCtlProcess::Result result = ctl({ QStringLiteral("import"), definition });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("cli-drain"),
        QStringLiteral("--profile"), QStringLiteral("choreo-connect"), QStringLiteral("--deploy"),
        QStringLiteral("Slow") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    const auto run = startRun({ QStringLiteral("cli-drain") });
    const QUrl base = run->listenerUrl(QStringLiteral("cli-drain"), QStringLiteral("http"));
    QVERIFY2(base.isValid(), run->standardError().constData());

    QProcess curl;
    curl.start(QStringLiteral("curl"),
        { QStringLiteral("--silent"), QStringLiteral("--max-time"), QStringLiteral("30"),
            QStringLiteral("--write-out"), QStringLiteral("\n%{http_code}"),
            withPath(base, QStringLiteral("/slow/1.0.0/wait")).toString() });
    QTRY_VERIFY_WITH_TIMEOUT(upstreamRequest.contains("\r\n\r\n"), 10'000);
    QVERIFY(upstreamRequest.startsWith("GET /wait HTTP/1.1\r\n"));

    run->sendSignal(SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(run->standardError().contains("gatehousectl: stopping"), 10'000);
    QVERIFY2(!run->hasExited(), "exited without waiting for the request in flight");
    QCOMPARE(curl.state(), QProcess::Running);

    upstreamConnections.constLast()->write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\n"
        "drained");
    QTRY_VERIFY_WITH_TIMEOUT(curl.state() == QProcess::NotRunning, 10'000);
    QCOMPARE(curl.readAllStandardOutput(), QByteArray("drained\n200"));
    QTRY_VERIFY_WITH_TIMEOUT(run->hasExited(), 10'000);
    QCOMPARE(run->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(run->process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestGatehouseCtlRun)
#include "tst_gatehousectl_run.moc"
