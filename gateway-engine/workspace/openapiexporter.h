#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

struct OpenApiExportResult
{
    QByteArray document;
    // What the API has that the exported document does not say (it would import differently there), one
    // line per field; empty when a re-import gives the same definition.
    QStringList notExported;
};

// An API as an OpenAPI 3 document with WSO2's extensions: the document it was imported from (Swagger 2.0
// converted), keeping every key Gatehouse does not model, with what changed since written back:
// info.title and info.version, x-wso2-basePath, x-wso2-production-endpoints / x-wso2-sandbox-endpoints at
// API and operation level, x-wso2-throttling-tier at API and operation level, and security (see
// OpenApiSecurityWriter). isDefaultVersion has no OpenAPI key: apictl's api.yaml carries it. An API without a
// source document gets one made from its definition. The result is imported again to check it.
class OpenApiExporter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiExporter)
public:
    enum class Format
    {
        Yaml,
        Json
    };
    static std::optional<OpenApiExportResult> exportApi(const ApiRecord &api, Format format, QString *error);
    // What an export promises to keep of a definition, as JSON: all but the workspace id and revision, and
    // the operation schemas (a document made here declares a "default" response the API itself lacked).
    static QJsonObject comparable(ApiConfig api);
    // The document as text: block YAML keeping the source's quoting, or JSON indented by 2, in key order.
    static std::optional<QByteArray> serialize(const YAML::Node &root, Format format, QString *error);
};

} // namespace Gatehouse
