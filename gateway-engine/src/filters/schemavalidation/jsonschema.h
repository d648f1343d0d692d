#pragma once

#include "schemaviolation.h"

#include <QByteArray>
#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace valijson {
class Schema;
}

namespace Gatehouse {

// One OpenAPI schema compiled for valijson, once per deployment, and shared by every worker.
// OpenAPI's dialect is turned into JSON Schema draft 7 first: `nullable`, boolean exclusiveMinimum /
// exclusiveMaximum (3.0). `pattern` and `format` are checked by Gatehouse's own constraints
// (QRegularExpression, PCRE2 with a match limit) instead of valijson's std::regex, whose recursive
// matcher overflows the stack on strings of some 100 KB. $refs must point into the components of the
// definition ("#/components/..."); only the components a schema reaches are copied into it, and chains
// of $refs that loop without ever reaching a schema are refused (valijson would recurse forever).
class JsonSchema
{
public:
    ~JsonSchema();
    // `schema`: the schema's JSON; `components`: the definition's {"schemas": {...}} (may be null).
    // nullptr with *error set when the schema cannot be used.
    static std::shared_ptr<const JsonSchema> compile(
        const nlohmann::json &schema, const nlohmann::json &components, QString *error);
    static std::shared_ptr<const JsonSchema> compile(
        const QByteArray &schema, const nlohmann::json &components, QString *error);

    // Appends what is wrong with `value` (nothing when it is valid); pointers are prefixed by `prefix`.
    // Returns whether the value is valid. Never throws.
    bool validate(const nlohmann::json &value, const QByteArray &in, const QByteArray &prefix,
        SchemaViolations *violations) const;

    // The schema's own "type" after its top-level $ref (first non-null of a list), and that of its
    // "items": how a parameter's text is read before it is checked ("integer", "array", ...).
    const QByteArray &type() const { return m_type; }
    const QByteArray &itemsType() const { return m_itemsType; }

private:
    JsonSchema();
    std::unique_ptr<valijson::Schema> m_schema;
    QByteArray m_type;
    QByteArray m_itemsType;
};

using JsonSchemaPtr = std::shared_ptr<const JsonSchema>;

} // namespace Gatehouse
