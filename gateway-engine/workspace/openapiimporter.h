#pragma once

#include "diagnostic.h"
#include "workspace.h"

#include <optional>

namespace Gatehouse {

struct OpenApiImportResult
{
    std::optional<ApiRecord> api; // set when there are no errors
    QList<Diagnostic> diagnostics;
};

// Basic OpenAPI 3 import (YAML or JSON): info, paths/operations, servers, x-wso2-basePath,
// x-wso2-production-endpoints / x-wso2-sandbox-endpoints at API, path and operation level,
// and examples for the mock endpoint type.
class OpenApiImporter
{
public:
    static OpenApiImportResult importFile(const QString &path);
    static OpenApiImportResult importText(const QByteArray &text, const QString &fileNameForMessages);
};

} // namespace Gatehouse
