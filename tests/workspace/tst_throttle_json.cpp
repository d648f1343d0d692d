#include "throttlepolicyfile.h"
#include "throttlepolicyjson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Gatehouse;

class TestThrottleJson : public QObject
{
    Q_OBJECT
private slots:
    // WSO2 admin JSON in, the model, and the same JSON out.
    // Each file is named <level>-<case>.json.
    void roundTrip_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QByteArray>("json");
        const QDir dir(QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/throttle"));
        const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 4);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(name)) << name.section(QLatin1Char('-'), 0, 0) << file.readAll();
        }
    }

    void roundTrip()
    {
        QFETCH(QString, level);
        QFETCH(QByteArray, json);
        const QJsonObject input = QJsonDocument::fromJson(json).object();
        QVERIFY(!input.isEmpty());
        QString error;
        const auto policy = ThrottlePolicyJson::fromJson(input, *throttlePolicyLevelFromId(level), &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(ThrottlePolicyJson::toJson(*policy), input);
        QCOMPARE(ThrottlePolicyJson::fromJson(ThrottlePolicyJson::toJson(*policy), policy->level), policy);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("bad time unit") << QByteArray(
            R"({"policyName": "x", "defaultLimit": {"type": "REQUESTCOUNTLIMIT", "requestCount": {"timeUnit": "fortnight", "unitTime": 1, "requestCount": 1}}})")
                                       << QStringLiteral("defaultLimit.requestCount.timeUnit: expected one "
                                                         "of sec, min, hour, day");
        QTest::newRow("bad limit type")
            << QByteArray(R"({"policyName": "x", "defaultLimit": {"type": "COUNT"}})")
            << QStringLiteral("defaultLimit.type: expected one of");
        QTest::newRow("shape missing")
            << QByteArray(R"({"policyName": "x", "defaultLimit": {"type": "BANDWIDTHLIMIT"}})")
            << QStringLiteral("defaultLimit.bandwidth: missing");
        QTest::newRow("no default limit")
            << QByteArray(R"({"policyName": "x"})") << QStringLiteral("defaultLimit: missing");
        QTest::newRow("bad ip type") << QByteArray(
            R"({"policyName": "x", "defaultLimit": {"type": "REQUESTCOUNTLIMIT", "requestCount": {"timeUnit": "min", "unitTime": 1, "requestCount": 1}}, "conditionalGroups": [{"limit": {"type": "REQUESTCOUNTLIMIT", "requestCount": {"timeUnit": "min", "unitTime": 1, "requestCount": 2}}, "conditions": [{"type": "IPCONDITION", "ipCondition": {"ipConditionType": "SUBNET"}}]}]})")
                                     << QStringLiteral("conditionalGroups[0].conditions[0].ipCondition."
                                                       "ipConditionType:");
        QTest::newRow("count not a number") << QByteArray(
            R"({"policyName": "x", "defaultLimit": {"type": "REQUESTCOUNTLIMIT", "requestCount": {"timeUnit": "min", "unitTime": 1, "requestCount": "ten"}}})")
                                            << QStringLiteral("defaultLimit.requestCount.requestCount:");
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedStart);
        QString error;
        QVERIFY(!ThrottlePolicyJson::fromJson(
            QJsonDocument::fromJson(json).object(), ThrottlePolicyLevel::Advanced, &error));
        QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
    }

    // apictl files: export as YAML and JSON, read back the same policy.
    void apictlRoundTrip_data() { roundTrip_data(); }

    void apictlRoundTrip()
    {
        QFETCH(QString, level);
        QFETCH(QByteArray, json);
        const auto policy = ThrottlePolicyJson::fromJson(
            QJsonDocument::fromJson(json).object(), *throttlePolicyLevelFromId(level));
        QVERIFY(policy);
        for (const QByteArray &text :
            { ThrottlePolicyFile::toApictlYaml(*policy), ThrottlePolicyFile::toApictlJson(*policy) }) {
            const ThrottlePolicyFileResult result = ThrottlePolicyFile::read(text, QStringLiteral("p.yaml"));
            QVERIFY2(result.diagnostics.isEmpty(),
                qPrintable(
                    result.diagnostics.isEmpty() ? QString() : result.diagnostics.constFirst().toString()));
            QCOMPARE(result.policies.size(), std::size_t(1));
            QCOMPARE(result.policies.front(), *policy);
        }
    }

    void apictlErrorsCarryPosition_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad time unit")
            << QByteArray("type: throttling policy\nsubtype: subscription\nversion: v4.2.0\n"
                          "data:\n  policyName: Gold\n  defaultLimit:\n    type: REQUESTCOUNTLIMIT\n"
                          "    requestCount:\n      timeUnit: fortnight\n      unitTime: 1\n"
                          "      requestCount: 5000\n")
            << QStringLiteral("Policies/Gold.yaml:9:17: error: data.defaultLimit.requestCount.timeUnit: "
                              "expected one of sec, min, hour, day");
        QTest::newRow("unknown subtype")
            << QByteArray("type: throttling policy\nsubtype: global\ndata: {}\n")
            << QStringLiteral("Policies/Gold.yaml:2:10: error: subtype: expected one of advanced, "
                              "subscription, application, custom");
        QTest::newRow("invalid regex")
            << QByteArray("type: throttling policy\nsubtype: advanced\ndata:\n  policyName: A\n"
                          "  defaultLimit: {type: REQUESTCOUNTLIMIT, requestCount: {timeUnit: min, unitTime: "
                          "1, requestCount: 5}}\n"
                          "  conditionalGroups:\n    - limit: {type: REQUESTCOUNTLIMIT, requestCount: "
                          "{timeUnit: min, unitTime: 1, requestCount: 9}}\n"
                          "      conditions:\n        - type: HEADERCONDITION\n          headerCondition: "
                          "{headerName: X, headerValue: '(a'}\n")
            << QStringLiteral("Policies/Gold.yaml:10:57: error: "
                              "data.conditionalGroups[0].conditions[0].headerCondition.headerValue: ");
        QTest::newRow("broken yaml") << QByteArray("type: [unclosed\n")
                                     << QStringLiteral("Policies/Gold.yaml:2:1: error: ");
        QTest::newRow("not apictl") << QByteArray("policyName: Gold\n")
                                    << QStringLiteral("Policies/Gold.yaml:1:1: error: not an apictl");
    }

    void apictlErrorsCarryPosition()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const ThrottlePolicyFileResult result
            = ThrottlePolicyFile::read(yaml, QStringLiteral("Policies/Gold.yaml"));
        QVERIFY(result.policies.empty());
        QVERIFY(!result.diagnostics.isEmpty());
        const QString actual = result.diagnostics.constFirst().toString();
        QVERIFY2(actual.startsWith(expected), qPrintable(actual));
    }
};

QTEST_GUILESS_MAIN(TestThrottleJson)
#include "tst_throttle_json.moc"
