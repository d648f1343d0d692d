// Redis going away, hanging, coming back, and refusing the password: answers follow the failure mode
// within the timeout, the store reconnects by itself, and no password reaches a log line.
#include "redistestserver.h"
#include "throttling/redis/rediscounterstore.h"

#include <QMutex>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

constexpr int TimeoutMs = 200;
constexpr qint64 SlackMs = 800; // a shared 2-core machine under load

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&logMutex);
        logLines << message;
    }
    previousHandler(type, context, message);
}

QStringList capturedLog()
{
    QMutexLocker locker(&logMutex);
    return logLines;
}

CounterCharge hourly(const char *key, qint64 quota)
{
    return CounterCharge { QByteArray(key), quota, 3'600'000, 1, false };
}

} // namespace

class TestRedisOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void failOpenCountsLocallyAndReconnects();
    void failClosedDeniesDuringOutage();
    void hangingRedisTimesOut();
    void restartBetweenChargesIsNotAnOutage();
    void neverReachableDoesNotHang();
    void password_data();
    void password();

private:
    static DistributedThrottling settings(int port, ThrottleFailureMode mode, QByteArray password = {});
};

void TestRedisOutage::initTestCase()
{
    if (RedisTestServer::executable().isEmpty())
        QFAIL("redis-server is not installed; it is in scripts/packages.sh, install it with scripts/deps.sh");
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestRedisOutage::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

DistributedThrottling TestRedisOutage::settings(int port, ThrottleFailureMode mode, QByteArray password)
{
    DistributedThrottling result;
    result.redisPort = port;
    result.failureMode = mode;
    result.timeoutMs = TimeoutMs;
    result.redisPassword = std::move(password);
    return result;
}

void TestRedisOutage::failOpenCountsLocallyAndReconnects()
{
    RedisTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RedisCounterStore store(settings(server.port(), ThrottleFailureMode::FailOpen));
    std::optional<CounterVerdict> verdict = chargeAndWait(store, { hourly("open", 3) });
    QVERIFY(verdict && verdict->allowed && !verdict->degraded);
    QVERIFY(store.isConnected());

    server.stop();
    // The local fallback starts empty and enforces the same quota: three allowed, the fourth denied.
    for (int i = 0; i < 4; ++i) {
        qint64 elapsedMs = 0;
        verdict = chargeAndWait(store, { hourly("open", 3) }, 5000, &elapsedMs);
        QVERIFY(verdict);
        QVERIFY2(elapsedMs <= TimeoutMs + SlackMs, qPrintable(QString::number(elapsedMs)));
        QVERIFY(verdict->degraded);
        QCOMPARE(verdict->allowed, i < 3);
    }
    QVERIFY(!store.isConnected());

    QVERIFY2(server.start(&error), qPrintable(error)); // same port
    QTRY_VERIFY_WITH_TIMEOUT(store.isConnected(), 10'000); // without a charge to trigger it
    verdict = chargeAndWait(store, { hourly("open", 3) });
    QVERIFY(verdict && !verdict->degraded);
    // Redis' count again, not the local one (exhausted): the restarted server kept nothing (no persistence).
    QVERIFY(verdict->allowed);
    QCOMPARE(verdict->remaining, 2);
}

void TestRedisOutage::failClosedDeniesDuringOutage()
{
    RedisTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RedisCounterStore store(settings(server.port(), ThrottleFailureMode::FailClosed));
    std::optional<CounterVerdict> verdict = chargeAndWait(store, { hourly("closed", 3) });
    QVERIFY(verdict && verdict->allowed && !verdict->degraded);

    server.stop();
    for (int i = 0; i < 3; ++i) {
        qint64 elapsedMs = 0;
        verdict = chargeAndWait(store, { hourly("closed", 3) }, 5000, &elapsedMs);
        QVERIFY(verdict);
        QVERIFY2(elapsedMs <= TimeoutMs + SlackMs, qPrintable(QString::number(elapsedMs)));
        QVERIFY(!verdict->allowed);
        QVERIFY(verdict->degraded);
        QCOMPARE(verdict->deniedIndex, 0);
        QCOMPARE(verdict->retryAfterMs, RedisCounterStore::failClosedRetryAfterMs);
    }

    QVERIFY2(server.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(store.isConnected(), 10'000);
    verdict = chargeAndWait(store, { hourly("closed", 3) });
    QVERIFY(verdict && verdict->allowed && !verdict->degraded);
}

void TestRedisOutage::hangingRedisTimesOut()
{
    RedisTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RedisCounterStore store(settings(server.port(), ThrottleFailureMode::FailClosed));
    QVERIFY(!chargeAndWait(store, { hourly("hang", 3) })->degraded);

    server.pause();
    for (int i = 0; i < 3; ++i) {
        qint64 elapsedMs = 0;
        const std::optional<CounterVerdict> verdict
            = chargeAndWait(store, { hourly("hang", 3) }, 5000, &elapsedMs);
        QVERIFY(verdict);
        QVERIFY2(elapsedMs <= TimeoutMs + SlackMs, qPrintable(QString::number(elapsedMs)));
        QVERIFY(verdict->degraded);
        QVERIFY(!verdict->allowed);
    }
    server.resume();
    QTRY_VERIFY_WITH_TIMEOUT(!chargeAndWait(store, { hourly("hang", 3) })->degraded, 10'000);
}

void TestRedisOutage::restartBetweenChargesIsNotAnOutage()
{
    RedisTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    RedisCounterStore store(settings(server.port(), ThrottleFailureMode::FailClosed));
    QVERIFY(!chargeAndWait(store, { hourly("restart", 3) })->degraded);

    // No charge while it is down: the store's idle connection is stale, and the next charge finds out.
    server.stop();
    QVERIFY2(server.start(&error), qPrintable(error));
    const std::optional<CounterVerdict> verdict = chargeAndWait(store, { hourly("restart", 3) });
    QVERIFY(verdict);
    QVERIFY(!verdict->degraded);
    QVERIFY(verdict->allowed);
}

void TestRedisOutage::neverReachableDoesNotHang()
{
    const int closedPort = freeLoopbackPort();
    QElapsedTimer clock;
    clock.start();
    {
        RedisCounterStore store(settings(closedPort, ThrottleFailureMode::FailOpen));
        for (int i = 0; i < 20; ++i) {
            const std::optional<CounterVerdict> verdict = chargeAndWait(store, { hourly("never", 100) });
            QVERIFY(verdict && verdict->allowed && verdict->degraded);
        }
        // Charges still queued at destruction are answered too (degraded), not left hanging.
        CounterVerdict unused;
        const std::vector<CounterCharge> charges { hourly("never", 100) };
        QVERIFY(!store.charge(charges, 0, &unused, [](const CounterVerdict &) {}));
    }
    QVERIFY2(clock.elapsed() < 20 * (TimeoutMs + SlackMs), qPrintable(QString::number(clock.elapsed())));
}

void TestRedisOutage::password_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("degraded");
    QTest::newRow("right password") << QByteArray("Right-Horse-Battery-71") << false;
    QTest::newRow("wrong password") << QByteArray("Wrong-Staple-Secret-42") << true;
    QTest::newRow("no password") << QByteArray() << true;
}

void TestRedisOutage::password()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, degraded);
    const QByteArray serverPassword = "Right-Horse-Battery-71";
    RedisTestServer server(serverPassword);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const qsizetype logStart = capturedLog().size();
    {
        RedisCounterStore store(settings(server.port(), ThrottleFailureMode::FailClosed, password));
        for (int i = 0; i < 3; ++i) {
            const std::optional<CounterVerdict> verdict = chargeAndWait(store, { hourly("auth", 10) });
            QVERIFY(verdict);
            QCOMPARE(verdict->degraded, degraded);
            QCOMPARE(verdict->allowed, !degraded);
        }
    }
    const QStringList log = capturedLog().mid(logStart);
    if (degraded)
        QVERIFY2(!log.isEmpty(), "an authentication failure is reported");
    for (const QString &line : log) {
        QVERIFY2(!line.contains(QString::fromUtf8(serverPassword)), qPrintable(line));
        if (!password.isEmpty())
            QVERIFY2(!line.contains(QString::fromUtf8(password)), qPrintable(line));
    }
    qInfo("%s", qPrintable(log.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestRedisOutage)
#include "tst_redis_outage.moc"
