#pragma once

#include <QString>
#include <yaml-cpp/yaml.h>

namespace Gatehouse::YamlNodes {

// Never returns yaml-cpp's "zombie" nodes (what a missing key yields): they throw on reset() and Mark().
inline YAML::Node child(const YAML::Node &node, const char *key)
{
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node value = node[key];
    if (!value.IsDefined())
        return YAML::Node(YAML::NodeType::Undefined);
    return value;
}

inline bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

inline QString text(const YAML::Node &scalar)
{
    return QString::fromStdString(scalar.Scalar());
}

} // namespace Gatehouse::YamlNodes
