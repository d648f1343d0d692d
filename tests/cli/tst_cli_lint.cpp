#include "gatehousectlprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray clean = R"(openapi: 3.0.3
info: {title: Clean, version: '1'}
x-wso2-basePath: /clean
x-wso2-production-endpoints: {urls: ['http://127.0.0.1:9']}
x-wso2-application-security: {security-types: [oauth2]}
paths:
  /ping:
    get:
      operationId: ping
      responses: {'200': {description: pong}}
)";

} // namespace

// gatehousectl lint as a CI job runs it: FILE:LINE:COL lines, --json, and the exit code.
class TestCliLint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    QString write(const QString &name, const QByteArray &contents) const
    {
        const QString path = m_directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return QString();
        return path;
    }

private slots:
    void cleanDocumentExitsZero()
    {
        const auto result = GatehouseCtlProcess::run(
            { QStringLiteral("lint"), write(QStringLiteral("clean.yaml"), clean) });
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.trimmed().isEmpty(), result.standardOutput.constData());
    }

    void errorsArePrintedWithPositionsAndFail()
    {
        QByteArray broken = clean;
        broken.replace("/ping:", "/ping/{id}:");
        const QString path = write(QStringLiteral("broken.yaml"), broken);
        const auto result = GatehouseCtlProcess::run(
            { QStringLiteral("lint"), write(QStringLiteral("clean2.yaml"), clean), path });
        QCOMPARE(result.exitCode, 1);
        const QList<QByteArray> lines = result.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QString::fromUtf8(lines.constFirst()),
            path
                + QStringLiteral(
                    ":9:7: error: GET /ping/{id} does not declare the path parameter 'id' (add it "
                    "to parameters with in: path and required: true)"));
        QVERIFY2(result.standardError.contains("1 error"), result.standardError.constData());

        const auto json
            = GatehouseCtlProcess::run({ QStringLiteral("lint"), QStringLiteral("--json"), path });
        QCOMPARE(json.exitCode, 1);
        const QJsonArray problems = QJsonDocument::fromJson(json.standardOutput).array();
        QCOMPARE(problems.size(), 1);
        const QJsonObject problem = problems.at(0).toObject();
        QCOMPARE(problem.value(QStringLiteral("line")).toInt(), 9);
        QCOMPARE(problem.value(QStringLiteral("column")).toInt(), 7);
        QCOMPARE(problem.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(problem.value(QStringLiteral("file")).toString(), path);
    }

    void warningsAloneDoNotFail()
    {
        QByteArray open = clean;
        open.replace("x-wso2-application-security: {security-types: [oauth2]}\n", "");
        const QString path = write(QStringLiteral("open.yaml"), open);
        auto result = GatehouseCtlProcess::run({ QStringLiteral("lint"), path });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(": info: no security declared"),
            result.standardOutput.constData());
        result = GatehouseCtlProcess::run({ QStringLiteral("lint"), QStringLiteral("--errors-only"), path });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.trimmed().isEmpty());
    }

    // import takes an apictl project folder: the API is added, unmapped fields are warned about on stderr.
    void importsAnApictlProject()
    {
        const QString workspace = m_directory.filePath(QStringLiteral("apictl.gatehouse"));
        QCOMPARE(GatehouseCtlProcess::run({ QStringLiteral("init"), workspace }).exitCode, 0);
        const QString project
            = QStringLiteral(GATEHOUSE_SOURCE_DIR "/tests/workspace/data/apictl/PizzaShack-1.0.0");
        auto result = GatehouseCtlProcess::run(
            { QStringLiteral("import"), QStringLiteral("--workspace"), workspace, project });
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY2(result.standardError.contains("api.yaml:7:3: warning: not mapped: data.provider"),
            result.standardError.constData());
        QVERIFY(!result.standardError.contains("data.enableSchemaValidation")); // mapped: schema validation
        QVERIFY(result.standardError.contains("deployment environments Default"));
        result
            = GatehouseCtlProcess::run({ QStringLiteral("apis"), QStringLiteral("--workspace"), workspace });
        QVERIFY2(
            result.standardOutput.contains("PizzaShackAPI") && result.standardOutput.contains("/pizzashack"),
            result.standardOutput.constData());

        result = GatehouseCtlProcess::run(
            { QStringLiteral("import"), QStringLiteral("--workspace"), workspace, m_directory.path() });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("neither a readable file nor an apictl project"),
            result.standardError.constData());
    }

    // ... and the zip apictl exports: problems are named inside the zip; a zip that would write outside its
    // folder is refused. python3's zipfile makes them, as another archiver would.
    void importsAnApictlZip()
    {
        const QString workspace = m_directory.filePath(QStringLiteral("zip.gatehouse"));
        QCOMPARE(GatehouseCtlProcess::run({ QStringLiteral("init"), workspace }).exitCode, 0);
        const QString zipPath = m_directory.filePath(QStringLiteral("PizzaShack.zip"));
        const QString hostilePath = m_directory.filePath(QStringLiteral("hostile.zip"));
        QProcess python;
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import os, sys, zipfile\n"
                               "os.chdir(sys.argv[1])\n"
                               "with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:\n"
                               "    for root, dirs, files in os.walk('PizzaShack-1.0.0'):\n"
                               "        for name in files:\n"
                               "            z.write(os.path.join(root, name))\n"
                               "with zipfile.ZipFile(sys.argv[3], 'w') as z:\n"
                               "    z.writestr('PizzaShack-1.0.0/api.yaml', 'type: api\\n')\n"
                               "    z.writestr('PizzaShack-1.0.0/../../evil', 'x')\n"),
                QStringLiteral(GATEHOUSE_SOURCE_DIR "/tests/workspace/data/apictl"), zipPath, hostilePath });
        QVERIFY(python.waitForFinished(60'000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

        auto result = GatehouseCtlProcess::run(
            { QStringLiteral("import"), QStringLiteral("--workspace"), workspace, zipPath });
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY2(result.standardError.contains(
                     "PizzaShack.zip/PizzaShack-1.0.0/api.yaml:7:3: warning: not mapped: data.provider"),
            result.standardError.constData());
        result
            = GatehouseCtlProcess::run({ QStringLiteral("apis"), QStringLiteral("--workspace"), workspace });
        QVERIFY2(result.standardOutput.contains("PizzaShackAPI"), result.standardOutput.constData());

        result = GatehouseCtlProcess::run(
            { QStringLiteral("import"), QStringLiteral("--workspace"), workspace, hostilePath });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(
                     "hostile.zip: error: refused entry 'PizzaShack-1.0.0/../../evil': the name has a '..' "
                     "component"),
            result.standardError.constData());
        QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/evil")));
    }

    void usageAndMissingFiles()
    {
        auto result = GatehouseCtlProcess::run({ QStringLiteral("lint") });
        QCOMPARE(result.exitCode, 2);
        result = GatehouseCtlProcess::run(
            { QStringLiteral("lint"), m_directory.filePath(QStringLiteral("nope.yaml")) });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardOutput.contains("cannot read the file"), result.standardOutput.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
