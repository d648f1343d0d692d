#pragma once

#include <QByteArray>
#include <QList>
#include <nlohmann/json_fwd.hpp>

namespace Gatehouse {

class JsonSchema;

// Reads OpenAPI parameters out of a request, as their schemas expect them (default styles: "form" with
// explode for query parameters, "simple" for path and header parameters).
namespace ParameterValues {

// Every value of a query parameter, percent-decoded ('+' is a space).
QList<QByteArray> query(const QByteArray &query, const QByteArray &name);
// The percent-decoded segment `index` of a resource path ("/pets/42" -> 0: "pets", 1: "42").
QByteArray pathSegment(const QByteArray &resourcePath, int index);
// The parameter's text as the JSON value its schema's type asks for: "7" is 7 for an integer, "a,b" is
// ["a", "b"] for an array (query: one element per occurrence). Text that is not of the type stays a string,
// so the schema reports the mismatch.
nlohmann::json toJson(const QList<QByteArray> &values, const JsonSchema *schema, bool exploded);

} // namespace ParameterValues

} // namespace Gatehouse
