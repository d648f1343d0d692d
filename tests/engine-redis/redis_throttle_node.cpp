// One "gateway" for tst_redis_distributed: charges one Redis-backed counter from several threads through
// RedisCounterStore and prints what it was told: "allowed <n> denied <n> degraded <n> unanswered <n>".
#include "chargeload.h"
#include "throttling/redis/rediscounterstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <cstdio>

using namespace Gatehouse;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption port(
        QStringLiteral("port"), QStringLiteral("Redis port"), QStringLiteral("port"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("counter key"), QStringLiteral("key"));
    const QCommandLineOption quota(
        QStringLiteral("quota"), QStringLiteral("units per window"), QStringLiteral("n"));
    const QCommandLineOption window(
        QStringLiteral("window-ms"), QStringLiteral("window"), QStringLiteral("ms"));
    const QCommandLineOption threads(
        QStringLiteral("threads"), QStringLiteral("threads"), QStringLiteral("n"));
    const QCommandLineOption charges(
        QStringLiteral("charges"), QStringLiteral("charges per thread"), QStringLiteral("n"));
    const QCommandLineOption startAt(QStringLiteral("start-at"), QStringLiteral("epoch ms to start at"),
        QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({ port, key, quota, window, threads, charges, startAt });
    parser.process(app);

    DistributedThrottling settings;
    settings.redisPort = parser.value(port).toInt();
    settings.keyPrefix = QStringLiteral("node:");
    settings.timeoutMs = 2000; // a loaded shared machine must not turn into degraded answers here
    RedisCounterStore store(settings);

    const qint64 wait = parser.value(startAt).toLongLong() - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(static_cast<unsigned long>(wait));
    const CounterCharge charge { parser.value(key).toUtf8(), parser.value(quota).toLongLong(),
        parser.value(window).toLongLong(), 1, false };
    const TestUtil::ChargeLoadResult result = TestUtil::runChargeLoad(
        store, charge, parser.value(threads).toInt(), parser.value(charges).toInt());
    std::printf("allowed %lld denied %lld degraded %lld unanswered %lld\n",
        static_cast<long long>(result.allowed), static_cast<long long>(result.denied),
        static_cast<long long>(result.degraded), static_cast<long long>(result.unanswered));
    return 0;
}
