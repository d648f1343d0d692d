#include "gatehousectlprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// gatehousectl export --apictl: a demo API deployed to both demo environments written as an apictl project,
// imported into another workspace, and the usage errors.
class TestCliApictl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_directory;
    QString m_workspace;

    GatehouseCtlProcess::Result ctl(const QStringList &arguments, const QString &workspace = QString()) const
    {
        return GatehouseCtlProcess::run(
            arguments + QStringList { QStringLiteral("-w"), workspace.isEmpty() ? m_workspace : workspace });
    }

    QByteArray readFile(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        m_workspace = m_directory.filePath(QStringLiteral("demo.gatehouse"));
        auto result
            = GatehouseCtlProcess::run({ QStringLiteral("init"), QStringLiteral("--demo"), m_workspace });
        VERIFY_RESULT(result, 0);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no output") << QStringList { QStringLiteral("Pet Store"), QStringLiteral("--apictl") }
                                   << 2 << QByteArray("--apictl needs --output");
        QTest::newRow("bad format") << QStringList { QStringLiteral("Pet Store"), QStringLiteral("--apictl"),
            QStringLiteral("--output"), QStringLiteral("x"), QStringLiteral("--format"),
            QStringLiteral("toml") } << 2
                                    << QByteArray("--format must be yaml or json");
        QTest::newRow("unknown API") << QStringList { QStringLiteral("Nope"), QStringLiteral("--apictl"),
            QStringLiteral("--output"), QStringLiteral("x") }
                                     << 1 << QByteArray("Nope");
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const auto result = ctl(QStringList { QStringLiteral("export") } + arguments);
        VERIFY_RESULT(result, exitCode);
        QVERIFY2(result.standardError.contains(message), result.standardError.constData());
    }

    void exportAndImportAgain()
    {
        const QString project = m_directory.filePath(QStringLiteral("exports/PetStore-1.0.0"));
        auto result = ctl({ QStringLiteral("export"), QStringLiteral("Pet Store"), QStringLiteral("--apictl"),
            QStringLiteral("--output"), project });
        VERIFY_RESULT(result, 0);
        QCOMPARE(result.standardOutput.trimmed(), QFileInfo(project).absoluteFilePath().toUtf8());
        QVERIFY2(result.standardError.isEmpty(), result.standardError.constData()); // nothing left out
        const QByteArray apiYaml = readFile(project + QStringLiteral("/api.yaml"));
        QVERIFY2(apiYaml.startsWith("type: api\nversion: v4.2.0\ndata:\n  name: Pet Store\n"),
            apiYaml.constData());
        QVERIFY2(apiYaml.contains("  context: /petstore/1.0.0\n"), apiYaml.constData());
        const QByteArray environments = readFile(project + QStringLiteral("/deployment_environments.yaml"));
        QVERIFY2(environments.contains("deploymentEnvironment: apigw-local")
                && environments.contains("deploymentEnvironment: choreo-local"),
            environments.constData());
        QVERIFY(readFile(project + QStringLiteral("/Definitions/swagger.yaml")).startsWith("openapi: 3"));

        // Never written over.
        result = ctl({ QStringLiteral("export"), QStringLiteral("Pet Store"), QStringLiteral("--apictl"),
            QStringLiteral("--output"), project });
        VERIFY_RESULT(result, 1);
        QVERIFY2(result.standardError.contains("exists already"), result.standardError.constData());

        // Into an empty workspace, and out again as JSON: the same project.
        const QString other = m_directory.filePath(QStringLiteral("other.gatehouse"));
        result = GatehouseCtlProcess::run({ QStringLiteral("init"), other });
        VERIFY_RESULT(result, 0);
        result = ctl({ QStringLiteral("import"), project }, other);
        VERIFY_RESULT(result, 0);
        result = ctl({ QStringLiteral("apis"), QStringLiteral("--json") }, other);
        VERIFY_RESULT(result, 0);
        const QJsonArray apis = QJsonDocument::fromJson(result.standardOutput).array();
        QCOMPARE(apis.size(), 1);
        const QJsonObject api = apis.first().toObject();
        QCOMPARE(api.value(QStringLiteral("name")).toString(), QStringLiteral("Pet Store"));
        QCOMPARE(api.value(QStringLiteral("context")).toString(), QStringLiteral("/petstore"));

        const QString jsonProject = m_directory.filePath(QStringLiteral("exports/PetStore-json"));
        result = ctl(
            { QStringLiteral("export"), QStringLiteral("Pet Store"), QStringLiteral("--apictl"),
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), jsonProject },
            other);
        VERIFY_RESULT(result, 0);
        const QJsonObject envelope
            = QJsonDocument::fromJson(readFile(jsonProject + QStringLiteral("/api.json"))).object();
        QCOMPARE(envelope.value(QStringLiteral("type")).toString(), QStringLiteral("api"));
        QCOMPARE(envelope.value(QStringLiteral("data")).toObject().value(QStringLiteral("isDefaultVersion")),
            QJsonValue(false));
        QVERIFY(QFileInfo(jsonProject + QStringLiteral("/Definitions/swagger.json")).isFile());
    }

    // A .zip output is the archive apictl exports: one <name>-<version> folder; it imports like the folder.
    void exportAsZip()
    {
        const QString zip = m_directory.filePath(QStringLiteral("Weather.zip"));
        auto result = ctl({ QStringLiteral("export"), QStringLiteral("Weather API"),
            QStringLiteral("--apictl"), QStringLiteral("--output"), zip });
        VERIFY_RESULT(result, 0);
        QVERIFY2(result.standardError.isEmpty(), result.standardError.constData());
        QCOMPARE(result.standardOutput.trimmed(), zip.toUtf8());
        QVERIFY(readFile(zip).startsWith("PK\x03\x04"));

        const QString other = m_directory.filePath(QStringLiteral("zip.gatehouse"));
        result = GatehouseCtlProcess::run({ QStringLiteral("init"), other });
        VERIFY_RESULT(result, 0);
        result = ctl({ QStringLiteral("import"), zip }, other);
        VERIFY_RESULT(result, 0);
        QVERIFY2(result.standardError.contains("Weather.zip/Weather_API-2.1/api.yaml:"),
            result.standardError.constData());
        result = ctl({ QStringLiteral("apis"), QStringLiteral("--json") }, other);
        VERIFY_RESULT(result, 0);
        const QJsonArray apis = QJsonDocument::fromJson(result.standardOutput).array();
        QCOMPARE(apis.size(), 1);
        QCOMPARE(apis.first()[QStringLiteral("name")].toString(), QStringLiteral("Weather API"));
        QCOMPARE(apis.first()[QStringLiteral("context")].toString(), QStringLiteral("/weather"));

        // Exported again over the same zip: replaced whole, and it imports into a third workspace.
        result = ctl({ QStringLiteral("export"), QStringLiteral("Weather API"), QStringLiteral("--apictl"),
                         QStringLiteral("--output"), zip },
            other);
        VERIFY_RESULT(result, 0);
        const QString third = m_directory.filePath(QStringLiteral("third.gatehouse"));
        result = GatehouseCtlProcess::run({ QStringLiteral("init"), third });
        VERIFY_RESULT(result, 0);
        result = ctl({ QStringLiteral("import"), zip }, third);
        VERIFY_RESULT(result, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliApictl)
#include "tst_cli_apictl.moc"
