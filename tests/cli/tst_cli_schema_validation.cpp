#include "gatehousectlprocess.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

// gatehousectl api schema-validation -w WS API on|off, and what a deployment then makes of it per profile.
class TestCliSchemaValidation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    QString m_workspace;

    GatehouseCtlProcess::Result ctl(const QStringList &arguments) const
    {
        return GatehouseCtlProcess::run(arguments + QStringList { QStringLiteral("-w"), m_workspace });
    }
    bool enabledInWorkspace() const
    {
        QString error;
        const auto workspace = Workspace::open(m_workspace, &error);
        return workspace
            && workspace->findApi(QStringLiteral("Inventory"))->definition.enableSchemaValidation;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_workspace = m_directory.filePath(QStringLiteral("validation.gatehouse"));
        auto result = GatehouseCtlProcess::run({ QStringLiteral("init"), m_workspace });
        VERIFY_RESULT(result, 0);
        result = ctl({ QStringLiteral("import"), QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/inventory.yaml") });
        VERIFY_RESULT(result, 0);
        for (const char *profile : { "choreo-connect", "api-gateway" }) {
            result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QString::fromLatin1(profile),
                QStringLiteral("--profile"), QString::fromLatin1(profile) });
            VERIFY_RESULT(result, 0);
        }
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no state") << QStringList { QStringLiteral("Inventory") } << 2 << QByteArray("STATE");
        QTest::newRow("unknown state") << QStringList { QStringLiteral("Inventory"), QStringLiteral("maybe") }
                                       << 2 << QByteArray("expected on or off");
        QTest::newRow("unknown API") << QStringList { QStringLiteral("Nope"), QStringLiteral("on") } << 1
                                     << QByteArray("Nope");
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const auto result
            = ctl(QStringList { QStringLiteral("api"), QStringLiteral("schema-validation") } + arguments);
        VERIFY_RESULT(result, exitCode);
        QVERIFY2(result.standardError.contains(message), result.standardError.constData());
        QVERIFY(!enabledInWorkspace());
    }

    void switchAndDeploy()
    {
        auto result = ctl({ QStringLiteral("api"), QStringLiteral("schema-validation"),
            QStringLiteral("Inventory"), QStringLiteral("on") });
        VERIFY_RESULT(result, 0);
        QVERIFY2(result.standardOutput.contains("schema validation on"), result.standardOutput.constData());
        QVERIFY(enabledInWorkspace());

        // Choreo Connect: deployed, with the capability row cited; API Gateway: deployed quietly.
        result = ctl({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
            QStringLiteral("choreo-connect") });
        VERIFY_RESULT(result, 0);
        QVERIFY2(result.standardError.contains("Choreo Connect does not support schema validation"),
            result.standardError.constData());
        result = ctl({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
            QStringLiteral("api-gateway") });
        VERIFY_RESULT(result, 0);
        QVERIFY2(!result.standardError.contains("schema validation"), result.standardError.constData());
        QString error;
        const auto workspace = Workspace::open(m_workspace, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(
            workspace->compiledConfig(QStringLiteral("api-gateway"))->apis.front().enableSchemaValidation);
        QVERIFY(!workspace->compiledConfig(QStringLiteral("choreo-connect"))
                     ->apis.front()
                     .enableSchemaValidation);

        result = ctl({ QStringLiteral("api"), QStringLiteral("schema-validation"),
            QStringLiteral("Inventory"), QStringLiteral("off") });
        VERIFY_RESULT(result, 0);
        QVERIFY2(result.standardOutput.contains("schema validation off"), result.standardOutput.constData());
        QVERIFY(!enabledInWorkspace());
    }
};

QTEST_GUILESS_MAIN(TestCliSchemaValidation)
#include "tst_cli_schema_validation.moc"
