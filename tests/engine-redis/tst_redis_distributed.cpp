// One limit shared through Redis: by 4 threads of one process (within 1% of the limit) and by 3
// processes at once (within 2%).
#include "chargeload.h"
#include "redistestserver.h"
#include "throttling/redis/rediscounterstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

class TestRedisDistributed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fourThreadsShareOneLimit();
    void threeProcessesShareOneLimit();

private:
    RedisTestServer m_server;
};

namespace {

// 1000 per hour: one unit comes back every 3.6 s, so a run of a few seconds refills at most a unit or two.
constexpr qint64 Limit = 1000;
constexpr qint64 WindowMs = 3'600'000;

} // namespace

void TestRedisDistributed::initTestCase()
{
    QString error;
    if (!m_server.start(&error))
        QFAIL(qPrintable(error));
}

void TestRedisDistributed::fourThreadsShareOneLimit()
{
    DistributedThrottling settings;
    settings.redisPort = m_server.port();
    settings.keyPrefix = QStringLiteral("threads:");
    settings.timeoutMs = 2000;
    RedisCounterStore store(settings);

    const ChargeLoadResult result
        = runChargeLoad(store, CounterCharge { "shared", Limit, WindowMs, 1, false }, 4, 750);
    qInfo("allowed %lld of %d charges (limit %lld)", result.allowed, 4 * 750, Limit);
    QCOMPARE(result.unanswered, 0);
    QCOMPARE(result.degraded, 0);
    QCOMPARE(result.allowed + result.denied, 4 * 750);
    QVERIFY2(qAbs(result.allowed - Limit) <= Limit / 100, qPrintable(QString::number(result.allowed)));
}

void TestRedisDistributed::threeProcessesShareOneLimit()
{
    const QString node = QCoreApplication::applicationDirPath() + QStringLiteral("/redis_throttle_node");
    QVERIFY2(QFile::exists(node), qPrintable(node));
    // They start charging at the same moment, after all three processes are up.
    const QString startAt = QString::number(QDateTime::currentMSecsSinceEpoch() + 1500);
    std::vector<std::unique_ptr<QProcess>> nodes;
    for (int i = 0; i < 3; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(node,
            { QStringLiteral("--port"), QString::number(m_server.port()), QStringLiteral("--key"),
                QStringLiteral("processes"), QStringLiteral("--quota"), QString::number(Limit),
                QStringLiteral("--window-ms"), QString::number(WindowMs), QStringLiteral("--threads"),
                QStringLiteral("3"), QStringLiteral("--charges"), QStringLiteral("500"),
                QStringLiteral("--start-at"), startAt });
        QVERIFY2(process->waitForStarted(10'000), qPrintable(process->errorString()));
        nodes.push_back(std::move(process));
    }
    qint64 allowed = 0;
    qint64 answered = 0;
    const QRegularExpression line(
        QStringLiteral("^allowed (\\d+) denied (\\d+) degraded (\\d+) unanswered (\\d+)"));
    for (const auto &process : nodes) {
        QVERIFY(process->waitForFinished(120'000));
        QCOMPARE(process->exitCode(), 0);
        const QString output = QString::fromUtf8(process->readAllStandardOutput());
        const QRegularExpressionMatch match = line.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        qInfo("node: %s", qPrintable(output.trimmed()));
        QCOMPARE(match.captured(3).toLongLong(), 0); // degraded
        QCOMPARE(match.captured(4).toLongLong(), 0); // unanswered
        allowed += match.captured(1).toLongLong();
        answered += match.captured(1).toLongLong() + match.captured(2).toLongLong();
    }
    QCOMPARE(answered, 3 * 3 * 500);
    QVERIFY2(qAbs(allowed - Limit) <= Limit * 2 / 100, qPrintable(QString::number(allowed)));
}

QTEST_GUILESS_MAIN(TestRedisDistributed)
#include "tst_redis_distributed.moc"
