#pragma once

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace Gatehouse {

// YAML node -> JSON value, resolving plain scalars with the YAML 1.2 core schema (null, booleans,
// integers, floats); quoted scalars stay strings, so a JSON document converts to itself.
class YamlJson
{
public:
    static nlohmann::ordered_json toJson(const YAML::Node &node);
    static nlohmann::ordered_json scalarToJson(const YAML::Node &node);
};

} // namespace Gatehouse
