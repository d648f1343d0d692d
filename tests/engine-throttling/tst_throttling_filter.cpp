#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "security/tokenissuer.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

ThrottlePolicy requestPolicy(
    const QString &name, qint64 count, ThrottlePolicyLevel level = ThrottlePolicyLevel::Advanced)
{
    ThrottlePolicy policy;
    policy.name = name;
    policy.level = level;
    policy.defaultLimit.count = count;
    policy.defaultLimit.timeUnit = ThrottleTimeUnit::Minute;
    return policy;
}

struct Tally
{
    int ok = 0;
    int throttled = 0;
    QByteArray lastCode;
    QByteArray retryAfter;
    QByteArray rateLimit;
    QByteArray okRateLimit;
};

} // namespace

// The throttling filter in a running environment: what reaches the backend, the 429s and their headers,
// per level, with conditions, and bandwidth.
class TestThrottlingFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resourcePolicyLetsExactlyTenThrough();
    void apiPolicyWithHeaderGroup();
    void subscriptionTierOfTheCaller();
    void applicationTierAndCustomKeyTemplate();
    void bandwidthCutsOffAtTheQuota();
    void redeployKeepsTheCounts();

private:
    Tally send(quint16 port, int count, const QByteArray &target, const QByteArray &headers = {});

    TestBackend m_backend;
};

void TestThrottlingFilter::initTestCase()
{
    QVERIFY(m_backend.start());
}

Tally TestThrottlingFilter::send(quint16 port, int count, const QByteArray &target, const QByteArray &headers)
{
    Tally tally;
    BlockingHttpClient client(port);
    for (int i = 0; i < count; ++i) {
        const BlockingHttpClient::Response response = client.request("GET", target, headers);
        if (!response.ok)
            return tally;
        if (response.head.status == 200) {
            ++tally.ok;
            tally.okRateLimit = response.head.headers.value("RateLimit");
        } else if (response.head.status == 429) {
            ++tally.throttled;
            tally.lastCode = QJsonDocument::fromJson(response.body)
                                 .object()
                                 .value(QLatin1String("code"))
                                 .toString()
                                 .toLatin1();
            tally.retryAfter = response.head.headers.value("Retry-After");
            tally.rateLimit = response.head.headers.value("RateLimit");
        }
    }
    return tally;
}

void TestThrottlingFilter::resourcePolicyLetsExactlyTenThrough()
{
    Environment environment(testSettings(2));
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    for (OperationConfig &operation : api.resources.front().operations)
        operation.throttlingPolicy = QStringLiteral("TenPerMinute");
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->throttlePolicies = { requestPolicy(QStringLiteral("TenPerMinute"), 10) };
    QString error;
    QVERIFY2(environment.start(config, &error), qPrintable(error));
    const int before = m_backend.requestCount();
    const Tally tally = send(environment.httpPort(), 30, "/shop/1.0.0/items");
    QCOMPARE(tally.ok, 10);
    QCOMPARE(tally.throttled, 20);
    QCOMPARE(m_backend.requestCount() - before, 10); // throttled requests never reached the backend
    QCOMPARE(tally.lastCode, QByteArray("900802"));
    QVERIFY2(tally.retryAfter.toInt() >= 1 && tally.retryAfter.toInt() <= 6, tally.retryAfter.constData());
    QVERIFY2(tally.rateLimit.startsWith("limit=10, remaining=0"), tally.rateLimit.constData());
    QVERIFY2(tally.okRateLimit.startsWith("limit=10, remaining=0"), tally.okRateLimit.constData());
    const QByteArray metrics = environment.prometheusText();
    QVERIFY2(
        metrics.contains(
            "gatehouse_throttled_total{environment=\"test-env\",api=\"Shop\",policy=\"TenPerMinute\"} 20"),
        metrics.constData());
}

void TestThrottlingFilter::apiPolicyWithHeaderGroup()
{
    Environment environment(testSettings(2));
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    api.throttlingPolicy = QStringLiteral("Partners");
    ThrottlePolicy policy = requestPolicy(QStringLiteral("Partners"), 5);
    ConditionalGroup partners;
    partners.limit.count = 3;
    ThrottleCondition header;
    header.name = QStringLiteral("X-Tier");
    header.value = QStringLiteral("^partner$");
    partners.conditions = { header };
    policy.conditionalGroups = { partners };
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->throttlePolicies = { policy };
    QString error;
    QVERIFY2(environment.start(config, &error), qPrintable(error));
    const Tally partner = send(environment.httpPort(), 6, "/shop/1.0.0/a", "X-Tier: partner\r\n");
    QCOMPARE(partner.ok, 3);
    QCOMPARE(partner.lastCode, QByteArray("900800"));
    const Tally others = send(environment.httpPort(), 8, "/shop/1.0.0/b");
    QCOMPARE(others.ok, 5); // the default limit, counted apart from the group's
}

void TestThrottlingFilter::subscriptionTierOfTheCaller()
{
    QString error;
    const auto keyManager = TokenIssuer::generateKeyManager(&error);
    QVERIFY2(keyManager, qPrintable(error));
    const auto issuer = TokenIssuer::create(*keyManager, &error);
    QVERIFY2(issuer, qPrintable(error));
    ApplicationConfig bronze;
    bronze.id = QStringLiteral("app-bronze");
    bronze.name = QStringLiteral("Bronze App");
    bronze.consumerKey = "ck-bronze";
    bronze.subscriptions.push_back({ QStringLiteral("shop-id"), QStringLiteral("ThreePerMinute") });
    ApplicationConfig gold = bronze;
    gold.id = QStringLiteral("app-gold");
    gold.consumerKey = "ck-gold";
    gold.subscriptions = { { QStringLiteral("shop-id"), QStringLiteral("Unlimited") } };

    Environment environment(testSettings(2));
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    api.security.schemes = { AuthScheme::OAuth2 };
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->realm.keyManager = *keyManager;
    config->realm.applications = { bronze, gold };
    config->throttlePolicies
        = { requestPolicy(QStringLiteral("ThreePerMinute"), 3, ThrottlePolicyLevel::Subscription) };
    QVERIFY2(environment.start(config, &error), qPrintable(error));

    const auto bearer = [&](const ApplicationConfig &application) -> QByteArray {
        TokenRequest request;
        request.application = &application;
        return "Authorization: Bearer " + issuer->issueAccessToken(request, &error)->token + "\r\n";
    };
    const Tally limited = send(environment.httpPort(), 5, "/shop/1.0.0/items", bearer(bronze));
    QCOMPARE(limited.ok, 3);
    QCOMPARE(limited.lastCode, QByteArray("900804"));
    QCOMPARE(send(environment.httpPort(), 5, "/shop/1.0.0/items", bearer(gold)).ok, 5);
}

void TestThrottlingFilter::applicationTierAndCustomKeyTemplate()
{
    QString error;
    const auto keyManager = TokenIssuer::generateKeyManager(&error);
    QVERIFY2(keyManager, qPrintable(error));
    const auto issuer = TokenIssuer::create(*keyManager, &error);
    QVERIFY2(issuer, qPrintable(error));
    ApplicationConfig application;
    application.id = QStringLiteral("app-small");
    application.name = QStringLiteral("Small App");
    application.consumerKey = "ck-small";
    application.tier = QStringLiteral("TwoPerMinute");
    application.subscriptions.push_back({ QStringLiteral("shop-id"), QStringLiteral("Unlimited") });

    Environment environment(testSettings(2));
    ApiConfig shop = shopApi(httpGroup({ m_backend.url() }));
    shop.security.schemes = { AuthScheme::OAuth2 };
    ApiConfig open = shopApi(httpGroup({ m_backend.url() }));
    open.id = QStringLiteral("open-id");
    open.name = QStringLiteral("Open");
    open.context = QStringLiteral("/open");
    ThrottlePolicy perClientIp = requestPolicy(QStringLiteral("PerClientIp"), 4, ThrottlePolicyLevel::Custom);
    perClientIp.keyTemplate = QStringLiteral("$clientIp:$apiContext");
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { shop, open };
    config->realm.keyManager = *keyManager;
    config->realm.applications = { application };
    config->throttlePolicies
        = { requestPolicy(QStringLiteral("TwoPerMinute"), 2, ThrottlePolicyLevel::Application), perClientIp };
    QVERIFY2(environment.start(config, &error), qPrintable(error));

    TokenRequest request;
    request.application = &application;
    const QByteArray bearer
        = "Authorization: Bearer " + issuer->issueAccessToken(request, &error)->token + "\r\n";
    const Tally perApplication = send(environment.httpPort(), 4, "/shop/1.0.0/items", bearer);
    QCOMPARE(perApplication.ok, 2);
    QCOMPARE(perApplication.lastCode, QByteArray("900803"));
    // The custom policy counts per client address and API context: the open API has its own 4.
    const Tally custom = send(environment.httpPort(), 6, "/open/1.0.0/items");
    QCOMPARE(custom.ok, 4);
    QCOMPARE(custom.lastCode, QByteArray("900806"));
}

void TestThrottlingFilter::bandwidthCutsOffAtTheQuota()
{
    Environment environment(testSettings(1));
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    api.throttlingPolicy = QStringLiteral("FourKilobytes");
    ThrottlePolicy policy;
    policy.name = QStringLiteral("FourKilobytes");
    policy.defaultLimit.type = ThrottleLimitType::Bandwidth;
    policy.defaultLimit.dataAmount = 4;
    policy.defaultLimit.dataUnit = DataUnit::KB;
    policy.defaultLimit.timeUnit = ThrottleTimeUnit::Hour;
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->throttlePolicies = { policy };
    QString error;
    QVERIFY2(environment.start(config, &error), qPrintable(error));
    const int before = m_backend.requestCount();
    const Tally tally = send(environment.httpPort(), 7, "/shop/1.0.0/bytes/1024");
    QCOMPARE(tally.ok, 4); // 4 × 1 KiB of response bodies spend the 4 KB
    QCOMPARE(tally.throttled, 3);
    QCOMPARE(m_backend.requestCount() - before, 4);
    QCOMPARE(tally.lastCode, QByteArray("900800"));
}

void TestThrottlingFilter::redeployKeepsTheCounts()
{
    Environment environment(testSettings(1));
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    api.throttlingPolicy = QStringLiteral("Four");
    auto config = std::make_shared<GatewayConfig>();
    config->apis = { api };
    config->throttlePolicies = { requestPolicy(QStringLiteral("Four"), 4) };
    QString error;
    QVERIFY2(environment.start(config, &error), qPrintable(error));
    QCOMPARE(send(environment.httpPort(), 3, "/shop/1.0.0/x").ok, 3);
    auto redeployed = std::make_shared<GatewayConfig>(*config);
    redeployed->apis.front().revision = 2;
    QVERIFY(environment.deploy(redeployed).ok);
    QTest::qWait(50); // workers take the new snapshot from their queues
    QCOMPARE(send(environment.httpPort(), 3, "/shop/1.0.0/x").ok, 1);
}

QTEST_GUILESS_MAIN(TestThrottlingFilter)
#include "tst_throttling_filter.moc"
