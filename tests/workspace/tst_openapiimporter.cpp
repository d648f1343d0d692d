#include "configjson.h"
#include "demoworkspace.h"
#include "goldenfile.h"
#include "openapiimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

QString goldenDirectory()
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/openapi");
}

// What a golden file records: everything the importer decided, diagnostics included.
QJsonObject describe(const OpenApiImportResult &result, const QByteArray &source)
{
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : result.diagnostics)
        diagnostics.append(diagnostic.toString());
    QJsonObject json { { QStringLiteral("diagnostics"), diagnostics } };
    if (result.api) {
        json.insert(QStringLiteral("definition"), ConfigJson::toJson(result.api->definition));
        json.insert(QStringLiteral("description"), result.api->description);
        json.insert(QStringLiteral("implementationType"), result.api->implementationType);
        json.insert(QStringLiteral("sourceDocumentKept"), result.api->sourceDocument == source);
    } else {
        json.insert(QStringLiteral("definition"), QJsonValue::Null);
    }
    return json;
}

} // namespace

class TestOpenApiImporter : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("inputPath");
        int rows = 0;
        for (const QString &input : GoldenFile::inputsIn(goldenDirectory())) {
            QTest::newRow(qPrintable(QFileInfo(input).fileName())) << input;
            ++rows;
        }
        QVERIFY2(rows >= 5, "the golden inputs are missing");
    }

    void golden()
    {
        QFETCH(QString, inputPath);
        QFile input(inputPath);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray source = input.readAll();
        const QString fileName = QFileInfo(inputPath).fileName();
        const QByteArray actual
            = QJsonDocument(describe(OpenApiImporter::importText(source, fileName), source))
                  .toJson(QJsonDocument::Indented);

        const QString expectedPath
            = inputPath.left(inputPath.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".expected.json");
        const QString mismatch = GoldenFile::compare(
            expectedPath, actual, [](const QByteArray &expected, const QByteArray &written) {
                return QJsonDocument::fromJson(expected) == QJsonDocument::fromJson(written);
            });
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }

    // A Swagger 2.0 document and the same API written as OpenAPI 3 by hand import to the same definition.
    void swagger2IsConvertedLikeItsOpenApi3Twin()
    {
        const QString directory = QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/swagger");
        const OpenApiImportResult swagger
            = OpenApiImporter::importFile(directory + QStringLiteral("/shop-swagger2.yaml"));
        const OpenApiImportResult openApi
            = OpenApiImporter::importFile(directory + QStringLiteral("/shop-openapi3.yaml"));
        QVERIFY(swagger.api);
        QVERIFY(openApi.api);
        QCOMPARE(swagger.diagnostics.constFirst().message,
            QStringLiteral("Swagger 2.0 document, converted to OpenAPI 3.0.3 on import"));
        for (const Diagnostic &diagnostic : swagger.diagnostics)
            QVERIFY2(diagnostic.severity != Diagnostic::Severity::Error, qPrintable(diagnostic.toString()));
        const QJsonObject fromSwagger = ConfigJson::toJson(swagger.api->definition);
        const QJsonObject fromOpenApi = ConfigJson::toJson(openApi.api->definition);
        if (fromSwagger != fromOpenApi)
            QFAIL(qPrintable(GoldenFile::lineDiff(
                QJsonDocument(fromOpenApi).toJson(), QJsonDocument(fromSwagger).toJson())));
        QCOMPARE(swagger.api->definition.context, QStringLiteral("/shop"));
        QCOMPARE(swagger.api->definition.throttlingPolicy, QStringLiteral("10KPerMin"));
        QVERIFY(swagger.api->definition.resources.size() == 3);
    }

    // File $refs are inlined relative to the file that holds them (also inside included files, and their
    // own local refs); remote, missing, circular and location-less ones are errors at the $ref.
    void fileReferences_data()
    {
        QTest::addColumn<QByteArray>("reference"); // replaces the response of GET /pets
        QTest::addColumn<QString>("error"); // empty: imports, with the example from the included file

        QTest::newRow("file and fragment") << QByteArray("'shared/responses.yaml#/PetList'") << QString();
        QTest::newRow("included file refers on, locally and to a sibling")
            << QByteArray("'shared/responses.yaml#/Indirect'") << QString();
        QTest::newRow("remote") << QByteArray("'https://example.com/responses.yaml#/PetList'")
                                << QStringLiteral(
                                       "9:17: $ref 'https://example.com/responses.yaml#/PetList' is remote");
        QTest::newRow("missing file")
            << QByteArray("'shared/nope.yaml#/PetList'")
            << QStringLiteral("9:17: $ref 'shared/nope.yaml#/PetList': cannot read");
        QTest::newRow("missing target")
            << QByteArray("'shared/responses.yaml#/Nothing'")
            << QStringLiteral(
                   "9:17: $ref 'shared/responses.yaml#/Nothing' points to nothing in shared/responses.yaml");
        QTest::newRow("circular") << QByteArray("'shared/responses.yaml#/Loop'")
                                  << QStringLiteral("is circular");
    }

    void fileReferences()
    {
        QFETCH(QByteArray, reference);
        QFETCH(QString, error);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(QDir(directory.path()).mkpath(QStringLiteral("shared")));
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(directory.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        QVERIFY(write(QStringLiteral("shared/responses.yaml"),
            "PetList:\n  description: all pets\n  content:\n    application/json:\n      example: [{name: "
            "Rex}]\n"
            "Indirect:\n  $ref: '#/Via'\n"
            "Via:\n  $ref: 'more.yaml#/Deep'\n"
            "Loop:\n  $ref: '#/Loop'\n"));
        QVERIFY(write(QStringLiteral("shared/more.yaml"),
            "Deep:\n  description: all pets\n  content:\n    application/json:\n      example: [{name: "
            "Rex}]\n"));
        const QByteArray document = "openapi: 3.0.3\n"
                                    "info: {title: Pets, version: '1'}\n"
                                    "x-wso2-mock: true\n"
                                    "paths:\n"
                                    "  /pets:\n"
                                    "    get:\n"
                                    "      responses:\n"
                                    "        '200':\n"
                                    "          $ref: "
            + reference + "\n";
        QVERIFY(write(QStringLiteral("api.yaml"), document));

        const OpenApiImportResult result
            = OpenApiImporter::importFile(directory.filePath(QStringLiteral("api.yaml")));
        QStringList errors;
        for (const Diagnostic &diagnostic : result.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                errors << QStringLiteral("%1:%2: %3")
                              .arg(diagnostic.line)
                              .arg(diagnostic.column)
                              .arg(diagnostic.message);
        }
        if (error.isEmpty()) {
            QVERIFY2(result.api, qPrintable(errors.join(QLatin1Char('\n'))));
            const OperationConfig &get = result.api->definition.resources.at(0).operations.at(0);
            QVERIFY(get.mock);
            QCOMPARE(get.mock->body, QByteArray(R"([{"name":"Rex"}])"));
            QCOMPARE(result.api->sourceDocument, document); // the document as written, $refs and all
        } else {
            QVERIFY(!result.api);
            QVERIFY2(std::any_of(errors.begin(), errors.end(),
                         [&](const QString &line) { return line.startsWith(error) || line.contains(error); }),
                qPrintable(errors.join(QLatin1Char('\n'))));
        }

        // Text without a location cannot follow a file reference.
        if (reference.startsWith("'shared/responses.yaml#/PetList'")) {
            const OpenApiImportResult textOnly
                = OpenApiImporter::importText(document, QStringLiteral("api.yaml"));
            QVERIFY(!textOnly.api);
            QVERIFY(textOnly.diagnostics.constFirst().message.contains(QStringLiteral("without its folder")));
        }
    }

    // Swagger 2.0 documents of the wrong shape anywhere: errors or a plain import, never a crash.
    void hostileSwaggerShapes_data()
    {
        QTest::addColumn<QByteArray>("body"); // after "swagger: '2.0'\ninfo: {title: T, version: '1'}\n"
        QTest::newRow("paths is a list") << QByteArray("paths: [1, 2]\n");
        QTest::newRow("operation is a scalar") << QByteArray("paths: {/a: {get: 7}}\n");
        QTest::newRow("parameters is a map")
            << QByteArray("paths: {/a: {get: {parameters: {a: 1}, responses: {}}}}\n");
        QTest::newRow("parameter is a list")
            << QByteArray("paths: {/a: {get: {parameters: [[1]], responses: {}}}}\n");
        QTest::newRow("body parameter without schema")
            << QByteArray("paths: {/a: {post: {parameters: [{in: body, name: b}], responses: {}}}}\n");
        QTest::newRow("formData name is a map") << QByteArray(
            "paths: {/a: {post: {parameters: [{in: formData, name: {x: 1}}], responses: {}}}}\n");
        QTest::newRow("response is a list") << QByteArray("paths: {/a: {get: {responses: {'200': [1]}}}}\n");
        QTest::newRow("examples is a list")
            << QByteArray("paths: {/a: {get: {responses: {'200': {description: d, examples: [1]}}}}}\n");
        QTest::newRow("produces is a scalar") << QByteArray(
            "produces: json\npaths: {/a: {get: {responses: {'200': {description: d, schema: {}}}}}}\n");
        QTest::newRow("securityDefinitions entries are scalars")
            << QByteArray("securityDefinitions: {a: 1, b: [2]}\n");
        QTest::newRow("oauth2 without a flow") << QByteArray("securityDefinitions: {a: {type: oauth2}}\n");
        QTest::newRow("definitions is a list")
            << QByteArray("definitions: [1]\nparameters: 5\nresponses: [x]\n");
        QTest::newRow("host is a map") << QByteArray("host: {a: 1}\nbasePath: [1]\nschemes: 3\n");
        QTest::newRow("$ref to a missing parameter")
            << QByteArray("paths: {/a: {get: {parameters: [{$ref: '#/parameters/nope'}], responses: {}}}}\n");
        QTest::newRow("key is a map") << QByteArray("paths: {{a: 1}: {get: {responses: {}}}}\n");
    }

    void hostileSwaggerShapes()
    {
        QFETCH(QByteArray, body);
        const QByteArray document = "swagger: '2.0'\ninfo: {title: T, version: '1'}\n" + body;
        const OpenApiImportResult result
            = OpenApiImporter::importText(document, QStringLiteral("hostile.yaml"));
        QVERIFY(!result.diagnostics.isEmpty());
        QCOMPARE(result.diagnostics.constFirst().message,
            QStringLiteral("Swagger 2.0 document, converted to OpenAPI 3.0.3 on import"));
    }

    // What schema validation needs: the switch (Gatehouse's x-wso2-enable-schema-validation), parameters
    // (path-item ones overridden by the operation's), the JSON request body schema, responses, and the
    // components $refs point into, all as compact JSON.
    void schemasForValidation_data()
    {
        QTest::addColumn<QByteArray>("switchLine");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("warnings");
        QTest::newRow("on") << QByteArray("x-wso2-enable-schema-validation: true\n") << true << 0;
        QTest::newRow("off") << QByteArray("x-wso2-enable-schema-validation: false\n") << false << 0;
        QTest::newRow("absent") << QByteArray() << false << 0;
        QTest::newRow("not a boolean")
            << QByteArray("x-wso2-enable-schema-validation: maybe\n") << false << 1;
    }

    void schemasForValidation()
    {
        QFETCH(QByteArray, switchLine);
        QFETCH(bool, enabled);
        QFETCH(int, warnings);
        const QByteArray document = "openapi: 3.0.3\n"
                                    "info: {title: Shop, version: '1'}\n"
                                    "servers: [{url: 'http://127.0.0.1:8080/shop'}]\n"
            + switchLine
            + "paths:\n"
              "  /items/{id}:\n"
              "    parameters:\n"
              "      - {name: id, in: path, required: true, schema: {type: string}}\n"
              "      - {name: X-Trace, in: header, schema: {type: string}}\n"
              "    post:\n"
              "      parameters:\n"
              "        - {name: id, in: path, required: true, schema: {type: integer, minimum: 1}}\n"
              "        - {$ref: '#/components/parameters/Limit'}\n"
              "        - {name: session, in: cookie, schema: {type: string}}\n"
              "      requestBody:\n"
              "        required: true\n"
              "        content:\n"
              "          application/xml: {schema: {type: string}}\n"
              "          application/json: {schema: {$ref: '#/components/schemas/Item'}}\n"
              "      responses:\n"
              "        '200':\n"
              "          description: ok\n"
              "          content: {application/json: {schema: {type: array, items: {$ref: "
              "'#/components/schemas/Item'}}}}\n"
              "        default: {description: error}\n"
              "components:\n"
              "  parameters:\n"
              "    Limit: {name: limit, in: query, schema: {type: integer}}\n"
              "  schemas:\n"
              "    Item: {type: object, required: [name], properties: {name: {type: string, nullable: "
              "true}}}\n";
        const OpenApiImportResult result = OpenApiImporter::importText(document, QStringLiteral("shop.yaml"));
        QVERIFY(result.api);
        const ApiConfig &api = result.api->definition;
        QCOMPARE(api.enableSchemaValidation, enabled);
        const auto warningCount = std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
            [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Warning; });
        QCOMPARE(int(warningCount), warnings);
        QCOMPARE(api.schemaComponents,
            QByteArray(R"({"schemas":{"Item":{"properties":{"name":{"nullable":true,"type":"string"}},)"
                       R"("required":["name"],"type":"object"}}})"));
        const OperationSchemas &schemas = api.resources.front().operations.front().schemas;
        QCOMPARE(
            schemas.parameters.size(), std::size_t(3)); // id (the operation's), limit, X-Trace; no cookie
        QCOMPARE(schemas.parameters[0].name, QStringLiteral("id"));
        QCOMPARE(schemas.parameters[0].schema, QByteArray(R"({"minimum":1,"type":"integer"})"));
        QVERIFY(schemas.parameters[0].required);
        QCOMPARE(schemas.parameters[1].name, QStringLiteral("limit"));
        QCOMPARE(schemas.parameters[1].in, QByteArray("query"));
        QVERIFY(!schemas.parameters[1].required);
        QCOMPARE(schemas.parameters[2].name, QStringLiteral("X-Trace"));
        QCOMPARE(schemas.parameters[2].in, QByteArray("header"));
        QVERIFY(schemas.hasRequestBody);
        QVERIFY(schemas.requestBodyRequired);
        QCOMPARE(schemas.requestMediaTypes, (QList<QByteArray> { "application/xml", "application/json" }));
        QCOMPARE(schemas.requestBodySchema, QByteArray(R"({"$ref":"#/components/schemas/Item"})"));
        QCOMPARE(schemas.responses.size(), std::size_t(2));
        QCOMPARE(schemas.responses[0].status, QStringLiteral("200"));
        QCOMPARE(schemas.responses[0].schema,
            QByteArray(R"({"items":{"$ref":"#/components/schemas/Item"},"type":"array"})"));
        QCOMPARE(schemas.responses[1].status, QStringLiteral("default"));
        QVERIFY(schemas.responses[1].mediaTypes.isEmpty());
        QVERIFY(schemas.responses[1].schema.isEmpty());
    }

    void importFileReadsFromDisk()
    {
        const QString path = goldenDirectory() + QStringLiteral("/endpoints.yaml");
        const OpenApiImportResult result = OpenApiImporter::importFile(path);
        QVERIFY(result.api);
        QCOMPARE(result.api->definition.name, QStringLiteral("Shop"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(result.api->sourceDocument, file.readAll());
        QVERIFY(result.diagnostics.constFirst().file == path);

        const OpenApiImportResult missing
            = OpenApiImporter::importFile(goldenDirectory() + QStringLiteral("/nope.yaml"));
        QVERIFY(!missing.api);
        QVERIFY(hasErrors(missing.diagnostics));
        QVERIFY(missing.diagnostics.constFirst().toString().contains(
            QStringLiteral("nope.yaml: error: cannot read")));
    }

    void malformedSyntax_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        // The positions point at the offending character (1-based).
        QTest::newRow("colon in a continued scalar")
            << QByteArray("openapi: 3.0.3\ninfo:\n  title: T\n   version: 1\n") << 4 << 11
            << "illegal map value";
        QTest::newRow("mapping inside a plain scalar")
            << QByteArray("a: b: c\n") << 1 << 5 << "illegal map value";
        QTest::newRow("undefined alias") << QByteArray("openapi: 3.0.3\ninfo: &a\n  title: T\nref: *b\n") << 4
                                         << 6 << "the referenced anchor is not defined";
        QTest::newRow("json without a comma")
            << QByteArray(R"({"openapi": "3.0.0" "info": {}})") << 1 << 21 << "invalid JSON: ";
        // yaml-cpp accepted these; the strict JSON check before it does not.
        QTest::newRow("json with a double comma")
            << QByteArray("{\"openapi\": \"3.0.0\",,\n \"info\": {}}") << 1 << 21 << "invalid JSON: ";
        QTest::newRow("sequence item inside a mapping")
            << QByteArray("openapi: 3.0.3\n- item\n") << 2 << 1 << "end of map not found";
        QTest::newRow("dedented key") << QByteArray("openapi: 3.0.3\ninfo:\n  title: T\n version: 1\n") << 4
                                      << 2 << "end of map not found";
    }

    void malformedSyntax()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const OpenApiImportResult result = OpenApiImporter::importText(text, QStringLiteral("broken.yaml"));
        QVERIFY(!result.api);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &diagnostic = result.diagnostics.constFirst();
        QCOMPARE(diagnostic.severity, Diagnostic::Severity::Error);
        QCOMPARE(diagnostic.line, line);
        QCOMPARE(diagnostic.column, column);
        // yaml-cpp 0.8 appends details to some messages ("...: b"), hence the prefix comparisons.
        QVERIFY2(diagnostic.message.startsWith(message), qPrintable(diagnostic.message));
        QVERIFY2(diagnostic.toString().startsWith(
                     QStringLiteral("broken.yaml:%1:%2: error: %3").arg(line).arg(column).arg(message)),
            qPrintable(diagnostic.toString()));
    }

    void semanticErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray paths = "paths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\n";
        QTest::newRow("missing info.title")
            << QByteArray("openapi: 3.0.3\ninfo:\n  version: '1'\nservers: [{url: 'http://x.example/a'}]\n")
                + paths
            << 3 << 3 << "missing 'info.title' (the API's name)";
        QTest::newRow("missing paths") << QByteArray("openapi: 3.0.3\ninfo: {title: T, version: '1'}\n") << 1
                                       << 1 << "missing 'paths': an API needs at least one resource";
        QTest::newRow("swagger 1.2") << QByteArray("swagger: '1.2'\ninfo: {title: T, version: '1'}\n") << 1
                                     << 10 << "Swagger 1.2 is not supported: use Swagger 2.0 or OpenAPI 3";
        QTest::newRow("unsupported version") << QByteArray(
            "openapi: 4.0.0\n") << 1 << 10 << "unsupported OpenAPI version '4.0.0' (expected 3.0.x or 3.1.x)";
        QTest::newRow("not a mapping")
            << QByteArray("- just\n- a list\n") << 1 << 1
            << "not an OpenAPI document: expected a mapping with 'openapi', 'info' and 'paths'";
        QTest::newRow("endpoint url not http")
            << QByteArray("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nx-wso2-production-endpoints:\n"
                          "  urls:\n    - ftp://files.example\n")
                + paths
            << 5 << 7 << "'ftp://files.example' is not an http:// or https:// URL";
        QTest::newRow("unknown endpoint reference")
            << QByteArray("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nx-wso2-production-endpoints: "
                          "'#/x-wso2-endpoints/missing'\n")
                + paths
            << 3 << 30 << "no endpoint named 'missing' under x-wso2-endpoints";
        QTest::newRow("unknown endpoint type")
            << QByteArray("openapi: 3.0.3\ninfo: {title: T, version: '1'}\nx-wso2-production-endpoints:\n"
                          "  urls: [http://a.example]\n  type: roundrobin\n")
                + paths
            << 5 << 9 << "unknown endpoint type 'roundrobin' (expected load_balance, failover or mock)";
        QTest::newRow("path without slash") << QByteArray(
            "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'http://x.example/a'}]\n"
            "paths:\n  pets:\n    get: {}\n")
                                            << 5 << 3 << "the path 'pets' must start with '/'";
        QTest::newRow("no endpoints at all")
            << QByteArray("openapi: 3.0.3\ninfo: {title: T, version: '1'}\n") + paths << 1 << 1
            << "API has no endpoints: add servers, x-wso2-production-endpoints, or response examples for the "
               "mock "
               "endpoint type";
    }

    void semanticErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const OpenApiImportResult result = OpenApiImporter::importText(text, QStringLiteral("api.yaml"));
        QVERIFY(!result.api);
        const auto error = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
            [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
        QVERIFY(error != result.diagnostics.end());
        QCOMPARE(error->message, message);
        QCOMPARE(error->line, line);
        QCOMPARE(error->column, column);
    }

    void emptyDocument()
    {
        const OpenApiImportResult result = OpenApiImporter::importText("   \n", QStringLiteral("empty.yaml"));
        QVERIFY(!result.api);
        QCOMPARE(result.diagnostics.constFirst().toString(),
            QStringLiteral("empty.yaml: error: the document is empty"));
    }

    void demoDefinitionsImport_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = DemoWorkspace::definitionFiles();
        QVERIFY(files.size() >= 3);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void demoDefinitionsImport()
    {
        QFETCH(QString, path);
        const OpenApiImportResult result = OpenApiImporter::importFile(path);
        QVERIFY(result.api);
        for (const Diagnostic &diagnostic : result.diagnostics)
            QVERIFY2(diagnostic.severity == Diagnostic::Severity::Info, qPrintable(diagnostic.toString()));
        const ApiConfig &api = result.api->definition;
        QCOMPARE(api.productionEndpoints.type, EndpointGroupType::Mock);
        QCOMPARE(result.api->implementationType, QStringLiteral("MOCKED_OAS"));
        QVERIFY(api.resources.size() >= 3);
        for (const ResourceConfig &resource : api.resources) {
            for (const OperationConfig &operation : resource.operations)
                QVERIFY2(operation.mock, qPrintable(resource.pathTemplate));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiImporter)
#include "tst_openapiimporter.moc"
