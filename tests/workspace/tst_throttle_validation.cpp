#include "throttlepolicydefaults.h"
#include "throttlepolicyvalidation.h"

#include <QSet>
#include <QTest>
#include <functional>

using namespace Gatehouse;

namespace {

using Edit = std::function<void(ThrottlePolicy &)>;

ThrottlePolicy validAdvanced()
{
    ThrottlePolicy policy;
    policy.name = QStringLiteral("10PerMinWithHeader");
    policy.level = ThrottlePolicyLevel::Advanced;
    policy.defaultLimit.count = 10;
    ConditionalGroup group;
    group.limit.count = 100;
    ThrottleCondition header;
    header.name = QStringLiteral("X-Tier");
    header.value = QStringLiteral("^gold$");
    ThrottleCondition range;
    range.type = ThrottleConditionType::Ip;
    range.startIp = QStringLiteral("10.0.0.1");
    range.endIp = QStringLiteral("10.0.0.255");
    group.conditions = { header, range };
    policy.conditionalGroups = { group };
    return policy;
}

ThrottleCondition &firstCondition(ThrottlePolicy &policy)
{
    return policy.conditionalGroups.front().conditions.front();
}

ThrottleCondition &ipCondition(ThrottlePolicy &policy)
{
    return policy.conditionalGroups.front().conditions.back();
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestThrottleValidation : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("expectedField"); // empty: valid

        QTest::newRow("valid advanced") << Edit([](ThrottlePolicy &) {}) << QString();
        QTest::newRow("valid ipv6 range") << Edit([](ThrottlePolicy &p) {
            ipCondition(p).startIp = QStringLiteral("2001:db8::1");
            ipCondition(p).endIp = QStringLiteral("2001:db8::ff");
        }) << QString();
        QTest::newRow("valid specific ip")
            << Edit([](ThrottlePolicy &p) { ipCondition(p).endIp.clear(); }) << QString();
        QTest::newRow("valid custom") << Edit([](ThrottlePolicy &p) {
            p.level = ThrottlePolicyLevel::Custom;
            p.conditionalGroups.clear();
            p.keyTemplate = QStringLiteral("$userId:$apiContext:$apiVersion");
        }) << QString();
        QTest::newRow("valid subscription burst") << Edit([](ThrottlePolicy &p) {
            p.level = ThrottlePolicyLevel::Subscription;
            p.conditionalGroups.clear();
            p.rateLimitCount = 5;
        }) << QString();
        QTest::newRow("valid bandwidth") << Edit([](ThrottlePolicy &p) {
            p.defaultLimit.type = ThrottleLimitType::Bandwidth;
            p.defaultLimit.dataAmount = 1;
            p.defaultLimit.dataUnit = DataUnit::MB;
        }) << QString();

        QTest::newRow("empty name") << Edit([](ThrottlePolicy &p) { p.name.clear(); })
                                    << QStringLiteral("policyName");
        QTest::newRow("name with spaces around")
            << Edit([](ThrottlePolicy &p) { p.name = QStringLiteral(" Gold"); })
            << QStringLiteral("policyName");
        QTest::newRow("name with slash") << Edit([](ThrottlePolicy &p) { p.name = QStringLiteral("a/b"); })
                                         << QStringLiteral("policyName");
        QTest::newRow("zero count") << Edit([](ThrottlePolicy &p) { p.defaultLimit.count = 0; })
                                    << QStringLiteral("defaultLimit.requestCount.requestCount");
        QTest::newRow("zero unit time") << Edit([](ThrottlePolicy &p) { p.defaultLimit.unitTime = 0; })
                                        << QStringLiteral("defaultLimit.requestCount.unitTime");
        QTest::newRow("zero data amount")
            << Edit([](ThrottlePolicy &p) { p.defaultLimit.type = ThrottleLimitType::Bandwidth; })
            << QStringLiteral("defaultLimit.bandwidth.dataAmount");
        QTest::newRow("group limit negative")
            << Edit([](ThrottlePolicy &p) { p.conditionalGroups.front().limit.count = -1; })
            << QStringLiteral("conditionalGroups[0].limit.requestCount.requestCount");
        QTest::newRow("group without conditions")
            << Edit([](ThrottlePolicy &p) { p.conditionalGroups.front().conditions.clear(); })
            << QStringLiteral("conditionalGroups[0].conditions");
        QTest::newRow("bad regex") << Edit([](ThrottlePolicy &p) {
            firstCondition(p).value = QStringLiteral("(gold");
        }) << QStringLiteral("conditionalGroups[0].conditions[0].headerCondition.headerValue");
        QTest::newRow("empty header name")
            << Edit([](ThrottlePolicy &p) { firstCondition(p).name.clear(); })
            << QStringLiteral("conditionalGroups[0].conditions[0].headerCondition.headerName");
        QTest::newRow("bad claim regex") << Edit([](ThrottlePolicy &p) {
            firstCondition(p).type = ThrottleConditionType::JwtClaim;
            firstCondition(p).value = QStringLiteral("[a-");
        }) << QStringLiteral("conditionalGroups[0].conditions[0].jwtClaimsCondition.attribute");
        QTest::newRow("bad query regex") << Edit([](ThrottlePolicy &p) {
            firstCondition(p).type = ThrottleConditionType::QueryParameter;
            firstCondition(p).value = QStringLiteral("*x");
        }) << QStringLiteral("conditionalGroups[0].conditions[0].queryParameterCondition.parameterValue");
        QTest::newRow("bad specific ip") << Edit([](ThrottlePolicy &p) {
            ipCondition(p).startIp = QStringLiteral("10.0.0.300");
            ipCondition(p).endIp.clear();
        }) << QStringLiteral("conditionalGroups[0].conditions[1].ipCondition.specificIP");
        QTest::newRow("bad range start")
            << Edit([](ThrottlePolicy &p) { ipCondition(p).startIp = QStringLiteral("host.example"); })
            << QStringLiteral("conditionalGroups[0].conditions[1].ipCondition.startingIP");
        QTest::newRow("range backwards")
            << Edit([](ThrottlePolicy &p) { ipCondition(p).startIp = QStringLiteral("10.0.1.0"); })
            << QStringLiteral("conditionalGroups[0].conditions[1].ipCondition.endingIP");
        QTest::newRow("ipv6 range backwards") << Edit([](ThrottlePolicy &p) {
            ipCondition(p).startIp = QStringLiteral("2001:db8::ff");
            ipCondition(p).endIp = QStringLiteral("2001:db8::1");
        }) << QStringLiteral("conditionalGroups[0].conditions[1].ipCondition.endingIP");
        QTest::newRow("range mixes families")
            << Edit([](ThrottlePolicy &p) { ipCondition(p).endIp = QStringLiteral("::1"); })
            << QStringLiteral("conditionalGroups[0].conditions[1].ipCondition.endingIP");
        QTest::newRow("groups on subscription")
            << Edit([](ThrottlePolicy &p) { p.level = ThrottlePolicyLevel::Subscription; })
            << QStringLiteral("conditionalGroups");
        QTest::newRow("burst on advanced")
            << Edit([](ThrottlePolicy &p) { p.rateLimitCount = 3; }) << QStringLiteral("rateLimitCount");
        QTest::newRow("negative graphql depth")
            << Edit([](ThrottlePolicy &p) { p.graphQLMaxDepth = -1; }) << QStringLiteral("graphQLMaxDepth");
        QTest::newRow("custom without template") << Edit([](ThrottlePolicy &p) {
            p.level = ThrottlePolicyLevel::Custom;
            p.conditionalGroups.clear();
        }) << QStringLiteral("keyTemplate");
        QTest::newRow("unknown template variable") << Edit([](ThrottlePolicy &p) {
            p.level = ThrottlePolicyLevel::Custom;
            p.conditionalGroups.clear();
            p.keyTemplate = QStringLiteral("$userId:$tenantDomain");
        }) << QStringLiteral("keyTemplate");
        QTest::newRow("template on advanced")
            << Edit([](ThrottlePolicy &p) { p.keyTemplate = QStringLiteral("$userId"); })
            << QStringLiteral("keyTemplate");
    }

    void rules()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, expectedField);
        ThrottlePolicy policy = validAdvanced();
        edit(policy);
        const QList<ThrottlePolicyProblem> problems = ThrottlePolicyValidation::validate(policy);
        QStringList described;
        for (const ThrottlePolicyProblem &problem : problems)
            described.append(problem.toString());
        if (expectedField.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(described.join(u'\n')));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front().field, expectedField);
        QVERIFY(!problems.front().message.isEmpty());
    }

    void wso2DefaultsAreValidAndUnique()
    {
        const std::vector<ThrottlePolicy> defaults = wso2DefaultThrottlePolicies();
        QCOMPARE(defaults.size(), std::size_t(12));
        QSet<QString> ids;
        for (const ThrottlePolicy &policy : defaults) {
            const auto problems = ThrottlePolicyValidation::validate(policy);
            QVERIFY2(problems.isEmpty(), qPrintable(policy.name));
            ids.insert(throttlePolicyLevelId(policy.level) + QLatin1Char('/') + policy.name);
        }
        QCOMPARE(ids.size(), qsizetype(defaults.size()));
        QVERIFY(ids.contains(QStringLiteral("subscription/Gold")));
    }
};

QTEST_GUILESS_MAIN(TestThrottleValidation)
#include "tst_throttle_validation.moc"
