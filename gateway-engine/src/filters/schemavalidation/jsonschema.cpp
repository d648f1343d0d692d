#include "jsonschema.h"

#include "schemaconstraints.h"
#include "schemadialect.h"

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Gatehouse {

namespace {

using json = nlohmann::json;

constexpr qsizetype maxViolations = 20;

// valijson's context ("<root>", "[name]", "[0]", ...) as a JSON pointer.
QByteArray pointerOf(const std::vector<std::string> &context)
{
    QByteArray pointer;
    for (std::size_t i = 1; i < context.size(); ++i) {
        QByteArray token = QByteArray::fromStdString(context[i]);
        if (token.startsWith('[') && token.endsWith(']'))
            token = token.mid(1, token.size() - 2);
        token.replace('~', "~0").replace('/', "~1");
        pointer += '/' + token;
    }
    return pointer;
}

// valijson also reports every enclosing schema that failed because of a nested one ("Failed to validate
// against schema associated with property name 'x'."): only the innermost reasons are worth reading.
bool isWrapper(const std::string &description)
{
    for (const char *prefix :
        { "Failed to validate against schema associated with property name", "Failed to validate item #",
            "Failed to validate against child schema", "Failed to validate against dependent schema",
            "Failed to validate value against "
            "additionalProperties",
            "Failed to validate against additional properties schema" }) {
        if (description.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

QByteArray typeOf(const json &schema)
{
    const auto type = schema.find("type");
    if (type == schema.end())
        return {};
    if (type->is_string())
        return QByteArray::fromStdString(type->get<std::string>());
    if (type->is_array()) {
        for (const json &element : *type) {
            if (element.is_string() && element.get<std::string>() != "null")
                return QByteArray::fromStdString(element.get<std::string>());
        }
    }
    return {};
}

const json &throughReference(const json &root, const json &schema)
{
    const json *node = &schema;
    for (int hop = 0; hop < 8 && node->is_object() && node->contains("$ref"); ++hop) {
        const json &ref = node->at("$ref");
        const json *next = ref.is_string() ? SchemaDialect::follow(root, ref.get<std::string>()) : nullptr;
        if (!next)
            break;
        node = next;
    }
    return *node;
}

} // namespace

JsonSchema::JsonSchema() = default;
JsonSchema::~JsonSchema() = default;

std::shared_ptr<const JsonSchema> JsonSchema::compile(
    const QByteArray &schema, const json &components, QString *error)
{
    json parsed = json::parse(schema.constBegin(), schema.constEnd(), nullptr, false);
    if (parsed.is_discarded()) {
        if (error)
            *error = QStringLiteral("the schema is not valid JSON");
        return nullptr;
    }
    return compile(parsed, components, error);
}

std::shared_ptr<const JsonSchema> JsonSchema::compile(
    const json &schema, const json &components, QString *error)
{
    std::optional<json> document = SchemaDialect::prepare(schema, components, error);
    if (!document)
        return nullptr;
    std::shared_ptr<JsonSchema> compiled(new JsonSchema);
    compiled->m_schema = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        SchemaConstraints::install(parser);
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(*document), *compiled->m_schema);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return nullptr;
    }
    const json &top = throughReference(*document, *document);
    compiled->m_type = typeOf(top);
    if (const auto items = top.find("items"); items != top.end() && items->is_object())
        compiled->m_itemsType = typeOf(throughReference(*document, *items));
    return compiled;
}

bool JsonSchema::validate(
    const json &value, const QByteArray &in, const QByteArray &prefix, SchemaViolations *violations) const
{
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valid = validator.validate(*m_schema, valijson::adapters::NlohmannJsonAdapter(value), &results);
    } catch (const std::exception &e) {
        violations->append(
            { in, prefix, QStringLiteral("cannot be checked: %1").arg(QString::fromUtf8(e.what())) });
        return false;
    }
    if (valid)
        return true;
    const qsizetype before = violations->size();
    valijson::ValidationResults::Error error;
    std::vector<valijson::ValidationResults::Error> wrappers;
    while (results.popError(error)) {
        if (isWrapper(error.description)) {
            wrappers.push_back(error);
            continue;
        }
        if (violations->size() < before + maxViolations)
            violations->append(
                { in, prefix + pointerOf(error.context), QString::fromStdString(error.description) });
    }
    if (violations->size() == before) { // only wrappers: say at least where
        for (const auto &wrapper : wrappers) {
            if (violations->size() >= before + maxViolations)
                break;
            violations->append(
                { in, prefix + pointerOf(wrapper.context), QString::fromStdString(wrapper.description) });
        }
    }
    if (violations->size() == before)
        violations->append({ in, prefix, QStringLiteral("does not match the schema") });
    return false;
}

} // namespace Gatehouse
