#include "gatehousectlprocess.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

const QByteArray fivePerMinute = R"(type: throttling policy
subtype: advanced
version: v4.2.0
data:
  policyName: FivePerMinute
  defaultLimit:
    type: REQUESTCOUNTLIMIT
    requestCount: {timeUnit: min, unitTime: 1, requestCount: 5}
  conditionalGroups:
    - description: partners
      limit:
        type: REQUESTCOUNTLIMIT
        requestCount: {timeUnit: min, unitTime: 1, requestCount: 8}
      conditions:
        - type: IPCONDITION
          invertCondition: true
          ipCondition: {ipConditionType: IPRANGE, startingIP: 10.0.0.1, endingIP: 10.0.0.255}
)";

const QByteArray tenKilobytes = R"(type: throttling policy
subtype: advanced
version: v4.2.0
data:
  policyName: TenKB
  defaultLimit:
    type: BANDWIDTHLIMIT
    bandwidth: {timeUnit: hour, unitTime: 1, dataAmount: 10, dataUnit: KB}
)";

const QByteArray tenKilobytesSubscription = R"(type: throttling policy
subtype: subscription
version: v4.2.0
data:
  policyName: TenKBSub
  defaultLimit:
    type: BANDWIDTHLIMIT
    bandwidth: {timeUnit: hour, unitTime: 1, dataAmount: 10, dataUnit: KB}
)";

// Replaces WSO2's default subscription tier Gold with a bandwidth limit.
const QByteArray goldByBandwidth = R"(type: throttling policy
subtype: subscription
version: v4.2.0
data:
  policyName: Gold
  defaultLimit:
    type: BANDWIDTHLIMIT
    bandwidth: {timeUnit: min, unitTime: 1, dataAmount: 1, dataUnit: MB}
)";

const QByteArray badTimeUnit = R"(type: throttling policy
subtype: advanced
version: v4.2.0
data:
  policyName: Broken
  defaultLimit:
    type: REQUESTCOUNTLIMIT
    requestCount: {timeUnit: fortnight, unitTime: 1, requestCount: 5}
)";

} // namespace

// gatehousectl policy list|import|export|attach|remove against a real workspace, and what deploy does with
// the result on each profile.
class TestCliPolicies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importListExportRoundTrip();
    void badFilesImportNothing_data();
    void badFilesImportNothing();
    void attachAndDeploy();
    void refusals_data();
    void refusals();
    void exportCarriesAttachedPolicies();
    void usedPoliciesAndBandwidthSubscribers();

private:
    using Result = GatehouseCtlProcess::Result;
    Result ctl(QStringList arguments) const
    {
        arguments << QStringLiteral("--workspace") << m_workspace;
        return GatehouseCtlProcess::run(arguments);
    }
    QString writeFile(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return QString();
        return path;
    }

    QTemporaryDir m_directory;
    QString m_workspace;
};

void TestCliPolicies::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspace = m_directory.filePath(QStringLiteral("policies.gatehouse"));
    const Result init
        = GatehouseCtlProcess::run({ QStringLiteral("init"), QStringLiteral("--demo"), m_workspace });
    QVERIFY2(init.exitCode == 0, init.standardError.constData());
}

void TestCliPolicies::importListExportRoundTrip()
{
    const Result imported = ctl({ QStringLiteral("policy"), QStringLiteral("import"),
        writeFile(QStringLiteral("five.yaml"), fivePerMinute),
        writeFile(QStringLiteral("ten.yaml"), tenKilobytes) });
    QVERIFY2(imported.exitCode == 0, imported.standardError.constData());
    QVERIFY(imported.standardOutput.contains("Imported advanced policy FivePerMinute"));

    const Result listed = ctl({ QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(listed.exitCode, 0);
    QStringList names;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.standardOutput).array())
        names << value.toObject().value(QLatin1String("level")).toString() + QLatin1Char('/')
                + value.toObject().value(QLatin1String("policyName")).toString();
    for (const QString &expected :
        { QStringLiteral("advanced/FivePerMinute"), QStringLiteral("advanced/TenKB"),
            QStringLiteral("subscription/Gold"), QStringLiteral("application/10PerMin") })
        QVERIFY2(names.contains(expected), qPrintable(names.join(u' ')));

    // Export, import the export under the same name, export again: nothing changes.
    const Result exported = ctl({ QStringLiteral("policy"), QStringLiteral("export"),
        QStringLiteral("advanced"), QStringLiteral("FivePerMinute") });
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.standardOutput.contains("type: \"throttling policy\""));
    QCOMPARE(ctl({ QStringLiteral("policy"), QStringLiteral("import"),
                     writeFile(QStringLiteral("again.yaml"), exported.standardOutput) })
                 .exitCode,
        0);
    const Result again = ctl({ QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("advanced"),
        QStringLiteral("FivePerMinute") });
    QCOMPARE(again.standardOutput, exported.standardOutput);
    const Result admin = ctl({ QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("advanced"),
        QStringLiteral("FivePerMinute"), QStringLiteral("--format"), QStringLiteral("admin-json") });
    const QJsonObject json = QJsonDocument::fromJson(admin.standardOutput).object();
    QCOMPARE(json.value(QLatin1String("policyName")).toString(), QStringLiteral("FivePerMinute"));
    const QJsonObject ip = json.value(QLatin1String("conditionalGroups"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("conditions"))
                               .toArray()
                               .at(0)
                               .toObject();
    QCOMPARE(ip.value(QLatin1String("invertCondition")).toBool(), true);
}

void TestCliPolicies::badFilesImportNothing_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown time unit") << badTimeUnit << QStringLiteral("bad.yaml:8:");
    QTest::newRow("not YAML") << QByteArray("type: [unclosed") << QStringLiteral("bad.yaml:");
}

void TestCliPolicies::badFilesImportNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString good = writeFile(
        QStringLiteral("good.yaml"), QByteArray(fivePerMinute).replace("FivePerMinute", "ShouldNotArrive"));
    const Result result = ctl({ QStringLiteral("policy"), QStringLiteral("import"), good,
        writeFile(QStringLiteral("bad.yaml"), contents) });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message), result.standardError.constData());
    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY(!workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, QStringLiteral("ShouldNotArrive")));
}

void TestCliPolicies::attachAndDeploy()
{
    QCOMPARE(ctl({ QStringLiteral("policy"), QStringLiteral("import"),
                     writeFile(QStringLiteral("five.yaml"), fivePerMinute),
                     writeFile(QStringLiteral("ten.yaml"), tenKilobytes) })
                 .exitCode,
        0);
    Result result = ctl({ QStringLiteral("policy"), QStringLiteral("attach"), QStringLiteral("FivePerMinute"),
        QStringLiteral("--api"), QStringLiteral("Pet Store"), QStringLiteral("--operation"),
        QStringLiteral("get /pets") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("policy"), QStringLiteral("attach"), QStringLiteral("TenKB"),
        QStringLiteral("--api"), QStringLiteral("Weather API") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto petStore = workspace->findApi(QStringLiteral("Pet Store"));
    QVERIFY(petStore);
    bool attached = false;
    for (const ResourceConfig &resource : petStore->definition.resources) {
        for (const OperationConfig &operation : resource.operations)
            attached = attached
                || (resource.pathTemplate == QLatin1String("/pets") && operation.method == "GET"
                    && operation.throttlingPolicy == QLatin1String("FivePerMinute"));
    }
    QVERIFY(attached);

    // Bandwidth: refused on Choreo Connect, deployed on API Gateway; the policies reach the compiled config.
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Weather API"), QStringLiteral("--env"),
        QStringLiteral("choreo-local") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("Advanced rate limiting (based on bandwidth)"),
        result.standardError.constData());
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Weather API"), QStringLiteral("--env"),
        QStringLiteral("apigw-local") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Pet Store"), QStringLiteral("--env"),
        QStringLiteral("choreo-local") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const auto config = workspace->compiledConfig(QStringLiteral("apigw-local"));
    QVERIFY(config);
    QVERIFY(std::any_of(config->throttlePolicies.begin(), config->throttlePolicies.end(),
        [](const ThrottlePolicy &policy) { return policy.name == QLatin1String("TenKB"); }));
}

void TestCliPolicies::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString policy = QStringLiteral("policy");
    QTest::newRow("attach unknown policy") << QStringList { policy, QStringLiteral("attach"),
        QStringLiteral("Nope"), QStringLiteral("--api"), QStringLiteral("Pet Store") }
                                           << 1 << QStringLiteral("no advanced policy named 'Nope'");
    QTest::newRow("attach to a missing operation") << QStringList { policy, QStringLiteral("attach"),
        QStringLiteral("10KPerMin"), QStringLiteral("--api"), QStringLiteral("Pet Store"),
        QStringLiteral("--operation"),
        QStringLiteral("PATCH /nowhere") } << 1 << QStringLiteral("has no operation 'PATCH /nowhere'");
    QTest::newRow("attach to a missing API") << QStringList { policy, QStringLiteral("attach"),
        QStringLiteral("10KPerMin"), QStringLiteral("--api"), QStringLiteral("Nope") }
                                             << 1 << QStringLiteral("Nope");
    QTest::newRow("export unknown level")
        << QStringList { policy, QStringLiteral("export"), QStringLiteral("global"), QStringLiteral("X") }
        << 2 << QStringLiteral("unknown policy level 'global'");
    QTest::newRow("export unknown format") << QStringList { policy, QStringLiteral("export"),
        QStringLiteral("advanced"), QStringLiteral("10KPerMin"), QStringLiteral("--format"),
        QStringLiteral("xml") } << 2 << QStringLiteral("--format must be yaml, json or admin-json");
    QTest::newRow("remove a default") << QStringList { policy, QStringLiteral("remove"),
        QStringLiteral("subscription"), QStringLiteral("Gold") }
                                      << 1 << QStringLiteral("stores no subscription policy named 'Gold'");
}

void TestCliPolicies::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Result result = ctl(arguments);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message), result.standardError.constData());
}

// export writes what attach changed into the OpenAPI document, which lints clean and imports again.
void TestCliPolicies::exportCarriesAttachedPolicies()
{
    Result result = ctl({ QStringLiteral("export"), QStringLiteral("Pet Store") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(result.standardError.isEmpty(), result.standardError.constData()); // nothing left out
    const QByteArray yaml = result.standardOutput;
    const qsizetype pets = yaml.indexOf("  /pets:\n");
    QVERIFY(pets >= 0);
    const qsizetype tier = yaml.indexOf("x-wso2-throttling-tier: FivePerMinute", pets);
    QVERIFY2(tier > pets && tier < yaml.indexOf("\n  /", pets + 1), yaml.constData());

    const QString jsonPath = m_directory.filePath(QStringLiteral("petstore-export.json"));
    result = ctl({ QStringLiteral("export"), QStringLiteral("Pet Store"), QStringLiteral("--format"),
        QStringLiteral("json"), QStringLiteral("--output"), jsonPath });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.0.3"));
    QCOMPARE(document.value(QStringLiteral("x-wso2-basePath")).toString(), QStringLiteral("/petstore"));

    result = GatehouseCtlProcess::run({ QStringLiteral("lint"), QStringLiteral("--errors-only"), jsonPath });
    QVERIFY2(result.exitCode == 0, result.standardOutput.constData());
    result = ctl({ QStringLiteral("export"), QStringLiteral("Pet Store"), QStringLiteral("--format"),
        QStringLiteral("xml") });
    QCOMPARE(result.exitCode, 2);
}

// Runs after attachAndDeploy: FivePerMinute is on Pet Store's GET /pets, and every demo API is deployed to
// the Choreo Connect environment choreo-local.
void TestCliPolicies::usedPoliciesAndBandwidthSubscribers()
{
    Result result = ctl({ QStringLiteral("policy"), QStringLiteral("remove"), QStringLiteral("advanced"),
        QStringLiteral("FivePerMinute") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("still used by GET /pets of API Pet Store"),
        result.standardError.constData());
    result = ctl({ QStringLiteral("policy"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QStringList usedBy;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.standardOutput).array()) {
        if (value[QStringLiteral("policyName")].toString() == QLatin1String("FivePerMinute"))
            usedBy = value[QStringLiteral("usedBy")].toVariant().toStringList();
    }
    QCOMPARE(usedBy.size(), 1);
    QVERIFY2(usedBy.constFirst().startsWith(QStringLiteral("GET /pets of API Pet Store")),
        qPrintable(usedBy.join(QLatin1Char(','))));

    // A bandwidth subscription tier cannot reach an API that a Choreo Connect environment serves.
    QCOMPARE(ctl({ QStringLiteral("policy"), QStringLiteral("import"),
                     writeFile(QStringLiteral("tenkbsub.yaml"), tenKilobytesSubscription) })
                 .exitCode,
        0);
    result = ctl({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("Metered") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("subscribe"), QStringLiteral("Metered"), QStringLiteral("Pet Store"),
        QStringLiteral("--tier"), QStringLiteral("TenKBSub") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("choreo-local")
            && result.standardError.contains("Advanced rate limiting (based on bandwidth)"),
        result.standardError.constData());
    result = ctl({ QStringLiteral("subscribe"), QStringLiteral("Metered"), QStringLiteral("Pet Store"),
        QStringLiteral("--tier"), QStringLiteral("Gold") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    // A new API with such a subscriber deploys to API Gateway, not to Choreo Connect.
    result = ctl({ QStringLiteral("import"),
        writeFile(QStringLiteral("metered.yaml"),
            "openapi: 3.0.3\ninfo: {title: Metered, version: '1'}\nx-wso2-basePath: /metered\n"
            "x-wso2-production-endpoints: {urls: ['http://127.0.0.1:9']}\n"
            "paths: {/ping: {get: {responses: {'200': {description: ok}}}}}\n") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("subscribe"), QStringLiteral("Metered"), QStringLiteral("Metered"),
        QStringLiteral("--tier"), QStringLiteral("TenKBSub") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Metered"), QStringLiteral("--env"),
        QStringLiteral("choreo-local") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("Advanced rate limiting (based on bandwidth)"),
        result.standardError.constData());
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Metered"), QStringLiteral("--env"),
        QStringLiteral("apigw-local") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    // Nor can a tier already in use there turn into a bandwidth limit; the import stores nothing.
    result = ctl({ QStringLiteral("policy"), QStringLiteral("import"),
        writeFile(QStringLiteral("gold.yaml"), goldByBandwidth) });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.standardError.contains("cannot save throttle policy Gold"), result.standardError.constData());
    result = ctl({ QStringLiteral("policy"), QStringLiteral("export"), QStringLiteral("subscription"),
        QStringLiteral("Gold") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.standardOutput.contains("REQUESTCOUNTLIMIT"), result.standardOutput.constData());

    // Once the policy is used nowhere it can go.
    result = ctl(
        { QStringLiteral("policy"), QStringLiteral("attach"), QStringLiteral(""), QStringLiteral("--api"),
            QStringLiteral("Pet Store"), QStringLiteral("--operation"), QStringLiteral("GET /pets") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = ctl({ QStringLiteral("policy"), QStringLiteral("remove"), QStringLiteral("advanced"),
        QStringLiteral("FivePerMinute") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
}

QTEST_GUILESS_MAIN(TestCliPolicies)
#include "tst_cli_policies.moc"
