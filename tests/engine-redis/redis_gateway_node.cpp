// One gateway process for tst_redis_gateways: an environment with the Shop API under a 100 requests/minute
// API-level policy, counting in the Redis at --redis-port. Prints "port <http port>" once it listens and
// runs until it is terminated.
#include "environment/environment.h"
#include "gatewaytestutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Gatehouse;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption redisPort(
        QStringLiteral("redis-port"), QStringLiteral("Redis port"), QStringLiteral("port"));
    const QCommandLineOption backend(
        QStringLiteral("backend"), QStringLiteral("backend URL"), QStringLiteral("url"));
    parser.addOptions({ redisPort, backend });
    parser.process(app);

    EnvironmentSettings settings = TestUtil::testSettings(2);
    DistributedThrottling distributed;
    distributed.redisPort = parser.value(redisPort).toInt();
    distributed.keyPrefix = QStringLiteral("e2e:");
    distributed.timeoutMs = 2000; // a loaded shared machine must not turn into degraded answers here
    settings.distributedThrottling = distributed;
    Environment environment(settings);

    ApiConfig api = TestUtil::shopApi(TestUtil::httpGroup({ QUrl(parser.value(backend)) }));
    api.throttlingPolicy = QStringLiteral("HundredPerMinute");
    ThrottlePolicy policy;
    policy.name = api.throttlingPolicy;
    policy.level = ThrottlePolicyLevel::Advanced;
    policy.defaultLimit.count = 100;
    policy.defaultLimit.timeUnit = ThrottleTimeUnit::Minute;
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->throttlePolicies = { policy };
    QString error;
    if (!environment.start(config, &error)) {
        std::fprintf(stderr, "redis_gateway_node: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("port %d\n", int(environment.httpPort()));
    std::fflush(stdout);
    return app.exec();
}
