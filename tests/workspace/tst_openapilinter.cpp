#include "demoworkspace.h"
#include "openapilinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

// A valid document the rows below break one way each.
const QByteArray valid = R"(openapi: 3.0.3
info: {title: Pets, version: '1'}
x-wso2-production-endpoints: {urls: ['http://127.0.0.1:9']}
security:
  - oauth: [read]
paths:
  /pets/{petId}:
    parameters:
      - $ref: '#/components/parameters/PetId'
    get:
      operationId: getPet
      responses:
        '200':
          $ref: '#/components/responses/Pet'
components:
  parameters:
    PetId: {name: petId, in: path, required: true, schema: {type: integer}}
  responses:
    Pet: {description: one pet}
  securitySchemes:
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://idp/token', scopes: {read: r}}}}
)";

QStringList errorsOf(const QList<Diagnostic> &diagnostics)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Diagnostic::Severity::Error)
            errors << QStringLiteral("%1:%2: %3")
                          .arg(diagnostic.line)
                          .arg(diagnostic.column)
                          .arg(diagnostic.message);
    }
    return errors;
}

} // namespace

// The linter: each rule on its own, with the position it reports; file $refs next to the document; remote
// ones refused; strict JSON; no hang on self-referencing YAML; the demo definitions lint clean.
class TestOpenApiLinter : public QObject
{
    Q_OBJECT

private slots:
    void validDocumentHasNoErrors()
    {
        const QList<Diagnostic> diagnostics = OpenApiLinter::lintText(valid, QStringLiteral("pets.yaml"));
        QVERIFY2(errorsOf(diagnostics).isEmpty(), qPrintable(errorsOf(diagnostics).join(QLatin1Char('\n'))));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected"); // "LINE:COL: start of the message"

        QTest::newRow("unresolved local $ref")
            << QByteArray("'#/components/responses/Pet'") << QByteArray("'#/components/responses/Cat'")
            << QStringLiteral("14:17: ");
        QTest::newRow("$ref into a missing array index")
            << QByteArray("'#/components/parameters/PetId'")
            << QByteArray("'#/paths/~1pets~1{petId}/parameters/3'") << QStringLiteral("9:15: ");
        QTest::newRow("remote $ref") << QByteArray("'#/components/responses/Pet'")
                                     << QByteArray("'https://example.com/api.yaml#/Pet'")
                                     << QStringLiteral(
                                            "14:17: $ref 'https://example.com/api.yaml#/Pet' is remote");
        QTest::newRow("duplicate operationId")
            << QByteArray("components:")
            << QByteArray(
                   "  /pets:\n    get:\n      operationId: getPet\n      responses: {'200': {description: "
                   "all}}\ncomponents:")
            << QStringLiteral("17:20: operationId 'getPet' of GET /pets is already used at 11:20");
        QTest::newRow("path parameter not declared")
            << QByteArray("    parameters:\n      - $ref: '#/components/parameters/PetId'\n") << QByteArray()
            << QStringLiteral("9:7: GET /pets/{petId} does not declare the path parameter 'petId'");
        QTest::newRow("path parameter not in the template")
            << QByteArray("/pets/{petId}:") << QByteArray("/pets:")
            << QStringLiteral(
                   "9:9: GET /pets declares the path parameter 'petId', but the path has no {petId}");
        QTest::newRow("undefined security scheme (operation)")
            << QByteArray("      operationId: getPet\n")
            << QByteArray("      operationId: getPet\n      security: [{apikey: []}]\n")
            << QStringLiteral("12:19: ");
        QTest::newRow("invalid x-wso2 value")
            << QByteArray("urls: ['http://127.0.0.1:9']") << QByteArray("urls: ['ftp://127.0.0.1:9']")
            << QStringLiteral("3:");
        QTest::newRow("no endpoints")
            << QByteArray("x-wso2-production-endpoints: {urls: ['http://127.0.0.1:9']}\n") << QByteArray()
            << QStringLiteral("1:1: ");
    }

    void rules()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray document = valid;
        QVERIFY2(document.contains(from), from.constData());
        document.replace(from, to);
        const QStringList errors = errorsOf(OpenApiLinter::lintText(document, QStringLiteral("pets.yaml")));
        QVERIFY2(std::any_of(errors.begin(), errors.end(),
                     [&](const QString &error) { return error.startsWith(expected); }),
            qPrintable(QStringLiteral("expected %1 in:\n%2").arg(expected, errors.join(QLatin1Char('\n')))));
    }

    void fileReferencesAreRelativeToTheDocument()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile common(directory.filePath(QStringLiteral("common.yaml")));
        QVERIFY(common.open(QIODevice::WriteOnly));
        common.write("Pet: {description: one pet}\n");
        common.close();
        QByteArray document = valid;
        document.replace("'#/components/responses/Pet'", "'common.yaml#/Pet'");
        QStringList errors
            = errorsOf(OpenApiLinter::lintText(document, QStringLiteral("pets.yaml"), directory.path()));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

        document.replace("'common.yaml#/Pet'", "'common.yaml#/Cat'");
        errors = errorsOf(OpenApiLinter::lintText(document, QStringLiteral("pets.yaml"), directory.path()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().startsWith(
                     QStringLiteral("14:17: $ref 'common.yaml#/Cat' points to nothing in common.yaml")),
            qPrintable(errors.constFirst()));

        document.replace("'common.yaml#/Cat'", "'missing.yaml#/Pet'");
        errors = errorsOf(OpenApiLinter::lintText(document, QStringLiteral("pets.yaml"), directory.path()));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.constFirst().contains(QStringLiteral("cannot read")), qPrintable(errors.constFirst()));
    }

    void malformedJsonIsRefusedWithItsPosition_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("double comma")
            << QByteArray("{\n  \"openapi\": \"3.0.3\",,\n  \"paths\": {}\n}") << QStringLiteral("2:");
        QTest::newRow("unterminated string")
            << QByteArray("{\n  \"openapi\": \"3.0.3") << QStringLiteral("2:");
        QTest::newRow("trailing garbage") << QByteArray("{\"openapi\": \"3.0.3\"} x") << QStringLiteral("1:");
    }

    void malformedJsonIsRefusedWithItsPosition()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList errors = errorsOf(OpenApiLinter::lintText(json, QStringLiteral("api.json")));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.constFirst().startsWith(expected)
                && errors.constFirst().contains(QStringLiteral("invalid JSON")),
            qPrintable(errors.constFirst()));
    }

    // An alias inside its own anchor, and very deep nesting: an error, never a hang or a stack overflow.
    void hostileNestingEnds_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("expected"); // in one of the errors
        QTest::newRow("self alias") << QByteArray(valid + "x-loop: &a\n  - *a\n")
                                    << QStringLiteral("deeper than");
        const auto nested = [](int depth) -> QByteArray {
            return valid + "x-deep: " + QByteArray(depth, '[') + QByteArray(depth, ']') + '\n';
        };
        QTest::newRow("300 nested sequences") << nested(300) << QStringLiteral("deeper than");
        QTest::newRow("5000 nested sequences (yaml-cpp refuses)") << nested(5000) << QStringLiteral("22:");
    }

    void hostileNestingEnds()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, expected);
        const QStringList errors
            = errorsOf(OpenApiLinter::lintText(document, QStringLiteral("hostile.yaml")));
        QVERIFY2(std::any_of(errors.begin(), errors.end(),
                     [&](const QString &error) { return error.contains(expected); }),
            qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void demoDefinitionsLintClean()
    {
        for (const QString &file : DemoWorkspace::definitionFiles()) {
            const QStringList errors = errorsOf(OpenApiLinter::lintFile(file));
            QVERIFY2(errors.isEmpty(), qPrintable(file + QLatin1Char('\n') + errors.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiLinter)
#include "tst_openapilinter.moc"
