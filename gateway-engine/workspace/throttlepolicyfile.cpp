#include "throttlepolicyfile.h"

#include "throttlepolicyjson.h"
#include "throttlepolicyvalidation.h"
#include "yamljson.h"
#include "yamlnodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Gatehouse {

namespace {

const QString kEnvelopeType = QStringLiteral("throttling policy");

// The node a field path ("data.conditionalGroups[0].limit") names, or the deepest one that exists.
YAML::Node nodeAt(const YAML::Node &root, const QString &path)
{
    YAML::Node node;
    node.reset(root); // yaml-cpp's operator= would overwrite the document, reset() rebinds
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    for (auto it = part.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        YAML::Node next(YAML::NodeType::Undefined);
        if (!match.captured(1).isEmpty()) {
            next.reset(YamlNodes::child(node, match.captured(1).toStdString().c_str()));
        } else if (node.IsSequence()) {
            const std::size_t index = match.captured(2).toULong();
            if (index < node.size())
                next.reset(node[index]);
        }
        if (!next.IsDefined())
            break;
        node.reset(next);
    }
    return node;
}

Diagnostic errorAt(const QString &file, const YAML::Mark &mark, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.file = file;
    if (!mark.is_null()) {
        diagnostic.line = mark.line + 1;
        diagnostic.column = mark.column + 1;
    }
    diagnostic.message = message;
    return diagnostic;
}

// "path: message" from the JSON reader or the validator, placed at the path's node.
Diagnostic fieldError(
    const QString &file, const YAML::Node &document, const QString &prefix, const QString &error)
{
    const qsizetype colon = error.indexOf(QStringLiteral(": "));
    const QString path = colon < 0 ? QString() : error.left(colon);
    const QString fullPath = prefix.isEmpty() ? path
        : path.isEmpty()                      ? prefix
                                              : prefix + QLatin1Char('.') + path;
    const QString message = colon < 0 ? error : error.mid(colon + 2);
    const YAML::Node node = nodeAt(document, fullPath);
    return errorAt(
        file, node.Mark(), fullPath.isEmpty() ? message : fullPath + QStringLiteral(": ") + message);
}

QJsonObject toQJson(const YAML::Node &node)
{
    const std::string dumped = YamlJson::toJson(node).dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(dumped)).object();
}

void readOne(const YAML::Node &document, const QString &file, std::optional<ThrottlePolicyLevel> bareLevel,
    ThrottlePolicyFileResult &result)
{
    using YamlNodes::child;
    using YamlNodes::text;
    if (!document.IsMap()) {
        result.diagnostics.append(errorAt(file, document.Mark(),
            ThrottlePolicyFile::tr("expected a throttling policy (a mapping with type, subtype and data)")));
        return;
    }
    QString prefix;
    YAML::Node data;
    data.reset(document);
    std::optional<ThrottlePolicyLevel> level = bareLevel;
    const YAML::Node type = child(document, "type");
    if (type.IsDefined() && type.IsScalar() && text(type) == kEnvelopeType) {
        const YAML::Node subtype = child(document, "subtype");
        level = subtype.IsDefined() && subtype.IsScalar() ? throttlePolicyLevelFromId(text(subtype))
                                                          : std::nullopt;
        if (!level) {
            result.diagnostics.append(errorAt(file, subtype.IsDefined() ? subtype.Mark() : document.Mark(),
                ThrottlePolicyFile::tr(
                    "subtype: expected one of advanced, subscription, application, custom")));
            return;
        }
        data.reset(child(document, "data"));
        prefix = QStringLiteral("data");
        if (!data.IsDefined() || !data.IsMap()) {
            result.diagnostics.append(errorAt(file, data.IsDefined() ? data.Mark() : document.Mark(),
                ThrottlePolicyFile::tr("data: expected the policy as a mapping")));
            return;
        }
    } else if (type.IsDefined() && !bareLevel) {
        result.diagnostics.append(errorAt(file, type.Mark(),
            ThrottlePolicyFile::tr("type: expected 'throttling policy' (an apictl policy file)")));
        return;
    } else if (!level) {
        result.diagnostics.append(errorAt(file, document.Mark(),
            ThrottlePolicyFile::tr(
                "not an apictl policy file (type: throttling policy); for WSO2 admin JSON give "
                "the level")));
        return;
    }
    QString error;
    const auto policy = ThrottlePolicyJson::fromJson(toQJson(data), *level, &error);
    if (!policy) {
        result.diagnostics.append(fieldError(file, document, prefix, error));
        return;
    }
    const QList<ThrottlePolicyProblem> problems = ThrottlePolicyValidation::validate(*policy);
    for (const ThrottlePolicyProblem &problem : problems)
        result.diagnostics.append(fieldError(file, document, prefix, problem.toString()));
    if (problems.isEmpty())
        result.policies.push_back(*policy);
}

void emitJson(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &element : value.toArray())
            emitJson(out, element);
        out << YAML::EndSeq;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double:
        out << qint64(value.toDouble());
        break;
    case QJsonValue::String:
        // Quoted so that "10", "true" or "" stay strings when read back.
        out << YAML::DoubleQuoted << value.toString().toStdString();
        break;
    default:
        out << YAML::Null;
        break;
    }
}

QJsonObject envelope(const ThrottlePolicy &policy)
{
    return QJsonObject { { QStringLiteral("type"), kEnvelopeType },
        { QStringLiteral("subtype"), throttlePolicyLevelId(policy.level) },
        { QStringLiteral("version"), QString::fromLatin1(ThrottlePolicyFile::apictlVersion) },
        { QStringLiteral("data"), ThrottlePolicyJson::toJson(policy) } };
}

} // namespace

ThrottlePolicyFileResult ThrottlePolicyFile::read(
    const QByteArray &text, const QString &fileNameForMessages, std::optional<ThrottlePolicyLevel> bareLevel)
{
    ThrottlePolicyFileResult result;
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &exception) {
        result.diagnostics.append(
            errorAt(fileNameForMessages, exception.mark, QString::fromStdString(exception.msg)));
        return result;
    }
    if (!YamlNodes::present(root)) {
        result.diagnostics.append(
            errorAt(fileNameForMessages, YAML::Mark::null_mark(), tr("the file is empty")));
        return result;
    }
    if (root.IsSequence()) {
        for (const YAML::Node &document : root)
            readOne(document, fileNameForMessages, bareLevel, result);
    } else {
        readOne(root, fileNameForMessages, bareLevel, result);
    }
    if (hasErrors(result.diagnostics))
        result.policies.clear();
    return result;
}

QByteArray ThrottlePolicyFile::toApictlYaml(const ThrottlePolicy &policy)
{
    YAML::Emitter out;
    emitJson(out, envelope(policy));
    return QByteArray(out.c_str()) + '\n';
}

QByteArray ThrottlePolicyFile::toApictlJson(const ThrottlePolicy &policy)
{
    return QJsonDocument(envelope(policy)).toJson(QJsonDocument::Indented);
}

QByteArray ThrottlePolicyFile::toAdminJson(const ThrottlePolicy &policy)
{
    return QJsonDocument(ThrottlePolicyJson::toJson(policy)).toJson(QJsonDocument::Indented);
}

} // namespace Gatehouse
