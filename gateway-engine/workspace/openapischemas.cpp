// The schema-validation part of OpenApiReader: what WSO2's JSON schema validator checks, taken from the
// operations (parameters, requestBody, responses) and kept as JSON Schema text in the ApiConfig.
#include "openapireader.h"
#include "yamljson.h"
#include "yamlnodes.h"

#include <QJsonDocument>
#include <algorithm>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

// Gatehouse's own extension: WSO2 keeps the switch outside the definition (api.yaml's
// enableSchemaValidation, or the Publisher), and neither WSO2 gateway reads one from OpenAPI.
const char *const schemaValidationKey = "x-wso2-enable-schema-validation";

bool isJsonMediaType(const QString &mediaType)
{
    const QString type = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json")
        || (type.startsWith(QLatin1String("application/")) && type.endsWith(QLatin1String("+json")));
}

} // namespace

bool OpenApiReader::readSchemaValidationSwitch(const YAML::Node &root)
{
    const YAML::Node node = child(root, schemaValidationKey);
    if (!present(node))
        return false;
    const QString value = node.IsScalar() ? text(node) : QString();
    if (value != QLatin1String("true") && value != QLatin1String("false")) {
        warning(node,
            tr("%1 must be true or false; schema validation stays off")
                .arg(QString::fromLatin1(schemaValidationKey)));
        return false;
    }
    return value == QLatin1String("true");
}

// Canonical compact JSON (Qt's key order), so that the value survives a round trip through ConfigJson.
QByteArray OpenApiReader::schemaJson(const YAML::Node &schema)
{
    if (!present(schema) || !schema.IsMap())
        return {};
    const auto json = YamlJson::toJson(schema);
    const QByteArray text = QByteArray::fromStdString(
        json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    return QJsonDocument::fromJson(text).toJson(QJsonDocument::Compact);
}

QByteArray OpenApiReader::readSchemaComponents(const YAML::Node &root)
{
    const YAML::Node schemas = child(child(root, "components"), "schemas");
    if (!present(schemas) || !schemas.IsMap() || schemas.size() == 0)
        return {};
    YAML::Node wrapper(YAML::NodeType::Map);
    wrapper["schemas"] = schemas;
    return schemaJson(wrapper);
}

OperationSchemas OpenApiReader::readOperationSchemas(const YAML::Node &pathItem, const YAML::Node &operation)
{
    OperationSchemas schemas;
    // Path-item parameters apply unless the operation redefines them (same name and location).
    for (const YAML::Node &owner : { operation, pathItem }) {
        const YAML::Node parameters = child(owner, "parameters");
        if (!present(parameters) || !parameters.IsSequence())
            continue;
        for (const YAML::Node &entry : parameters) {
            const YAML::Node parameter = resolve(entry);
            if (!parameter.IsMap())
                continue;
            ParameterSchema read;
            read.name
                = scalar(child(parameter, "name"), QStringLiteral("parameter name")).value_or(QString());
            read.in = scalar(child(parameter, "in"), QStringLiteral("parameter in"))
                          .value_or(QString())
                          .toLatin1();
            if (read.name.isEmpty() || (read.in != "path" && read.in != "query" && read.in != "header"))
                continue; // cookie parameters are not checked
            const bool known = std::any_of(schemas.parameters.begin(), schemas.parameters.end(),
                [&](const ParameterSchema &p) { return p.name == read.name && p.in == read.in; });
            if (known)
                continue;
            read.required = text(child(parameter, "required")) == QLatin1String("true") || read.in == "path";
            read.schema = schemaJson(child(parameter, "schema"));
            schemas.parameters.push_back(std::move(read));
        }
    }
    const YAML::Node body = resolve(child(operation, "requestBody"));
    if (present(body) && body.IsMap()) {
        schemas.hasRequestBody = true;
        schemas.requestBodyRequired = text(child(body, "required")) == QLatin1String("true");
        const YAML::Node content = child(body, "content");
        if (present(content) && content.IsMap()) {
            for (const auto &media : content) {
                const QString type = text(media.first);
                schemas.requestMediaTypes.append(type.toUtf8());
                if (schemas.requestBodySchema.isEmpty() && isJsonMediaType(type))
                    schemas.requestBodySchema = schemaJson(child(media.second, "schema"));
            }
        }
    }
    const YAML::Node responses = child(operation, "responses");
    if (present(responses) && responses.IsMap()) {
        for (const auto &entry : responses) {
            ResponseSchema read;
            read.status = text(entry.first);
            const YAML::Node response = resolve(entry.second);
            const YAML::Node content = child(response, "content");
            if (present(content) && content.IsMap()) {
                for (const auto &media : content) {
                    const QString type = text(media.first);
                    read.mediaTypes.append(type.toUtf8());
                    if (read.schema.isEmpty() && isJsonMediaType(type))
                        read.schema = schemaJson(child(media.second, "schema"));
                }
            }
            schemas.responses.push_back(std::move(read));
        }
    }
    return schemas;
}

} // namespace Gatehouse
