#include "yamljson.h"

#include <QRegularExpression>
#include <QString>
#include <charconv>
#include <cmath>
#include <limits>

namespace Gatehouse {

nlohmann::ordered_json YamlJson::toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        return nullptr;
    case YAML::NodeType::Scalar:
        return scalarToJson(node);
    case YAML::NodeType::Sequence: {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const YAML::Node &element : node)
            array.push_back(toJson(element));
        return array;
    }
    case YAML::NodeType::Map: {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (const auto &entry : node)
            object[entry.first.Scalar()] = toJson(entry.second);
        return object;
    }
    }
    return nullptr;
}

nlohmann::ordered_json YamlJson::scalarToJson(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    if (node.Tag() != "?") // quoted, or explicitly tagged: a string
        return text;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;

    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression floating(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    const QString qtext = QString::fromStdString(text);
    if (integer.match(qtext).hasMatch()) {
        const char *begin = text.data() + (text.front() == '+' ? 1 : 0);
        long long value = 0;
        const auto [end, error] = std::from_chars(begin, text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size())
            return value;
    }
    if (floating.match(qtext).hasMatch()) {
        bool ok = false;
        const double value = qtext.toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
    }
    return text; // .inf / .nan have no JSON form: keep the text
}

} // namespace Gatehouse
