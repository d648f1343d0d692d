// HttpHeadScanner + HttpHeadParser::parseRequest: what a strict gateway accepts, and every request
// smuggling shape it must refuse (with the status it answers).
#include "headparsing.h"

#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::CodecTest;

namespace {

QByteArray get(const QByteArray &target, const QByteArray &headers = "Host: gw.test\r\n")
{
    return "GET " + target + " HTTP/1.1\r\n" + headers + "\r\n";
}

QByteArray post(const QByteArray &headers)
{
    return "POST /shop/items HTTP/1.1\r\nHost: gw.test\r\n" + headers + "\r\n";
}

QByteArray manyHeaders(int count, int valueBytes = 4)
{
    QByteArray headers;
    for (int i = 0; i < count; ++i)
        headers += "X-Field-" + QByteArray::number(i) + ": " + QByteArray(valueBytes, 'v') + "\r\n";
    return headers;
}

} // namespace

class TestRequestHeadParsing : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidHeads_data();
    void acceptsValidHeads();
    void refusesWithStatus_data();
    void refusesWithStatus();
    void sameOutcomeWhenTrickled_data();
    void sameOutcomeWhenTrickled();
    void headTooLargeWhateverTheArrival_data();
    void headTooLargeWhateverTheArrival();
    void scannerWaitsOnTrailingCr();
    void headSizeStopsAtTheEmptyLine();
};

void TestRequestHeadParsing::acceptsValidHeads_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("minorVersion");
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<int>("headerCount");
    QTest::addColumn<QByteArray>("checkedHeader");
    QTest::addColumn<QByteArray>("checkedValue");

    const int none = int(BodyFraming::None);
    const int fixed = int(BodyFraming::ContentLength);
    const int chunked = int(BodyFraming::Chunked);

    QTest::newRow("origin form") << get("/shop/items") << QByteArray("GET") << QByteArray("/shop/items")
                                 << QByteArray() << 1 << none << qint64(0) << true << 1 << QByteArray("host")
                                 << QByteArray("gw.test");
    QTest::newRow("root path") << get("/") << QByteArray("GET") << QByteArray("/") << QByteArray() << 1
                               << none << qint64(0) << true << 1 << QByteArray("Host")
                               << QByteArray("gw.test");
    QTest::newRow("query") << get("/shop/items?limit=10&name=a%20b") << QByteArray("GET")
                           << QByteArray("/shop/items") << QByteArray("limit=10&name=a%20b") << 1 << none
                           << qint64(0) << true << 1 << QByteArray("host") << QByteArray("gw.test");
    QTest::newRow("empty query") << get("/shop?") << QByteArray("GET") << QByteArray("/shop") << QByteArray()
                                 << 1 << none << qint64(0) << true << 1 << QByteArray("host")
                                 << QByteArray("gw.test");
    QTest::newRow("absolute form") << get("http://backend.example:8080/shop/items?x=1") << QByteArray("GET")
                                   << QByteArray("/shop/items") << QByteArray("x=1") << 1 << none << qint64(0)
                                   << true << 1 << QByteArray("host") << QByteArray("gw.test");
    QTest::newRow("absolute form https")
        << get("https://backend.example/a/b") << QByteArray("GET") << QByteArray("/a/b") << QByteArray() << 1
        << none << qint64(0) << true << 1 << QByteArray("host") << QByteArray("gw.test");
    QTest::newRow("absolute form without path")
        << get("http://backend.example") << QByteArray("GET") << QByteArray("/") << QByteArray() << 1 << none
        << qint64(0) << true << 1 << QByteArray("host") << QByteArray("gw.test");
    // RFC 3986: the authority ends at the first '/', '?' or '#'. A '/' inside the query is not the path.
    QTest::newRow("absolute form query holding a slash")
        << get("http://backend.example?next=/admin") << QByteArray("GET") << QByteArray("/")
        << QByteArray("next=/admin") << 1 << none << qint64(0) << true << 1 << QByteArray("host")
        << QByteArray("gw.test");
    QTest::newRow("asterisk form") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: gw.test\r\n\r\n")
                                   << QByteArray("OPTIONS") << QByteArray("*") << QByteArray() << 1 << none
                                   << qint64(0) << true << 1 << QByteArray("host") << QByteArray("gw.test");
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /shop HTTP/1.0\r\n\r\n") << QByteArray("GET") << QByteArray("/shop")
        << QByteArray() << 0 << none << qint64(0) << false << 0 << QByteArray("host") << QByteArray();
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("GET /shop HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << QByteArray("GET")
        << QByteArray("/shop") << QByteArray() << 0 << none << qint64(0) << true << 1
        << QByteArray("connection") << QByteArray("Keep-Alive");
    QTest::newRow("HTTP/1.1 close") << get("/shop", "Host: gw.test\r\nConnection: keep-alive, close\r\n")
                                    << QByteArray("GET") << QByteArray("/shop") << QByteArray() << 1 << none
                                    << qint64(0) << false << 2 << QByteArray("connection")
                                    << QByteArray("keep-alive, close");
    QTest::newRow("leading CRLF") << "\r\n" + get("/shop") << QByteArray("GET") << QByteArray("/shop")
                                  << QByteArray() << 1 << none << qint64(0) << true << 1 << QByteArray("host")
                                  << QByteArray("gw.test");
    QTest::newRow("eight leading CRLFs")
        << QByteArray("\r\n").repeated(8) + get("/shop") << QByteArray("GET") << QByteArray("/shop")
        << QByteArray() << 1 << none << qint64(0) << true << 1 << QByteArray("host") << QByteArray("gw.test");
    QTest::newRow("OWS trimmed") << get("/", "Host: \t gw.test \t \r\nX-Empty:\r\nX-Tab:\tin\tside\t\r\n")
                                 << QByteArray("GET") << QByteArray("/") << QByteArray() << 1 << none
                                 << qint64(0) << true << 3 << QByteArray("x-tab") << QByteArray("in\tside");
    QTest::newRow("empty value") << get("/", "Host: gw.test\r\nX-Empty:   \r\n") << QByteArray("GET")
                                 << QByteArray("/") << QByteArray() << 1 << none << qint64(0) << true << 2
                                 << QByteArray("x-empty") << QByteArray();
    QTest::newRow("obs-text in value")
        << get("/", "Host: gw.test\r\nX-Name: caf\xc3\xa9\r\n") << QByteArray("GET") << QByteArray("/")
        << QByteArray() << 1 << none << qint64(0) << true << 2 << QByteArray("x-name")
        << QByteArray("caf\xc3\xa9");
    QTest::newRow("token characters in names")
        << get("/", "Host: gw.test\r\nX-!#$%&'*+-.^_`|~09az: t\r\n") << QByteArray("GET") << QByteArray("/")
        << QByteArray() << 1 << none << qint64(0) << true << 2 << QByteArray("x-!#$%&'*+-.^_`|~09AZ")
        << QByteArray("t");
    QTest::newRow("many headers at the limit")
        << get("/", "Host: gw.test\r\n" + manyHeaders(99)) << QByteArray("GET") << QByteArray("/")
        << QByteArray() << 1 << none << qint64(0) << true << 100 << QByteArray("x-field-98")
        << QByteArray("vvvv");
    QTest::newRow("extension method")
        << QByteArray("PURGE /cache HTTP/1.1\r\nHost: gw.test\r\n\r\n") << QByteArray("PURGE")
        << QByteArray("/cache") << QByteArray() << 1 << none << qint64(0) << true << 1 << QByteArray("host")
        << QByteArray("gw.test");
    QTest::newRow("content-length") << post("Content-Length: 5\r\n") << QByteArray("POST")
                                    << QByteArray("/shop/items") << QByteArray() << 1 << fixed << qint64(5)
                                    << true << 2 << QByteArray("content-length") << QByteArray("5");
    QTest::newRow("content-length with OWS")
        << post("Content-Length: \t 12 \t\r\n") << QByteArray("POST") << QByteArray("/shop/items")
        << QByteArray() << 1 << fixed << qint64(12) << true << 2 << QByteArray("content-length")
        << QByteArray("12");
    QTest::newRow("content-length zero")
        << post("Content-Length: 0\r\n") << QByteArray("POST") << QByteArray("/shop/items") << QByteArray()
        << 1 << none << qint64(0) << true << 2 << QByteArray("content-length") << QByteArray("0");
    QTest::newRow("content-length leading zeros")
        << post("Content-Length: 007\r\n") << QByteArray("POST") << QByteArray("/shop/items") << QByteArray()
        << 1 << fixed << qint64(7) << true << 2 << QByteArray("content-length") << QByteArray("007");
    QTest::newRow("content-length at the body limit")
        << post("Content-Length: 1048576\r\n") << QByteArray("POST") << QByteArray("/shop/items")
        << QByteArray() << 1 << fixed << qint64(1048576) << true << 2 << QByteArray("content-length")
        << QByteArray("1048576");
    QTest::newRow("chunked") << post("Transfer-Encoding: chunked\r\n") << QByteArray("POST")
                             << QByteArray("/shop/items") << QByteArray() << 1 << chunked << qint64(0) << true
                             << 2 << QByteArray("transfer-encoding") << QByteArray("chunked");
    QTest::newRow("chunked after OWS")
        << post("Transfer-Encoding:   chunked \r\n") << QByteArray("POST") << QByteArray("/shop/items")
        << QByteArray() << 1 << chunked << qint64(0) << true << 2 << QByteArray("transfer-encoding")
        << QByteArray("chunked");
    QTest::newRow("chunked in capitals")
        << post("TRANSFER-ENCODING: Chunked\r\n") << QByteArray("POST") << QByteArray("/shop/items")
        << QByteArray() << 1 << chunked << qint64(0) << true << 2 << QByteArray("transfer-encoding")
        << QByteArray("Chunked");
}

void TestRequestHeadParsing::acceptsValidHeads()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, query);
    QFETCH(int, minorVersion);
    QFETCH(int, framing);
    QFETCH(qint64, contentLength);
    QFETCH(bool, keepAlive);
    QFETCH(int, headerCount);
    QFETCH(QByteArray, checkedHeader);
    QFETCH(QByteArray, checkedValue);

    const RequestOutcome outcome = parseRequestWhole(raw + "NEXT REQUEST BYTES");
    QCOMPARE(outcome.status, 0);
    QCOMPARE(outcome.headSize, raw.size());
    QCOMPARE(outcome.head.method, method);
    QCOMPARE(outcome.head.path, path);
    QCOMPARE(outcome.head.query, query);
    QCOMPARE(outcome.head.minorVersion, minorVersion);
    QCOMPARE(int(outcome.head.framing), framing);
    QCOMPARE(outcome.head.contentLength, contentLength);
    QCOMPARE(outcome.head.keepAlive, keepAlive);
    QCOMPARE(int(outcome.head.headers.size()), headerCount);
    QCOMPARE(outcome.head.headers.value(checkedHeader), checkedValue);
}

void TestRequestHeadParsing::refusesWithStatus_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    // Content-Length and Transfer-Encoding: the classic CL.TE / TE.CL desync shapes.
    QTest::newRow("CL then TE") << post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("TE then CL") << post("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n") << 400;
    QTest::newRow("TE with CL zero") << post("Transfer-Encoding: chunked\r\nContent-Length: 0\r\n") << 400;
    QTest::newRow("duplicate CL same value") << post("Content-Length: 5\r\nContent-Length: 5\r\n") << 400;
    QTest::newRow("duplicate CL different values")
        << post("Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("duplicate CL different case") << post("Content-Length: 5\r\ncontent-LENGTH: 6\r\n") << 400;
    QTest::newRow("CL plus sign") << post("Content-Length: +5\r\n") << 400;
    QTest::newRow("CL minus sign") << post("Content-Length: -5\r\n") << 400;
    QTest::newRow("CL inner space") << post("Content-Length: 5 0\r\n") << 400;
    QTest::newRow("CL comma list same") << post("Content-Length: 5, 5\r\n") << 400;
    QTest::newRow("CL comma list different") << post("Content-Length: 5,6\r\n") << 400;
    QTest::newRow("CL hex") << post("Content-Length: 0x10\r\n") << 400;
    QTest::newRow("CL exponent") << post("Content-Length: 1e3\r\n") << 400;
    QTest::newRow("CL decimal point") << post("Content-Length: 5.0\r\n") << 400;
    QTest::newRow("CL empty") << post("Content-Length:\r\n") << 400;
    QTest::newRow("CL overflow int64") << post("Content-Length: 9223372036854775808\r\n") << 400;
    QTest::newRow("CL overflow 20 digits") << post("Content-Length: 18446744073709551621\r\n") << 400;
    QTest::newRow("CL 18 digits over the limit") << post("Content-Length: 999999999999999999\r\n") << 413;
    QTest::newRow("CL over the body limit") << post("Content-Length: 1048577\r\n") << 413;

    // Transfer-Encoding other than exactly "chunked".
    QTest::newRow("TE gzip") << post("Transfer-Encoding: gzip\r\n") << 400;
    QTest::newRow("TE identity") << post("Transfer-Encoding: identity\r\n") << 400;
    QTest::newRow("TE chunked, gzip") << post("Transfer-Encoding: chunked, gzip\r\n") << 400;
    QTest::newRow("TE gzip, chunked") << post("Transfer-Encoding: gzip, chunked\r\n") << 400;
    QTest::newRow("TE chunked, chunked") << post("Transfer-Encoding: chunked, chunked\r\n") << 400;
    QTest::newRow("TE xchunked") << post("Transfer-Encoding: xchunked\r\n") << 400;
    QTest::newRow("TE chunkedx") << post("Transfer-Encoding: chunkedx\r\n") << 400;
    QTest::newRow("TE quoted") << post("Transfer-Encoding: \"chunked\"\r\n") << 400;
    QTest::newRow("TE empty") << post("Transfer-Encoding:\r\n") << 400;
    QTest::newRow("TE repeated") << post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
                                 << 400;
    QTest::newRow("TE repeated with identity")
        << post("Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n") << 400;
    QTest::newRow("TE in HTTP/1.0") << QByteArray(
        "POST /shop HTTP/1.0\r\nHost: gw.test\r\nTransfer-Encoding: chunked\r\n\r\n")
                                    << 400;
    QTest::newRow("TE name with space before colon") << post("Transfer-Encoding : chunked\r\n") << 400;
    QTest::newRow("TE name with tab before colon") << post("Transfer-Encoding\t: chunked\r\n") << 400;

    // Field syntax.
    QTest::newRow("obs-fold") << get("/", "Host: gw.test\r\nX-A: one\r\n two\r\n") << 400;
    QTest::newRow("obs-fold with tab") << get("/", "Host: gw.test\r\nX-A: one\r\n\ttwo\r\n") << 400;
    QTest::newRow("obs-fold hiding TE") << post("X-A: one\r\n Transfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("whitespace before first header")
        << QByteArray("GET / HTTP/1.1\r\n Host: gw.test\r\n\r\n") << 400;
    QTest::newRow("bare CR in value") << get("/", "Host: gw.test\r\nX-A: a\rb\r\n") << 400;
    QTest::newRow("bare CR ending a line") << QByteArray("GET / HTTP/1.1\rHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("bare LF ending request line")
        << QByteArray("GET / HTTP/1.1\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("bare LF ending a header") << QByteArray("GET / HTTP/1.1\r\nHost: gw.test\n\r\n") << 400;
    QTest::newRow("bare LF in value") << get("/", "Host: gw.test\r\nX-A: a\nb\r\n") << 400;
    QTest::newRow("bare LF hiding TE") << post("X-A: a\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("LF LF end of head") << QByteArray("GET / HTTP/1.1\r\nHost: gw.test\r\n\n") << 400;
    QTest::newRow("NUL in value") << get("/", withNul("Host: gw.test\r\nX-A: a\0b\r\n")) << 400;
    QTest::newRow("NUL in name") << get("/", withNul("Host: gw.test\r\nX\0A: b\r\n")) << 400;
    QTest::newRow("SOH in value") << get("/", "Host: gw.test\r\nX-A: a\x01z\r\n") << 400;
    QTest::newRow("ESC in value") << get("/", "Host: gw.test\r\nX-A: \x1b[31m\r\n") << 400;
    QTest::newRow("DEL in value") << get("/", "Host: gw.test\r\nX-A: a\x7fz\r\n") << 400;
    QTest::newRow("vertical tab in value") << get("/", "Host: gw.test\r\nX-A: a\x0bz\r\n") << 400;
    QTest::newRow("form feed in value") << get("/", "Host: gw.test\r\nX-A: a\x0cz\r\n") << 400;
    QTest::newRow("space before colon") << get("/", "Host : gw.test\r\n") << 400;
    QTest::newRow("space inside name") << get("/", "Host: gw.test\r\nX A: b\r\n") << 400;
    QTest::newRow("empty header name") << get("/", "Host: gw.test\r\n: value\r\n") << 400;
    QTest::newRow("line without colon") << get("/", "Host: gw.test\r\nNoColonHere\r\n") << 400;
    QTest::newRow("non-token name") << get("/", "Host: gw.test\r\nX(A): b\r\n") << 400;
    QTest::newRow("high byte in name") << get("/", "Host: gw.test\r\nX-\xc3\xa9: b\r\n") << 400;

    // Host.
    QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/1.1 duplicate Host") << get("/", "Host: a.test\r\nHost: b.test\r\n") << 400;
    QTest::newRow("HTTP/1.1 duplicate Host same value")
        << get("/", "Host: a.test\r\nhost: a.test\r\n") << 400;
    QTest::newRow("HTTP/1.0 duplicate Host")
        << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n") << 400;

    // Request line: method, target, version.
    QTest::newRow("method with @") << QByteArray("G@T / HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("method with high byte") << QByteArray("G\xc9T / HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("empty method") << QByteArray(" / HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("tab after method") << QByteArray("GET\t/ HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("two spaces after method") << QByteArray("GET  / HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("only a method") << QByteArray("GET\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("space after version") << QByteArray("GET / HTTP/1.1 \r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: gw.test\r\n\r\n") << 505;
    QTest::newRow("HTTP/0.9 style version") << QByteArray("GET / HTTP/0.9\r\nHost: gw.test\r\n\r\n") << 505;
    QTest::newRow("HTTP/1.2") << QByteArray("GET / HTTP/1.2\r\nHost: gw.test\r\n\r\n") << 505;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("version HTTP/1") << QByteArray("GET / HTTP/1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("version HTTP/1.10") << QByteArray("GET / HTTP/1.10\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("version HTTP/1.x") << QByteArray("GET / HTTP/1.x\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("target with space") << QByteArray("GET /a b HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("target with tab") << QByteArray("GET /a\tb HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("target with SOH") << get("/a\x01z") << 400;
    QTest::newRow("target with DEL") << get("/a\x7fz") << 400;
    QTest::newRow("target with high byte") << get("/caf\xc3\xa9") << 400;
    QTest::newRow("target with NUL") << withNul("GET /a\0 HTTP/1.1\r\nHost: gw.test\r\n\r\n") << 400;
    QTest::newRow("target with fragment") << get("/shop#top") << 400;
    QTest::newRow("target with fragment after query") << get("/shop?a=1#top") << 400;
    QTest::newRow("absolute form with fragment") << get("http://backend.example/a#b") << 400;
    QTest::newRow("relative target") << get("shop/items") << 400;
    QTest::newRow("authority form for GET") << get("backend.example:443") << 400;
    QTest::newRow("asterisk for GET") << get("*") << 400;

    // Sizes: 431 header count, 414 request line, 431 head size, 400 for endless leading CRLFs.
    QTest::newRow("too many headers") << get("/", "Host: gw.test\r\n" + manyHeaders(100)) << 431;
    QTest::newRow("far too many headers") << get("/", "Host: gw.test\r\n" + manyHeaders(5000)) << 431;
    QTest::newRow("request line too long") << get('/' + QByteArray(8200, 'a')) << 414;
    QTest::newRow("request line too long, no CRLF yet") << QByteArray("GET /") + QByteArray(9000, 'a') << 414;
    QTest::newRow("nine leading CRLFs") << QByteArray("\r\n").repeated(9) + get("/") << 400;
}

void TestRequestHeadParsing::refusesWithStatus()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);

    const RequestOutcome whole = parseRequestWhole(raw);
    QCOMPARE(whole.status, status);
    QVERIFY(!whole.needsMore);
}

void TestRequestHeadParsing::sameOutcomeWhenTrickled_data()
{
    refusesWithStatus_data();
}

// A head that arrives one byte at a time, or in odd-sized pieces, is judged exactly like one that arrives
// whole (the scanner keeps state across calls).
void TestRequestHeadParsing::sameOutcomeWhenTrickled()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);

    if (raw.size() <= 4096)
        QCOMPARE(parseRequestPieces(splitIntoBytes(raw)).status, status);
    QCOMPARE(parseRequestPieces(splitIntoPieces(raw, 7)).status, status);
    QCOMPARE(parseRequestPieces(splitIntoPieces(raw, 1000)).status, status);
}

void TestRequestHeadParsing::headTooLargeWhateverTheArrival_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    QTest::newRow("whole head in one read") << qsizetype(1 << 20);
    QTest::newRow("16 KiB reads") << qsizetype(16 * 1024);
    QTest::newRow("1000-byte reads") << qsizetype(1000);
    QTest::newRow("one byte at a time") << qsizetype(1);
}

// 40 headers of 2 KiB: under the header count limit but over the 64 KiB head limit. How the bytes arrive
// must not matter: a head that comes in a single read is just as large.
void TestRequestHeadParsing::headTooLargeWhateverTheArrival()
{
    QFETCH(qsizetype, pieceSize);
    const QByteArray raw = get("/", "Host: gw.test\r\n" + manyHeaders(40, 2048));
    QVERIFY(raw.size() > 64 * 1024);
    QCOMPARE(parseRequestPieces(splitIntoPieces(raw, pieceSize)).status, 431);
}

void TestRequestHeadParsing::scannerWaitsOnTrailingCr()
{
    HttpHeadScanner scanner;
    QByteArray buffer("GET / HTTP/1.1\r");
    QCOMPARE(scanner.scan(buffer, 8192, 65536), HttpHeadScanner::Result::NeedMore);
    buffer += "\nHost: gw.test\r\n\r";
    QCOMPARE(scanner.scan(buffer, 8192, 65536), HttpHeadScanner::Result::NeedMore);
    buffer += "\n";
    QCOMPARE(scanner.scan(buffer, 8192, 65536), HttpHeadScanner::Result::Complete);
    QCOMPARE(scanner.headSize(), buffer.size());

    HttpHeadScanner bare;
    QByteArray bareBuffer("GET / HTTP/1.1\r");
    QCOMPARE(bare.scan(bareBuffer, 8192, 65536), HttpHeadScanner::Result::NeedMore);
    bareBuffer += "X";
    QCOMPARE(bare.scan(bareBuffer, 8192, 65536), HttpHeadScanner::Result::BareLineBreak);
}

void TestRequestHeadParsing::headSizeStopsAtTheEmptyLine()
{
    const QByteArray first = get("/one");
    const QByteArray pipelined = first + get("/two") + "POST /three HTTP/1.1\r\n";
    const RequestOutcome outcome = parseRequestWhole(pipelined);
    QCOMPARE(outcome.status, 0);
    QCOMPARE(outcome.headSize, first.size());
    QCOMPARE(outcome.head.path, QByteArray("/one"));

    HttpHeadScanner scanner;
    QCOMPARE(scanner.scan(QByteArray("\r\n\r\n"), 8192, 65536), HttpHeadScanner::Result::NeedMore);
    QCOMPARE(scanner.leadingEmptyLines(), qsizetype(4));
}

QTEST_GUILESS_MAIN(TestRequestHeadParsing)
#include "tst_requestheadparsing.moc"
