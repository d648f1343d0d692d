#include "apidesign.h"

#include "openapiimporter.h"
#include "swaggerconverter.h"
#include "yamlnodes.h"

#include <QRegularExpression>

namespace Gatehouse {

using YamlNodes::child;
using YamlNodes::followPointer;
using YamlNodes::present;

namespace {

constexpr int maximumSchemaDepth = 32;
const char *const httpMethods[] = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };
const QString schemaRefPrefix = QStringLiteral("#/components/schemas/");

QString scalarText(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? YamlNodes::text(node) : QString();
}

QString textOf(const YAML::Node &owner, const char *key)
{
    return scalarText(child(owner, key));
}

QStringList stringsOf(const YAML::Node &sequence)
{
    QStringList strings;
    if (sequence.IsDefined() && sequence.IsSequence()) {
        for (const YAML::Node &item : sequence) {
            if (item.IsScalar())
                strings << YamlNodes::text(item);
        }
    }
    return strings;
}

bool isTrue(const YAML::Node &node)
{
    const QString text = scalarText(node).toLower();
    return text == QLatin1String("true") || text == QLatin1String("yes");
}

QString componentName(const QString &reference)
{
    return reference.startsWith(schemaRefPrefix) ? reference.mid(schemaRefPrefix.size()) : reference;
}

QString schemaTypeText(const YAML::Node &schema)
{
    if (const QString reference = textOf(schema, "$ref"); !reference.isEmpty())
        return componentName(reference);
    for (const char *combiner : { "allOf", "oneOf", "anyOf" }) {
        if (present(child(schema, combiner)))
            return QString::fromLatin1(combiner);
    }
    const YAML::Node type = child(schema, "type");
    if (type.IsDefined() && type.IsSequence()) // OpenAPI 3.1: type: [string, "null"]
        return stringsOf(type).join(QLatin1Char('|'));
    return scalarText(type);
}

DesignSchemaNode readSchema(const QString &name, const YAML::Node &schema, const QString &pointer, int depth)
{
    DesignSchemaNode node;
    node.name = name;
    node.pointer = pointer;
    node.type = schemaTypeText(schema);
    node.format = textOf(schema, "format");
    node.reference = componentName(textOf(schema, "$ref"));
    if (depth >= maximumSchemaDepth || !schema.IsMap())
        return node;
    const QStringList required = stringsOf(child(schema, "required"));
    const YAML::Node properties = child(schema, "properties");
    if (properties.IsDefined() && properties.IsMap()) {
        for (const auto &entry : properties) {
            const QString propertyName = YamlNodes::text(entry.first);
            DesignSchemaNode property = readSchema(propertyName, entry.second,
                pointer + QStringLiteral("/properties/") + ApiDesignDocument::pointerToken(propertyName),
                depth + 1);
            property.required = required.contains(propertyName);
            node.children << property;
        }
    }
    if (const YAML::Node items = child(schema, "items"); items.IsDefined() && items.IsMap())
        node.children << readSchema(
            QStringLiteral("items"), items, pointer + QStringLiteral("/items"), depth + 1);
    return node;
}

DesignParameter readParameter(const YAML::Node &root, const YAML::Node &declared, const QString &pointer)
{
    YAML::Node parameter;
    parameter.reset(declared);
    if (const QString reference = textOf(declared, "$ref"); reference.startsWith(QLatin1Char('#')))
        parameter.reset(followPointer(root, reference.mid(1)));
    DesignParameter result;
    result.pointer = pointer;
    result.name = textOf(parameter, "name");
    result.in = textOf(parameter, "in");
    result.type = schemaTypeText(child(parameter, "schema"));
    result.required = isTrue(child(parameter, "required"));
    return result;
}

QString jsonBodySchema(const YAML::Node &operation)
{
    const YAML::Node content = child(child(operation, "requestBody"), "content");
    if (!content.IsDefined() || !content.IsMap())
        return QString();
    for (const auto &entry : content) {
        if (YamlNodes::text(entry.first).contains(QLatin1String("json")))
            return schemaTypeText(child(entry.second, "schema"));
    }
    return QString();
}

DesignOperation readOperation(
    const YAML::Node &root, const YAML::Node &pathItem, const YAML::Node &operation, const QString &pointer)
{
    DesignOperation result;
    result.pointer = pointer;
    result.summary = textOf(operation, "summary");
    result.description = textOf(operation, "description");
    result.operationId = textOf(operation, "operationId");
    result.throttlingTier = textOf(operation, "x-wso2-throttling-tier");
    if (result.throttlingTier.isEmpty())
        result.throttlingTier = textOf(operation, "x-throttling-tier");
    result.productionUrl
        = stringsOf(child(child(operation, "x-wso2-production-endpoints"), "urls")).join(u", ");
    result.securityDisabled = isTrue(child(operation, "x-wso2-disable-security"))
        || textOf(operation, "x-auth-type").compare(QLatin1String("None"), Qt::CaseInsensitive) == 0;
    result.scopes = stringsOf(child(operation, "x-scopes"));
    const QString pathPointer = pointer.left(pointer.lastIndexOf(QLatin1Char('/')));
    QStringList ownNames;
    const YAML::Node own = child(operation, "parameters");
    if (own.IsDefined() && own.IsSequence()) {
        for (std::size_t i = 0; i < own.size(); ++i) {
            result.parameters << readParameter(
                root, own[i], pointer + QStringLiteral("/parameters/%1").arg(i));
            ownNames << result.parameters.constLast().in + QLatin1Char(':')
                    + result.parameters.constLast().name;
        }
    }
    const YAML::Node shared = child(pathItem, "parameters");
    if (shared.IsDefined() && shared.IsSequence()) {
        for (std::size_t i = 0; i < shared.size(); ++i) {
            DesignParameter parameter
                = readParameter(root, shared[i], pathPointer + QStringLiteral("/parameters/%1").arg(i));
            parameter.inherited = true;
            if (!ownNames.contains(parameter.in + QLatin1Char(':') + parameter.name))
                result.parameters << parameter;
        }
    }
    result.requestBodySchema = jsonBodySchema(operation);
    const YAML::Node responses = child(operation, "responses");
    if (responses.IsDefined() && responses.IsMap()) {
        for (const auto &entry : responses)
            result.responseCodes << YamlNodes::text(entry.first);
    }
    return result;
}

} // namespace

bool ApiDesignDocument::load(const QByteArray &text, const QString &fileName, QList<Diagnostic> *diagnostics)
{
    std::optional<YAML::Node> parsed = OpenApiImporter::parse(text, fileName, diagnostics);
    if (!parsed)
        return false;
    if (!parsed->IsMap()) {
        diagnostics->append({ Diagnostic::Severity::Error, fileName, 1, 1,
            tr("an OpenAPI document is a mapping (openapi, info, paths, ...)") });
        return false;
    }
    try {
        YAML::Node root;
        root.reset(*parsed);
        m_rootMatchesText = true;
        if (SwaggerConverter::isSwagger2(root)) {
            m_rootMatchesText = false;
            root.reset(SwaggerConverter::convert(root, fileName, diagnostics));
            diagnostics->append({ Diagnostic::Severity::Info, fileName, 1, 1,
                tr("a Swagger 2.0 document: the designer edits it as OpenAPI 3.0") });
        }
        m_root.reset(root);
    } catch (const YAML::Exception &exception) {
        diagnostics->append({ Diagnostic::Severity::Error, fileName, exception.mark.line + 1,
            exception.mark.column + 1, QString::fromStdString(exception.msg) });
        return false;
    }
    const QByteArray trimmed = text.trimmed();
    m_format = trimmed.startsWith('{') ? OpenApiExporter::Format::Json : OpenApiExporter::Format::Yaml;
    return true;
}

ApiDesign ApiDesignDocument::design() const
{
    ApiDesign design;
    if (!isLoaded())
        return design;
    design.openApiVersion = textOf(m_root, "openapi");
    const YAML::Node info = child(m_root, "info");
    design.title = textOf(info, "title");
    design.version = textOf(info, "version");
    design.description = textOf(info, "description");
    design.context = textOf(m_root, "x-wso2-basePath");
    design.productionUrl = stringsOf(child(child(m_root, "x-wso2-production-endpoints"), "urls")).join(u", ");
    design.sandboxUrl = stringsOf(child(child(m_root, "x-wso2-sandbox-endpoints"), "urls")).join(u", ");
    design.throttlingTier = textOf(m_root, "x-wso2-throttling-tier");
    if (design.throttlingTier.isEmpty())
        design.throttlingTier = textOf(m_root, "x-throttling-tier");
    design.schemaValidation = isTrue(child(m_root, "x-wso2-enable-schema-validation"));
    design.securityTypes = stringsOf(child(child(m_root, "x-wso2-application-security"), "security-types"));

    const YAML::Node paths = child(m_root, "paths");
    if (paths.IsDefined() && paths.IsMap()) {
        for (const auto &entry : paths) {
            DesignResource resource;
            resource.path = YamlNodes::text(entry.first);
            resource.pointer = QStringLiteral("/paths/") + pointerToken(resource.path);
            if (!entry.second.IsMap()) {
                design.resources << resource;
                continue;
            }
            for (const auto &item : entry.second) {
                const std::string method = item.first.Scalar();
                if (std::find(std::begin(httpMethods), std::end(httpMethods), method)
                    == std::end(httpMethods))
                    continue;
                resource.operations << readOperation(m_root, entry.second, item.second,
                    resource.pointer + QLatin1Char('/') + QString::fromStdString(method));
                resource.operations.last().method = QString::fromStdString(method);
            }
            design.resources << resource;
        }
    }
    const YAML::Node schemas = child(child(m_root, "components"), "schemas");
    if (schemas.IsDefined() && schemas.IsMap()) {
        for (const auto &entry : schemas) {
            const QString name = YamlNodes::text(entry.first);
            design.schemas << readSchema(
                name, entry.second, QStringLiteral("/components/schemas/") + pointerToken(name), 1);
        }
    }
    return design;
}

bool ApiDesignDocument::apply(const DesignEdit &edit, QString *error)
{
    if (!isLoaded()) {
        *error = tr("there is no document to change");
        return false;
    }
    // Edits work on a copy, so a failure halfway leaves the document as it was.
    YAML::Node copy = YAML::Clone(m_root);
    try {
        if (!applyTo(copy, edit, error))
            return false;
    } catch (const YAML::Exception &exception) {
        *error = QString::fromStdString(exception.msg);
        return false;
    }
    m_root.reset(copy);
    m_rootMatchesText = false;
    return true;
}

std::optional<QByteArray> ApiDesignDocument::text(QString *error) const
{
    return OpenApiExporter::serialize(m_root, m_format, error);
}

QByteArray ApiDesignDocument::newApiDocument(
    const QString &title, const QString &version, const QString &context, const QString &endpointUrl)
{
    YAML::Node root(YAML::NodeType::Map);
    root["openapi"] = "3.0.3";
    root["info"]["title"] = YamlNodes::stringScalar(title);
    root["info"]["version"] = YamlNodes::stringScalar(version);
    root["x-wso2-basePath"] = YamlNodes::stringScalar(context);
    if (!endpointUrl.isEmpty())
        root["x-wso2-production-endpoints"]["urls"].push_back(YamlNodes::stringScalar(endpointUrl));
    // WSO2's Publisher starts a new API with one wildcard resource and the five common methods.
    YAML::Node wildcard(YAML::NodeType::Map);
    for (const char *method : { "get", "put", "post", "delete", "patch" }) {
        YAML::Node response(YAML::NodeType::Map);
        response["description"] = "OK";
        YAML::Node responses(YAML::NodeType::Map);
        responses.force_insert(YamlNodes::stringScalar(QStringLiteral("200")), response);
        YAML::Node operation(YAML::NodeType::Map);
        operation["responses"] = responses;
        wildcard[method] = operation;
    }
    root["paths"]["/*"] = wildcard;
    QString unused;
    return OpenApiExporter::serialize(root, OpenApiExporter::Format::Yaml, &unused).value_or(QByteArray());
}

QString ApiDesignDocument::pointerToken(const QString &key)
{
    QString token = key;
    return token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

QStringList ApiDesignDocument::pathParameterNames(const QString &pathTemplate)
{
    static const QRegularExpression parameter(QStringLiteral("\\{([^{}/]+)\\}"));
    QStringList names;
    for (const QRegularExpressionMatch &match : parameter.globalMatch(pathTemplate))
        names << match.captured(1);
    return names;
}

} // namespace Gatehouse
