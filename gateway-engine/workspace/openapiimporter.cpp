#include "openapiimporter.h"

#include "openapireader.h"
#include "openapireferences.h"
#include "swaggerconverter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Gatehouse {

std::optional<QByteArray> OpenApiImporter::readFile(const QString &path, QList<Diagnostic> *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic diagnostic;
        diagnostic.file = path;
        diagnostic.message
            = QCoreApplication::translate("Gatehouse::OpenApiImporter", "cannot read the file: %1")
                  .arg(file.errorString());
        diagnostics->append(diagnostic);
        return std::nullopt;
    }
    return file.readAll();
}

OpenApiImportResult OpenApiImporter::importFile(const QString &path)
{
    OpenApiImportResult result;
    const std::optional<QByteArray> text = readFile(path, &result.diagnostics);
    if (!text)
        return result;
    return importText(*text, path, QFileInfo(path).absolutePath());
}

std::optional<YAML::Node> OpenApiImporter::parse(
    const QByteArray &text, const QString &fileNameForMessages, QList<Diagnostic> *diagnostics)
{
    const auto fail = [&](const YAML::Mark &mark, const QString &message) -> std::optional<YAML::Node> {
        diagnostics->append(
            OpenApiReader::diagnosticAt(Diagnostic::Severity::Error, fileNameForMessages, mark, message));
        return std::nullopt;
    };
    if (text.trimmed().startsWith('{')) {
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            YAML::Mark mark;
            // QJsonParseError::offset is just past the character that broke the document.
            const QByteArray before = text.left(std::max(0, error.offset - 1));
            mark.line = int(before.count('\n'));
            mark.column = int(before.size() - (before.lastIndexOf('\n') + 1));
            return fail(mark,
                QCoreApplication::translate("Gatehouse::OpenApiImporter", "invalid JSON: %1")
                    .arg(error.errorString()));
        }
    }
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &exception) {
        return fail(exception.mark, QString::fromStdString(exception.msg));
    }
    if (!root.IsDefined() || root.IsNull())
        return fail(YAML::Mark::null_mark(),
            QCoreApplication::translate("Gatehouse::OpenApiImporter", "the document is empty"));
    return root;
}

OpenApiImportResult OpenApiImporter::importText(
    const QByteArray &text, const QString &fileNameForMessages, const QString &baseDirectory)
{
    OpenApiImportResult result;
    const std::optional<YAML::Node> parsed = parse(text, fileNameForMessages, &result.diagnostics);
    if (!parsed)
        return result;
    return importParsed(*parsed, text, fileNameForMessages, baseDirectory);
}

OpenApiImportResult OpenApiImporter::importParsed(const YAML::Node &root, const QByteArray &text,
    const QString &fileNameForMessages, const QString &baseDirectory)
{
    OpenApiImportResult result;
    QList<Diagnostic> conversion;
    OpenApiReader reader(fileNameForMessages);
    try {
        OpenApiReferences::inlineFileReferences(root, fileNameForMessages, baseDirectory, &conversion);
        if (hasErrors(conversion)) {
            result.diagnostics = conversion;
            return result;
        }
        YAML::Node document;
        document.reset(SwaggerConverter::isSwagger2(root)
                ? SwaggerConverter::convert(root, fileNameForMessages, &conversion)
                : root);
        auto record = reader.read(document);
        result.diagnostics = conversion + reader.diagnostics();
        if (record && !hasErrors(result.diagnostics)) {
            record->sourceDocument = text;
            result.api = std::move(*record);
        }
    } catch (const YAML::Exception &exception) {
        // A shape yaml-cpp refuses to index (e.g. a scalar where a mapping belongs).
        result.diagnostics = conversion + reader.diagnostics();
        result.diagnostics.append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Error,
            fileNameForMessages, exception.mark, QString::fromStdString(exception.msg)));
    }
    return result;
}

} // namespace Gatehouse
