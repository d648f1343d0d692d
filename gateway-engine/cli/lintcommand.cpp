#include "lintcommand.h"

#include "console.h"
#include "exitcode.h"
#include "openapilinter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

QString LintCommand::summary() const
{
    return tr(
        "Check OpenAPI documents: refs, operationIds, path parameters, security schemes, x-wso2 values.");
}

void LintCommand::addArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("OpenAPI documents (YAML or JSON)."), tr("FILE..."));
    parser.addOption({ QStringLiteral("json"), tr("Print the problems as a JSON array.") });
    parser.addOption({ QStringLiteral("errors-only"), tr("Leave out warnings and notes.") });
}

int LintCommand::execute(const QCommandLineParser &parser)
{
    const bool errorsOnly = parser.isSet(QStringLiteral("errors-only"));
    QJsonArray array;
    int errors = 0;
    for (const QString &path : parser.positionalArguments()) {
        for (const Diagnostic &diagnostic : OpenApiLinter::lintFile(path)) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                ++errors;
            else if (errorsOnly)
                continue;
            if (parser.isSet(QStringLiteral("json")))
                array.append(QJsonObject { { QStringLiteral("file"), diagnostic.file },
                    { QStringLiteral("line"), diagnostic.line },
                    { QStringLiteral("column"), diagnostic.column },
                    { QStringLiteral("severity"), Diagnostic::severityId(diagnostic.severity) },
                    { QStringLiteral("message"), diagnostic.message } });
            else
                Console::printLine(diagnostic.toString());
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    if (errors > 0)
        return failure(tr("%n error(s)", nullptr, errors));
    return ExitOk;
}

} // namespace Gatehouse
