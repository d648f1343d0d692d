#include "apictlproject.h"
#include "demoworkspace.h"
#include "goldenfile.h"
#include "openapiimporter.h"
#include "yamljson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::OpenApiExporter::Format)

namespace {

QString dataDirectory()
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR);
}

QJsonObject comparable(const ApiRecord &record)
{
    QJsonObject json = OpenApiExporter::comparable(record.definition);
    json.insert(QStringLiteral("description"), record.description);
    return json;
}

// Writes the project, reads it back and compares: nothing reported as not exported, the same definition.
void checkRoundTrip(const ApiRecord &api, OpenApiExporter::Format format, const QStringList &environments)
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString directory = scratch.filePath(QStringLiteral("project"));
    QString error;
    const std::optional<ApictlExportResult> written
        = ApictlProject::write(api, environments, directory, format, &error);
    QVERIFY2(written, qPrintable(error));
    QVERIFY2(written->notExported.isEmpty(), qPrintable(written->notExported.join(QLatin1Char('\n'))));
    const ApictlImportResult again = ApictlProject::read(directory);
    QVERIFY(again.api);
    QCOMPARE(again.deploymentEnvironments, environments);
    if (comparable(*again.api) != comparable(api))
        QFAIL(qPrintable(QStringLiteral("the project imports differently:\n%1\n---\n%2")
                             .arg(QString::fromUtf8(QJsonDocument(comparable(api)).toJson()),
                                 QString::fromUtf8(QJsonDocument(comparable(*again.api)).toJson()))));
}

bool sameYaml(const QByteArray &expected, const QByteArray &actual)
{
    try {
        return YamlJson::toJson(YAML::Load(expected.toStdString()))
            == YamlJson::toJson(YAML::Load(actual.toStdString()));
    } catch (const YAML::Exception &) {
        return false;
    }
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// apictl export: golden projects for a YAML and a JSON project, and import, export, import gives the same
// API for every golden OpenAPI input, the demo APIs and the apictl projects, as they are and edited; a
// project appears whole or not at all.
class TestApictlExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<OpenApiExporter::Format>("format");
        QTest::newRow("yaml project") << QStringLiteral("PizzaShack-1.0.0") << OpenApiExporter::Format::Yaml;
        QTest::newRow("json project") << QStringLiteral("PizzaShack-json") << OpenApiExporter::Format::Json;
    }

    void golden()
    {
        QFETCH(QString, project);
        QFETCH(OpenApiExporter::Format, format);
        const ApictlImportResult imported
            = ApictlProject::read(dataDirectory() + QStringLiteral("/apictl/") + project);
        QVERIFY(imported.api);
        QTemporaryDir scratch;
        const QString directory = scratch.filePath(project);
        QString error;
        const auto written
            = ApictlProject::write(*imported.api, imported.deploymentEnvironments, directory, format, &error);
        QVERIFY2(written, qPrintable(error));
        QVERIFY2(written->notExported.isEmpty(), qPrintable(written->notExported.join(QLatin1Char('\n'))));

        const QString extension
            = format == OpenApiExporter::Format::Json ? QStringLiteral(".json") : QStringLiteral(".yaml");
        QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
        for (const QString &name : QDir(directory + QStringLiteral("/Definitions")).entryList(QDir::Files))
            files << QStringLiteral("Definitions/") + name;
        const QStringList expectedFiles { QStringLiteral("api") + extension,
            QStringLiteral("api_meta") + extension, QStringLiteral("deployment_environments") + extension,
            QStringLiteral("Definitions/swagger") + extension };
        QCOMPARE(files, expectedFiles);
        for (const QString &file : files) {
            // YAML by content: yaml-cpp 0.7 and 0.8 quote some strings differently.
            const QString mismatch = GoldenFile::compare(
                dataDirectory() + QStringLiteral("/apictl/export/") + project + QLatin1Char('/') + file,
                readAll(directory + QLatin1Char('/') + file),
                file.endsWith(QLatin1String(".yaml")) ? sameYaml : nullptr);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<OpenApiExporter::Format>("format");
        QStringList inputs = DemoWorkspace::definitionFiles()
            + GoldenFile::inputsIn(dataDirectory() + QStringLiteral("/openapi"));
        inputs << dataDirectory() + QStringLiteral("/apictl/PizzaShack-1.0.0")
               << dataDirectory() + QStringLiteral("/apictl/PizzaShack-json");
        for (const QString &input : std::as_const(inputs)) {
            if (!ApictlProject::importPath(input).api)
                continue; // the golden inputs with errors
            const QString name = QFileInfo(input).fileName();
            QTest::newRow(qPrintable(name + QStringLiteral(" yaml")))
                << input << OpenApiExporter::Format::Yaml;
            QTest::newRow(qPrintable(name + QStringLiteral(" json")))
                << input << OpenApiExporter::Format::Json;
        }
    }

    void roundTrip()
    {
        QFETCH(QString, path);
        QFETCH(OpenApiExporter::Format, format);
        const ApictlImportResult imported = ApictlProject::importPath(path);
        QVERIFY(imported.api);
        checkRoundTrip(*imported.api, format, imported.deploymentEnvironments);
        if (QTest::currentTestFailed())
            return;

        ApiRecord edited = *imported.api;
        ApiConfig &api = edited.definition;
        edited.description = QStringLiteral("Edited: \"quoted\", 1.0");
        api.name += QStringLiteral(" Edited");
        api.version = QStringLiteral("2.0");
        api.context = QStringLiteral("/edited/v2");
        api.isDefaultVersion = !api.isDefaultVersion;
        api.enableSchemaValidation = !api.enableSchemaValidation;
        api.throttlingPolicy = QStringLiteral("10KPerMin");
        if (api.productionEndpoints.type == EndpointGroupType::Mock) {
            api.productionEndpoints = EndpointGroup { EndpointGroupType::Single,
                { { QUrl(QStringLiteral("http://127.0.0.1:9080/v1")) } }, 1 };
            api.sandboxEndpoints.reset();
        } else {
            api.productionEndpoints.type = EndpointGroupType::Failover;
            api.productionEndpoints.targets = { { QUrl(QStringLiteral("https://a.example.com/v1")) },
                { QUrl(QStringLiteral("https://b.example.com/v1")) },
                { QUrl(QStringLiteral("https://c.example.com/v1")) } };
            api.sandboxEndpoints = EndpointGroup { EndpointGroupType::Failover,
                { { QUrl(QStringLiteral("https://sandbox-a.example.com/v1")), 5000, 4500 },
                    { QUrl(QStringLiteral("https://sandbox-b.example.com/v1")) } },
                1 };
        }
        api.security.schemes = { AuthScheme::BasicAuth, AuthScheme::ApiKey };
        api.security.mutualTls = MutualTlsMode::Mandatory;
        api.security.applicationSecurityMandatory = false;
        api.security.apiKeyHeader = "X-Key";
        CorsConfig cors;
        cors.allowOrigins
            = { QStringLiteral("https://a.example.com"), QStringLiteral("https://b.example.com") };
        cors.exposeHeaders = { QStringLiteral("X-Trace") };
        api.security.cors = cors;
        bool open = false;
        for (ResourceConfig &resource : api.resources) {
            for (OperationConfig &operation : resource.operations) {
                operation.security.disabled = open;
                operation.security.scopes
                    = open ? QStringList() : QStringList { QStringLiteral("orders:write") };
                operation.throttlingPolicy = open ? QStringLiteral("Unlimited") : QStringLiteral("20KPerMin");
                open = !open;
            }
        }
        checkRoundTrip(edited, format, { QStringLiteral("Production"), QStringLiteral("Choreo Connect") });
    }

    // The zip holds the folder apictl names <name>-<version> (characters a file name should not hold
    // replaced, never a hidden name) and imports to the same API.
    void archiveImportsLikeTheFolder()
    {
        const ApictlImportResult imported
            = ApictlProject::read(dataDirectory() + QStringLiteral("/apictl/PizzaShack-1.0.0"));
        QVERIFY(imported.api);
        ApiRecord api = *imported.api;
        api.definition.name = QStringLiteral("../Pizza Shack");
        QTemporaryDir scratch;
        const QString zip = scratch.filePath(QStringLiteral("pizza.zip"));
        QString error;
        const auto written = ApictlProject::writeArchive(
            api, imported.deploymentEnvironments, zip, OpenApiExporter::Format::Yaml, &error);
        QVERIFY2(written, qPrintable(error));
        QVERIFY2(written->notExported.isEmpty(), qPrintable(written->notExported.join(QLatin1Char('\n'))));
        QCOMPARE(written->projectDirectory, zip);
        const ApictlImportResult again = ApictlProject::importPath(zip);
        QVERIFY(again.api);
        QCOMPARE(comparable(*again.api), comparable(api));
        QCOMPARE(again.deploymentEnvironments, imported.deploymentEnvironments);
        QVERIFY(std::any_of(again.diagnostics.begin(), again.diagnostics.end(), [&](const Diagnostic &d) {
            return d.file == zip + QStringLiteral("/_.._Pizza_Shack-1.0.0/api.yaml");
        }));
        QCOMPARE(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList { QStringLiteral("pizza.zip") });
    }

    // An existing folder is never written into, and a failed write leaves nothing behind.
    void aProjectAppearsWholeOrNotAtAll()
    {
        const ApictlImportResult imported
            = ApictlProject::read(dataDirectory() + QStringLiteral("/apictl/PizzaShack-1.0.0"));
        QVERIFY(imported.api);
        QTemporaryDir scratch;
        const QString existing = scratch.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(existing));
        QString error;
        QVERIFY(!ApictlProject::write(*imported.api, {}, existing, OpenApiExporter::Format::Yaml, &error));
        QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
        QVERIFY(QDir(existing).isEmpty());

        // A trailing slash names the same folder.
        const auto slashed = ApictlProject::write(*imported.api, {},
            scratch.filePath(QStringLiteral("slashed/")), OpenApiExporter::Format::Yaml, &error);
        QVERIFY2(slashed, qPrintable(error));
        QCOMPARE(slashed->projectDirectory, scratch.filePath(QStringLiteral("slashed")));
        QVERIFY(QDir(scratch.filePath(QStringLiteral("slashed"))).removeRecursively());

        // A parent that is a file: the staging folder cannot be made, for root too.
        QFile blocker(scratch.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        error.clear();
        QVERIFY(!ApictlProject::write(*imported.api, {}, scratch.filePath(QStringLiteral("blocker/project")),
            OpenApiExporter::Format::Yaml, &error));
        QVERIFY2(error.contains(QLatin1String("cannot create")), qPrintable(error));
        QCOMPARE(QDir(scratch.path())
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name),
            (QStringList { QStringLiteral("blocker"), QStringLiteral("existing") }));
    }
};

QTEST_GUILESS_MAIN(TestApictlExport)
#include "tst_apictlexport.moc"
