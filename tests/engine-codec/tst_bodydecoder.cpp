// BodyDecoder: Content-Length, chunked and close-delimited bodies, however the bytes are split, and the
// chunked shapes a strict gateway refuses.
#include "bodydecoding.h"
#include "headparsing.h"

#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::CodecTest;

namespace {

const QByteArray nextMessage = "GET /next HTTP/1.1\r\nHost: gw.test\r\n\r\n";
constexpr qint64 generousLimit = 1 << 20;

} // namespace

class TestBodyDecoder : public QObject
{
    Q_OBJECT

private slots:
    void contentLengthAtEveryBoundary();
    void contentLengthClosedEarly();
    void untilClose();
    void untilCloseOverLimit();
    void noBody();
    void chunkedValid_data();
    void chunkedValid();
    void chunkedRefused_data();
    void chunkedRefused();
    void chunkedLimitExactlyReached();
    void chunkedClosedEarly();
};

// "hello world" followed by the next pipelined request; split into two reads at every position.
void TestBodyDecoder::contentLengthAtEveryBoundary()
{
    const QByteArray body = "hello world";
    const QByteArray wire = body + nextMessage;
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        const DecodeOutcome outcome = decodePieces(
            BodyFraming::ContentLength, body.size(), generousLimit, { wire.left(cut), wire.mid(cut) });
        QVERIFY2(outcome.status == BodyDecoder::Status::Done, qPrintable(QString::number(cut)));
        QCOMPARE(outcome.decoded, body);
        QCOMPARE(outcome.consumed, body.size());
    }
    const DecodeOutcome trickled
        = decodePieces(BodyFraming::ContentLength, body.size(), generousLimit, splitIntoBytes(wire));
    QVERIFY(trickled.status == BodyDecoder::Status::Done);
    QCOMPARE(trickled.decoded, body);
    QCOMPARE(trickled.consumed, body.size());
}

void TestBodyDecoder::contentLengthClosedEarly()
{
    BodyDecoder decoder;
    decoder.start(BodyFraming::ContentLength, 10, generousLimit);
    const auto step = decoder.next("hello", 5);
    QVERIFY(step.status == BodyDecoder::Status::Data);
    QCOMPARE(step.size, qsizetype(5));
    decoder.finishAtClose();
    QVERIFY(decoder.hasFailed());
    QCOMPARE(decoder.error().status, 400);
}

void TestBodyDecoder::untilClose()
{
    BodyDecoder decoder;
    decoder.start(BodyFraming::UntilClose, 0, generousLimit);
    QByteArray decoded;
    for (const char *piece : { "until ", "the ", "peer closes" }) {
        const auto step = decoder.next(piece, qsizetype(qstrlen(piece)));
        QVERIFY(step.status == BodyDecoder::Status::Data);
        QCOMPARE(step.consumed, qsizetype(qstrlen(piece)));
        decoded.append(step.data, step.size);
    }
    QVERIFY(!decoder.isDone());
    decoder.finishAtClose();
    QVERIFY(decoder.isDone());
    QCOMPARE(decoded, QByteArray("until the peer closes"));
    QCOMPARE(decoder.decodedBytes(), qint64(decoded.size()));
}

void TestBodyDecoder::untilCloseOverLimit()
{
    const DecodeOutcome outcome
        = decodePieces(BodyFraming::UntilClose, 0, 10, { QByteArray("0123456789"), QByteArray("x") });
    QVERIFY(outcome.status == BodyDecoder::Status::Error);
    QCOMPARE(outcome.errorStatus, 413);
}

void TestBodyDecoder::noBody()
{
    const DecodeOutcome none = decodePieces(BodyFraming::None, 0, generousLimit, { nextMessage });
    QVERIFY(none.status == BodyDecoder::Status::Done);
    QCOMPARE(none.consumed, qsizetype(0));
    const DecodeOutcome zero = decodePieces(BodyFraming::ContentLength, 0, generousLimit, { nextMessage });
    QVERIFY(zero.status == BodyDecoder::Status::Done);
    QCOMPARE(zero.consumed, qsizetype(0));
}

void TestBodyDecoder::chunkedValid_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("one chunk") << QByteArray("5\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << QByteArray();
    QTest::newRow("several chunks") << QByteArray("5\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\n\r\n")
                                    << QByteArray("hello world");
    QTest::newRow("lower-case hex") << QByteArray("a\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789");
    QTest::newRow("upper-case hex") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789");
    QTest::newRow("mixed-case hex") << QByteArray("1A\r\n" + QByteArray(26, 'x') + "\r\n0\r\n\r\n")
                                    << QByteArray(26, 'x');
    QTest::newRow("leading zeros") << QByteArray("0005\r\nhello\r\n000\r\n\r\n") << QByteArray("hello");
    QTest::newRow("extension") << QByteArray("5;name=value\r\nhello\r\n0;last\r\n\r\n")
                               << QByteArray("hello");
    QTest::newRow("extension with BWS")
        << QByteArray("5 ;name = value\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("extension quoted")
        << QByteArray("5;a=\"b; c\"\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("several extensions")
        << QByteArray("5;a;b=1;c=\"x\"\r\nhello\r\n0\r\n\r\n") << QByteArray("hello");
    QTest::newRow("trailer") << QByteArray("5\r\nhello\r\n0\r\nX-Checksum: 1234\r\n\r\n")
                             << QByteArray("hello");
    QTest::newRow("two trailers") << QByteArray("5\r\nhello\r\n0\r\nX-A: 1\r\nX-B: 2\r\n\r\n")
                                  << QByteArray("hello");
    QTest::newRow("data holding CRLF and chunk-like bytes")
        << QByteArray("c\r\n\r\n0\r\n\r\nGET /\r\n0\r\n\r\n") << QByteArray("\r\n0\r\n\r\nGET /");
    QTest::newRow("binary data") << withNul("4\r\n\0\xff\r\n\r\n0\r\n\r\n") << withNul("\0\xff\r\n");
    QTest::newRow("large chunk") << QByteArray("1000\r\n" + QByteArray(4096, 'z') + "\r\n0\r\n\r\n")
                                 << QByteArray(4096, 'z');
}

// The same body decoded whole, one byte at a time, and split in two at every position: same bytes out, and
// the decoder stops exactly at the end of the body, leaving the next request alone.
void TestBodyDecoder::chunkedValid()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, decoded);
    const QByteArray stream = wire + nextMessage;

    const DecodeOutcome whole = decodePieces(BodyFraming::Chunked, 0, generousLimit, { stream });
    QVERIFY(whole.status == BodyDecoder::Status::Done);
    QCOMPARE(whole.decoded, decoded);
    QCOMPARE(whole.consumed, wire.size());

    const DecodeOutcome trickled
        = decodePieces(BodyFraming::Chunked, 0, generousLimit, splitIntoBytes(stream));
    QVERIFY(trickled.status == BodyDecoder::Status::Done);
    QCOMPARE(trickled.decoded, decoded);
    QCOMPARE(trickled.consumed, wire.size());

    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const DecodeOutcome split
            = decodePieces(BodyFraming::Chunked, 0, generousLimit, { stream.left(cut), stream.mid(cut) });
        QVERIFY2(split.status == BodyDecoder::Status::Done, qPrintable(QString::number(cut)));
        QCOMPARE(split.decoded, decoded);
        QCOMPARE(split.consumed, wire.size());
    }
}

void TestBodyDecoder::chunkedRefused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("status");

    QTest::newRow("no CRLF after data") << QByteArray("5\r\nhelloX\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("next size right after data") << QByteArray("5\r\nhello0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("data longer than size") << QByteArray("3\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("CR without LF after data") << QByteArray("5\r\nhello\rX0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare LF after data") << QByteArray("5\r\nhello\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare LF after size") << QByteArray("5\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare CR after size") << QByteArray("5\rhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare LF after last size") << QByteArray("5\r\nhello\r\n0\n\r\n") << generousLimit << 400;
    QTest::newRow("bare LF ends the body")
        << QByteArray("5\r\nhello\r\n0\r\n\n") + nextMessage << generousLimit << 400;
    QTest::newRow("bare LF after a trailer")
        << QByteArray("0\r\nX-A: 1\r\n\n") + nextMessage << generousLimit << 400;
    QTest::newRow("bare LF inside a trailer")
        << QByteArray("0\r\nX-A: 1\nX-B: 2\r\n\r\n") << generousLimit << 400;
    QTest::newRow("NUL starting a trailer") << withNul("0\r\n\0X: 1\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare CR ends the body") << QByteArray("0\r\n\rX") << generousLimit << 400;
    QTest::newRow("folded trailer") << QByteArray("0\r\nX-A: 1\r\n folded\r\n\r\n") << generousLimit << 400;
    QTest::newRow("16 hex digits") << QByteArray("0000000000000005\r\nhello\r\n0\r\n\r\n") << generousLimit
                                   << 400;
    QTest::newRow("size overflowing 64 bits")
        << QByteArray("10000000000000005\r\nhello\r\n") << generousLimit << 400;
    QTest::newRow("15 hex digits over the limit")
        << QByteArray("fffffffffffffff\r\n") << generousLimit << 413;
    QTest::newRow("negative size") << QByteArray("-5\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("plus sign") << QByteArray("+5\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("hex prefix") << QByteArray("0x5\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("garbage size") << QByteArray("zz\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("empty size") << QByteArray("\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("space before size") << QByteArray(" 5\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("extension without size")
        << QByteArray(";ext\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("size then a second number")
        << QByteArray("5 6\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("size then garbage") << QByteArray("5x\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("bare LF in extension")
        << QByteArray("5;a\nb\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("NUL in extension") << withNul("5;a\0b\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("DEL in extension") << QByteArray("5;a\x7f\r\nhello\r\n0\r\n\r\n") << generousLimit << 400;
    QTest::newRow("extension too long") << "5;" + QByteArray(2000, 'e') + "\r\nhello\r\n0\r\n\r\n"
                                        << generousLimit << 400;
    QTest::newRow("trailer line too long") << "0\r\nX-A: " + QByteArray(9000, 't') + "\r\n\r\n"
                                           << generousLimit << 400;
    QTest::newRow("one chunk over the limit")
        << QByteArray("b\r\nhello world\r\n0\r\n\r\n") << qint64(10) << 413;
    QTest::newRow("chunks add up over the limit")
        << QByteArray("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n") << qint64(10) << 413;
}

void TestBodyDecoder::chunkedRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(qint64, limit);
    QFETCH(int, status);

    const DecodeOutcome whole = decodePieces(BodyFraming::Chunked, 0, limit, { wire });
    QVERIFY2(whole.status == BodyDecoder::Status::Error,
        whole.status == BodyDecoder::Status::Done ? "accepted as a complete body"
                                                  : "still waiting for bytes");
    QCOMPARE(whole.errorStatus, status);
    QVERIFY(whole.decoded.size() <= limit);

    const DecodeOutcome trickled = decodePieces(BodyFraming::Chunked, 0, limit, splitIntoBytes(wire));
    QVERIFY(trickled.status == BodyDecoder::Status::Error);
    QCOMPARE(trickled.errorStatus, status);
    QCOMPARE(trickled.decoded, whole.decoded);

    // Once failed, the decoder stays failed.
    BodyDecoder decoder;
    decoder.start(BodyFraming::Chunked, 0, limit);
    qsizetype offset = 0;
    BodyDecoder::Step step { BodyDecoder::Status::Data, 0, nullptr, 0 };
    while (step.status == BodyDecoder::Status::Data) {
        step = decoder.next(wire.constData() + offset, wire.size() - offset);
        offset += step.consumed;
    }
    QVERIFY(decoder.hasFailed());
    QVERIFY(decoder.next("0\r\n\r\n", 5).status == BodyDecoder::Status::Error);
}

void TestBodyDecoder::chunkedLimitExactlyReached()
{
    const DecodeOutcome outcome
        = decodePieces(BodyFraming::Chunked, 0, 10, { QByteArray("5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n") });
    QVERIFY(outcome.status == BodyDecoder::Status::Done);
    QCOMPARE(outcome.decoded, QByteArray("helloworld"));
}

void TestBodyDecoder::chunkedClosedEarly()
{
    BodyDecoder decoder;
    decoder.start(BodyFraming::Chunked, 0, generousLimit);
    const auto step = decoder.next("5\r\nhel", 6);
    QVERIFY(step.status == BodyDecoder::Status::Data);
    decoder.finishAtClose();
    QVERIFY(decoder.hasFailed());
    QCOMPARE(decoder.error().status, 400);
}

QTEST_GUILESS_MAIN(TestBodyDecoder)
#include "tst_bodydecoder.moc"
