// Inputs the libFuzzer targets in fuzz/ found to break an invariant, replayed as regression rows. The files
// are kept exactly as the fuzzers read them (see fuzz/README.md for the layout of their first bytes).
#include "bodydecoding.h"
#include "headparsing.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <algorithm>

using namespace Gatehouse;
using namespace Gatehouse::CodecTest;

namespace {

const QString dataDir = QStringLiteral(GATEHOUSE_TEST_DATA_DIR);

QByteArray readReproducer(const QString &folder, const QString &name)
{
    QFile file(dataDir + QLatin1Char('/') + folder + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// fuzz_requesthead's limits, kept small there so that short inputs reach them.
RequestLimits fuzzRequestLimits()
{
    RequestLimits limits;
    limits.maxRequestLineBytes = 100;
    limits.maxHeaderBytes = 300;
    limits.maxHeaderCount = 10;
    return limits;
}

struct Reproducer
{
    const char *folder;
    const char *file;
    int status; // what the gateway must answer
    const char *what;
};

const Reproducer reproducers[] = {
    { "fuzz-requesthead", "complete-head-over-the-limit", 431,
        "an HTTP/1.0 head of 305 bytes, complete in one read, against a 300-byte head limit" },
    { "fuzz-chunkedbody", "control-character-in-trailer", 400,
        "\"0\\r\\n`@HDDD\\x03\\x08DDD\\r\\n\\r\\n\": control characters inside a trailer line" },
    { "fuzz-chunkedbody", "whitespace-then-garbage-after-size", 400,
        "\"0\\t\\xff80\\t\\xff8\\r\\n\\r\\n\": whitespace after the size, then no ';'" },
    { "fuzz-chunkedbody", "trailer-starting-with-comma", 400,
        "\"0\\r\\n,#\\r\\n\\r\\n\": a trailer line that cannot start a field name" },
    { "fuzz-chunkedbody", "trailer-starting-with-bare-lf", 400,
        "\"0\\r\\n\\n...\": a bare LF where a trailer line or the final CRLF belongs" },
};

void addRows(const char *folder)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    for (const Reproducer &reproducer : reproducers) {
        if (qstrcmp(reproducer.folder, folder) == 0)
            QTest::newRow(reproducer.what) << QString::fromLatin1(reproducer.file) << reproducer.status;
    }
}

} // namespace

class TestFuzzReproducers : public QObject
{
    Q_OBJECT

private slots:
    void everyReproducerHasARow();
    void requestHeads_data();
    void requestHeads();
    void chunkedBodies_data();
    void chunkedBodies();
};

void TestFuzzReproducers::requestHeads_data()
{
    addRows("fuzz-requesthead");
}

// Byte 0 seeds how the fuzzer cut the input into reads; the request follows.
void TestFuzzReproducers::requestHeads()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    const QByteArray input = readReproducer(QStringLiteral("fuzz-requesthead"), file);
    QVERIFY(input.size() > 1);
    const QByteArray request = input.mid(1);
    QCOMPARE(parseRequestWhole(request, fuzzRequestLimits()).status, status);
    QCOMPARE(parseRequestPieces(splitIntoBytes(request), fuzzRequestLimits()).status, status);
}

void TestFuzzReproducers::chunkedBodies_data()
{
    addRows("fuzz-chunkedbody");
}

// Byte 0 seeds the reads, byte 1 sets the body limit (16 + 16 * byte); the body follows.
void TestFuzzReproducers::chunkedBodies()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    const QByteArray input = readReproducer(QStringLiteral("fuzz-chunkedbody"), file);
    QVERIFY(input.size() > 2);
    const qint64 limit = 16 + qint64(static_cast<unsigned char>(input.at(1))) * 16;
    const QByteArray body = input.mid(2);

    const DecodeOutcome whole = decodePieces(BodyFraming::Chunked, 0, limit, { body });
    QVERIFY2(whole.status == BodyDecoder::Status::Error,
        whole.status == BodyDecoder::Status::Done ? "accepted as a complete body"
                                                  : "still waiting for bytes");
    QCOMPARE(whole.errorStatus, status);
    const DecodeOutcome trickled = decodePieces(BodyFraming::Chunked, 0, limit, splitIntoBytes(body));
    QVERIFY(trickled.status == BodyDecoder::Status::Error);
    QCOMPARE(trickled.errorStatus, status);
}

// A reproducer dropped into data/ without a row would never run.
void TestFuzzReproducers::everyReproducerHasARow()
{
    for (const char *folder : { "fuzz-requesthead", "fuzz-chunkedbody" }) {
        const QStringList files
            = QDir(dataDir + QLatin1Char('/') + QLatin1String(folder)).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const bool listed = std::any_of(
                std::begin(reproducers), std::end(reproducers), [&](const Reproducer &r) {
                    return QLatin1String(r.folder) == QLatin1String(folder) && file == QLatin1String(r.file);
                });
            QVERIFY2(listed, qPrintable(QLatin1String(folder) + QLatin1Char('/') + file));
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzReproducers)
#include "tst_fuzzreproducers.moc"
