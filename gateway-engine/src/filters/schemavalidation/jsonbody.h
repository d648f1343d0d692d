#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace Gatehouse::JsonBody {

struct Limits
{
    int maxDepth = 64; // nesting of arrays and objects
    qsizetype maxKeyBytes = 1024; // valijson matches patternProperties on keys with std::regex
};

// Parses an untrusted body as JSON without exceptions and without deep recursion: nesting and key sizes
// are checked by a linear scan before parsing (nlohmann's parser is iterative; its values are destroyed
// iteratively too). nullopt with *error ("not valid UTF-8", "not valid JSON", "nested deeper than ...").
std::optional<nlohmann::json> parse(const QByteArray &body, const Limits &limits, QString *error);

// "application/json", "application/problem+json", ... (parameters and case ignored).
bool isJsonMediaType(QByteArrayView contentType);
// The media type without parameters, lower case.
QByteArray mediaTypeOf(QByteArrayView contentType);

} // namespace Gatehouse::JsonBody
