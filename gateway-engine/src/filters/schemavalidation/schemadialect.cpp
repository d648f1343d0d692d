#include "schemadialect.h"

#include <QSet>
#include <algorithm>
#include <deque>

namespace Gatehouse::SchemaDialect {

namespace {

using json = nlohmann::json;

constexpr int maxSchemaDepth = 256; // nesting of the schema document itself
constexpr int maxRefHops = 64;

void renameKeyword(json &schema, const char *from, const char *to)
{
    const auto found = schema.find(from);
    if (found == schema.end() || !found->is_string())
        return;
    json value = std::move(*found);
    schema.erase(from);
    schema[to] = std::move(value);
}

// OpenAPI 3.0 writes `exclusiveMinimum: true` next to `minimum`; draft 7 wants the bound itself.
void convertExclusiveBound(json &schema, const char *exclusiveKey, const char *boundKey)
{
    const auto exclusive = schema.find(exclusiveKey);
    if (exclusive == schema.end() || !exclusive->is_boolean())
        return;
    const bool on = exclusive->get<bool>();
    schema.erase(exclusiveKey);
    const auto bound = schema.find(boundKey);
    if (!on || bound == schema.end() || !bound->is_number())
        return;
    json value = *bound;
    schema.erase(boundKey);
    schema[exclusiveKey] = std::move(value);
}

// OpenAPI 3.0's `nullable: true`: null is allowed too.
void convertNullable(json &schema)
{
    const auto nullable = schema.find("nullable");
    if (nullable == schema.end())
        return;
    const bool on = nullable->is_boolean() && nullable->get<bool>();
    schema.erase("nullable");
    if (!on)
        return;
    const auto type = schema.find("type");
    if (type != schema.end() && type->is_string())
        *type = json::array({ *type, "null" });
    else if (type != schema.end() && type->is_array()
        && std::find(type->begin(), type->end(), json("null")) == type->end())
        type->push_back("null");
    const auto values = schema.find("enum");
    if (values != schema.end() && values->is_array()
        && std::find(values->begin(), values->end(), json(nullptr)) == values->end())
        values->push_back(nullptr);
}

class Rewriter
{
public:
    std::deque<std::string> references;

    void schema(json &node, int depth)
    {
        if (!node.is_object() || depth > maxSchemaDepth)
            return;
        if (const auto ref = node.find("$ref"); ref != node.end() && ref->is_string())
            references.push_back(ref->get<std::string>());
        convertNullable(node);
        convertExclusiveBound(node, "exclusiveMinimum", "minimum");
        convertExclusiveBound(node, "exclusiveMaximum", "maximum");
        renameKeyword(node, "pattern", patternKeyword);
        renameKeyword(node, "format", formatKeyword);
        for (const char *key : { "properties", "patternProperties", "definitions", "$defs", "dependencies",
                 "dependentSchemas" }) {
            if (const auto map = node.find(key); map != node.end() && map->is_object()) {
                for (auto &member : map->items())
                    schema(member.value(), depth + 1);
            }
        }
        for (const char *key : { "additionalProperties", "additionalItems", "not", "if", "then", "else",
                 "contains", "propertyNames", "items" }) {
            if (const auto child = node.find(key); child != node.end())
                schema(*child, depth + 1);
        }
        for (const char *key : { "allOf", "anyOf", "oneOf", "items", "prefixItems" }) {
            if (const auto list = node.find(key); list != node.end() && list->is_array()) {
                for (json &element : *list)
                    schema(element, depth + 1);
            }
        }
    }
};

std::string unescapeToken(std::string token)
{
    for (std::size_t at = token.find('~'); at != std::string::npos; at = token.find('~', at + 1)) {
        if (at + 1 < token.size() && (token[at + 1] == '0' || token[at + 1] == '1'))
            token.replace(at, 2, token[at + 1] == '0' ? "~" : "/");
    }
    return token;
}

std::vector<std::string> tokens(const std::string &reference)
{
    std::vector<std::string> result;
    const QByteArray decoded = QByteArray::fromPercentEncoding(QByteArray::fromStdString(reference));
    const QList<QByteArray> parts = decoded.mid(2).split('/'); // after "#/"
    for (const QByteArray &part : parts)
        result.push_back(unescapeToken(part.toStdString()));
    return result;
}

} // namespace

const json *follow(const json &root, const std::string &reference)
{
    if (reference.rfind("#/", 0) != 0)
        return reference == "#" ? &root : nullptr;
    const json *node = &root;
    for (const std::string &token : tokens(reference)) {
        if (node->is_object()) {
            const auto found = node->find(token);
            if (found == node->end())
                return nullptr;
            node = &*found;
        } else if (node->is_array()) {
            bool ok = false;
            const qsizetype index = QByteArray::fromStdString(token).toLongLong(&ok);
            if (!ok || index < 0 || std::size_t(index) >= node->size())
                return nullptr;
            node = &(*node)[std::size_t(index)];
        } else {
            return nullptr;
        }
    }
    return node;
}

std::optional<json> prepare(const json &schema, const json &components, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<json> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    json source = json::object();
    if (components.is_object())
        source["components"] = components;
    json document = schema;
    Rewriter rewriter;
    rewriter.schema(document, 0);
    json reached = json::object(); // the "components" member of the result, built as $refs are found
    QSet<QByteArray> copied;
    while (!rewriter.references.empty()) {
        const std::string reference = rewriter.references.front();
        rewriter.references.pop_front();
        const QString shown = QString::fromStdString(reference);
        if (reference.rfind("#/components/", 0) != 0)
            return fail(QStringLiteral("the reference '%1' does not point into #/components/ (only local "
                                       "references to the definition's components are followed)")
                            .arg(shown));
        const json *target = follow(source, reference);
        if (!target)
            return fail(QStringLiteral("the reference '%1' points to nothing").arg(shown));
        if (copied.contains(QByteArray::fromStdString(reference)))
            continue;
        copied.insert(QByteArray::fromStdString(reference));
        // Copy the target to the same place in the result, then rewrite it and follow its own $refs.
        const std::vector<std::string> path = tokens(reference);
        json *slot = &reached;
        for (std::size_t i = 1; i < path.size(); ++i) { // path[0] is "components"
            if (!slot->is_object() && !slot->is_null())
                return fail(QStringLiteral("the reference '%1' crosses a non-object").arg(shown));
            slot = &(*slot)[path[i]];
        }
        *slot = *target;
        rewriter.schema(*slot, 0);
    }
    json result = json::object();
    result["components"] = reached;
    // A $ref chain (A -> B -> A) with no schema at its end would make valijson recurse forever.
    for (const QByteArray &start : std::as_const(copied)) {
        const json *node = follow(result, start.toStdString());
        QSet<const json *> seen;
        for (int hop = 0; node && node->is_object() && node->contains("$ref"); ++hop) {
            if (seen.contains(node) || hop > maxRefHops)
                return fail(QStringLiteral("the reference '%1' starts a chain of $refs that never reaches "
                                           "a schema")
                                .arg(QString::fromLatin1(start)));
            seen.insert(node);
            const json &ref = node->at("$ref");
            node = ref.is_string() ? follow(result, ref.get<std::string>()) : nullptr;
        }
    }
    if (document.is_object()) {
        document["components"] = std::move(reached);
        return document;
    }
    return fail(QStringLiteral("a schema must be a JSON object"));
}

} // namespace Gatehouse::SchemaDialect
