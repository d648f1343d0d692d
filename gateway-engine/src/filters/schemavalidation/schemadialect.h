#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace Gatehouse::SchemaDialect {

// Keywords Gatehouse checks itself (see SchemaConstraints); the originals are renamed to these.
inline constexpr const char *patternKeyword = "x-gatehouse-pattern";
inline constexpr const char *formatKeyword = "x-gatehouse-format";

// The document valijson compiles for one OpenAPI schema: the schema in JSON Schema draft 7 terms, with a
// "components" member holding the (likewise rewritten) components it reaches through $refs.
// nullopt with *error for a $ref outside "#/components/", one that names nothing, or a chain of $refs
// that never reaches a schema.
std::optional<nlohmann::json> prepare(
    const nlohmann::json &schema, const nlohmann::json &components, QString *error);

// The node a local "#/..." reference names in root; nullptr when there is none.
const nlohmann::json *follow(const nlohmann::json &root, const std::string &reference);

} // namespace Gatehouse::SchemaDialect
