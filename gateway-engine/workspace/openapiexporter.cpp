#include "openapiexporter.h"

#include "configjson.h"
#include "openapiimporter.h"
#include "openapisecuritywriter.h"
#include "yamljson.h"
#include "yamlnodes.h"

#include <QJsonObject>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

const ResourceConfig *findResource(const ApiConfig &api, const QString &pathTemplate)
{
    for (const ResourceConfig &resource : api.resources) {
        if (resource.pathTemplate == pathTemplate)
            return &resource;
    }
    return nullptr;
}

const OperationConfig *findOperation(const ResourceConfig *resource, const QByteArray &method)
{
    if (!resource)
        return nullptr;
    for (const OperationConfig &operation : resource->operations) {
        if (operation.method == method)
            return &operation;
    }
    return nullptr;
}

YAML::Node endpointNode(const EndpointGroup &group)
{
    YAML::Node node(YAML::NodeType::Map);
    if (group.type == EndpointGroupType::Mock) {
        node["type"] = "mock";
        return node;
    }
    YAML::Node urls(YAML::NodeType::Sequence);
    for (const EndpointTarget &target : group.targets)
        urls.push_back(target.url.toString().toStdString());
    node["urls"] = urls;
    if (group.type == EndpointGroupType::LoadBalance)
        node["type"] = "load_balance";
    else if (group.type == EndpointGroupType::Failover)
        node["type"] = "failover";
    const int readTimeout
        = group.targets.empty() ? EndpointTarget().readTimeoutMs : group.targets.front().readTimeoutMs;
    if (readTimeout != EndpointTarget().readTimeoutMs) {
        YAML::Node advanced(YAML::NodeType::Map);
        advanced["timeoutInMillis"] = plainScalar(readTimeout);
        node["advanceEndpointConfig"] = advanced;
    }
    return node;
}

// Writes (or removes) one key when the definition says something else than the document does.
void writeEndpoints(YAML::Node owner, const char *key, const std::optional<EndpointGroup> &wanted,
    const std::optional<EndpointGroup> &documented)
{
    if (wanted == documented)
        return;
    if (wanted)
        owner[key] = endpointNode(*wanted);
    else
        owner.remove(key);
}

void writeThrottlingTier(YAML::Node owner, const QString &wanted, const QString &documented)
{
    if (wanted == documented)
        return;
    owner.remove("x-throttling-tier");
    if (wanted.isEmpty())
        owner.remove("x-wso2-throttling-tier");
    else
        owner["x-wso2-throttling-tier"] = wanted.toStdString();
}

YAML::Node skeleton(const ApiRecord &api)
{
    YAML::Node root(YAML::NodeType::Map);
    root["openapi"] = "3.0.3";
    YAML::Node info(YAML::NodeType::Map);
    info["title"] = api.definition.name.toStdString();
    info["version"] = api.definition.version.toStdString();
    if (!api.description.isEmpty())
        info["description"] = api.description.toStdString();
    root["info"] = info;
    root["paths"] = YAML::Node(YAML::NodeType::Map);
    return root;
}

void writeDefinition(YAML::Node root, const ApiConfig &api, const std::optional<ApiConfig> &documented)
{
    if (!documented || documented->name != api.name || documented->version != api.version) {
        YAML::Node info;
        info.reset(child(root, "info"));
        if (!info.IsMap()) {
            root["info"] = YAML::Node(YAML::NodeType::Map);
            info.reset(child(root, "info"));
        }
        info["title"] = api.name.toStdString();
        info["version"] = api.version.toStdString();
    }
    if (!documented || documented->context != api.context)
        root["x-wso2-basePath"] = api.context.toStdString();
    writeEndpoints(root, "x-wso2-production-endpoints", api.productionEndpoints,
        documented ? std::optional(documented->productionEndpoints) : std::nullopt);
    if (api.productionEndpoints.type != EndpointGroupType::Mock)
        root.remove("x-wso2-mock");
    writeEndpoints(root, "x-wso2-sandbox-endpoints", api.sandboxEndpoints,
        documented ? documented->sandboxEndpoints : std::nullopt);
    writeThrottlingTier(root, api.throttlingPolicy, documented ? documented->throttlingPolicy : QString());
    if (!documented || documented->enableSchemaValidation != api.enableSchemaValidation) {
        if (api.enableSchemaValidation)
            root["x-wso2-enable-schema-validation"]
                = plainScalar(true); // Gatehouse's own extension (see OpenApiReader)
        else
            root.remove("x-wso2-enable-schema-validation");
    }

    OpenApiSecurityWriter::writeApiSecurity(
        root, api.security, documented ? std::optional(documented->security) : std::nullopt);

    if (!child(root, "paths").IsMap())
        root["paths"] = YAML::Node(YAML::NodeType::Map);
    YAML::Node paths;
    paths.reset(child(root, "paths"));
    for (const ResourceConfig &resource : api.resources) {
        const std::string path = resource.pathTemplate.toStdString();
        if (!child(paths, path.c_str()).IsMap())
            paths[path] = YAML::Node(YAML::NodeType::Map);
        YAML::Node item;
        item.reset(child(paths, path.c_str()));
        const ResourceConfig *documentedResource
            = documented ? findResource(*documented, resource.pathTemplate) : nullptr;
        writeEndpoints(item, "x-wso2-production-endpoints", resource.productionEndpoints,
            documentedResource ? documentedResource->productionEndpoints : std::nullopt);
        writeEndpoints(item, "x-wso2-sandbox-endpoints", resource.sandboxEndpoints,
            documentedResource ? documentedResource->sandboxEndpoints : std::nullopt);
        for (const OperationConfig &operation : resource.operations) {
            const std::string method = QString::fromLatin1(operation.method).toLower().toStdString();
            if (!child(item, method.c_str()).IsMap()) {
                YAML::Node created(YAML::NodeType::Map);
                if (!operation.operationId.isEmpty())
                    created["operationId"] = operation.operationId.toStdString();
                YAML::Node responses(YAML::NodeType::Map);
                YAML::Node fallback(YAML::NodeType::Map);
                fallback["description"] = "Response";
                responses["default"] = fallback;
                created["responses"] = responses;
                item[method] = created;
            }
            YAML::Node node;
            node.reset(child(item, method.c_str()));
            const OperationConfig *documentedOperation = findOperation(documentedResource, operation.method);
            writeEndpoints(node, "x-wso2-production-endpoints", operation.productionEndpoints,
                documentedOperation ? documentedOperation->productionEndpoints : std::nullopt);
            writeEndpoints(node, "x-wso2-sandbox-endpoints", operation.sandboxEndpoints,
                documentedOperation ? documentedOperation->sandboxEndpoints : std::nullopt);
            writeThrottlingTier(node, operation.throttlingPolicy,
                documentedOperation ? documentedOperation->throttlingPolicy : QString());
            OpenApiSecurityWriter::writeOperationSecurity(root, node, operation.security,
                documentedOperation ? std::optional(documentedOperation->security) : std::nullopt);
        }
    }
}

// Block style throughout (a JSON source would otherwise come out as a YAML flow mapping), and scalars that
// were quoted in the source stay quoted where a plain one would read as a number, boolean or null.
void writeYaml(YAML::Emitter &out, const YAML::Node &node, int depth)
{
    if (depth > 256)
        throw YAML::Exception(node.Mark(), "the document nests too deeply to be written");
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.size() == 0)
            out << YAML::Flow; // "{}" on the key's line
        out << YAML::BeginMap;
        for (const auto &entry : node) {
            out << YAML::Key;
            writeYaml(out, entry.first, depth + 1);
            out << YAML::Value;
            writeYaml(out, entry.second, depth + 1);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.size() == 0)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            writeYaml(out, item, depth + 1);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar: {
        // "?" is a plain scalar of the source, "" one this code made; anything else was quoted or tagged.
        const bool quoted = !node.Tag().empty() && node.Tag() != "?";
        YAML::Node plain(node.Scalar());
        plain.SetTag("?");
        if (quoted && !YamlJson::scalarToJson(plain).is_string())
            out << YAML::DoubleQuoted;
        out << node.Scalar();
        break;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

std::optional<OpenApiExportResult> OpenApiExporter::exportApi(
    const ApiRecord &api, Format format, QString *error)
{
    YAML::Node root;
    std::optional<ApiConfig> documented;
    try {
        if (!api.sourceDocument.isEmpty()) {
            QList<Diagnostic> problems;
            if (const auto parsed
                = OpenApiImporter::parse(api.sourceDocument, QStringLiteral("source"), &problems)) {
                root.reset(*parsed);
                // Converts a Swagger 2.0 source in place; what the document says today, before any change.
                const OpenApiImportResult imported
                    = OpenApiImporter::importParsed(root, api.sourceDocument, QStringLiteral("source"));
                if (imported.api)
                    documented = imported.api->definition;
            }
        }
        if (!root.IsMap())
            root.reset(skeleton(api));
        writeDefinition(root, api.definition, documented);
    } catch (const YAML::Exception &exception) {
        *error = tr("cannot write the document of API %1: %2")
                     .arg(api.definition.name, QString::fromStdString(exception.msg));
        return std::nullopt;
    }

    OpenApiExportResult result;
    QString writeError;
    const std::optional<QByteArray> document = serialize(root, format, &writeError);
    if (!document) {
        *error = tr("cannot write the document of API %1: %2").arg(api.definition.name, writeError);
        return std::nullopt;
    }
    result.document = *document;

    const OpenApiImportResult again = OpenApiImporter::importText(result.document, QStringLiteral("export"));
    if (!again.api) {
        for (const Diagnostic &diagnostic : again.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                result.notExported << tr("the document does not import again: %1").arg(diagnostic.toString());
        }
        return result;
    }
    const QJsonObject wanted = comparable(api.definition);
    const QJsonObject written = comparable(again.api->definition);
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (written.value(it.key()) != it.value())
            result.notExported << it.key();
    }
    return result;
}

QJsonObject OpenApiExporter::comparable(ApiConfig api)
{
    api.id.clear();
    api.revision = 0;
    for (ResourceConfig &resource : api.resources) {
        for (OperationConfig &operation : resource.operations)
            operation.schemas = OperationSchemas();
    }
    return ConfigJson::toJson(api);
}

std::optional<QByteArray> OpenApiExporter::serialize(const YAML::Node &root, Format format, QString *error)
{
    try {
        if (format == Format::Json)
            return QByteArray::fromStdString(YamlJson::toJson(root).dump(2)) + '\n';
        YAML::Emitter emitter;
        emitter.SetMapFormat(YAML::Block);
        emitter.SetSeqFormat(YAML::Block);
        writeYaml(emitter, root, 0);
        if (!emitter.good()) {
            *error = QString::fromStdString(emitter.GetLastError());
            return std::nullopt;
        }
        return QByteArray(emitter.c_str()) + '\n';
    } catch (const YAML::Exception &exception) {
        *error = QString::fromStdString(exception.msg);
    } catch (const nlohmann::json::exception &exception) {
        *error = QString::fromUtf8(exception.what());
    }
    return std::nullopt;
}

} // namespace Gatehouse
