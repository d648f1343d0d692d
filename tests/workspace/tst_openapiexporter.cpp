#include "configjson.h"
#include "demoworkspace.h"
#include "goldenfile.h"
#include "openapiexporter.h"
#include "openapiimporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::OpenApiExporter::Format)

namespace {

QJsonObject comparable(ApiConfig api)
{
    api.id.clear();
    api.revision = 0;
    return ConfigJson::toJson(api);
}

// Exports, imports the result again and compares the definitions.
void checkRoundTrip(const ApiRecord &api, OpenApiExporter::Format format)
{
    QString error;
    const std::optional<OpenApiExportResult> exported = OpenApiExporter::exportApi(api, format, &error);
    QVERIFY2(exported, qPrintable(error));
    QVERIFY2(exported->notExported.isEmpty(), qPrintable(exported->notExported.join(QLatin1Char('\n'))));
    const OpenApiImportResult again
        = OpenApiImporter::importText(exported->document, QStringLiteral("exported"));
    QVERIFY2(again.api, exported->document.constData());
    if (comparable(again.api->definition) != comparable(api.definition))
        QFAIL(qPrintable(
            QStringLiteral("round trip changed the API:\n%1\n---\n%2")
                .arg(QString::fromUtf8(QJsonDocument(comparable(api.definition)).toJson()),
                    QString::fromUtf8(QJsonDocument(comparable(again.api->definition)).toJson()))));
}

} // namespace

// Import, export, import gives the same API: for every golden input and demo definition, as they are and
// after the edits Gatehouse makes (context, name, throttling tiers, endpoints), in YAML and JSON. What a
// document cannot carry yet is reported, not dropped silently.
class TestOpenApiExporter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<OpenApiExporter::Format>("format");
        const QStringList inputs = DemoWorkspace::definitionFiles()
            + GoldenFile::inputsIn(QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/openapi"))
            + GoldenFile::inputsIn(QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/swagger"));
        for (const QString &input : std::as_const(inputs)) {
            const OpenApiImportResult imported = OpenApiImporter::importFile(input);
            if (!imported.api)
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
        OpenApiImportResult imported = OpenApiImporter::importFile(path);
        QVERIFY(imported.api);
        checkRoundTrip(*imported.api, format);
        if (QTest::currentTestFailed())
            return;

        // Edited the way the CLI and the GUI edit an API.
        ApiRecord edited = *imported.api;
        ApiConfig &api = edited.definition;
        api.name += QStringLiteral(" Edited");
        api.context = QStringLiteral("/edited");
        api.throttlingPolicy = QStringLiteral("50KPerMin");
        api.enableSchemaValidation = !api.enableSchemaValidation; // x-wso2-enable-schema-validation
        for (ResourceConfig &resource : api.resources) {
            for (OperationConfig &operation : resource.operations)
                operation.throttlingPolicy
                    = operation.throttlingPolicy.isEmpty() ? QStringLiteral("10KPerMin") : QString();
        }
        if (api.productionEndpoints.type != EndpointGroupType::Mock) {
            api.productionEndpoints.type = EndpointGroupType::Failover;
            api.productionEndpoints.targets
                = { { QUrl(QStringLiteral("https://a.example.com/v1")), 5000, 9000 },
                      { QUrl(QStringLiteral("https://b.example.com/v1")), 5000, 9000 } };
        }
        checkRoundTrip(edited, format);
        if (QTest::currentTestFailed())
            return;

        // Security edited as the Security tab and the operation form edit it.
        ApiSecurity &security = api.security;
        security.schemes = security.schemes.empty() ? std::vector { AuthScheme::OAuth2, AuthScheme::ApiKey }
                                                    : std::vector<AuthScheme> {};
        security.mutualTls
            = security.mutualTls == MutualTlsMode::Off ? MutualTlsMode::Optional : MutualTlsMode::Off;
        security.applicationSecurityMandatory = !security.applicationSecurityMandatory;
        security.authorizationHeader = "X-Edited-Authorization";
        security.apiKeyHeader = "X-Edited-Key";
        if (security.cors) {
            security.cors.reset();
        } else {
            CorsConfig cors;
            cors.allowOrigins = { QStringLiteral("https://shop.example.com") };
            cors.allowCredentials = true;
            cors.exposeHeaders = { QStringLiteral("X-Trace") };
            security.cors = cors;
        }
        int index = 0;
        for (ResourceConfig &resource : api.resources) {
            for (OperationConfig &operation : resource.operations) {
                switch (index++ % 3) {
                case 0:
                    operation.security.disabled = !operation.security.disabled;
                    break;
                case 1:
                    operation.security.scopes = operation.security.scopes.isEmpty()
                        ? QStringList { QStringLiteral("orders:write"), QStringLiteral("admin") }
                        : QStringList {};
                    break;
                default:
                    operation.security = { false, { QStringLiteral("orders:read") } };
                }
            }
        }
        checkRoundTrip(edited, format);
    }

    void apiWithoutADocumentGetsOne()
    {
        ApiRecord record;
        ApiConfig &api = record.definition;
        api.name = QStringLiteral("Made Here");
        api.version = QStringLiteral("1.0.0");
        api.context = QStringLiteral("/made");
        api.productionEndpoints.targets.push_back({ QUrl(QStringLiteral("http://127.0.0.1:8080")) });
        ResourceConfig items;
        items.pathTemplate = QStringLiteral("/items");
        OperationConfig list;
        list.method = "GET";
        list.operationId = QStringLiteral("listItems");
        list.throttlingPolicy = QStringLiteral("10KPerMin");
        list.schemas.responses
            = { { QStringLiteral("default"), {}, {} } }; // what OpenAPI makes the document say
        items.operations.push_back(list);
        api.resources.push_back(items);
        checkRoundTrip(record, OpenApiExporter::Format::Yaml);
    }

    // What Gatehouse keeps without acting on it comes back out of an edited API word for word: interceptors
    // at every level and the scopes' role bindings.
    void interceptorsAndBindingsAreKept()
    {
        const QString path = QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/openapi/wso2-interceptors.yaml");
        OpenApiImportResult imported = OpenApiImporter::importFile(path);
        QVERIFY(imported.api);
        ApiRecord edited = *imported.api;
        edited.definition.context = QStringLiteral("/payments-v2");
        edited.definition.resources.front().operations.front().security.scopes
            << QStringLiteral("payments:refund");
        QString error;
        const auto exported = OpenApiExporter::exportApi(edited, OpenApiExporter::Format::Json, &error);
        QVERIFY2(exported, qPrintable(error));
        QVERIFY2(exported->notExported.isEmpty(), qPrintable(exported->notExported.join(QLatin1Char('\n'))));
        const QJsonObject document = QJsonDocument::fromJson(exported->document).object();
        QCOMPARE(document.value(QStringLiteral("x-wso2-request-interceptor"))[QStringLiteral("includes")],
            QJsonValue(QJsonArray { QStringLiteral("request_headers"), QStringLiteral("request_body") }));
        QVERIFY(document.value(QStringLiteral("x-wso2-response-interceptor")).isObject());
        const QJsonObject charges
            = document.value(QStringLiteral("paths"))[QStringLiteral("/charges")].toObject();
        QCOMPARE(charges.value(QStringLiteral("x-wso2-request-interceptor"))[QStringLiteral("serviceURL")],
            QJsonValue(QStringLiteral("http://charges-interceptor.internal:9082")));
        QCOMPARE(charges.value(QStringLiteral(
                     "post"))[QStringLiteral("x-wso2-response-interceptor")][QStringLiteral("includes")],
            QJsonValue(QJsonArray { QStringLiteral("response_body") }));
        const QJsonObject implicit
            = document
                  .value(QStringLiteral("components"))[QStringLiteral("securitySchemes")][QStringLiteral(
                      "default")][QStringLiteral("flows")][QStringLiteral("implicit")]
                  .toObject();
        QCOMPARE(implicit.value(QStringLiteral("x-scopes-bindings"))[QStringLiteral("payments:write")],
            QJsonValue(QStringLiteral("admin,finance")));
        QVERIFY(
            implicit.value(QStringLiteral("scopes")).toObject().contains(QStringLiteral("payments:refund")));
    }

    void whatCannotBeWrittenIsReported()
    {
        OpenApiImportResult imported
            = OpenApiImporter::importFile(QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/openapi/endpoints.yaml"));
        QVERIFY(imported.api);
        ApiRecord edited = *imported.api;
        edited.definition.isDefaultVersion = !edited.definition.isDefaultVersion;
        QString error;
        const auto exported = OpenApiExporter::exportApi(edited, OpenApiExporter::Format::Yaml, &error);
        QVERIFY2(exported, qPrintable(error));
        QCOMPARE(exported->notExported, QStringList { QStringLiteral("isDefaultVersion") });
    }
};

QTEST_GUILESS_MAIN(TestOpenApiExporter)
#include "tst_openapiexporter.moc"
