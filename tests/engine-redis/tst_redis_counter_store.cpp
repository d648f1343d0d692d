// The limiter's semantics on Redis (and on the in-process fallback with the same table): boundaries,
// cost, force, several counters at once, refill over time, expiry, the EVALSHA fallback, and where
// answers arrive.
#include "core/steadyclock.h"
#include "redistestserver.h"
#include "throttling/redis/gcrascript.h"
#include "throttling/redis/localgcracells.h"
#include "throttling/redis/redisconnection.h"
#include "throttling/redis/rediscounterstore.h"

#include <QTest>
#include <QThread>
#include <QTimer>
#include <hiredis/hiredis.h>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

constexpr qint64 HourMs = 3'600'000;

struct Step
{
    std::vector<CounterCharge> charges;
    bool allowed = true;
    int deniedIndex = -1;
    qint64 remaining = 0;
    qint64 retryAfterIntervals = 0; // expected retryAfterMs in emission intervals of the denied charge
    qint64 resetIntervals = -1; // expected resetMs in emission intervals of the first charge; -1: unchecked
};

CounterCharge hourly(const char *key, qint64 quota, qint64 cost = 1, bool force = false)
{
    return CounterCharge { QByteArray(key), quota, HourMs, cost, force };
}

Step allowedStep(std::vector<CounterCharge> charges, qint64 remaining, qint64 resetIntervals = -1)
{
    return Step { std::move(charges), true, -1, remaining, 0, resetIntervals };
}

Step deniedStep(std::vector<CounterCharge> charges, int index, qint64 remaining, qint64 retryAfterIntervals)
{
    return Step { std::move(charges), false, index, remaining, retryAfterIntervals, -1 };
}

} // namespace

Q_DECLARE_METATYPE(std::vector<Step>)

class TestRedisCounterStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void semantics_data();
    void semantics();
    void localFallbackSemantics_data() { semantics_data(); }
    void localFallbackSemantics();
    void refillsAfterTime();
    void keysExpireOnceFull();
    void unknownScriptFallsBackToEval();
    void answersOnTheCallingThread();
    void emptyChargeAnswersRightAway();

private:
    DistributedThrottling settings(const QByteArray &prefix) const;
    static void compare(const CounterVerdict &verdict, const Step &step, qint64 slackMs);
    std::vector<CounterCharge> withPrefix(std::vector<CounterCharge> charges) const;

    RedisTestServer m_server;
    int m_row = 0;
};

void TestRedisCounterStore::initTestCase()
{
    QString error;
    if (!m_server.start(&error))
        QFAIL(qPrintable(error));
}

DistributedThrottling TestRedisCounterStore::settings(const QByteArray &prefix) const
{
    DistributedThrottling result;
    result.redisPort = m_server.port();
    result.keyPrefix = QString::fromUtf8(prefix);
    result.timeoutMs = 2000; // a shared, loaded machine: the semantics must not depend on its speed
    return result;
}

void TestRedisCounterStore::semantics_data()
{
    QTest::addColumn<std::vector<Step>>("steps");
    // quota 3 per hour: one emission interval is 20 minutes.
    QTest::newRow("exactly at the limit") << std::vector<Step> {
        allowedStep({ hourly("a", 3) }, 2, 1),
        allowedStep({ hourly("a", 3) }, 1, 2),
        allowedStep({ hourly("a", 3) }, 0, 3),
    };
    QTest::newRow("one over the limit") << std::vector<Step> {
        allowedStep({ hourly("a", 3, 3) }, 0, 3),
        deniedStep({ hourly("a", 3) }, 0, 0, 1),
        deniedStep({ hourly("a", 3) }, 0, 0, 1),
    };
    QTest::newRow("cost above one") << std::vector<Step> {
        allowedStep({ hourly("a", 10, 4) }, 6),
        allowedStep({ hourly("a", 10, 4) }, 2),
        deniedStep({ hourly("a", 10, 4) }, 0, 2, 2),
        allowedStep({ hourly("a", 10, 2) }, 0),
    };
    QTest::newRow("cost above the quota never fits") << std::vector<Step> {
        deniedStep({ hourly("a", 2, 3) }, 0, 2, 1),
        allowedStep({ hourly("a", 2, 2) }, 0),
    };
    QTest::newRow("cost 0 asks without charging") << std::vector<Step> {
        allowedStep({ hourly("a", 2, 0) }, 2, 0),
        allowedStep({ hourly("a", 2) }, 1),
        allowedStep({ hourly("a", 2, 0) }, 1),
        allowedStep({ hourly("a", 2) }, 0),
        deniedStep({ hourly("a", 2, 0) }, 0, 0, 1),
    };
    QTest::newRow("force goes past the quota") << std::vector<Step> {
        allowedStep({ hourly("a", 2, 5, true) }, 0, 5),
        deniedStep({ hourly("a", 2, 0) }, 0, 0, 4),
        deniedStep({ hourly("a", 2, 1) }, 0, 0, 4),
        allowedStep({ hourly("a", 2, 1, true) }, 0, 6),
    };
    QTest::newRow("several counters: all or nothing") << std::vector<Step> {
        allowedStep({ hourly("a", 5), hourly("b", 1) }, 0),
        deniedStep({ hourly("a", 5), hourly("b", 1) }, 1, 0, 1),
        allowedStep({ hourly("a", 5) }, 3), // the denied charge left "a" alone
    };
    QTest::newRow("several counters: the first that does not fit") << std::vector<Step> {
        allowedStep({ hourly("a", 1) }, 0),
        deniedStep({ hourly("b", 1), hourly("a", 1), hourly("c", 1) }, 1, 0, 1),
        allowedStep({ hourly("b", 1), hourly("c", 1) }, 0),
    };
    QTest::newRow("a forced charge in a denied set is not charged") << std::vector<Step> {
        allowedStep({ hourly("a", 1) }, 0),
        deniedStep({ hourly("a", 1), hourly("b", 10, 3, true) }, 0, 0, 1),
        allowedStep({ hourly("b", 10, 0) }, 10, 0),
    };
    QTest::newRow("the same key twice is charged twice") << std::vector<Step> {
        allowedStep({ hourly("a", 2), hourly("a", 2) }, 0),
        deniedStep({ hourly("a", 2) }, 0, 0, 1),
    };
    QTest::newRow("remaining is the smallest, reset the largest") << std::vector<Step> {
        allowedStep({ hourly("a", 4, 1), hourly("b", 100, 10) }, 3, 1),
        allowedStep({ hourly("b", 100, 80), hourly("a", 4, 1) }, 2, 90),
    };
}

std::vector<CounterCharge> TestRedisCounterStore::withPrefix(std::vector<CounterCharge> charges) const
{
    for (CounterCharge &charge : charges)
        charge.key = QByteArray(QTest::currentDataTag()) + ':' + charge.key;
    return charges;
}

void TestRedisCounterStore::compare(const CounterVerdict &verdict, const Step &step, qint64 slackMs)
{
    QCOMPARE(verdict.degraded, false);
    QCOMPARE(verdict.allowed, step.allowed);
    QCOMPARE(verdict.deniedIndex, step.deniedIndex);
    QCOMPARE(verdict.remaining, step.remaining);
    if (!step.allowed) {
        const CounterCharge &denied = step.charges[std::size_t(step.deniedIndex)];
        const qint64 expected = step.retryAfterIntervals * denied.windowMs / denied.quota;
        QVERIFY2(verdict.retryAfterMs <= expected && verdict.retryAfterMs >= expected - slackMs,
            qPrintable(
                QStringLiteral("retryAfterMs %1, expected %2").arg(verdict.retryAfterMs).arg(expected)));
    } else {
        QCOMPARE(verdict.retryAfterMs, 0);
    }
    if (step.resetIntervals >= 0) {
        const CounterCharge &first = step.charges.front();
        const qint64 expected = step.resetIntervals * first.windowMs / first.quota;
        QVERIFY2(verdict.resetMs <= expected && verdict.resetMs >= expected - slackMs,
            qPrintable(QStringLiteral("resetMs %1, expected %2").arg(verdict.resetMs).arg(expected)));
    }
}

void TestRedisCounterStore::semantics()
{
    QFETCH(std::vector<Step>, steps);
    RedisCounterStore store(settings("semantics:"));
    for (const Step &step : steps) {
        const std::optional<CounterVerdict> verdict = chargeAndWait(store, withPrefix(step.charges));
        QVERIFY(verdict);
        // Redis' clock runs on between steps; a few seconds of it are within the slack.
        compare(*verdict, step, 5000);
    }
}

void TestRedisCounterStore::localFallbackSemantics()
{
    QFETCH(std::vector<Step>, steps);
    LocalGcraCells cells;
    const qint64 now = 1'000'000;
    for (const Step &step : steps)
        compare(cells.charge(withPrefix(step.charges), now), step, 1);
}

void TestRedisCounterStore::refillsAfterTime()
{
    RedisCounterStore store(settings("refill:"));
    const CounterCharge oneASecond { "two-per-second", 2, 1000, 1, false };
    QVERIFY(chargeAndWait(store, { oneASecond })->allowed);
    QVERIFY(chargeAndWait(store, { oneASecond })->allowed);
    const CounterVerdict denied = *chargeAndWait(store, { oneASecond });
    QVERIFY(!denied.allowed);
    QVERIFY2(denied.retryAfterMs > 0 && denied.retryAfterMs <= 500,
        qPrintable(QString::number(denied.retryAfterMs)));

    QTest::qWait(int(denied.retryAfterMs) + 50); // one unit back, not two
    const CounterVerdict refilled = *chargeAndWait(store, { oneASecond });
    QVERIFY(refilled.allowed);
    QCOMPARE(refilled.remaining, 0);

    QTest::qWait(int(refilled.resetMs) + 50); // the whole quota back
    const CounterVerdict full = *chargeAndWait(store, { oneASecond });
    QVERIFY(full.allowed);
    QCOMPARE(full.remaining, 1);
}

void TestRedisCounterStore::keysExpireOnceFull()
{
    RedisCounterStore store(settings("expiry:"));
    QVERIFY(chargeAndWait(store, { CounterCharge { "short", 4, 300, 2, false } })->allowed);

    RedisConnection redis(QStringLiteral("127.0.0.1"), m_server.port(), {});
    QVERIFY2(redis.connect(2000), qPrintable(redis.lastError()));
    const std::vector<qint64> deadlines { steadyNowMs() + 2000 };
    auto replies = redis.pipeline({ { "PTTL", "expiry:short" } }, deadlines);
    QCOMPARE(replies.size(), 1u);
    QCOMPARE(replies[0]->type, REDIS_REPLY_INTEGER);
    QVERIFY2(replies[0]->integer > 0 && replies[0]->integer <= 151,
        qPrintable(QString::number(replies[0]->integer)));

    QTest::qWait(300);
    replies = redis.pipeline({ { "EXISTS", "expiry:short" } }, std::vector<qint64> { steadyNowMs() + 2000 });
    QCOMPARE(replies.size(), 1u);
    QCOMPARE(replies[0]->integer, 0);
}

void TestRedisCounterStore::unknownScriptFallsBackToEval()
{
    RedisCounterStore store(settings("noscript:"));
    QVERIFY(chargeAndWait(store, { hourly("a", 3) })->allowed);

    RedisConnection redis(QStringLiteral("127.0.0.1"), m_server.port(), {});
    QVERIFY(redis.connect(2000));
    QCOMPARE(
        redis.pipeline({ { "SCRIPT", "FLUSH" } }, std::vector<qint64> { steadyNowMs() + 2000 }).size(), 1u);

    const CounterVerdict verdict = *chargeAndWait(store, { hourly("a", 3) });
    QVERIFY(!verdict.degraded);
    QCOMPARE(verdict.remaining, 1);
    auto replies = redis.pipeline(
        { { "SCRIPT", "EXISTS", RedisGcra::scriptSha1() } }, std::vector<qint64> { steadyNowMs() + 2000 });
    QCOMPARE(replies.size(), 1u);
    QCOMPARE(replies[0]->element[0]->integer, 1); // EVAL cached it again
}

void TestRedisCounterStore::answersOnTheCallingThread()
{
    RedisCounterStore store(settings("threads:"));
    QThread *answeredOn = nullptr;
    CounterVerdict answered;
    bool asynchronous = false;
    QThread *caller = QThread::create([&] {
        CounterVerdict unused;
        QEventLoop loop;
        const std::vector<CounterCharge> charges { hourly("a", 3) };
        asynchronous = !store.charge(charges, steadyNowMs(), &unused, [&](const CounterVerdict &result) {
            answeredOn = QThread::currentThread();
            answered = result;
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    });
    caller->start();
    QVERIFY(caller->wait(10'000));
    QVERIFY(asynchronous);
    QCOMPARE(answeredOn, caller);
    QVERIFY(answered.allowed);
    QVERIFY(!answered.degraded);
    delete caller;
}

void TestRedisCounterStore::emptyChargeAnswersRightAway()
{
    RedisCounterStore store(settings("empty:"));
    CounterVerdict verdict;
    verdict.allowed = false;
    QVERIFY(
        store.charge({}, steadyNowMs(), &verdict, [](const CounterVerdict &) { QFAIL("answered twice"); }));
    QVERIFY(verdict.allowed);
}

QTEST_GUILESS_MAIN(TestRedisCounterStore)
#include "tst_redis_counter_store.moc"
