#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

// Swagger 2.0 to OpenAPI 3.0.3, on YAML nodes, so that one reader serves both: host/basePath/schemes
// become servers; definitions, parameters, responses and securityDefinitions move under components (body
// and formData parameters become request bodies, OAuth2 flows get their OpenAPI 3 names); a response's
// schema and examples go under content for each media type the operation produces; $refs follow the
// moves. Vendor extensions (x-wso2-*, ...) and keys the conversion does not know are kept where they were.
// Nodes taken over keep their source positions, so diagnostics still point into the Swagger file.
class SwaggerConverter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiImporter)
public:
    static bool isSwagger2(const YAML::Node &root);
    // The OpenAPI 3 document; problems the conversion meets go to *diagnostics.
    static YAML::Node convert(
        const YAML::Node &root, const QString &fileName, QList<Diagnostic> *diagnostics);
};

} // namespace Gatehouse
