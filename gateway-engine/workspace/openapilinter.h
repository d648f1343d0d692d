#pragma once

#include "diagnostic.h"
#include "openapiimporter.h"

#include <QCoreApplication>
#include <QList>

namespace Gatehouse {

// Checks an OpenAPI document the way `gatehousectl lint` and the designer's Problems panel show it: every
// diagnostic the import itself gives (x-wso2 values, endpoints, security, file $refs inlined and remote ones
// refused), plus what import does not need but a valid document must get right: local $refs that resolve,
// unique operationIds, path parameters declared for every {name} of the template
// and only for those, and security requirements that name a defined scheme. Sorted by position.
class OpenApiLinter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiLinter)
public:
    static QList<Diagnostic> lintFile(const QString &path);
    // File $refs are looked up relative to baseDirectory (each one is an error when it is empty).
    static QList<Diagnostic> lintText(
        const QByteArray &text, const QString &fileNameForMessages, const QString &baseDirectory = QString());
    // lintText for a document OpenApiImporter::parse() has read (text is its source); the import it makes on
    // the way is handed out in *imported when that is given, so a caller needs no second parse.
    static QList<Diagnostic> lintParsed(const YAML::Node &root, const QByteArray &text,
        const QString &fileNameForMessages, const QString &baseDirectory = QString(),
        OpenApiImportResult *imported = nullptr);
};

} // namespace Gatehouse
