#include "openapiimporter.h"

#include "openapireader.h"

#include <QFile>

namespace Gatehouse {

OpenApiImportResult OpenApiImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        OpenApiImportResult result;
        Diagnostic diagnostic;
        diagnostic.file = path;
        diagnostic.message
            = QCoreApplication::translate("Gatehouse::OpenApiImporter", "cannot read the file: %1")
                  .arg(file.errorString());
        result.diagnostics.append(diagnostic);
        return result;
    }
    return importText(file.readAll(), path);
}

OpenApiImportResult OpenApiImporter::importText(const QByteArray &text, const QString &fileNameForMessages)
{
    OpenApiImportResult result;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &exception) {
        result.diagnostics.append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Error,
            fileNameForMessages, exception.mark, QString::fromStdString(exception.msg)));
        return result;
    }
    if (!root.IsDefined() || root.IsNull()) {
        result.diagnostics.append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Error,
            fileNameForMessages, YAML::Mark::null_mark(),
            QCoreApplication::translate("Gatehouse::OpenApiImporter", "the document is empty")));
        return result;
    }
    OpenApiReader reader(fileNameForMessages);
    try {
        auto record = reader.read(root);
        result.diagnostics = reader.diagnostics();
        if (record && !hasErrors(result.diagnostics)) {
            record->sourceDocument = text;
            result.api = std::move(*record);
        }
    } catch (const YAML::Exception &exception) {
        // A shape yaml-cpp refuses to index (e.g. a scalar where a mapping belongs).
        result.diagnostics = reader.diagnostics();
        result.diagnostics.append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Error,
            fileNameForMessages, exception.mark, QString::fromStdString(exception.msg)));
    }
    return result;
}

} // namespace Gatehouse
