#include "blockinghttpclient.h"
#include "core/runtimesnapshot.h"
#include "gatewaytestutil.h"
#include "testbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

const QByteArray components = R"({"schemas":{
 "Order":{"type":"object","required":["name","quantity"],"additionalProperties":false,
  "properties":{"name":{"type":"string","minLength":3,"pattern":"^[A-Za-z ]+$"},
   "quantity":{"type":"integer","minimum":1,"format":"int32"},
   "size":{"type":"string","enum":["S","M","L"]},
   "note":{"type":"string","nullable":true},
   "due":{"type":"string","format":"date-time"},
   "discount":{"type":"number","minimum":0,"exclusiveMinimum":true},
   "tree":{"$ref":"#/components/schemas/Node"}}},
 "Node":{"type":"object","properties":{"child":{"$ref":"#/components/schemas/Node"}}},
 "Echo":{"type":"object","required":["method","path"],"properties":{"method":{"type":"string"}}},
 "LoopA":{"$ref":"#/components/schemas/LoopB"},
 "LoopB":{"$ref":"#/components/schemas/LoopA"}}})";

ResponseSchema response(const QString &status, const QByteArray &schema)
{
    return ResponseSchema { status, { "application/json" }, schema };
}

OperationConfig operationWith(const QByteArray &method, OperationSchemas schemas)
{
    OperationConfig op = operation(method);
    op.schemas = std::move(schemas);
    return op;
}

ResourceConfig resourceWith(const QString &path, OperationConfig op)
{
    ResourceConfig r;
    r.pathTemplate = path;
    r.operations.push_back(std::move(op));
    return r;
}

// The API every row calls: /shop/1.0.0 with one resource per kind of check.
ApiConfig validatingApi(const EndpointGroup &endpoints, const QString &context, bool enabled)
{
    ApiConfig api;
    api.id = context.mid(1) + QStringLiteral("-id");
    api.name = context.mid(1);
    api.context = context;
    api.version = QStringLiteral("1.0.0");
    api.productionEndpoints = endpoints;
    api.enableSchemaValidation = enabled;
    api.schemaComponents = components;
    const QByteArray echo = R"({"$ref":"#/components/schemas/Echo"})";

    OperationSchemas items;
    items.parameters = { { QStringLiteral("id"), "path", true, R"({"type":"integer","minimum":1})" },
        { QStringLiteral("limit"), "query", true, R"({"type":"integer","maximum":100})" },
        { QStringLiteral("tags"), "query", false,
            R"({"type":"array","items":{"type":"string","enum":["a","b"]}})" },
        { QStringLiteral("q"), "query", false, R"({"type":"string","maxLength":5})" },
        { QStringLiteral("X-Trace"), "header", false, R"({"type":"string","pattern":"^[0-9a-f]{8}$"})" } };
    items.responses = { response(QStringLiteral("200"), echo) };
    api.resources.push_back(resourceWith(QStringLiteral("/items/{id}"), operationWith("GET", items)));

    OperationSchemas orders;
    orders.hasRequestBody = true;
    orders.requestBodyRequired = true;
    orders.requestMediaTypes = { "application/json" };
    orders.requestBodySchema = R"({"$ref":"#/components/schemas/Order"})";
    orders.responses = { response(QStringLiteral("2XX"), echo), response(QStringLiteral("default"), {}) };
    api.resources.push_back(resourceWith(QStringLiteral("/orders"), operationWith("POST", orders)));

    OperationSchemas status; // only 200 declared, no default
    status.responses = { response(QStringLiteral("200"), echo) };
    api.resources.push_back(resourceWith(QStringLiteral("/status/{code}"), operationWith("GET", status)));

    OperationSchemas wrongResponse;
    wrongResponse.responses
        = { response(QStringLiteral("200"), R"({"type":"object","required":["missing"]})") };
    api.resources.push_back(
        resourceWith(QStringLiteral("/wrong-response"), operationWith("GET", wrongResponse)));

    OperationSchemas wrongType; // the backend answers JSON where text was declared
    wrongType.responses = { ResponseSchema { QStringLiteral("200"), { "text/plain" }, {} } };
    api.resources.push_back(resourceWith(QStringLiteral("/wrong-type"), operationWith("GET", wrongType)));

    OperationSchemas loop; // a schema that cannot be compiled: reported at deploy, not checked
    loop.hasRequestBody = true;
    loop.requestMediaTypes = { "application/json" };
    loop.requestBodySchema = R"({"$ref":"#/components/schemas/LoopA"})";
    api.resources.push_back(resourceWith(QStringLiteral("/loop"), operationWith("POST", loop)));
    return api;
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// {"name":"Tea","quantity":1,"tree":{"child":{"child":...}}}: `levels` objects down the recursive Node
// schema.
QByteArray recursiveTree(int levels)
{
    QByteArray tree = "{}";
    for (int i = 1; i < levels; ++i)
        tree = "{\"child\":" + tree + "}";
    return "{\"name\":\"Tea\",\"quantity\":1,\"tree\":" + tree + "}";
}

QByteArray nested(int depth)
{
    return "{\"name\":\"Tea\",\"quantity\":1,\"tree\":" + QByteArray(depth, '[') + QByteArray(depth, ']')
        + "}";
}

} // namespace

class TestSchemaValidation : public QObject
{
    Q_OBJECT

    TestBackend m_backend;
    std::unique_ptr<Environment> m_env;
    QString m_deployMessage;

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.start());
        m_env = std::make_unique<Environment>(testSettings(2));
        QString error;
        const EndpointGroup endpoints = httpGroup({ m_backend.url() });
        QVERIFY2(m_env->start(configWith({ validatingApi(endpoints, QStringLiteral("/shop"), true),
                                  validatingApi(endpoints, QStringLiteral("/open"), false) }),
                     &error),
            qPrintable(error));
    }

    void requests_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("in"); // of the first violation; empty for a pass
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message"); // a part of the first violation's message

        const QByteArray json = "Content-Type: application/json\r\n";
        const QByteArray valid
            = R"({"name":"Green tea","quantity":2,"size":"M","note":null,"due":"2026-11-27T10:00:00Z","discount":0.5,"tree":{"child":{}}})";
        QTest::newRow("valid GET passes")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/7?limit=5&tags=a&tags=b")
            << QByteArray("X-Trace: 0123abcd\r\n") << QByteArray() << 200 << QString() << QString()
            << QString();
        QTest::newRow("valid POST passes") << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
                                           << valid << 200 << QString() << QString() << QString();
        QTest::newRow("path parameter of the wrong type")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/abc?limit=5") << QByteArray()
            << QByteArray() << 400 << QStringLiteral("path") << QStringLiteral("/id")
            << QStringLiteral("type");
        QTest::newRow("path parameter below its minimum")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/0?limit=5") << QByteArray() << QByteArray()
            << 400 << QStringLiteral("path") << QStringLiteral("/id")
            << QStringLiteral("greater than or equal to 1");
        QTest::newRow("query parameter of the wrong type")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/7?limit=many") << QByteArray()
            << QByteArray() << 400 << QStringLiteral("query") << QStringLiteral("/limit")
            << QStringLiteral("type");
        QTest::newRow("query array item not in enum")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/7?limit=1&tags=a&tags=zzz") << QByteArray()
            << QByteArray() << 400 << QStringLiteral("query") << QStringLiteral("/tags/1")
            << QStringLiteral("enum");
        QTest::newRow("missing required query parameter")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/7") << QByteArray() << QByteArray() << 400
            << QStringLiteral("query") << QStringLiteral("/limit")
            << QStringLiteral("required query parameter is missing");
        QTest::newRow("query parameter of bare UTF-8 continuation bytes against maxLength")
            << QByteArray("GET")
            << QByteArray("/shop/1.0.0/items/7?limit=5&q=" + QByteArray(64, 'x').replace('x', "%80"))
            << QByteArray() << QByteArray() << 400 << QStringLiteral("query") << QStringLiteral("/q")
            << QStringLiteral("no more than 5");
        QTest::newRow("header parameter not matching its pattern")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/items/7?limit=5")
            << QByteArray("X-Trace: nothex!\r\n") << QByteArray() << 400 << QStringLiteral("header")
            << QStringLiteral("/X-Trace") << QStringLiteral("does not match the pattern");
        QTest::newRow("body property of the wrong type")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Green tea","quantity":"two"})") << 400 << QStringLiteral("body")
            << QStringLiteral("/quantity") << QStringLiteral("type");
        QTest::newRow("body missing a required property")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Green tea"})") << 400 << QStringLiteral("body") << QString()
            << QStringLiteral("quantity");
        QTest::newRow("body with a property additionalProperties forbids")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Green tea","quantity":1,"price":3})") << 400 << QStringLiteral("body")
            << QString() << QStringLiteral("price");
        QTest::newRow("body value not in enum")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Green tea","quantity":1,"size":"XXL"})") << 400
            << QStringLiteral("body") << QStringLiteral("/size") << QStringLiteral("enum");
        QTest::newRow("body string not matching its pattern")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Tea 42","quantity":1})") << 400 << QStringLiteral("body")
            << QStringLiteral("/name") << QStringLiteral("does not match the pattern");
        QTest::newRow("body string below minLength")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Te","quantity":1})") << 400 << QStringLiteral("body")
            << QStringLiteral("/name") << QStringLiteral("length");
        QTest::newRow("body integer outside int32")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Tea","quantity":4294967296})") << 400 << QStringLiteral("body")
            << QStringLiteral("/quantity") << QStringLiteral("int32");
        QTest::newRow("body string not a date-time")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Tea","quantity":1,"due":"2026-02-30T10:00:00Z"})") << 400
            << QStringLiteral("body") << QStringLiteral("/due") << QStringLiteral("date-time");
        QTest::newRow("OpenAPI 3.0 exclusiveMinimum: true")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray(R"({"name":"Tea","quantity":1,"discount":0})") << 400 << QStringLiteral("body")
            << QStringLiteral("/discount") << QStringLiteral("greater than 0");
        QTest::newRow("non-JSON content type for a JSON schema")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders")
            << QByteArray("Content-Type: text/plain\r\n") << QByteArray("name=tea") << 400
            << QStringLiteral("header") << QStringLiteral("/content-type") << QStringLiteral("text/plain");
        QTest::newRow("malformed JSON") << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
                                        << QByteArray(R"({"name":"Tea",)") << 400 << QStringLiteral("body")
                                        << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8") << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
                                       << QByteArray("{\"name\":\"T\xff\xfe\",\"quantity\":1}") << 400
                                       << QStringLiteral("body") << QString() << QStringLiteral("UTF-8");
        QTest::newRow("deep nesting attack")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json << nested(100000) << 400
            << QStringLiteral("body") << QString() << QStringLiteral("nested deeper than 64");
        QTest::newRow("recursive $ref schema, 60 levels deep, passes")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json << recursiveTree(60) << 200
            << QString() << QString() << QString();
        QTest::newRow("recursive $ref schema, wrong type far down")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << recursiveTree(5).replace("{}", "{\"child\":7}") << 400 << QStringLiteral("body")
            << QStringLiteral("/tree/child/child/child/child/child") << QStringLiteral("type");
        QTest::newRow("missing required body")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json << QByteArray() << 400
            << QStringLiteral("body") << QString() << QStringLiteral("request body is required");
        QTest::newRow("long string against a pattern (no std::regex stack overflow)")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/orders") << json
            << QByteArray("{\"name\":\"" + QByteArray(900 * 1024, 'a') + "\",\"quantity\":1}") << 200
            << QString() << QString() << QString();
        QTest::newRow("response invalid")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/wrong-response") << QByteArray() << QByteArray()
            << 500 << QStringLiteral("body") << QString() << QStringLiteral("missing");
        QTest::newRow("response status not declared")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/status/418") << QByteArray() << QByteArray()
            << 500 << QStringLiteral("status") << QString() << QStringLiteral("418");
        QTest::newRow("response status declared passes")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/status/200") << QByteArray() << QByteArray()
            << 200 << QString() << QString() << QString();
        QTest::newRow("response content type not declared")
            << QByteArray("GET") << QByteArray("/shop/1.0.0/wrong-type") << QByteArray() << QByteArray()
            << 500 << QStringLiteral("header") << QStringLiteral("/content-type")
            << QStringLiteral("application/json");
        QTest::newRow("uncompilable schema is not checked")
            << QByteArray("POST") << QByteArray("/shop/1.0.0/loop") << json << QByteArray("[1]") << 200
            << QString() << QString() << QString();
        // The same API with enableSchemaValidation off: everything reaches the backend and comes back.
        QTest::newRow("validation off: wrong parameter passes")
            << QByteArray("GET") << QByteArray("/open/1.0.0/items/abc") << QByteArray() << QByteArray() << 200
            << QString() << QString() << QString();
        QTest::newRow("validation off: wrong body passes")
            << QByteArray("POST") << QByteArray("/open/1.0.0/orders") << json
            << QByteArray(R"({"quantity":"x"})") << 200 << QString() << QString() << QString();
        QTest::newRow("validation off: undeclared status passes")
            << QByteArray("GET") << QByteArray("/open/1.0.0/status/418") << QByteArray() << QByteArray()
            << 418 << QString() << QString() << QString();
    }

    void requests()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, in);
        QFETCH(QString, pointer);
        QFETCH(QString, message);

        const int backendBefore = m_backend.requestCount();
        BlockingHttpClient client(m_env->httpPort());
        const auto reply = client.request(method, target, headers, body);
        QVERIFY(reply.ok);
        QCOMPARE(reply.head.status, status);
        if (in.isEmpty()) {
            if (method == "POST" && status == 200) // the buffered body reached the backend intact
                QCOMPARE(json(reply.body).value(QStringLiteral("body_bytes")).toInt(), int(body.size()));
            return;
        }
        const QJsonObject error = json(reply.body);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QString::number(status));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
            status == 400 ? QStringLiteral("Bad Request") : QStringLiteral("Internal Server Error"));
        QVERIFY(
            error.value(QStringLiteral("description"))
                .toString()
                .startsWith(status == 400 ? QStringLiteral("Schema validation failed in the Request: ")
                                          : QStringLiteral("Schema validation failed in the Response: ")));
        const QJsonArray violations = error.value(QStringLiteral("violations")).toArray();
        QVERIFY2(!violations.isEmpty(), reply.body.constData());
        const QJsonObject first = violations.first().toObject();
        QCOMPARE(first.value(QStringLiteral("in")).toString(), in);
        QCOMPARE(first.value(QStringLiteral("pointer")).toString(), pointer);
        QVERIFY2(first.value(QStringLiteral("message")).toString().contains(message, Qt::CaseInsensitive),
            reply.body.constData());
        if (status == 400)
            QCOMPARE(m_backend.requestCount(), backendBefore); // refused requests never reach the backend
    }

    void oversizedBodyGets413WithoutBeingRead()
    {
        BlockingHttpClient client(m_env->httpPort());
        // Announced larger than the limit: refused on the head, the body is never buffered.
        QVERIFY(
            client.sendRaw("POST /shop/1.0.0/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 104857600\r\n\r\n{\"name\":"));
        const auto reply = client.readResponse();
        QVERIFY(reply.ok);
        QCOMPARE(reply.head.status, 413);
        QCOMPARE(json(reply.body).value(QStringLiteral("code")).toString(), QStringLiteral("413"));
    }

    void oversizedChunkedBodyGets413()
    {
        BlockingHttpClient client(m_env->httpPort());
        QByteArray request
            = "POST /shop/1.0.0/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(256 * 1024, ' ');
        for (int i = 0; i < 5; ++i) // 1.25 MiB, past the 1 MiB limit
            request += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        request += "0\r\n\r\n";
        QVERIFY(client.sendRaw(request));
        const auto reply = client.readResponse();
        QVERIFY(reply.ok);
        QCOMPARE(reply.head.status, 413);
    }

    void chunkedValidBodyReachesTheBackendWithALength()
    {
        BlockingHttpClient client(m_env->httpPort());
        const QByteArray body = R"({"name":"Tea","quantity":3})";
        QVERIFY(
            client.sendRaw("POST /shop/1.0.0/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n"
                + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n"));
        const auto reply = client.readResponse();
        QVERIFY(reply.ok);
        QCOMPARE(reply.head.status, 200);
        const QJsonObject echo = json(reply.body);
        QCOMPARE(echo.value(QStringLiteral("body_bytes")).toInt(), int(body.size()));
        QCOMPARE(echo.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("content-length"))
                     .toString(),
            QString::number(body.size()));
        // The connection stays usable after a buffered exchange.
        QCOMPARE(client.request("GET", "/shop/1.0.0/items/3?limit=1").head.status, 200);
    }

    void bufferedResponseIsRelayedWithALength()
    {
        BlockingHttpClient client(m_env->httpPort());
        const auto reply = client.request("GET", "/shop/1.0.0/items/3?limit=1");
        QCOMPARE(reply.head.status, 200);
        QCOMPARE(reply.head.headers.value("content-length"), QByteArray::number(reply.body.size()));
        QCOMPARE(json(reply.body).value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        const auto head = client.request("HEAD", "/shop/1.0.0/items/3?limit=1");
        QVERIFY(head.ok); // HEAD is not declared: 405 from the router, still a clean exchange
    }

    void uncompilableSchemaIsReportedAtDeploy()
    {
        const DeployResult result = m_env->deploy(
            configWith({ validatingApi(httpGroup({ m_backend.url() }), QStringLiteral("/shop"), true) }));
        QVERIFY(result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("chain of $refs")), qPrintable(result.message));
        QVERIFY2(
            result.message.contains(QStringLiteral("POST /loop request body")), qPrintable(result.message));
    }

    void cleanupTestCase() { m_env.reset(); }
};

QTEST_GUILESS_MAIN(TestSchemaValidation)
#include "tst_schema_validation.moc"
