#include "apictlproject.h"
#include "configjson.h"
#include "goldenfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

QString dataDirectory()
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/apictl");
}

// What a golden file records: the definition, the environments and every diagnostic (file names relative
// to the data folder, so the file does not depend on where the tree is).
QJsonObject describe(const ApictlImportResult &result)
{
    QJsonArray diagnostics;
    for (Diagnostic diagnostic : result.diagnostics) {
        diagnostic.file = QDir(dataDirectory()).relativeFilePath(diagnostic.file);
        diagnostics.append(diagnostic.toString());
    }
    QJsonObject json { { QStringLiteral("diagnostics"), diagnostics },
        { QStringLiteral("deploymentEnvironments"),
            QJsonArray::fromStringList(result.deploymentEnvironments) } };
    if (result.api) {
        json.insert(QStringLiteral("definition"), ConfigJson::toJson(result.api->definition));
        json.insert(QStringLiteral("description"), result.api->description);
        json.insert(QStringLiteral("implementationType"), result.api->implementationType);
    }
    return json;
}

bool write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

// apictl projects: golden files for a YAML and a JSON project, the two import alike, and the errors a
// broken project gets (with api.yaml positions).
class TestApictlProject : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("project");
        QTest::newRow("yaml project") << QStringLiteral("PizzaShack-1.0.0");
        QTest::newRow("json project") << QStringLiteral("PizzaShack-json");
    }

    void golden()
    {
        QFETCH(QString, project);
        const QString path = dataDirectory() + QLatin1Char('/') + project;
        QVERIFY(ApictlProject::isProject(path));
        const QByteArray actual
            = QJsonDocument(describe(ApictlProject::read(path))).toJson(QJsonDocument::Indented);
        const QString expectedPath
            = dataDirectory() + QLatin1Char('/') + project + QStringLiteral(".expected.json");
        const QString mismatch = GoldenFile::compare(
            expectedPath, actual, [](const QByteArray &expected, const QByteArray &written) {
                return QJsonDocument::fromJson(expected) == QJsonDocument::fromJson(written);
            });
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    void yamlAndJsonProjectsImportAlike()
    {
        const ApictlImportResult yaml
            = ApictlProject::read(dataDirectory() + QStringLiteral("/PizzaShack-1.0.0"));
        const ApictlImportResult json
            = ApictlProject::read(dataDirectory() + QStringLiteral("/PizzaShack-json"));
        QVERIFY(yaml.api && json.api);
        QCOMPARE(ConfigJson::toJson(json.api->definition), ConfigJson::toJson(yaml.api->definition));
        const ApiConfig &api = yaml.api->definition;
        QCOMPARE(api.context, QStringLiteral("/pizzashack"));
        QCOMPARE(api.throttlingPolicy, QStringLiteral("50KPerMin"));
        QVERIFY(api.enableSchemaValidation); // api.yaml's enableSchemaValidation: true
        QCOMPARE(api.productionEndpoints.type, EndpointGroupType::LoadBalance);
        QCOMPARE(api.productionEndpoints.targets.size(), std::size_t(2));
        QCOMPARE(api.security.mutualTls, MutualTlsMode::Optional);
        QVERIFY(api.security.applicationSecurityMandatory);
        QCOMPARE(api.security.authorizationHeader, QByteArray("X-Authorization"));
        QVERIFY(api.security.cors && api.security.cors->allowCredentials);
        QCOMPARE(yaml.deploymentEnvironments, QStringList { QStringLiteral("Default") });
        // Every unmapped field is named.
        QStringList warnings;
        for (const Diagnostic &diagnostic : yaml.diagnostics)
            warnings << diagnostic.message;
        for (const QString &field : { QStringLiteral("data.policies"), QStringLiteral("POST /refunds"),
                 QStringLiteral("data.endpointConfig.endpoint_security"),
                 QStringLiteral("Client-certificates/") }) {
            QVERIFY2(std::any_of(warnings.begin(), warnings.end(),
                         [&](const QString &w) { return w.contains(field); }),
                qPrintable(field));
        }
    }

    void brokenProjects_data()
    {
        QTest::addColumn<QByteArray>("apiYaml");
        QTest::addColumn<bool>("withDefinition");
        QTest::addColumn<QString>("expected"); // in an error: "FILE:LINE:COL: error: ..." ends with it
        const QByteArray good
            = "type: api\nversion: v4.2.0\ndata:\n  name: P\n  version: '1'\n  context: /p\n"
              "  endpointConfig: {endpoint_type: http, production_endpoints: {url: "
              "'http://127.0.0.1:9'}}\n";
        QTest::newRow("no definition") << good << false << QStringLiteral("has no Definitions/swagger.yaml");
        QTest::newRow("wrong envelope type") << QByteArray(good).replace("type: api",
            "type: apis") << true << QStringLiteral("api.yaml:1:7: error: api.yaml must say 'type: api'");
        QTest::newRow("graphql API") << QByteArray(good + "  type: GRAPHQL\n") << true
                                     << QStringLiteral(
                                            "api.yaml:8:9: error: API type GRAPHQL is not supported yet");
        QTest::newRow("bad endpoint URL") << QByteArray(good).replace("http://127.0.0.1:9", "ftp://x") << true
                                          << QStringLiteral("needs an http:// or https:// url");
        QTest::newRow("unknown endpoint type") << QByteArray(good).replace("endpoint_type: http",
            "endpoint_type: awslambda") << true << QStringLiteral("endpoint_type awslambda is not supported");
        QTest::newRow("data is a list") << QByteArray("type: api\ndata: [1]\n") << true
                                        << QStringLiteral("api.yaml needs a 'data' mapping");
    }

    void brokenProjects()
    {
        QFETCH(QByteArray, apiYaml);
        QFETCH(bool, withDefinition);
        QFETCH(QString, expected);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(write(directory.filePath(QStringLiteral("api.yaml")), apiYaml));
        if (withDefinition) {
            QVERIFY(QDir(directory.path()).mkpath(QStringLiteral("Definitions")));
            QVERIFY(write(directory.filePath(QStringLiteral("Definitions/swagger.yaml")),
                "openapi: 3.0.1\ninfo: {title: P, version: '1'}\npaths: {/a: {get: {responses: {'200': "
                "{description: "
                "ok}}}}}\n"));
        }
        const ApictlImportResult result = ApictlProject::read(directory.path());
        QVERIFY(!result.api);
        QStringList errors;
        for (const Diagnostic &diagnostic : result.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                errors << diagnostic.toString();
        }
        QVERIFY2(
            std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.contains(expected); }),
            qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestApictlProject)
#include "tst_apictlproject.moc"
