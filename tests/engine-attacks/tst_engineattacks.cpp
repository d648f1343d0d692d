// Raw-socket attacks on a running environment: request smuggling shapes, pipelining, slow and stalled
// clients, oversized heads and bodies, and seeded garbage. The gateway must answer each with one error
// response (or just close), close the connection, and never answer a request hidden in a refused message.
#include "blackholelistener.h"
#include "environment/environment.h"
#include "rawhttpconnection.h"
#include "rawhttpresponse.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Gatehouse;

namespace {

constexpr int headerTimeoutMs = 1500;
constexpr int idleTimeoutMs = 2000;
constexpr int bodyTimeoutMs = 1500;
constexpr qint64 maxBodyBytes = 1024 * 1024;
constexpr int maxHeaderBytes = 16 * 1024;
constexpr int maxRequestLineBytes = 4096;
constexpr int maxHeaderCount = 50;
// Bounds for "the gateway acted": the configured timeout plus a generous margin for a loaded machine.
constexpr int answerWithinMs = 10000;
constexpr int marginMs = 8000;

const QByteArray secretBody = "SMUGGLED-REQUEST-WAS-ANSWERED";
// A complete request for the secret resource, hidden where a lenient parser would see a second request.
const QByteArray hiddenRequest = "GET /attack/secret HTTP/1.1\r\nHost: gw.test\r\n\r\n";

MockResponse mock(int status, const QByteArray &contentType, const QByteArray &body)
{
    MockResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

ResourceConfig mockResource(
    const QString &pathTemplate, const QList<QByteArray> &methods, const MockResponse &answer)
{
    ResourceConfig resource;
    resource.pathTemplate = pathTemplate;
    for (const QByteArray &method : methods) {
        OperationConfig operation;
        operation.method = method;
        operation.mock = answer;
        resource.operations.push_back(operation);
    }
    return resource;
}

GatewayConfigPtr attackConfig(quint16 blackholePort)
{
    auto config = std::make_shared<GatewayConfig>();

    ApiConfig attack;
    attack.id = QStringLiteral("attack");
    attack.name = QStringLiteral("Attack");
    attack.context = QStringLiteral("/attack");
    attack.version = QStringLiteral("1.0.0");
    attack.isDefaultVersion = true;
    attack.productionEndpoints.type = EndpointGroupType::Mock;
    attack.resources.push_back(mockResource(QStringLiteral("/items"), { "GET", "POST", "HEAD" },
        mock(200, "application/json", R"({"items":[1,2,3]})")));
    attack.resources.push_back(mockResource(
        QStringLiteral("/other"), { "GET" }, mock(200, "application/json", R"({"other":true})")));
    attack.resources.push_back(
        mockResource(QStringLiteral("/secret"), { "GET" }, mock(200, "text/plain", secretBody)));
    config->apis.push_back(attack);

    ApiConfig stall;
    stall.id = QStringLiteral("stall");
    stall.name = QStringLiteral("Stall");
    stall.context = QStringLiteral("/stall");
    stall.version = QStringLiteral("1.0.0");
    stall.isDefaultVersion = true;
    stall.productionEndpoints.type = EndpointGroupType::Single;
    stall.productionEndpoints.targets.push_back(
        { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(blackholePort)), 2000, 30000 });
    ResourceConfig any;
    any.pathTemplate = QStringLiteral("/*");
    OperationConfig post;
    post.method = "POST";
    any.operations.push_back(post);
    stall.resources.push_back(any);
    config->apis.push_back(stall);
    return config;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &headers = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: gw.test\r\n" + headers + "\r\n";
}

QByteArray postItems(const QByteArray &framingHeaders)
{
    return "POST /attack/items HTTP/1.1\r\nHost: gw.test\r\n" + framingHeaders + "\r\n";
}

QByteArray postUpload(const QByteArray &framingHeaders)
{
    return "POST /stall/upload HTTP/1.1\r\nHost: gw.test\r\n" + framingHeaders + "\r\n";
}

// A string literal as bytes, embedded NULs included.
template<std::size_t N> QByteArray withNul(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

QByteArray chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QString describe(const RawHttpConnection &connection)
{
    return QString::fromLatin1(connection.received().left(600).toPercentEncoding(" :/{}\",=-_.;"));
}

} // namespace

class TestEngineAttacks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void validRequestIsAnswered();
    void smugglingShapesAreRefused_data();
    void smugglingShapesAreRefused();
    void dotSegmentsAreRefused_data();
    void dotSegmentsAreRefused();
    void pipelinedRequestsAnsweredInOrder();
    void pipelinedInvalidRequestEndsTheConnection();
    void slowHeadIsCutOff();
    void silentConnectionIsClosed();
    void idleKeepAliveIsClosed();
    void stalledBodyIsCutOff();
    void stalledBodyToMockIsAnsweredAndClosed();
    void bodyErrorToMockGetsOneResponse_data();
    void bodyErrorToMockGetsOneResponse();
    void oversizedBodyGets413_data();
    void oversizedBodyGets413();
    void headLimits_data();
    void headLimits();
    void randomGarbage();

private:
    // Sends `raw` on a new connection and reads until the server closes it.
    void expectSingleErrorAndClose(const QByteArray &raw, int status);

    std::unique_ptr<BlackholeListener> m_blackhole;
    std::unique_ptr<Environment> m_environment;
    quint16 m_port = 0;
};

void TestEngineAttacks::initTestCase()
{
    m_blackhole = std::make_unique<BlackholeListener>();
    QVERIFY(m_blackhole->port() != 0);

    EnvironmentSettings settings;
    settings.name = QStringLiteral("attack-env");
    settings.httpPort = 0;
    settings.workerCount = 2;
    settings.limits.maxRequestLineBytes = maxRequestLineBytes;
    settings.limits.maxHeaderBytes = maxHeaderBytes;
    settings.limits.maxHeaderCount = maxHeaderCount;
    settings.limits.maxBodyBytes = maxBodyBytes;
    settings.limits.headerTimeoutMs = headerTimeoutMs;
    settings.limits.idleTimeoutMs = idleTimeoutMs;
    settings.limits.bodyTimeoutMs = bodyTimeoutMs;
    m_environment = std::make_unique<Environment>(settings);
    QString error;
    QVERIFY2(m_environment->start(attackConfig(m_blackhole->port()), &error), qPrintable(error));
    m_port = m_environment->httpPort();
    QVERIFY(m_port != 0);
}

void TestEngineAttacks::cleanupTestCase()
{
    m_environment.reset();
    m_blackhole.reset();
}

void TestEngineAttacks::validRequestIsAnswered()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(request("GET", "/attack/items")));
    QVERIFY2(connection.readResponses(1, answerWithinMs), qPrintable(describe(connection)));
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
    QCOMPARE(responses.first().body, QByteArray(R"({"items":[1,2,3]})"));
    QVERIFY(!responses.first().announcesClose());
}

void TestEngineAttacks::expectSingleErrorAndClose(const QByteArray &raw, int status)
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    connection.send(raw); // may fail part-way when the server refuses early: what it answered still counts
    const RawHttpConnection::End end = connection.readUntilClosed(answerWithinMs);
    QVERIFY2(end != RawHttpConnection::End::Open, "the server kept the connection open");
    QVERIFY2(end == RawHttpConnection::End::Closed, "connection reset: the answer may have been lost");

    QByteArray rest;
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received(), &rest);
    QVERIFY2(!connection.received().contains(secretBody), qPrintable(describe(connection)));
    QVERIFY2(RawHttpResponse::countStatusLines(connection.received()) == 1, qPrintable(describe(connection)));
    QCOMPARE(responses.size(), 1);
    QVERIFY2(rest.isEmpty(), qPrintable(describe(connection)));
    const RawHttpResponse &response = responses.first();
    QCOMPARE(response.status, status);
    QCOMPARE(response.errorCode(), QString::number(status));
    QVERIFY(response.header("content-type").startsWith("application/json"));
    QVERIFY(response.announcesClose());
}

void TestEngineAttacks::smugglingShapesAreRefused_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    const QByteArray chunkedSmuggle = "0\r\n\r\n" + hiddenRequest;

    QTest::newRow("CL.TE") << postItems("Content-Length: " + QByteArray::number(chunkedSmuggle.size())
                                  + "\r\nTransfer-Encoding: chunked\r\n")
            + chunkedSmuggle
                           << 400;
    QTest::newRow("TE.CL") << postItems("Transfer-Encoding: chunked\r\nContent-Length: 4\r\n")
            + chunk(hiddenRequest)
            + "0\r\n\r\n" << 400;
    QTest::newRow("CL.CL different") << postItems("Content-Length: 0\r\nContent-Length: "
                                            + QByteArray::number(hiddenRequest.size()) + "\r\n")
            + hiddenRequest << 400;
    QTest::newRow("CL.CL same") << postItems("Content-Length: 0\r\nContent-Length: 0\r\n") + hiddenRequest
                                << 400;
    QTest::newRow("CL list") << postItems(
                                    "Content-Length: 0, " + QByteArray::number(hiddenRequest.size()) + "\r\n")
            + hiddenRequest << 400;
    QTest::newRow("CL plus sign") << postItems("Content-Length: +0\r\n") + hiddenRequest << 400;
    QTest::newRow("CL hex") << postItems("Content-Length: 0x0\r\n") + hiddenRequest << 400;
    QTest::newRow("TE xchunked") << postItems("Transfer-Encoding: xchunked\r\n") + chunkedSmuggle << 400;
    QTest::newRow("TE chunked, identity")
        << postItems("Transfer-Encoding: chunked, identity\r\n") + chunkedSmuggle << 400;
    QTest::newRow("TE gzip, chunked")
        << postItems("Transfer-Encoding: gzip, chunked\r\n") + chunkedSmuggle << 400;
    QTest::newRow("TE twice") << postItems("Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n")
            + chunkedSmuggle << 400;
    QTest::newRow("TE space before colon")
        << postItems("Transfer-Encoding : chunked\r\n") + chunkedSmuggle << 400;
    QTest::newRow("TE obs-fold") << postItems("X-Padding: a\r\n Transfer-Encoding: chunked\r\n")
            + chunkedSmuggle << 400;
    QTest::newRow("TE in HTTP/1.0")
        << "POST /attack/items HTTP/1.0\r\nHost: gw.test\r\nTransfer-Encoding: chunked\r\n\r\n"
            + chunkedSmuggle
        << 400;
    QTest::newRow("bare LF before TE")
        << postItems("X-Padding: a\nTransfer-Encoding: chunked\r\n") + chunkedSmuggle << 400;
    QTest::newRow("bare CR before TE")
        << postItems("X-Padding: a\rTransfer-Encoding: chunked\r\n") + chunkedSmuggle << 400;
    QTest::newRow("bare LF request line")
        << "GET /attack/items HTTP/1.1\nHost: gw.test\r\n\r\n" + hiddenRequest << 400;
    QTest::newRow("NUL in header value")
        << postItems(withNul("X-Padding: a\0b\r\nContent-Length: 0\r\n")) + hiddenRequest << 400;
    QTest::newRow("duplicate Host") << "GET /attack/items HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"
            + hiddenRequest << 400;
    QTest::newRow("missing Host") << "GET /attack/items HTTP/1.1\r\n\r\n" + hiddenRequest << 400;
    QTest::newRow("bad method") << "G(T /attack/items HTTP/1.1\r\nHost: gw.test\r\n\r\n" + hiddenRequest
                                << 400;
    QTest::newRow("fragment in target")
        << "GET /attack/items#x HTTP/1.1\r\nHost: gw.test\r\n\r\n" + hiddenRequest << 400;
    QTest::newRow("HTTP/2.0") << "GET /attack/items HTTP/2.0\r\nHost: gw.test\r\n\r\n" + hiddenRequest << 505;
    // Body errors are judged while the body streams to a backend that has not answered (a mock may answer
    // before it reads the body; see bodyErrorToMockGetsOneResponse).
    QTest::newRow("chunk data longer than size")
        << postUpload("Transfer-Encoding: chunked\r\n") + "3\r\nhello\r\n0\r\n\r\n" + hiddenRequest << 400;
    QTest::newRow("chunk size with 16 digits") << postUpload("Transfer-Encoding: chunked\r\n")
            + "0000000000000003\r\nabc\r\n0\r\n\r\n"
            + hiddenRequest << 400;
    QTest::newRow("bare LF after chunk size")
        << postUpload("Transfer-Encoding: chunked\r\n") + "3\nabc\r\n0\r\n\r\n" + hiddenRequest << 400;
    QTest::newRow("bare LF ends the chunked body")
        << postUpload("Transfer-Encoding: chunked\r\n") + "0\r\n\n" + hiddenRequest << 400;
    QTest::newRow("chunked body over the limit")
        << postUpload("Transfer-Encoding: chunked\r\n") + "100001\r\n" + hiddenRequest << 413;
    QTest::newRow("CL over the limit") << postItems("Content-Length: 1048577\r\n") + hiddenRequest << 413;
    QTest::newRow("request line too long")
        << request("GET", "/attack/items?q=" + QByteArray(maxRequestLineBytes, 'q')) + hiddenRequest << 414;
    QTest::newRow("too many headers") << request("GET", "/attack/items",
                                             QByteArray("X-Many: v\r\n").repeated(maxHeaderCount))
            + hiddenRequest << 431;
}

void TestEngineAttacks::smugglingShapesAreRefused()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    expectSingleErrorAndClose(raw, status);
}

void TestEngineAttacks::dotSegmentsAreRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("..") << QByteArray("/attack/items/../secret");
    QTest::newRow("%2e%2e") << QByteArray("/attack/items/%2e%2e/secret");
    QTest::newRow("%2E.") << QByteArray("/attack/items/%2E./secret");
    QTest::newRow(".") << QByteArray("/attack/./secret");
    QTest::newRow("absolute form") << QByteArray("http://gw.test/attack/items/../secret");
}

// A well-framed request with dot segments is refused by the router (400), not normalised onto another
// resource. The message itself is fine, so the connection may stay open.
void TestEngineAttacks::dotSegmentsAreRefused()
{
    QFETCH(QByteArray, target);
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(request("GET", target)));
    QVERIFY(connection.readResponses(1, answerWithinMs));
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 400);
    QCOMPARE(responses.first().errorCode(), QStringLiteral("400"));
    QVERIFY(!connection.received().contains(secretBody));
}

void TestEngineAttacks::pipelinedRequestsAnsweredInOrder()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    const QByteArray pipelined = request("GET", "/attack/items")
        + request("POST", "/attack/items", "Content-Length: 5\r\n") + "hello"
        + request("GET", "/attack/other") + request("POST", "/attack/items", "Transfer-Encoding: chunked\r\n")
        + chunk("abc") + "0\r\n\r\n" + request("GET", "/attack/secret");
    QVERIFY(connection.send(pipelined));
    QVERIFY2(connection.readResponses(5, answerWithinMs), qPrintable(describe(connection)));
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 5);
    for (const RawHttpResponse &response : responses) {
        QCOMPARE(response.status, 200);
        QVERIFY(!response.announcesClose());
    }
    QCOMPARE(responses.at(0).body, QByteArray(R"({"items":[1,2,3]})"));
    QCOMPARE(responses.at(1).body, QByteArray(R"({"items":[1,2,3]})"));
    QCOMPARE(responses.at(2).body, QByteArray(R"({"other":true})"));
    QCOMPARE(responses.at(3).body, QByteArray(R"({"items":[1,2,3]})"));
    // The control for every "not answered" check: asked for openly, the secret resource does answer.
    QCOMPARE(responses.at(4).body, secretBody);

    // The connection is still usable afterwards.
    QVERIFY(connection.send(request("GET", "/attack/other")));
    QVERIFY(connection.readResponses(6, answerWithinMs));
}

void TestEngineAttacks::pipelinedInvalidRequestEndsTheConnection()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(request("GET", "/attack/items")
        + postItems("Content-Length: 0\r\nTransfer-Encoding: chunked\r\n") + "0\r\n\r\n" + hiddenRequest));
    QCOMPARE(connection.readUntilClosed(answerWithinMs), RawHttpConnection::End::Closed);
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(1).status, 400);
    QVERIFY(responses.at(1).announcesClose());
    QVERIFY(!connection.received().contains(secretBody));
}

// One byte of a header every 300 ms: the head as a whole must arrive within headerTimeoutMs.
void TestEngineAttacks::slowHeadIsCutOff()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send("GET /attack/items HTTP/1.1\r\nHost: gw.test\r\nX-Slow: "));
    QDeadlineTimer deadline(headerTimeoutMs + marginMs);
    int bytesTrickled = 0;
    while (!deadline.hasExpired() && connection.end() == RawHttpConnection::End::Open) {
        if (connection.readSome(300))
            break;
        if (!connection.send("a"))
            break;
        ++bytesTrickled;
    }
    connection.readUntilClosed(marginMs);
    QVERIFY2(connection.end() != RawHttpConnection::End::Open, "the slow client was never cut off");
    QVERIFY(bytesTrickled > 0);
    if (!connection.received().isEmpty()) {
        const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().status, 408);
        QCOMPARE(responses.first().errorCode(), QStringLiteral("408"));
    }
}

void TestEngineAttacks::silentConnectionIsClosed()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.readUntilClosed(idleTimeoutMs + marginMs) != RawHttpConnection::End::Open);
    QVERIFY(connection.received().isEmpty());
}

void TestEngineAttacks::idleKeepAliveIsClosed()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(request("GET", "/attack/items")));
    QVERIFY(connection.readResponses(1, answerWithinMs));
    QVERIFY(!RawHttpResponse::parseAll(connection.received()).first().announcesClose());
    QVERIFY(connection.readUntilClosed(idleTimeoutMs + marginMs) != RawHttpConnection::End::Open);
    QCOMPARE(RawHttpResponse::parseAll(connection.received()).size(), 1);
}

// The backend accepted the connection and waits for the body; the client sends 10 of 100 bytes and stops.
void TestEngineAttacks::stalledBodyIsCutOff()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(request("POST", "/stall/upload", "Content-Length: 100\r\n") + "0123456789"));
    QVERIFY(connection.readUntilClosed(bodyTimeoutMs + marginMs) != RawHttpConnection::End::Open);
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 408);
    QCOMPARE(responses.first().errorCode(), QStringLiteral("408"));
    QVERIFY(responses.first().announcesClose());
}

// A mock needs no body: the gateway may answer at once, but it cannot keep a connection whose body it has
// not read to the end.
void TestEngineAttacks::stalledBodyToMockIsAnsweredAndClosed()
{
    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(postItems("Content-Length: 100\r\n") + "0123456789"));
    QVERIFY(connection.readUntilClosed(bodyTimeoutMs + marginMs) != RawHttpConnection::End::Open);
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().announcesClose());
}

void TestEngineAttacks::bodyErrorToMockGetsOneResponse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorStatus");
    QTest::newRow("chunk data longer than size") << QByteArray("3\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("invalid chunk size") << QByteArray("zz\r\nhello\r\n0\r\n\r\n") << 400;
    QTest::newRow("chunk over the limit") << QByteArray("100001\r\n") << 413;
}

// Head and a broken chunked body in one write, to a mock that does not need the body. Answering the mock
// without reading the body (then closing) is fine, and so is refusing the body; both at once is not: the
// client would take the second response as the answer to its next request.
void TestEngineAttacks::bodyErrorToMockGetsOneResponse()
{
    QFETCH(QByteArray, body);
    QFETCH(int, errorStatus);

    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(postItems("Transfer-Encoding: chunked\r\n") + body + hiddenRequest));
    QVERIFY(connection.readUntilClosed(answerWithinMs) != RawHttpConnection::End::Open);
    QVERIFY2(RawHttpResponse::countStatusLines(connection.received()) == 1, qPrintable(describe(connection)));
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QCOMPARE(responses.size(), 1);
    QVERIFY(responses.first().status == 200 || responses.first().status == errorStatus);
    QVERIFY(responses.first().announcesClose());
    QVERIFY(!connection.received().contains(secretBody));
}

void TestEngineAttacks::oversizedBodyGets413_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("piece");

    const qint64 tenMegabytes = 10LL * 1024 * 1024;
    QTest::newRow("declared length") << postItems("Content-Length: " + QByteArray::number(tenMegabytes)
        + "\r\n") << QByteArray(64 * 1024, 'x');
    QTest::newRow("chunked to a backend") << request("POST", "/stall/upload",
        "Transfer-Encoding: chunked\r\n") << chunk(QByteArray(64 * 1024 - 9, 'x'));
}

// A client that sends 10 MB without waiting for an answer still gets its 413, then the connection closes.
void TestEngineAttacks::oversizedBodyGets413()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, piece);

    RawHttpConnection connection(m_port);
    QVERIFY(connection.isConnected());
    QVERIFY(connection.send(head));
    const qint64 written
        = connection.streamWhileReading(10LL * 1024 * 1024, piece, answerWithinMs + marginMs);
    QVERIFY2(connection.end() != RawHttpConnection::End::Open, "the connection stayed open");
    QVERIFY(written > 0);
    const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
    QVERIFY2(responses.size() == 1,
        qPrintable(QStringLiteral("%1 responses after writing %2 bytes, connection %3")
                       .arg(responses.size())
                       .arg(written)
                       .arg(connection.end() == RawHttpConnection::End::Reset ? QStringLiteral("reset")
                                                                              : QStringLiteral("closed"))));
    QCOMPARE(responses.first().status, 413);
    QCOMPARE(responses.first().errorCode(), QStringLiteral("413"));
    QVERIFY(responses.first().announcesClose());
}

void TestEngineAttacks::headLimits_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    QTest::newRow("huge header count")
        << request("GET", "/attack/items", QByteArray("X-A: b\r\n").repeated(2000)) << 431;
    // 14 fields of 1.5 KiB: under the count limit, over the 16 KiB head limit, sent in one write.
    QByteArray bigFields;
    for (int i = 0; i < 14; ++i)
        bigFields += "X-Big-" + QByteArray::number(i) + ": " + QByteArray(1536, 'b') + "\r\n";
    QTest::newRow("head too large in one write") << request("GET", "/attack/items", bigFields) << 431;
    QTest::newRow("head too large, no end in sight") << request("GET", "/attack/items").chopped(2)
            + QByteArray("X-Endless: ")
            + QByteArray(3 * maxHeaderBytes, 'e') << 431;
    QTest::newRow("request line too long")
        << request("GET", '/' + QByteArray(2 * maxRequestLineBytes, 'a')) << 414;
    QTest::newRow("request line without end") << "GET /" + QByteArray(2 * maxRequestLineBytes, 'a') << 414;
}

void TestEngineAttacks::headLimits()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    expectSingleErrorAndClose(raw, status);
}

// Seeded garbage on fresh connections: each gets a 4xx and a close (or just a close), and the gateway keeps
// serving.
void TestEngineAttacks::randomGarbage()
{
    const quint32 seed = 0x6a7e4005;
    QRandomGenerator random(seed);
    const QByteArray printable
        = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :;/?#[]@!$&'()*+,=%-._~\"<>\\^`{|}";
    int answered = 0;
    for (int round = 0; round < 60; ++round) {
        QByteArray garbage;
        const int length = 1 + int(random.bounded(3000));
        const int flavour = round % 3;
        if (flavour == 2)
            garbage = "POST /attack/items HTTP/1.1\r\n"; // no Host, so nothing after it can make it valid
        for (int i = 0; i < length; ++i) {
            const quint32 roll = random.bounded(100);
            if (flavour == 0)
                garbage += char(random.bounded(256));
            else if (roll < 4)
                garbage += "\r\n";
            else if (roll < 6)
                garbage += char(random.bounded(32));
            else
                garbage += printable.at(qsizetype(random.bounded(quint32(printable.size()))));
        }
        garbage += "\r\n\r\n";

        RawHttpConnection connection(m_port);
        QVERIFY(connection.isConnected());
        connection.send(garbage);
        const auto end = connection.readUntilClosed(headerTimeoutMs + marginMs);
        const QString context = QStringLiteral("seed %1 round %2: %3")
                                    .arg(seed)
                                    .arg(round)
                                    .arg(QString::fromLatin1(garbage.left(80).toPercentEncoding()));
        QVERIFY2(end != RawHttpConnection::End::Open, qPrintable(context));
        if (connection.received().isEmpty())
            continue;
        const QList<RawHttpResponse> responses = RawHttpResponse::parseAll(connection.received());
        QVERIFY2(responses.size() == 1, qPrintable(context));
        QVERIFY2(responses.first().status >= 400 && responses.first().status < 500, qPrintable(context));
        QVERIFY2(!responses.first().errorCode().isEmpty(), qPrintable(context));
        ++answered;
    }
    QVERIFY(answered > 0);

    RawHttpConnection after(m_port);
    QVERIFY(after.send(request("GET", "/attack/other")));
    QVERIFY(after.readResponses(1, answerWithinMs));
    QCOMPARE(RawHttpResponse::parseAll(after.received()).first().status, 200);
}

QTEST_GUILESS_MAIN(TestEngineAttacks)
#include "tst_engineattacks.moc"
