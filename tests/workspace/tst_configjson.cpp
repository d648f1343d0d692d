#include "configjson.h"

#include <QTest>

using namespace Gatehouse;

namespace {

EndpointGroup group(EndpointGroupType type, const QStringList &urls)
{
    EndpointGroup result;
    result.type = type;
    for (const QString &url : urls)
        result.targets.push_back({ QUrl(url), 1500, 12000 });
    return result;
}

ApiConfig fullApi()
{
    ApiConfig api;
    api.id = QStringLiteral("7d1c0e7e-5c55-4f0c-9a43-0d6f8f2b8a10");
    api.name = QStringLiteral("Orders API");
    api.context = QStringLiteral("/orders");
    api.version = QStringLiteral("v1");
    api.isDefaultVersion = true;
    api.revision = 3;
    api.throttlingPolicy = QStringLiteral("20KPerMin");
    api.productionEndpoints = group(EndpointGroupType::LoadBalance,
        { QStringLiteral("http://a.example:8080/api"), QStringLiteral("https://b.example/api") });
    api.productionEndpoints.connectRetries = 2;
    api.sandboxEndpoints = group(EndpointGroupType::Single, { QStringLiteral("http://sandbox.example") });

    ResourceConfig orders;
    orders.pathTemplate = QStringLiteral("/orders/{orderId}");
    orders.productionEndpoints = group(EndpointGroupType::Failover,
        { QStringLiteral("http://primary.example"), QStringLiteral("http://backup.example") });
    OperationConfig get;
    get.method = "GET";
    get.operationId = QStringLiteral("getOrder");
    get.throttlingPolicy = QStringLiteral("10KPerMin");
    get.mock = MockResponse { 200, "application/json", R"({"orderId":"A-1","note":"caf\u00e9 ☕"})" };
    OperationConfig post;
    post.method = "POST";
    post.productionEndpoints = group(EndpointGroupType::Mock, {});
    post.sandboxEndpoints
        = group(EndpointGroupType::Single, { QStringLiteral("http://post-sandbox.example") });
    post.mock = MockResponse { 201, "application/octet-stream", QByteArray("\x00\xff\xfe binary\x80", 11) };
    OperationConfig remove;
    remove.method = "DELETE";
    remove.mock = MockResponse { 204, QByteArray(), QByteArray() };
    orders.operations = { get, post, remove };

    ResourceConfig files;
    files.pathTemplate = QStringLiteral("/files/*");
    files.sandboxEndpoints = group(EndpointGroupType::Single, { QStringLiteral("https://files.example") });
    OperationConfig head;
    head.method = "HEAD";
    files.operations = { head };
    api.resources = { orders, files };
    return api;
}

} // namespace

class TestConfigJson : public QObject
{
    Q_OBJECT
private slots:
    void apiRoundTrip_data()
    {
        QTest::addColumn<ApiConfig>("api");
        QTest::newRow("defaults") << ApiConfig();
        ApiConfig minimal;
        minimal.name = QStringLiteral("Echo");
        minimal.context = QStringLiteral("/echo");
        minimal.version = QStringLiteral("1");
        minimal.productionEndpoints
            = group(EndpointGroupType::Single, { QStringLiteral("http://127.0.0.1:1/") });
        QTest::newRow("single endpoint") << minimal;
        QTest::newRow("every field") << fullApi();
        ApiConfig validating = fullApi();
        validating.enableSchemaValidation = true;
        validating.schemaComponents
            = R"({"schemas":{"Order":{"properties":{"id":{"type":"integer"}},"type":"object"}}})";
        OperationSchemas &schemas = validating.resources.front().operations.front().schemas;
        schemas.parameters
            = { { QStringLiteral("orderId"), "path", true, R"({"minimum":1,"type":"integer"})" },
                  { QStringLiteral("X-Trace"), "header", false, {} } };
        schemas.hasRequestBody = true;
        schemas.requestBodyRequired = true;
        schemas.requestMediaTypes = { "application/json", "application/xml" };
        schemas.requestBodySchema = R"({"$ref":"#/components/schemas/Order"})";
        schemas.responses = { { QStringLiteral("200"), { "application/json" }, R"({"type":"array"})" },
            { QStringLiteral("default"), {}, {} } };
        QTest::newRow("schema validation") << validating;
        ApiConfig bodyOnly = minimal; // a declared body without a JSON schema is kept as declared
        OperationConfig upload;
        upload.method = "PUT";
        upload.schemas.hasRequestBody = true;
        upload.schemas.requestMediaTypes = { "application/octet-stream" };
        bodyOnly.resources.push_back(ResourceConfig { QStringLiteral("/upload"), {}, {}, { upload } });
        QTest::newRow("request body without a schema") << bodyOnly;
    }

    void apiRoundTrip()
    {
        QFETCH(ApiConfig, api);
        const QByteArray bytes = ConfigJson::serialize(ConfigJson::toJson(api));
        QString error;
        const auto object = ConfigJson::parseObject(bytes, &error);
        QVERIFY2(object, qPrintable(error));
        const auto decoded = ConfigJson::apiFromJson(*object, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(ConfigJson::toJson(*decoded), ConfigJson::toJson(api));
        QVERIFY(*decoded == api);
    }

    void mockBodyEncoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedKey");
        QTest::newRow("json text") << QByteArray(R"({"a":1})") << QStringLiteral("body");
        QTest::newRow("utf-8 text") << QByteArray("gr\xc3\xbc\xc3\x9f dich") << QStringLiteral("body");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("body");
        QTest::newRow("invalid utf-8") << QByteArray("\xc3\x28 bad") << QStringLiteral("bodyBase64");
        QTest::newRow("nul and high bytes") << QByteArray("\x00\x01\xff", 3) << QStringLiteral("bodyBase64");
    }

    void mockBodyEncoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedKey);
        const MockResponse mock { 200, "application/x-test", body };
        const QJsonObject json = ConfigJson::toJson(mock);
        QVERIFY(json.contains(expectedKey));
        QString error;
        const auto decoded = ConfigJson::mockFromJson(json, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->body, body);
        QCOMPARE(decoded->contentType, QByteArray("application/x-test"));
    }

    void environmentRoundTrip_data()
    {
        QTest::addColumn<EnvironmentSettings>("settings");
        QTest::newRow("defaults") << EnvironmentSettings();
        EnvironmentSettings full;
        full.name = QStringLiteral("apigw-prod");
        full.profile = GatewayProfile::ApiGateway;
        full.mode = EnvironmentMode::Immutable;
        full.bindAddress = QHostAddress(QStringLiteral("::1"));
        full.httpPort = -1;
        full.httpsPort = 8243;
        full.adminPort = 0;
        full.tls = TlsSettings { QStringLiteral("/etc/gw/chain.pem"), QStringLiteral("/etc/gw/key.pem") };
        full.upstreamCaBundlePath = QStringLiteral("/etc/gw/ca.pem");
        full.workerCount = 3;
        full.limits.maxBodyBytes = 5LL * 1024 * 1024 * 1024;
        full.limits.maxHeaderCount = 7;
        full.limits.idleTimeoutMs = 1234;
        full.accessLogPath = QStringLiteral("/var/log/gw.jsonl");
        DistributedThrottling redis;
        redis.redisHost = QStringLiteral("redis.internal");
        redis.redisPort = 6380;
        redis.keyPrefix = QStringLiteral("gw-prod:");
        redis.failureMode = ThrottleFailureMode::FailClosed;
        redis.timeoutMs = 150;
        full.distributedThrottling
            = redis; // the password is never stored (GATEHOUSE_REDIS_PASSWORD at start)
        QTest::newRow("every field") << full;
    }

    void environmentRoundTrip()
    {
        QFETCH(EnvironmentSettings, settings);
        QString error;
        const auto object
            = ConfigJson::parseObject(ConfigJson::serialize(ConfigJson::toJson(settings)), &error);
        QVERIFY2(object, qPrintable(error));
        const auto decoded = ConfigJson::environmentFromJson(*object, &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(*decoded == settings);
    }

    void gatewayConfigRoundTrip()
    {
        GatewayConfig config;
        config.apis = { fullApi(), ApiConfig() };
        QString error;
        const auto decoded = ConfigJson::gatewayConfigFromJson(ConfigJson::toJson(config), &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(*decoded == config);
    }

    // Documents written before schema validation existed load with it off and no schemas.
    void schemaFreeDocumentsLoad()
    {
        const QByteArray old
            = "{\"name\":\"Old\",\"context\":\"/old\",\"version\":\"1\","
              "\"productionEndpoints\":{\"type\":\"http\",\"targets\":[{\"url\":\"http://127.0.0.1:1\"}]},"
              "\"resources\":[{\"path\":\"/a\",\"operations\":[{\"method\":\"GET\"}]}]}";
        QString error;
        const auto object = ConfigJson::parseObject(old, &error);
        QVERIFY2(object, qPrintable(error));
        const auto api = ConfigJson::apiFromJson(*object, &error);
        QVERIFY2(api, qPrintable(error));
        QVERIFY(!api->enableSchemaValidation);
        QVERIFY(api->schemaComponents.isEmpty());
        QVERIFY(api->resources.front().operations.front().schemas.isEmpty());
        const QJsonObject written = ConfigJson::toJson(*api);
        QVERIFY(!written.contains(QStringLiteral("enableSchemaValidation")));
        QVERIFY(!written.contains(QStringLiteral("schemaComponents")));
    }

    void missingKeysTakeDefaults()
    {
        QString error;
        const auto api = ConfigJson::apiFromJson(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("X") } }, &error);
        QVERIFY2(api, qPrintable(error));
        QCOMPARE(api->name, QStringLiteral("X"));
        QCOMPARE(api->type, QStringLiteral("HTTP"));
        QCOMPARE(api->productionEndpoints.type, EndpointGroupType::Single);
        QVERIFY(!api->sandboxEndpoints);
    }

    void invalidApi_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("name not a string")
            << QByteArray(R"({"name": 5})") << QStringLiteral("name: expected a string");
        QTest::newRow("unknown endpoint type")
            << QByteArray(R"({"productionEndpoints": {"type": "jms"}})")
            << QStringLiteral("productionEndpoints.type: unknown endpoint type 'jms'");
        QTest::newRow("relative url")
            << QByteArray(R"({"productionEndpoints": {"targets": [{"url": "/relative"}]}})")
            << QStringLiteral("productionEndpoints.targets[0].url: '/relative' is not an absolute URL");
        QTest::newRow("method missing")
            << QByteArray(R"({"resources": [{"path": "/a", "operations": [{"operationId": "x"}]}]})")
            << QStringLiteral("resources[0].operations[0].method: missing HTTP method");
        QTest::newRow("path without slash")
            << QByteArray(R"({"resources": [{"path": "a", "operations": []}]})")
            << QStringLiteral("resources[0].path: a resource path must start with '/'");
        QTest::newRow("status out of range") << QByteArray(
            R"({"resources": [{"path": "/a", "operations": [{"method": "GET", "mock": {"status": 99}}]}]})")
                                             << QStringLiteral("resources[0].operations[0].mock.status: "
                                                               "expected an integer between 100 and 599");
        QTest::newRow("bad base64") << QByteArray(
            R"({"resources": [{"path": "/a", "operations": [{"method": "GET", "mock": {"bodyBase64": "@@"}}]}]})")
                                    << QStringLiteral(
                                           "resources[0].operations[0].mock.bodyBase64: invalid base64");
        QTest::newRow("resources not an array")
            << QByteArray(R"({"resources": {}})") << QStringLiteral("resources: expected an array");
        QTest::newRow("fractional revision")
            << QByteArray(R"({"revision": 1.5})") << QStringLiteral("revision: expected an integer");
    }

    void invalidApi()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        const auto object = ConfigJson::parseObject(json, &error);
        QVERIFY2(object, qPrintable(error));
        QVERIFY(!ConfigJson::apiFromJson(*object, &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void invalidEnvironment_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("port too large")
            << QByteArray(R"({"httpPort": 70000})") << QStringLiteral("httpPort: expected an integer");
        QTest::newRow("unknown profile")
            << QByteArray(R"({"profile": "kong"})") << QStringLiteral("profile: unknown profile 'kong'");
        QTest::newRow("unknown mode")
            << QByteArray(R"({"mode": "frozen"})") << QStringLiteral("mode: unknown mode 'frozen'");
        QTest::newRow("bad address") << QByteArray(R"({"bindAddress": "localhost:80"})")
                                     << QStringLiteral("bindAddress: 'localhost:80' is not an IP address");
    }

    void invalidEnvironment()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        QVERIFY(!ConfigJson::environmentFromJson(*ConfigJson::parseObject(json, nullptr), &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void parseObjectRejectsNonObjects()
    {
        QString error;
        QVERIFY(!ConfigJson::parseObject("[1, 2]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ConfigJson::parseObject("{\"a\": ", &error));
        QVERIFY2(error.contains(QStringLiteral("offset")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConfigJson)
#include "tst_configjson.moc"
