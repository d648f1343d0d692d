#include "gatehousectlprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// gatehousectl verify: the capability matrix checked against running environments, as a CI job runs it.
class TestCliVerify : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void jsonVerdicts();
    void tableNamesEveryCheckedCell();
};

void TestCliVerify::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown profile") << QStringList { QStringLiteral("--profile"),
        QStringLiteral("kong") } << 2 << QStringLiteral("--profile must be choreo-connect or api-gateway");
    QTest::newRow("row without a live check") << QStringList { QStringLiteral("--row"),
        QStringLiteral("architecture") } << 1 << QStringLiteral("no live check for the row \"architecture\"");
    QTest::newRow("stray argument") << QStringList { QStringLiteral("everything") } << 2
                                    << QStringLiteral("everything");
}

void TestCliVerify::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const auto result = GatehouseCtlProcess::run(QStringList { QStringLiteral("verify") } + arguments);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.standardError).contains(message), result.standardError.constData());
}

void TestCliVerify::jsonVerdicts()
{
    const auto result = GatehouseCtlProcess::run(
        { QStringLiteral("verify"), QStringLiteral("--row"), QStringLiteral("basic-auth"),
            QStringLiteral("--row"), QStringLiteral("api-keys"), QStringLiteral("--json") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.standardError.constData());
    QJsonParseError parseError;
    const QJsonArray verdicts = QJsonDocument::fromJson(result.standardOutput, &parseError).array();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.standardOutput.constData());
    QHash<QString, QJsonObject> byCell;
    for (const QJsonValue &value : verdicts) {
        const QJsonObject verdict = value.toObject();
        byCell.insert(verdict.value(QLatin1String("row")).toString() + QLatin1Char('/')
                + verdict.value(QLatin1String("profile")).toString(),
            verdict);
    }
    QCOMPARE(byCell.size(), 4);
    const QJsonObject basicOnChoreoConnect = byCell.value(QStringLiteral("basic-auth/choreo-connect"));
    QCOMPARE(basicOnChoreoConnect.value(QLatin1String("documented")).toString(), QStringLiteral("partial"));
    QCOMPARE(basicOnChoreoConnect.value(QLatin1String("observed")).toBool(true), false);
    QVERIFY(basicOnChoreoConnect.value(QLatin1String("agrees")).toBool());
    QVERIFY(basicOnChoreoConnect.value(QLatin1String("detail"))
                .toString()
                .startsWith(QStringLiteral("deploy refused")));
    const QJsonObject basicOnApiGateway = byCell.value(QStringLiteral("basic-auth/api-gateway"));
    QCOMPARE(basicOnApiGateway.value(QLatin1String("observed")).toBool(), true);
    QVERIFY(basicOnApiGateway.value(QLatin1String("agrees")).toBool());
    for (const QString &profile : { QStringLiteral("choreo-connect"), QStringLiteral("api-gateway") }) {
        const QJsonObject apiKeys = byCell.value(QStringLiteral("api-keys/") + profile);
        QCOMPARE(apiKeys.value(QLatin1String("observed")).toBool(), true);
        QVERIFY(apiKeys.value(QLatin1String("detail"))
                    .toString()
                    .contains(QStringLiteral("altered key → 401 (900901)")));
    }
}

void TestCliVerify::tableNamesEveryCheckedCell()
{
    const auto result = GatehouseCtlProcess::run(
        { QStringLiteral("verify"), QStringLiteral("--profile"), QStringLiteral("api-gateway") });
    QVERIFY2(!result.crashed && result.exitCode == 0, result.standardError.constData());
    const QString output = QString::fromUtf8(result.standardOutput);
    for (const QString &row : { QStringLiteral("oauth2"), QStringLiteral("mutual-ssl"),
             QStringLiteral("basic-auth"), QStringLiteral("api-keys"), QStringLiteral("jwt-revocation") }) {
        const QRegularExpression line(
            QStringLiteral("^%1\\s+api-gateway\\s+yes\\s+supported\\s+agrees$").arg(row),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(output).hasMatch(), qPrintable(output));
    }
    QVERIFY2(!output.contains(QStringLiteral("choreo-connect")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
