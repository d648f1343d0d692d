#pragma once

#include "diagnostic.h"
#include "workspace.h"

#include <optional>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

struct OpenApiImportResult
{
    std::optional<ApiRecord> api; // set when there are no errors
    QList<Diagnostic> diagnostics;
};

// OpenAPI 3.0/3.1 and Swagger 2.0 import (YAML or JSON): info, paths/operations, servers, x-wso2-basePath,
// x-wso2-production-endpoints / x-wso2-sandbox-endpoints at API, path and operation level,
// and examples for the mock endpoint type.
class OpenApiImporter
{
public:
    static OpenApiImportResult importFile(const QString &path);
    // A definition file's bytes; nullopt with "cannot read the file" in *diagnostics.
    static std::optional<QByteArray> readFile(const QString &path, QList<Diagnostic> *diagnostics);
    // File $refs are read relative to baseDirectory; without one they are errors.
    static OpenApiImportResult importText(
        const QByteArray &text, const QString &fileNameForMessages, const QString &baseDirectory = QString());
    // The document as YAML nodes; JSON documents are checked by a strict JSON parser first (yaml-cpp lets
    // some malformed JSON through). nullopt with the error in *diagnostics.
    static std::optional<YAML::Node> parse(
        const QByteArray &text, const QString &fileNameForMessages, QList<Diagnostic> *diagnostics);
    // The import of a document parse() has read; `text` is kept as the API's source document. A Swagger 2.0
    // document is converted to OpenAPI 3 first, in place (SwaggerConverter), after its file $refs are inlined
    // (OpenApiReferences).
    static OpenApiImportResult importParsed(const YAML::Node &root, const QByteArray &text,
        const QString &fileNameForMessages, const QString &baseDirectory = QString());
};

} // namespace Gatehouse
