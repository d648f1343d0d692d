#include "capabilitymatrix.h"
#include "profilecompiler.h"

#include <QTest>

using namespace Gatehouse;

namespace {

EndpointGroup mockGroup()
{
    EndpointGroup group;
    group.type = EndpointGroupType::Mock;
    return group;
}

ApiConfig ordersApi(bool resourceOverride, bool operationOverride)
{
    ApiConfig api;
    api.name = QStringLiteral("Orders API");
    api.version = QStringLiteral("v1");
    api.context = QStringLiteral("/orders");
    api.productionEndpoints = mockGroup();
    ResourceConfig resource;
    resource.pathTemplate = QStringLiteral("/orders/{id}");
    if (resourceOverride)
        resource.productionEndpoints = mockGroup();
    OperationConfig operation;
    operation.method = "GET";
    if (operationOverride) {
        operation.productionEndpoints = mockGroup();
        operation.sandboxEndpoints = mockGroup();
    }
    resource.operations.push_back(operation);
    api.resources.push_back(resource);
    return api;
}

// A matrix with one synthetic row, so the refusal mechanism is exercised before any real rule refuses.
const QByteArray syntheticMatrix = R"({
  "title": "synthetic",
  "profiles": [{"id": "choreo-connect", "name": "Choreo Connect"}, {"id": "api-gateway", "name": "API Gateway"}],
  "tables": [{"id": "t", "title": "T", "rows": [
    {"id": "synthetic-feature", "feature": "Synthetic Feature",
     "choreo-connect": {"support": "no"}, "api-gateway": {"support": "yes"}}]}]
})";

ProfileRule syntheticRefusal()
{
    ProfileRule rule;
    rule.capabilityId = QStringLiteral("synthetic-feature");
    rule.featureDescription = QStringLiteral("synthetic features");
    rule.isUsedBy = [](const ApiConfig &api) { return api.type == QLatin1String("SYNTHETIC"); };
    return rule;
}

} // namespace

class TestProfileCompiler : public QObject
{
    Q_OBJECT
private slots:
    void bundledMatrixLoads()
    {
        QString error;
        const auto matrix = CapabilityMatrix::load(CapabilityMatrix::bundledPath(), &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->profileIds(),
            QStringList({ QStringLiteral("choreo-connect"), QStringLiteral("api-gateway") }));
        QCOMPARE(matrix->tables().size(), 3);
        const CapabilityRow *row = matrix->row(QStringLiteral("per-resource-endpoints"));
        QVERIFY(row);
        QCOMPARE(row->feature, QStringLiteral("Per resource Endpoints"));
        QCOMPARE(row->cells.value(QStringLiteral("api-gateway")).support, CapabilitySupport::No);
        QCOMPARE(row->cells.value(QStringLiteral("choreo-connect")).support, CapabilitySupport::Yes);
        QCOMPARE(
            matrix->row(QStringLiteral("basic-auth"))->cells.value(QStringLiteral("choreo-connect")).text,
            QStringLiteral("Custom Filter can be developed"));
        QVERIFY(!matrix->row(QStringLiteral("no-such-row")));
    }

    void malformedMatrix_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("invalid JSON");
        QTest::newRow("missing cell") << QByteArray(
            R"({"profiles": [{"id": "p"}], "tables": [{"rows": [{"id": "r", "feature": "R"}]}]})")
                                      << QStringLiteral("tables[0].rows[0].p: missing cell for this profile");
        QTest::newRow("unknown support") << QByteArray(
            R"({"profiles": [{"id": "p"}], "tables": [{"rows": [{"id": "r", "p": {"support": "maybe"}}]}]})")
                                         << QStringLiteral(
                                                "tables[0].rows[0].p.support: unknown support 'maybe'");
    }

    void malformedMatrix()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        QVERIFY(!CapabilityMatrix::fromJson(json, &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    // The matrix row "Schema validation" (Choreo Connect: no): the API is served, without validation, and
    // the deployment warns.
    void schemaValidation_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("expectWarning");
        QTest::newRow("api gateway validates") << GatewayProfile::ApiGateway << true << false;
        QTest::newRow("choreo connect warns and strips") << GatewayProfile::ChoreoConnect << true << true;
        QTest::newRow("choreo connect without validation") << GatewayProfile::ChoreoConnect << false << false;
    }

    void schemaValidation()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(bool, enabled);
        QFETCH(bool, expectWarning);
        QString error;
        const auto compiler = ProfileCompiler::createDefault(&error);
        QVERIFY2(compiler, qPrintable(error));
        ApiConfig api = ordersApi(false, false);
        api.enableSchemaValidation = enabled;
        const ProfileCompileResult result = compiler->compile(api, profile);
        QVERIFY(!result.hasErrors());
        const QStringList warnings = result.messages(ProfileFinding::Severity::Warning);
        if (!expectWarning) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QVERIFY(result.api == api);
            return;
        }
        QCOMPARE(warnings,
            QStringList(QStringLiteral(
                "API 'Orders API' v1: Choreo Connect does not support schema validation (capability 'Schema "
                "validation'); requests and responses are not validated against the schemas")));
        QCOMPARE(result.findings.constFirst().capabilityId, QStringLiteral("schema-validation"));
        QVERIFY(!result.api.enableSchemaValidation);
    }

    void perResourceEndpoints_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<bool>("resourceOverride");
        QTest::addColumn<bool>("operationOverride");
        QTest::addColumn<bool>("expectWarning");
        QTest::newRow("choreo keeps resource override")
            << GatewayProfile::ChoreoConnect << true << false << false;
        QTest::newRow("choreo keeps operation override")
            << GatewayProfile::ChoreoConnect << false << true << false;
        QTest::newRow("apigw drops resource override") << GatewayProfile::ApiGateway << true << false << true;
        QTest::newRow("apigw drops operation override")
            << GatewayProfile::ApiGateway << false << true << true;
        QTest::newRow("apigw drops both") << GatewayProfile::ApiGateway << true << true << true;
        QTest::newRow("apigw without overrides") << GatewayProfile::ApiGateway << false << false << false;
    }

    void perResourceEndpoints()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(bool, resourceOverride);
        QFETCH(bool, operationOverride);
        QFETCH(bool, expectWarning);
        QString error;
        const auto compiler = ProfileCompiler::createDefault(&error);
        QVERIFY2(compiler, qPrintable(error));
        const ApiConfig api = ordersApi(resourceOverride, operationOverride);
        const ProfileCompileResult result = compiler->compile(api, profile);
        QVERIFY(!result.hasErrors());
        const QStringList warnings = result.messages(ProfileFinding::Severity::Warning);
        if (!expectWarning) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QVERIFY(result.api == api);
            return;
        }
        QCOMPARE(warnings,
            QStringList(
                QStringLiteral("API 'Orders API' v1: API Gateway does not support per-resource endpoints "
                               "(capability 'Per resource Endpoints'); the API-level endpoints are used")));
        QCOMPARE(result.findings.constFirst().capabilityId, QStringLiteral("per-resource-endpoints"));
        const ResourceConfig &resource = result.api.resources.front();
        QVERIFY(!resource.productionEndpoints);
        QVERIFY(!resource.operations.front().productionEndpoints);
        QVERIFY(!resource.operations.front().sandboxEndpoints);
        QVERIFY(result.api.productionEndpoints == api.productionEndpoints);
        QCOMPARE(result.api.resources.front().operations.size(), api.resources.front().operations.size());
    }

    void bandwidthPoliciesOnChoreoConnect_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<QString>("apiPolicy");
        QTest::addColumn<QString>("operationPolicy");
        QTest::addColumn<bool>("expectError");
        const QString bandwidth = QStringLiteral("1GBPerDay");
        const QString requests = QStringLiteral("10KPerMin");
        const QString grouped = QStringLiteral("BandwidthForPartners");
        QTest::newRow("CC, API-level bandwidth")
            << GatewayProfile::ChoreoConnect << bandwidth << QString() << true;
        QTest::newRow("CC, resource-level bandwidth")
            << GatewayProfile::ChoreoConnect << QString() << bandwidth << true;
        QTest::newRow("CC, bandwidth only in a conditional group")
            << GatewayProfile::ChoreoConnect << grouped << QString() << true;
        QTest::newRow("CC, request counts") << GatewayProfile::ChoreoConnect << requests << requests << false;
        QTest::newRow("CC, unknown name (reported by the engine, not here)")
            << GatewayProfile::ChoreoConnect << QStringLiteral("Nope") << QString() << false;
        QTest::newRow("APIGW, bandwidth") << GatewayProfile::ApiGateway << bandwidth << bandwidth << false;
    }

    void bandwidthPoliciesOnChoreoConnect()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(QString, apiPolicy);
        QFETCH(QString, operationPolicy);
        QFETCH(bool, expectError);
        ThrottlePolicy bandwidth;
        bandwidth.name = QStringLiteral("1GBPerDay");
        bandwidth.defaultLimit.type = ThrottleLimitType::Bandwidth;
        bandwidth.defaultLimit.dataAmount = 1;
        bandwidth.defaultLimit.dataUnit = DataUnit::GB;
        ThrottlePolicy requests;
        requests.name = QStringLiteral("10KPerMin");
        requests.defaultLimit.count = 10'000;
        ThrottlePolicy grouped = requests;
        grouped.name = QStringLiteral("BandwidthForPartners");
        ConditionalGroup partners;
        partners.limit = bandwidth.defaultLimit;
        grouped.conditionalGroups = { partners };
        ApiConfig api = ordersApi(false, false);
        api.throttlingPolicy = apiPolicy;
        api.resources.front().operations.front().throttlingPolicy = operationPolicy;
        QString error;
        const auto compiler = ProfileCompiler::createDefault(&error);
        QVERIFY2(compiler, qPrintable(error));
        const ProfileCompileResult result = compiler->compile(api, profile, { bandwidth, requests, grouped });
        QCOMPARE(result.hasErrors(), expectError);
        if (expectError) {
            const QString message = result.messages(ProfileFinding::Severity::Error).join(u' ');
            QVERIFY2(message.contains(QStringLiteral("Advanced rate limiting (based on bandwidth)"))
                    && message.contains(QStringLiteral("API Gateway environment")),
                qPrintable(message));
        }
    }

    void syntheticRuleRefuses_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<QString>("apiType");
        QTest::addColumn<bool>("expectError");
        QTest::newRow("unsupported profile, feature used")
            << GatewayProfile::ChoreoConnect << "SYNTHETIC" << true;
        QTest::newRow("unsupported profile, feature unused")
            << GatewayProfile::ChoreoConnect << "HTTP" << false;
        QTest::newRow("supported profile, feature used")
            << GatewayProfile::ApiGateway << "SYNTHETIC" << false;
    }

    void syntheticRuleRefuses()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(QString, apiType);
        QFETCH(bool, expectError);
        QString error;
        const auto matrix = CapabilityMatrix::fromJson(syntheticMatrix, &error);
        QVERIFY2(matrix, qPrintable(error));
        const ProfileCompiler compiler(*matrix, { syntheticRefusal() });
        ApiConfig api = ordersApi(false, false);
        api.type = apiType;
        const ProfileCompileResult result = compiler.compile(api, profile);
        QCOMPARE(result.hasErrors(), expectError);
        if (expectError) {
            QCOMPARE(result.messages(ProfileFinding::Severity::Error),
                QStringList(QStringLiteral("API 'Orders API' v1: Choreo Connect does not support synthetic "
                                           "features (capability 'Synthetic Feature')")));
            QVERIFY(result.api == api); // refused, not stripped
        } else {
            QVERIFY(result.findings.isEmpty());
        }
    }

    // Bandwidth limits: refused on Choreo Connect wherever a policy that applies to the API needs them;
    // request-count policies with conditions deploy to both.
    void bandwidthPolicies_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<QString>("where"); // api | operation | subscription
        QTest::addColumn<bool>("bandwidth");
        QTest::addColumn<bool>("expectError");
        QTest::newRow("choreo refuses api-level")
            << GatewayProfile::ChoreoConnect << QStringLiteral("api") << true << true;
        QTest::newRow("choreo refuses resource-level")
            << GatewayProfile::ChoreoConnect << QStringLiteral("operation") << true << true;
        QTest::newRow("choreo refuses subscription tier")
            << GatewayProfile::ChoreoConnect << QStringLiteral("subscription") << true << true;
        QTest::newRow("choreo takes request count")
            << GatewayProfile::ChoreoConnect << QStringLiteral("operation") << false << false;
        QTest::newRow("apigw takes bandwidth api-level")
            << GatewayProfile::ApiGateway << QStringLiteral("api") << true << false;
        QTest::newRow("apigw takes bandwidth resource-level")
            << GatewayProfile::ApiGateway << QStringLiteral("operation") << true << false;
    }

    void bandwidthPolicies()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(QString, where);
        QFETCH(bool, bandwidth);
        QFETCH(bool, expectError);
        ThrottlePolicy policy;
        policy.name = QStringLiteral("Limited");
        policy.level = where == QLatin1String("subscription") ? ThrottlePolicyLevel::Subscription
                                                              : ThrottlePolicyLevel::Advanced;
        policy.defaultLimit.count = 10;
        ConditionalGroup group;
        group.limit.count = 20;
        ThrottleCondition header;
        header.name = QStringLiteral("X-Tier");
        group.conditions = { header };
        if (policy.level == ThrottlePolicyLevel::Advanced)
            policy.conditionalGroups = { group };
        if (bandwidth) {
            policy.defaultLimit.type = ThrottleLimitType::Bandwidth;
            policy.defaultLimit.dataAmount = 1;
        }
        ApiConfig api = ordersApi(false, false);
        if (where == QLatin1String("api"))
            api.throttlingPolicy = policy.name;
        else if (where == QLatin1String("operation"))
            api.resources.front().operations.front().throttlingPolicy = policy.name;
        QString error;
        const auto compiler = ProfileCompiler::createDefault(&error);
        QVERIFY2(compiler, qPrintable(error));
        const ProfileCompileResult result = compiler->compile(api, profile, { policy });
        QCOMPARE(result.hasErrors(), expectError);
        if (expectError) {
            const QStringList errors = result.messages(ProfileFinding::Severity::Error);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.constFirst().startsWith(QStringLiteral(
                         "API 'Orders API' v1: Choreo Connect does not support bandwidth limits "
                         "(capability 'Advanced rate limiting (based on bandwidth)')")),
                qPrintable(errors.constFirst()));
            QCOMPARE(result.findings.constFirst().capabilityId, QStringLiteral("bandwidth-rate-limiting"));
        }
    }

    void ruleForMissingRowIsReported()
    {
        QString error;
        const auto matrix = CapabilityMatrix::fromJson(syntheticMatrix, &error);
        QVERIFY2(matrix, qPrintable(error));
        const ProfileCompiler compiler(*matrix, ProfileCompiler::standardRules());
        const ProfileCompileResult result
            = compiler.compile(ordersApi(true, false), GatewayProfile::ApiGateway);
        QVERIFY(!result.hasErrors());
        const QStringList warnings = result.messages(ProfileFinding::Severity::Warning);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(QStringLiteral("no row 'per-resource-endpoints'")),
            qPrintable(warnings.constFirst()));
        QVERIFY(result.api.resources.front().productionEndpoints); // nothing stripped without the row
    }
};

QTEST_GUILESS_MAIN(TestProfileCompiler)
#include "tst_profilecompiler.moc"
