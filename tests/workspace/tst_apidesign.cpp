#include "apidesign.h"
#include "openapiimporter.h"
#include "openapilinter.h"

#include <QTest>

using namespace Gatehouse;

namespace {

const QByteArray petStore = R"(openapi: 3.0.3
info:
  title: Pets
  version: "1.0"
  x-custom: kept
x-wso2-basePath: /pets
x-wso2-production-endpoints:
  urls:
    - http://127.0.0.1:9/pets
paths:
  /pets:
    get:
      summary: List pets
      x-wso2-throttling-tier: Gold
      parameters:
        - name: limit
          in: query
          schema:
            type: integer
      responses:
        "200":
          description: OK
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: "#/components/schemas/Pet"
      responses:
        "201":
          description: Created
  /pets/{id}:
    parameters:
      - name: id
        in: path
        required: true
        schema:
          type: string
    get:
      x-wso2-disable-security: true
      x-scopes:
        - read:pets
      responses:
        "200":
          description: OK
        "404":
          description: Not Found
components:
  schemas:
    Pet:
      type: object
      required:
        - name
      properties:
        name:
          type: string
        tags:
          type: array
          items:
            type: string
)";

DesignEdit edit(DesignEdit::Kind kind, const QString &pointer, const QString &text = QString(),
    const QStringList &list = {}, bool flag = false, int delta = 0)
{
    return DesignEdit::make(kind, pointer, text, list, flag, delta);
}

ApiDesignDocument loaded(const QByteArray &text)
{
    ApiDesignDocument document;
    QList<Diagnostic> diagnostics;
    if (!document.load(text, QStringLiteral("pets.yaml"), &diagnostics))
        qWarning() << diagnostics.value(0).toString();
    return document;
}

QByteArray textOf(const ApiDesignDocument &document)
{
    QString error;
    return document.text(&error).value_or(error.toUtf8());
}

} // namespace

class TestApiDesign : public QObject
{
    Q_OBJECT
private slots:
    void readsTheForms()
    {
        const ApiDesign design = loaded(petStore).design();
        QCOMPARE(design.openApiVersion, QStringLiteral("3.0.3"));
        QCOMPARE(design.title, QStringLiteral("Pets"));
        QCOMPARE(design.version, QStringLiteral("1.0"));
        QCOMPARE(design.context, QStringLiteral("/pets"));
        QCOMPARE(design.productionUrl, QStringLiteral("http://127.0.0.1:9/pets"));
        QCOMPARE(design.resources.size(), 2);
        const DesignResource &pets = design.resources.at(0);
        QCOMPARE(pets.path, QStringLiteral("/pets"));
        QCOMPARE(pets.operations.size(), 2);
        const DesignOperation &list = pets.operations.at(0);
        QCOMPARE(list.method, QStringLiteral("get"));
        QCOMPARE(list.pointer, QStringLiteral("/paths/~1pets/get"));
        QCOMPARE(list.summary, QStringLiteral("List pets"));
        QCOMPARE(list.throttlingTier, QStringLiteral("Gold"));
        QCOMPARE(list.parameters.size(), 1);
        QCOMPARE(list.parameters.at(0).type, QStringLiteral("integer"));
        QCOMPARE(list.parameters.at(0).pointer, QStringLiteral("/paths/~1pets/get/parameters/0"));
        QCOMPARE(pets.operations.at(1).requestBodySchema, QStringLiteral("Pet"));
        const DesignOperation &byId = design.resources.at(1).operations.at(0);
        QVERIFY(byId.securityDisabled);
        QCOMPARE(byId.scopes, QStringList { QStringLiteral("read:pets") });
        QCOMPARE(byId.responseCodes, (QStringList { QStringLiteral("200"), QStringLiteral("404") }));
        QCOMPARE(byId.parameters.size(), 1);
        QVERIFY(byId.parameters.at(0).inherited);
        QVERIFY(byId.parameters.at(0).required);
        QCOMPARE(design.schemas.size(), 1);
        const DesignSchemaNode &pet = design.schemas.at(0);
        QCOMPARE(pet.children.size(), 2);
        QVERIFY(pet.children.at(0).required);
        QCOMPARE(pet.children.at(1).type, QStringLiteral("array"));
        QCOMPARE(pet.children.at(1).children.at(0).name, QStringLiteral("items"));
        QCOMPARE(pet.children.at(1).children.at(0).pointer,
            QStringLiteral("/components/schemas/Pet/properties/tags/items"));
    }

    void editsKeepTheRest_data()
    {
        QTest::addColumn<QList<DesignEdit>>("edits");
        QTest::addColumn<QStringList>("expectedLines"); // each must be in the result
        QTest::addColumn<QStringList>("absentLines"); // none may be
        using Kind = DesignEdit::Kind;

        QTest::newRow("title and a version that reads as a number")
            << QList<DesignEdit> { edit(Kind::SetText, QStringLiteral("/info/title"),
                                       QStringLiteral("Pet Shop")),
                   edit(Kind::SetText, QStringLiteral("/info/version"), QStringLiteral("2.0")) }
            << QStringList { QStringLiteral("  title: Pet Shop"), QStringLiteral("  version: \"2.0\""),
                   QStringLiteral("  x-custom: kept") }
            << QStringList { QStringLiteral("  title: Pets") };
        QTest::newRow("empty text removes the key")
            << QList<DesignEdit> { edit(Kind::SetText, QStringLiteral("/paths/~1pets/get/summary")) }
            << QStringList { QStringLiteral("    get:") }
            << QStringList { QStringLiteral("      summary: List pets") };
        QTest::newRow("maps made on the way")
            << QList<DesignEdit> { edit(Kind::SetList, QStringLiteral("/x-wso2-sandbox-endpoints/urls"),
                   QString(), { QStringLiteral("http://sandbox") }) }
            << QStringList { QStringLiteral("x-wso2-sandbox-endpoints:"),
                   QStringLiteral("    - http://sandbox") }
            << QStringList {};
        QTest::newRow("a resource with its path parameters")
            << QList<DesignEdit> { edit(
                   Kind::AddResource, QString(), QStringLiteral("/owners/{owner}/pets/{pet}")) }
            << QStringList { QStringLiteral("  /owners/{owner}/pets/{pet}:"),
                   QStringLiteral("      - name: owner"), QStringLiteral("      - name: pet"),
                   QStringLiteral("        \"200\":") }
            << QStringList {};
        QTest::newRow("rename a path declares the new parameter")
            << QList<DesignEdit> { edit(
                   Kind::RenameKey, QStringLiteral("/paths/~1pets"), QStringLiteral("/pets/{kind}")) }
            << QStringList { QStringLiteral("  /pets/{kind}:"), QStringLiteral("      - name: kind") }
            << QStringList { QStringLiteral("  /pets:") };
        QTest::newRow("move a resource down") << QList<DesignEdit> {
            edit(Kind::MoveKey, QStringLiteral("/paths/~1pets"), QString(), {}, false, 1)
        } << QStringList {} << QStringList {};
        QTest::newRow("operation, parameter, body, responses")
            << QList<DesignEdit> { edit(Kind::AddOperation, QStringLiteral("/paths/~1pets~1{id}"),
                                       QStringLiteral("DELETE")),
                   edit(Kind::AddParameter, QStringLiteral("/paths/~1pets~1{id}/delete"), QString(),
                       { QStringLiteral("X-Reason"), QStringLiteral("header"), QStringLiteral("string") },
                       true),
                   edit(Kind::SetRequestBodySchema, QStringLiteral("/paths/~1pets~1{id}/delete"),
                       QStringLiteral("Pet")),
                   edit(Kind::SetResponseCodes, QStringLiteral("/paths/~1pets~1{id}/delete"), QString(),
                       { QStringLiteral("204"), QStringLiteral("404") }) }
            << QStringList { QStringLiteral("    delete:"), QStringLiteral("        - name: X-Reason"),
                   QStringLiteral("          required: true"), QStringLiteral("        \"204\":"),
                   QStringLiteral("          description: No Content") }
            << QStringList {};
        QTest::newRow("schema tree edits")
            << QList<DesignEdit> { edit(Kind::AddSchema, QString(), QStringLiteral("Owner")),
                   edit(Kind::AddProperty, QStringLiteral("/components/schemas/Owner"), QString(),
                       { QStringLiteral("pets"), QStringLiteral("array") }),
                   edit(Kind::SetType, QStringLiteral("/components/schemas/Owner/properties/pets/items"),
                       QStringLiteral("Pet")),
                   edit(Kind::SetRequired, QStringLiteral("/components/schemas/Owner/properties/pets"),
                       QString(), {}, true),
                   edit(Kind::RenameKey, QStringLiteral("/components/schemas/Pet/properties/name"),
                       QStringLiteral("nickname")) }
            << QStringList { QStringLiteral("    Owner:"),
                   QStringLiteral("              $ref: \"#/components/schemas/Pet\""),
                   QStringLiteral("        - pets"), QStringLiteral("        - nickname") }
            << QStringList { QStringLiteral("        - name") };
        QTest::newRow("remove a sequence item and a flag")
            << QList<DesignEdit> { edit(Kind::Remove, QStringLiteral("/paths/~1pets/get/parameters/0")),
                   edit(Kind::SetFlag, QStringLiteral("/paths/~1pets~1{id}/get/x-wso2-disable-security")) }
            << QStringList { QStringLiteral("      parameters: []") }
            << QStringList { QStringLiteral("        - name: limit"),
                   QStringLiteral("x-wso2-disable-security") };
    }

    void editsKeepTheRest()
    {
        QFETCH(QList<DesignEdit>, edits);
        QFETCH(QStringList, expectedLines);
        QFETCH(QStringList, absentLines);
        ApiDesignDocument document = loaded(petStore);
        for (const DesignEdit &change : edits) {
            QString error;
            QVERIFY2(document.apply(change, &error), qPrintable(error));
        }
        const QByteArray text = textOf(document);
        if (!expectedLines.isEmpty() || !absentLines.isEmpty())
            qDebug().noquote() << text; // QTest shortens failure messages; the whole document is here
        const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        for (const QString &line : expectedLines)
            QVERIFY2(
                lines.contains(line), qPrintable(QStringLiteral("missing '%1' (document above)").arg(line)));
        for (const QString &line : absentLines)
            QVERIFY2(!lines.contains(line),
                qPrintable(QStringLiteral("'%1' still there (document above)").arg(line)));
        // What the designer writes is a document the importer and the linter accept.
        const OpenApiImportResult imported
            = OpenApiImporter::importText(text, QStringLiteral("designed.yaml"));
        QVERIFY2(imported.api, qPrintable(imported.diagnostics.value(0).toString()));
        for (const Diagnostic &diagnostic : OpenApiLinter::lintText(text, QStringLiteral("designed.yaml")))
            QVERIFY2(diagnostic.severity != Diagnostic::Severity::Error, qPrintable(diagnostic.toString()));
    }

    void moveReordersResources()
    {
        ApiDesignDocument document = loaded(petStore);
        QString error;
        QVERIFY(document.apply(
            edit(DesignEdit::Kind::MoveKey, QStringLiteral("/paths/~1pets~1{id}"), {}, {}, false, -5),
            &error));
        QCOMPARE(document.design().resources.at(0).path, QStringLiteral("/pets/{id}"));
        QCOMPARE(document.design().resources.at(1).path, QStringLiteral("/pets"));
    }

    void refusalsLeaveTheDocument_data()
    {
        QTest::addColumn<DesignEdit>("change");
        QTest::addColumn<QString>("expectedError");
        using Kind = DesignEdit::Kind;
        QTest::newRow("resource exists")
            << edit(Kind::AddResource, {}, QStringLiteral("/pets")) << QStringLiteral("exists already");
        QTest::newRow("resource without slash")
            << edit(Kind::AddResource, {}, QStringLiteral("pets")) << QStringLiteral("starts with '/'");
        QTest::newRow("rename onto another path") << edit(Kind::RenameKey, QStringLiteral("/paths/~1pets"),
            QStringLiteral("/pets/{id}")) << QStringLiteral("exists already");
        QTest::newRow("method twice") << edit(Kind::AddOperation, QStringLiteral("/paths/~1pets"),
            QStringLiteral("get")) << QStringLiteral("has a GET operation already");
        QTest::newRow("not a method") << edit(Kind::AddOperation, QStringLiteral("/paths/~1pets"),
            QStringLiteral("fetch")) << QStringLiteral("not an HTTP method");
        QTest::newRow("unknown pointer") << edit(Kind::Remove, QStringLiteral("/paths/~1cats"))
                                         << QStringLiteral("nothing at /paths/~1cats");
        QTest::newRow("unknown type") << edit(Kind::SetType, QStringLiteral("/components/schemas/Pet"),
            QStringLiteral("Cat")) << QStringLiteral("neither a JSON Schema type");
        QTest::newRow("bad response code") << edit(
            Kind::SetResponseCodes, QStringLiteral("/paths/~1pets/get"), {}, { QStringLiteral("700") })
                                           << QStringLiteral("not a response code");
        QTest::newRow("no responses") << edit(Kind::SetResponseCodes, QStringLiteral("/paths/~1pets/get"))
                                      << QStringLiteral("at least one response");
        QTest::newRow("through a scalar") << edit(Kind::SetText, QStringLiteral("/info/title/deeper"),
            QStringLiteral("x")) << QStringLiteral("is not a mapping");
        QTest::newRow("required outside properties")
            << edit(Kind::SetRequired, QStringLiteral("/components/schemas/Pet"), {}, {}, true)
            << QStringLiteral("not a property");
        QTest::newRow("schema name") << edit(Kind::AddSchema, {}, QStringLiteral("a b"))
                                     << QStringLiteral("not a schema name");
    }

    void refusalsLeaveTheDocument()
    {
        QFETCH(DesignEdit, change);
        QFETCH(QString, expectedError);
        ApiDesignDocument document = loaded(petStore);
        const QByteArray before = textOf(document);
        QString error;
        QVERIFY(!document.apply(change, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(textOf(document), before);
    }

    void newApiImports()
    {
        const QByteArray text = ApiDesignDocument::newApiDocument(QStringLiteral("Orders"),
            QStringLiteral("1.0"), QStringLiteral("/orders"), QStringLiteral("http://127.0.0.1:1/"));
        const OpenApiImportResult asCreated = OpenApiImporter::importText(text, QStringLiteral("new.yaml"));
        QVERIFY2(asCreated.api, qPrintable(asCreated.diagnostics.value(0).toString()));
        QCOMPARE(asCreated.api->definition.resources.size(), std::size_t(1));
        QCOMPARE(asCreated.api->definition.resources.front().operations.size(), std::size_t(5));
        ApiDesignDocument document = loaded(text);
        QString error;
        QVERIFY(document.apply(edit(DesignEdit::Kind::AddResource, {}, QStringLiteral("/orders")), &error));
        const OpenApiImportResult imported
            = OpenApiImporter::importText(textOf(document), QStringLiteral("new.yaml"));
        QVERIFY2(imported.api, qPrintable(imported.diagnostics.value(0).toString()));
        QCOMPARE(imported.api->definition.name, QStringLiteral("Orders"));
        QCOMPARE(imported.api->definition.version, QStringLiteral("1.0"));
        QCOMPARE(imported.api->definition.context, QStringLiteral("/orders"));
    }

    void jsonStaysJson()
    {
        ApiDesignDocument document
            = loaded(R"({"openapi": "3.0.3", "info": {"title": "J", "version": "1"}, "paths": {}})");
        QCOMPARE(document.format(), OpenApiExporter::Format::Json);
        QString error;
        QVERIFY(document.apply(
            edit(DesignEdit::Kind::SetText, QStringLiteral("/info/title"), QStringLiteral("K")), &error));
        const QByteArray text = textOf(document);
        QVERIFY2(text.startsWith('{') && text.contains("\"title\": \"K\""), text.constData());
        QVERIFY(text.contains("\"version\": \"1\""));
    }

    void brokenTextKeepsTheLastGoodDocument()
    {
        ApiDesignDocument document = loaded(petStore);
        QList<Diagnostic> diagnostics;
        QVERIFY(
            !document.load("openapi: 3.0.3\ninfo: [unclosed\n", QStringLiteral("pets.yaml"), &diagnostics));
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY(diagnostics.at(0).line >= 2);
        QCOMPARE(document.design().title, QStringLiteral("Pets"));
    }

    void swaggerIsEditedAsOpenApi3()
    {
        ApiDesignDocument document;
        QList<Diagnostic> diagnostics;
        QVERIFY(document.load(
            "swagger: '2.0'\ninfo: {title: S, version: '1'}\nbasePath: /s\npaths:\n  /a:\n    get:\n"
            "      responses:\n        '200': {description: OK}\n",
            QStringLiteral("s.yaml"), &diagnostics));
        QCOMPARE(document.design().openApiVersion, QStringLiteral("3.0.3"));
        QCOMPARE(document.design().resources.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiDesign)
#include "tst_apidesign.moc"
