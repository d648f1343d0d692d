#include "swaggerconverter.h"

#include "openapireader.h"
#include "yamlnodes.h"

#include <QSet>

namespace Gatehouse {

using namespace YamlNodes;

// The document is converted in place: maps and sequences that carry over stay the same nodes (with their
// positions). Local handles are rebound with reset(), never operator=, which would overwrite the node
// they refer to.
namespace {

constexpr int maxDepth = 256;

const char *const schemaKeys[]
    = { "type", "format", "items", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
          "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf" };

const char *const operationKeys[] = { "get", "put", "post", "delete", "options", "head", "patch" };

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiImporter)
public:
    Converter(YAML::Node root, QString fileName, QList<Diagnostic> *diagnostics)
        : m_root(std::move(root))
        , m_fileName(std::move(fileName))
        , m_diagnostics(diagnostics)
    { }

    YAML::Node convert()
    {
        m_diagnostics->append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Info, m_fileName,
            m_root.Mark(), tr("Swagger 2.0 document, converted to OpenAPI 3.0.3 on import")));
        // Which shared parameters are bodies decides where references to them go.
        const YAML::Node parameters = child(m_root, "parameters");
        if (parameters.IsMap()) {
            for (const auto &entry : parameters) {
                const YAML::Node in = child(entry.second, "in");
                if (in.IsScalar() && (in.Scalar() == "body" || in.Scalar() == "formData"))
                    m_bodyParameters.insert(QString::fromStdString(entry.first.Scalar()));
            }
        }
        rewriteReferences(m_root, 0);
        m_rootProduces.reset(child(m_root, "produces"));
        m_rootConsumes.reset(child(m_root, "consumes"));

        YAML::Node components(YAML::NodeType::Map);
        moveComponents(components);
        convertServers();
        const YAML::Node paths = child(m_root, "paths");
        if (paths.IsMap()) {
            for (const auto &path : paths)
                convertPathItem(path.second);
        }
        for (const char *key : { "swagger", "host", "basePath", "schemes", "produces", "consumes" })
            m_root.remove(key);
        if (components.size() > 0)
            m_root["components"] = components;
        // "openapi" first, as OpenAPI 3 documents begin; assigning to the root handle replaces the root in
        // place, so everyone who holds the document sees the converted one.
        YAML::Node ordered(YAML::NodeType::Map);
        ordered["openapi"] = "3.0.3";
        for (const auto &entry : m_root)
            ordered[entry.first] = entry.second;
        m_root = ordered;
        return m_root;
    }

private:
    void warning(const YAML::Node &where, const QString &message)
    {
        m_diagnostics->append(
            OpenApiReader::diagnosticAt(Diagnostic::Severity::Warning, m_fileName, where.Mark(), message));
    }

    void rewriteReferences(YAML::Node node, int depth)
    {
        if (depth > maxDepth)
            return; // the linter reports it; an alias loop must not recurse here
        if (node.IsSequence()) {
            for (YAML::Node item : node)
                rewriteReferences(item, depth + 1);
            return;
        }
        if (!node.IsMap())
            return;
        for (auto entry : node) {
            if (entry.first.IsScalar() && entry.first.Scalar() == "$ref" && entry.second.IsScalar()) {
                const QString target = QString::fromStdString(entry.second.Scalar());
                const QString moved = movedReference(target);
                if (moved != target)
                    entry.second = moved.toStdString(); // the scalar node itself changes; its mark stays
            } else {
                rewriteReferences(entry.second, depth + 1);
            }
        }
    }

    QString movedReference(const QString &target) const
    {
        const std::pair<QLatin1String, QLatin1String> moves[] = {
            { QLatin1String("#/definitions/"), QLatin1String("#/components/schemas/") },
            { QLatin1String("#/responses/"), QLatin1String("#/components/responses/") },
        };
        for (const auto &[from, to] : moves) {
            if (target.startsWith(from))
                return to + target.mid(from.size());
        }
        static const QLatin1String parameters("#/parameters/");
        if (target.startsWith(parameters)) {
            const QString name = target.mid(parameters.size());
            return (m_bodyParameters.contains(name) ? QStringLiteral("#/components/requestBodies/")
                                                    : QStringLiteral("#/components/parameters/"))
                + name;
        }
        return target;
    }

    void moveComponents(YAML::Node &components)
    {
        const YAML::Node definitions = child(m_root, "definitions");
        if (definitions.IsMap())
            components["schemas"] = definitions;
        const YAML::Node parameters = child(m_root, "parameters");
        if (parameters.IsMap()) {
            YAML::Node plain(YAML::NodeType::Map);
            YAML::Node bodies(YAML::NodeType::Map);
            for (const auto &entry : parameters) {
                const QString name = QString::fromStdString(entry.first.Scalar());
                if (m_bodyParameters.contains(name))
                    bodies[entry.first.Scalar()] = requestBodyFrom({ entry.second }, m_rootConsumes);
                else
                    plain[entry.first.Scalar()] = convertParameter(entry.second);
            }
            if (plain.size() > 0)
                components["parameters"] = plain;
            if (bodies.size() > 0)
                components["requestBodies"] = bodies;
        }
        const YAML::Node responses = child(m_root, "responses");
        if (responses.IsMap()) {
            for (const auto &entry : responses)
                convertResponse(entry.second, m_rootProduces);
            components["responses"] = responses;
        }
        const YAML::Node security = child(m_root, "securityDefinitions");
        if (security.IsMap()) {
            for (const auto &entry : security)
                convertSecurityScheme(entry.second);
            components["securitySchemes"] = security;
        }
        for (const char *key : { "definitions", "parameters", "responses", "securityDefinitions" })
            m_root.remove(key);
    }

    void convertServers()
    {
        const YAML::Node host = child(m_root, "host");
        const YAML::Node basePath = child(m_root, "basePath");
        const std::string path = basePath.IsScalar() ? basePath.Scalar() : std::string();
        YAML::Node servers(YAML::NodeType::Sequence);
        if (host.IsScalar()) {
            const YAML::Node schemes = child(m_root, "schemes");
            std::vector<std::string> names;
            if (schemes.IsSequence()) {
                for (const YAML::Node &scheme : schemes) {
                    if (scheme.IsScalar() && (scheme.Scalar() == "http" || scheme.Scalar() == "https"))
                        names.push_back(scheme.Scalar());
                }
            }
            if (names.empty())
                names.push_back("https");
            for (const std::string &scheme : names) {
                YAML::Node server(YAML::NodeType::Map);
                server["url"] = scheme + "://" + host.Scalar() + path;
                servers.push_back(server);
            }
        } else if (!path.empty()) {
            YAML::Node server(YAML::NodeType::Map);
            server["url"] = path;
            servers.push_back(server);
        }
        if (servers.size() > 0 && !present(child(m_root, "servers")))
            m_root["servers"] = servers;
    }

    void convertPathItem(YAML::Node item)
    {
        if (!item.IsMap())
            return;
        YAML::Node pathParameters;
        pathParameters.reset(child(item, "parameters"));
        if (pathParameters.IsSequence())
            item["parameters"] = convertParameterList(pathParameters, item, std::nullopt);
        for (const char *method : operationKeys) {
            YAML::Node operation;
            operation.reset(child(item, method));
            if (!operation.IsMap())
                continue;
            YAML::Node consumes;
            consumes.reset(
                present(child(operation, "consumes")) ? child(operation, "consumes") : m_rootConsumes);
            YAML::Node produces;
            produces.reset(
                present(child(operation, "produces")) ? child(operation, "produces") : m_rootProduces);
            const YAML::Node parameters = child(operation, "parameters");
            if (parameters.IsSequence()) {
                const YAML::Node converted = convertParameterList(parameters, operation, consumes);
                if (converted.size() > 0)
                    operation["parameters"] = converted;
                else
                    operation.remove("parameters");
            }
            const YAML::Node responses = child(operation, "responses");
            if (responses.IsMap()) {
                for (const auto &entry : responses)
                    convertResponse(entry.second, produces);
            }
            operation.remove("consumes");
            operation.remove("produces");
            operation.remove("schemes");
        }
    }

    // The non-body parameters, converted; body and formData ones become the operation's requestBody. A
    // path item (no consumes) keeps no body parameters.
    YAML::Node convertParameterList(
        const YAML::Node &parameters, YAML::Node owner, const std::optional<YAML::Node> &consumes)
    {
        YAML::Node kept(YAML::NodeType::Sequence);
        std::vector<YAML::Node> bodyParts;
        for (const YAML::Node &parameter : parameters) {
            const YAML::Node reference = child(parameter, "$ref");
            if (reference.IsScalar()) {
                const QString target = QString::fromStdString(reference.Scalar());
                if (target.startsWith(QLatin1String("#/components/requestBodies/"))) {
                    YAML::Node body(YAML::NodeType::Map);
                    body["$ref"] = reference;
                    owner["requestBody"] = body;
                } else {
                    kept.push_back(parameter);
                }
                continue;
            }
            const YAML::Node in = child(parameter, "in");
            if (in.IsScalar() && (in.Scalar() == "body" || in.Scalar() == "formData"))
                bodyParts.push_back(parameter);
            else
                kept.push_back(convertParameter(parameter));
        }
        if (!bodyParts.empty()) {
            if (!consumes)
                warning(bodyParts.front(),
                    tr("body parameters on a path item are left out: give each operation its own"));
            else
                owner["requestBody"] = requestBodyFrom(bodyParts, *consumes);
        }
        return kept;
    }

    YAML::Node convertParameter(YAML::Node parameter)
    {
        if (!parameter.IsMap() || present(child(parameter, "$ref")))
            return parameter;
        YAML::Node schema(YAML::NodeType::Map);
        for (const char *key : schemaKeys) {
            const YAML::Node value = child(parameter, key);
            if (value.IsDefined()) {
                schema[key] = value;
                parameter.remove(key);
            }
        }
        parameter.remove("collectionFormat");
        if (schema.size() > 0 && !present(child(parameter, "schema")))
            parameter["schema"] = schema;
        return parameter;
    }

    YAML::Node requestBodyFrom(const std::vector<YAML::Node> &parts, const YAML::Node &consumes)
    {
        YAML::Node body(YAML::NodeType::Map);
        YAML::Node schema;
        bool required = false;
        const YAML::Node in = child(parts.front(), "in");
        const bool form = in.IsScalar() && in.Scalar() == "formData";
        if (!form) {
            schema.reset(child(parts.front(), "schema"));
            if (present(child(parts.front(), "description")))
                body["description"] = child(parts.front(), "description");
            required = child(parts.front(), "required").IsScalar()
                && child(parts.front(), "required").as<bool>(false);
        } else {
            schema.reset(YAML::Node(YAML::NodeType::Map));
            schema["type"] = "object";
            YAML::Node properties(YAML::NodeType::Map);
            YAML::Node requiredNames(YAML::NodeType::Sequence);
            for (const YAML::Node &part : parts) {
                const YAML::Node name = child(part, "name");
                if (!name.IsScalar())
                    continue;
                YAML::Node property(YAML::NodeType::Map);
                for (const char *key : schemaKeys) {
                    if (child(part, key).IsDefined())
                        property[key] = child(part, key);
                }
                if (child(part, "type").IsScalar() && child(part, "type").Scalar() == "file") {
                    property["type"] = "string";
                    property["format"] = "binary";
                }
                properties[name.Scalar()] = property;
                if (child(part, "required").IsScalar() && child(part, "required").as<bool>(false))
                    requiredNames.push_back(name);
            }
            schema["properties"] = properties;
            if (requiredNames.size() > 0) {
                schema["required"] = requiredNames;
                required = true;
            }
        }
        YAML::Node content(YAML::NodeType::Map);
        for (const std::string &mediaType :
            mediaTypes(consumes, form ? "application/x-www-form-urlencoded" : "application/json")) {
            YAML::Node media(YAML::NodeType::Map);
            if (schema.IsDefined() && !schema.IsNull())
                media["schema"] = schema;
            content[mediaType] = media;
        }
        body["content"] = content;
        if (required)
            body["required"] = true;
        return body;
    }

    static std::vector<std::string> mediaTypes(const YAML::Node &list, const char *fallback)
    {
        std::vector<std::string> types;
        if (list.IsSequence()) {
            for (const YAML::Node &type : list) {
                if (type.IsScalar())
                    types.push_back(type.Scalar());
            }
        }
        if (types.empty())
            types.push_back(fallback);
        return types;
    }

    void convertResponse(YAML::Node response, const YAML::Node &produces)
    {
        if (!response.IsMap() || present(child(response, "$ref")))
            return;
        const YAML::Node schema = child(response, "schema");
        const YAML::Node examples = child(response, "examples");
        if (present(schema) || examples.IsMap()) {
            YAML::Node content(YAML::NodeType::Map);
            std::vector<std::string> types = mediaTypes(produces, "application/json");
            if (examples.IsMap()) {
                for (const auto &example : examples) {
                    if (std::find(types.begin(), types.end(), example.first.Scalar()) == types.end())
                        types.push_back(example.first.Scalar());
                }
            }
            for (const std::string &type : types) {
                YAML::Node media(YAML::NodeType::Map);
                if (present(schema))
                    media["schema"] = schema;
                if (examples.IsMap() && child(examples, type.c_str()).IsDefined())
                    media["example"] = child(examples, type.c_str());
                content[type] = media;
            }
            response["content"] = content;
        }
        response.remove("schema");
        response.remove("examples");
        const YAML::Node headers = child(response, "headers");
        if (headers.IsMap()) {
            for (const auto &header : headers)
                convertParameter(header.second);
        }
    }

    void convertSecurityScheme(YAML::Node scheme)
    {
        const YAML::Node type = child(scheme, "type");
        if (!type.IsScalar())
            return;
        if (type.Scalar() == "basic") {
            scheme["type"] = "http";
            scheme["scheme"] = "basic";
            return;
        }
        if (type.Scalar() != "oauth2")
            return;
        const YAML::Node flow = child(scheme, "flow");
        const std::string name = flow.IsScalar() ? flow.Scalar() : std::string();
        const char *openApiName = name == "implicit" ? "implicit"
            : name == "password"                     ? "password"
            : name == "application"                  ? "clientCredentials"
            : name == "accessCode"                   ? "authorizationCode"
                                                     : nullptr;
        if (!openApiName) {
            warning(scheme, tr("unknown OAuth2 flow '%1'").arg(QString::fromStdString(name)));
            return;
        }
        YAML::Node converted(YAML::NodeType::Map);
        for (const char *key : { "authorizationUrl", "tokenUrl", "scopes" }) {
            if (child(scheme, key).IsDefined()) {
                converted[key] = child(scheme, key);
                scheme.remove(key);
            }
        }
        if (!present(child(converted, "scopes")))
            converted["scopes"] = YAML::Node(YAML::NodeType::Map);
        YAML::Node flows(YAML::NodeType::Map);
        flows[openApiName] = converted;
        scheme.remove("flow");
        scheme["flows"] = flows;
    }

    YAML::Node m_root;
    QString m_fileName;
    QList<Diagnostic> *m_diagnostics;
    QSet<QString> m_bodyParameters;
    YAML::Node m_rootProduces;
    YAML::Node m_rootConsumes;
};

} // namespace

bool SwaggerConverter::isSwagger2(const YAML::Node &root)
{
    const YAML::Node swagger = child(root, "swagger");
    return swagger.IsScalar() && QString::fromStdString(swagger.Scalar()).startsWith(QLatin1String("2."))
        && !present(child(root, "openapi"));
}

YAML::Node SwaggerConverter::convert(
    const YAML::Node &root, const QString &fileName, QList<Diagnostic> *diagnostics)
{
    return Converter(root, fileName, diagnostics).convert();
}

} // namespace Gatehouse
