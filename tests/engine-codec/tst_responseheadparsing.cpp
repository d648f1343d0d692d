// HttpHeadParser::parseResponse: status line variants, bodiless responses, close-delimited bodies, and the
// smuggling shapes a backend could send, which the gateway answers with 502.
#include "http/httpheadparser.h"

#include <QTest>

using namespace Gatehouse;

namespace {

std::optional<HttpParseError> parse(const QByteArray &head, bool requestWasHead, HttpResponseHead &out)
{
    return HttpHeadParser::parseResponse(head.constData(), head.size(), requestWasHead, out);
}

} // namespace

class TestResponseHeadParsing : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidHeads_data();
    void acceptsValidHeads();
    void refusesWith502_data();
    void refusesWith502();
};

void TestResponseHeadParsing::acceptsValidHeads_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("requestWasHead");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<int>("framing");
    QTest::addColumn<qint64>("contentLength");
    QTest::addColumn<bool>("keepAlive");

    const int none = int(BodyFraming::None);
    const int fixed = int(BodyFraming::ContentLength);
    const int chunked = int(BodyFraming::Chunked);
    const int untilClose = int(BodyFraming::UntilClose);

    QTest::newRow("200 with length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") << false
                                     << 200 << QByteArray("OK") << fixed << qint64(5) << true;
    QTest::newRow("reason with spaces")
        << QByteArray("HTTP/1.1 404 Not Found Here\r\nContent-Length: 0\r\n\r\n") << false << 404
        << QByteArray("Not Found Here") << none << qint64(0) << true;
    QTest::newRow("empty reason") << QByteArray("HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\n") << false << 200
                                  << QByteArray() << fixed << qint64(1) << true;
    QTest::newRow("no reason at all") << QByteArray("HTTP/1.1 200\r\nContent-Length: 1\r\n\r\n") << false
                                      << 200 << QByteArray() << fixed << qint64(1) << true;
    QTest::newRow("obs-text reason") << QByteArray("HTTP/1.1 200 D\xe9j\xe0 vu\r\nContent-Length: 1\r\n\r\n")
                                     << false << 200 << QByteArray("D\xe9j\xe0 vu") << fixed << qint64(1)
                                     << true;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") << false
                             << 200 << QByteArray("OK") << chunked << qint64(0) << true;
    QTest::newRow("zero length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false << 200
                                 << QByteArray("OK") << none << qint64(0) << true;
    QTest::newRow("close-delimited 1.1")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n") << false << 200
        << QByteArray("OK") << untilClose << qint64(0) << false;
    QTest::newRow("close-delimited 1.0") << QByteArray("HTTP/1.0 200 OK\r\n\r\n") << false << 200
                                         << QByteArray("OK") << untilClose << qint64(0) << false;
    QTest::newRow("1.0 with length") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\n") << false
                                     << 200 << QByteArray("OK") << fixed << qint64(3) << false;
    QTest::newRow("1.0 keep-alive") << QByteArray(
        "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\n")
                                    << false << 200 << QByteArray("OK") << fixed << qint64(3) << true;
    QTest::newRow("connection close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\n") << false << 200
        << QByteArray("OK") << fixed << qint64(3) << false;
    QTest::newRow("100 continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << false << 100
                                  << QByteArray("Continue") << none << qint64(0) << true;
    QTest::newRow("103 early hints") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n")
                                     << false << 103 << QByteArray("Early Hints") << none << qint64(0)
                                     << true;
    QTest::newRow("204 ignores its length")
        << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << false << 204
        << QByteArray("No Content") << none << qint64(0) << true;
    QTest::newRow("204 without length") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << 204
                                        << QByteArray("No Content") << none << qint64(0) << true;
    QTest::newRow("304 ignores chunked")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n") << false << 304
        << QByteArray("Not Modified") << none << qint64(0) << true;
    QTest::newRow("HEAD ignores the length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
                                             << true << 200 << QByteArray("OK") << none << qint64(0) << true;
    QTest::newRow("HEAD without length") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << true << 200
                                         << QByteArray("OK") << none << qint64(0) << true;
    QTest::newRow("599") << QByteArray("HTTP/1.1 599 Whatever\r\nContent-Length: 0\r\n\r\n") << false << 599
                         << QByteArray("Whatever") << none << qint64(0) << true;
}

void TestResponseHeadParsing::acceptsValidHeads()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, requestWasHead);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(int, framing);
    QFETCH(qint64, contentLength);
    QFETCH(bool, keepAlive);

    HttpResponseHead out;
    const auto error = parse(head, requestWasHead, out);
    QVERIFY2(!error, error ? error->reason : "");
    QCOMPARE(out.status, status);
    QCOMPARE(out.reason, reason);
    QCOMPARE(int(out.framing), framing);
    QCOMPARE(out.contentLength, contentLength);
    QCOMPARE(out.keepAlive, keepAlive);
}

void TestResponseHeadParsing::refusesWith502_data()
{
    QTest::addColumn<QByteArray>("head");

    QTest::newRow("CL and TE") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("TE and CL") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n");
    QTest::newRow("duplicate CL same")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n");
    QTest::newRow("duplicate CL different")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\n");
    QTest::newRow("CL list") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\n");
    QTest::newRow("CL negative") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("CL hex") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0x5\r\n\r\n");
    QTest::newRow("CL overflow") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("TE gzip") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n");
    QTest::newRow("TE gzip, chunked")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n");
    QTest::newRow("TE repeated") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("TE in HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    QTest::newRow("obs-fold") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n Content-Length: 5\r\n\r\n");
    QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\n");
    QTest::newRow("CTL in value") << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\x01\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("empty name") << QByteArray("HTTP/1.1 200 OK\r\n: a\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("HTTP/2.0") << QByteArray("HTTP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("lower-case version") << QByteArray("http/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("ICY") << QByteArray("ICY 200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("four-digit status") << QByteArray("HTTP/1.1 2000 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("status glued to reason") << QByteArray("HTTP/1.1 200OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("status below 100") << QByteArray("HTTP/1.1 099 Odd\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("letters in status") << QByteArray("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("two spaces before status") << QByteArray("HTTP/1.1  200 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("truncated status line") << QByteArray("HTTP/1.1 2\r\n\r\n");
    QTest::newRow("CTL in reason") << QByteArray("HTTP/1.1 200 O\x01K\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("empty status line") << QByteArray("\r\n\r\n");
}

void TestResponseHeadParsing::refusesWith502()
{
    QFETCH(QByteArray, head);
    HttpResponseHead out;
    const auto error = parse(head, false, out);
    QVERIFY(error.has_value());
    QCOMPARE(error->status, 502);
}

QTEST_GUILESS_MAIN(TestResponseHeadParsing)
#include "tst_responseheadparsing.moc"
