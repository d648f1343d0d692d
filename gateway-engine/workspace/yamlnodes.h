#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
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

// A string scalar that stays a string when written as YAML or JSON ("1.0" stays "1.0", not 1.0): the
// "!" tag is what yaml-cpp gives a quoted scalar.
inline YAML::Node stringScalar(const QString &text)
{
    YAML::Node node(text.toStdString());
    node.SetTag("!");
    return node;
}

// A sequence of string scalars (see stringScalar).
inline YAML::Node stringSequence(const QStringList &values)
{
    YAML::Node list(YAML::NodeType::Sequence);
    for (const QString &value : values)
        list.push_back(stringScalar(value));
    return list;
}

// A boolean or number made here that stays one in JSON: "?" is the tag of a plain scalar, which JSON output
// resolves (a node without a tag is written as a string).
template<typename Value> inline YAML::Node plainScalar(const Value &value)
{
    YAML::Node node(value);
    node.SetTag("?");
    return node;
}

// The node a JSON pointer (RFC 6901, the part of a $ref after '#', percent-decoded as a URI fragment)
// names under root; Undefined when there is none. "" is the root itself.
inline YAML::Node followPointer(const YAML::Node &root, const QString &fragment)
{
    if (fragment.isEmpty())
        return root;
    if (!fragment.startsWith(QLatin1Char('/')))
        return YAML::Node(YAML::NodeType::Undefined);
    QStringList tokens = QUrl::fromPercentEncoding(fragment.toUtf8()).split(QLatin1Char('/'));
    tokens.removeFirst();
    // reset(), never operator=: assigning to a node that refers into a document overwrites the document.
    YAML::Node node;
    node.reset(root);
    for (QString &token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (node.IsMap()) {
            node.reset(child(node, token.toUtf8().constData()));
        } else if (node.IsSequence()) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0 || std::size_t(index) >= node.size())
                return YAML::Node(YAML::NodeType::Undefined);
            node.reset(node[std::size_t(index)]);
        } else {
            return YAML::Node(YAML::NodeType::Undefined);
        }
        if (!node.IsDefined())
            return node;
    }
    return node;
}

} // namespace Gatehouse::YamlNodes
