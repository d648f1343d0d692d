#include "apidesign.h"
#include "yamlnodes.h"

#include <QRegularExpression>
#include <numeric>

// DesignEdit applied to YAML nodes. Handles come from reset() and followPointer(); assigning to such a
// handle overwrites the node in the document, which is how a rebuilt map or sequence replaces the old one.

namespace Gatehouse {

using YamlNodes::child;
using YamlNodes::followPointer;
using YamlNodes::present;
using YamlNodes::stringScalar;

namespace {

const QStringList httpMethods = { QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
    QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch"),
    QStringLiteral("trace") };
const QString schemaRefPrefix = QStringLiteral("#/components/schemas/");

YAML::Node undefinedNode()
{
    return YAML::Node(YAML::NodeType::Undefined);
}

QStringList tokensOf(const QString &pointer)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst();
    for (QString &token : tokens)
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

QString pointerOf(const QStringList &tokens)
{
    QString pointer;
    for (const QString &token : tokens)
        pointer += QLatin1Char('/') + ApiDesignDocument::pointerToken(token);
    return pointer;
}

// The node at tokens, maps created where keys are missing; Undefined with *error where the path runs
// into something that is not a map (or a sequence with that index).
YAML::Node mapAt(const YAML::Node &root, const QStringList &tokens, QString *error)
{
    YAML::Node node;
    node.reset(root);
    for (const QString &token : tokens) {
        if (node.IsSequence()) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0 || std::size_t(index) >= node.size()) {
                *error = ApiDesignDocument::tr("%1 has no item %2").arg(pointerOf(tokens), token);
                return undefinedNode();
            }
            node.reset(node[std::size_t(index)]);
            continue;
        }
        if (node.IsNull())
            node = YAML::Node(YAML::NodeType::Map);
        if (!node.IsMap()) {
            *error = ApiDesignDocument::tr("%1 is not a mapping").arg(pointerOf(tokens));
            return undefinedNode();
        }
        const std::string key = token.toStdString();
        if (!present(child(node, key.c_str())))
            node[key] = YAML::Node(YAML::NodeType::Map);
        node.reset(node[key]);
    }
    return node;
}

YAML::Node existing(const YAML::Node &root, const QString &pointer, QString *error)
{
    YAML::Node node = followPointer(root, pointer);
    if (!node.IsDefined())
        *error = ApiDesignDocument::tr("the document has nothing at %1").arg(pointer);
    return node;
}

// The map entries of `map` as (key, value) pairs, in order.
std::vector<std::pair<YAML::Node, YAML::Node>> entriesOf(const YAML::Node &map)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> entries;
    for (const auto &entry : map)
        entries.emplace_back(entry.first, entry.second);
    return entries;
}

int indexOfKey(const std::vector<std::pair<YAML::Node, YAML::Node>> &entries, const QString &key)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].first.IsScalar() && YamlNodes::text(entries[i].first) == key)
            return int(i);
    }
    return -1;
}

// Replaces the entries of `map` by entries[order[0]], entries[order[1]], ...; the entry at renamedIndex
// gets newKey. (YAML::Node's operator= writes through to the node, so entries are never reassigned.)
void replaceEntries(YAML::Node &map, const std::vector<std::pair<YAML::Node, YAML::Node>> &entries,
    const std::vector<int> &order, int renamedIndex = -1, const YAML::Node &newKey = YAML::Node())
{
    YAML::Node rebuilt(YAML::NodeType::Map);
    for (const int index : order) {
        const auto &[key, value] = entries[std::size_t(index)];
        if (index == renamedIndex)
            rebuilt.force_insert(newKey, value);
        else
            rebuilt.force_insert(key, value);
    }
    map = rebuilt;
}

std::vector<int> identityOrder(std::size_t size)
{
    std::vector<int> order(size);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

YAML::Node schemaFor(const QString &typeOrComponent)
{
    YAML::Node schema(YAML::NodeType::Map);
    if (ApiDesignDocument::jsonSchemaTypes().contains(typeOrComponent)) {
        schema["type"] = typeOrComponent.toStdString();
        if (typeOrComponent == QLatin1String("array"))
            schema["items"]["type"] = "string";
    } else {
        schema["$ref"] = stringScalar(schemaRefPrefix + typeOrComponent);
    }
    return schema;
}

bool isKnownType(const YAML::Node &root, const QString &typeOrComponent)
{
    return ApiDesignDocument::jsonSchemaTypes().contains(typeOrComponent)
        || present(child(child(child(root, "components"), "schemas"), typeOrComponent.toStdString().c_str()));
}

QString reasonPhrase(const QString &code)
{
    static const QHash<QString, QString> phrases = { { QStringLiteral("200"), QStringLiteral("OK") },
        { QStringLiteral("201"), QStringLiteral("Created") },
        { QStringLiteral("202"), QStringLiteral("Accepted") },
        { QStringLiteral("204"), QStringLiteral("No Content") },
        { QStringLiteral("400"), QStringLiteral("Bad Request") },
        { QStringLiteral("401"), QStringLiteral("Unauthorized") },
        { QStringLiteral("403"), QStringLiteral("Forbidden") },
        { QStringLiteral("404"), QStringLiteral("Not Found") },
        { QStringLiteral("409"), QStringLiteral("Conflict") },
        { QStringLiteral("500"), QStringLiteral("Internal Server Error") },
        { QStringLiteral("default"), QStringLiteral("Unexpected error") } };
    return phrases.value(code, QStringLiteral("Response %1").arg(code));
}

YAML::Node newOperation()
{
    YAML::Node response(YAML::NodeType::Map);
    response["description"] = "OK";
    YAML::Node responses(YAML::NodeType::Map);
    responses.force_insert(stringScalar(QStringLiteral("200")), response);
    YAML::Node operation(YAML::NodeType::Map);
    operation["responses"] = responses;
    return operation;
}

bool declares(const YAML::Node &parameters, const QString &name, const QString &in)
{
    if (!parameters.IsDefined() || !parameters.IsSequence())
        return false;
    for (const YAML::Node &parameter : parameters) {
        if (parameter.IsMap() && YamlNodes::text(child(parameter, "name")) == name
            && YamlNodes::text(child(parameter, "in")) == in)
            return true;
    }
    return false;
}

// Every {name} of the template declared as a path parameter, on the path item where no operation has it.
void declarePathParameters(YAML::Node &pathItem, const QString &pathTemplate)
{
    for (const QString &name : ApiDesignDocument::pathParameterNames(pathTemplate)) {
        if (declares(child(pathItem, "parameters"), name, QStringLiteral("path")))
            continue;
        int operations = 0;
        int declaring = 0;
        for (const QString &method : httpMethods) {
            const YAML::Node operation = child(pathItem, method.toLatin1().constData());
            if (present(operation)) {
                ++operations;
                declaring += declares(child(operation, "parameters"), name, QStringLiteral("path")) ? 1 : 0;
            }
        }
        if (operations > 0 && declaring == operations)
            continue;
        YAML::Node parameter(YAML::NodeType::Map);
        parameter["name"] = stringScalar(name);
        parameter["in"] = "path";
        parameter["required"] = true;
        parameter["schema"]["type"] = "string";
        if (!present(child(pathItem, "parameters")))
            pathItem["parameters"] = YAML::Node(YAML::NodeType::Sequence);
        YAML::Node parameters;
        parameters.reset(pathItem["parameters"]);
        parameters.push_back(parameter);
    }
}

bool isResponseCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-5][0-9][0-9]|[1-5]XX|default)$"));
    return pattern.match(code).hasMatch();
}

} // namespace

const QStringList &ApiDesignDocument::jsonSchemaTypes()
{
    static const QStringList types
        = { QStringLiteral("string"), QStringLiteral("integer"), QStringLiteral("number"),
              QStringLiteral("boolean"), QStringLiteral("array"), QStringLiteral("object") };
    return types;
}

bool ApiDesignDocument::applyTo(YAML::Node &root, const DesignEdit &edit, QString *error) const
{
    const QStringList tokens = tokensOf(edit.pointer);
    const QString last = tokens.value(tokens.size() - 1);
    const QStringList parentTokens = tokens.mid(0, tokens.size() - 1);
    using Kind = DesignEdit::Kind;
    switch (edit.kind) {
    case Kind::SetText:
    case Kind::SetList:
    case Kind::SetFlag: {
        if (tokens.isEmpty()) {
            *error = tr("the document itself cannot be replaced");
            return false;
        }
        YAML::Node parent = mapAt(root, parentTokens, error);
        if (!parent.IsMap()) {
            if (error->isEmpty())
                *error = tr("%1 is not a mapping").arg(pointerOf(parentTokens));
            return false;
        }
        const std::string key = last.toStdString();
        const bool empty = edit.kind == Kind::SetText ? edit.text.isEmpty()
            : edit.kind == Kind::SetList              ? edit.list.isEmpty()
                                                      : !edit.flag;
        if (empty) {
            parent.remove(key);
        } else if (edit.kind == Kind::SetText) {
            parent[key] = stringScalar(edit.text);
        } else if (edit.kind == Kind::SetFlag) {
            parent[key] = true;
        } else {
            YAML::Node sequence(YAML::NodeType::Sequence);
            for (const QString &item : edit.list)
                sequence.push_back(stringScalar(item));
            parent[key] = sequence;
        }
        return true;
    }
    case Kind::Remove: {
        YAML::Node parent = existing(root, pointerOf(parentTokens), error);
        if (tokens.isEmpty() || !parent.IsDefined())
            return false;
        if (parent.IsMap()) {
            if (!child(parent, last.toStdString().c_str()).IsDefined()) {
                *error = tr("the document has nothing at %1").arg(edit.pointer);
                return false;
            }
            parent.remove(last.toStdString());
            return true;
        }
        bool isIndex = false;
        const int index = last.toInt(&isIndex);
        if (!parent.IsSequence() || !isIndex || index < 0 || std::size_t(index) >= parent.size()) {
            *error = tr("the document has nothing at %1").arg(edit.pointer);
            return false;
        }
        YAML::Node rebuilt(YAML::NodeType::Sequence);
        for (std::size_t i = 0; i < parent.size(); ++i) {
            if (int(i) != index)
                rebuilt.push_back(parent[i]);
        }
        parent = rebuilt;
        return true;
    }
    case Kind::RenameKey:
    case Kind::MoveKey: {
        YAML::Node parent = existing(root, pointerOf(parentTokens), error);
        if (!parent.IsMap()) {
            if (error->isEmpty())
                *error = tr("%1 is not a mapping").arg(pointerOf(parentTokens));
            return false;
        }
        auto entries = entriesOf(parent);
        const int index = indexOfKey(entries, last);
        if (index < 0) {
            *error = tr("the document has nothing at %1").arg(edit.pointer);
            return false;
        }
        if (edit.kind == Kind::MoveKey) {
            const int target = std::clamp(index + edit.delta, 0, int(entries.size()) - 1);
            std::vector<int> order = identityOrder(entries.size());
            order.erase(order.begin() + index);
            order.insert(order.begin() + target, index);
            replaceEntries(parent, entries, order);
            return true;
        }
        if (edit.text.isEmpty() || (edit.text != last && indexOfKey(entries, edit.text) >= 0)) {
            *error = edit.text.isEmpty()
                ? tr("a name cannot be empty")
                : tr("%1 exists already").arg(pointerOf(parentTokens + QStringList { edit.text }));
            return false;
        }
        const bool isPath = parentTokens == QStringList { QStringLiteral("paths") };
        if (isPath && !edit.text.startsWith(QLatin1Char('/'))) {
            *error = tr("a resource path starts with '/'");
            return false;
        }
        replaceEntries(parent, entries, identityOrder(entries.size()), index, stringScalar(edit.text));
        if (isPath) {
            YAML::Node pathItem;
            pathItem.reset(parent[edit.text.toStdString()]);
            if (pathItem.IsMap())
                declarePathParameters(pathItem, edit.text);
        }
        if (parentTokens.size() >= 2 && parentTokens.constLast() == QLatin1String("properties")) {
            YAML::Node schema = followPointer(root, pointerOf(parentTokens.mid(0, parentTokens.size() - 1)));
            YAML::Node required = child(schema, "required");
            if (required.IsDefined() && required.IsSequence()) {
                for (std::size_t i = 0; i < required.size(); ++i) {
                    if (required[i].IsScalar() && YamlNodes::text(required[i]) == last) {
                        YAML::Node item;
                        item.reset(required[i]);
                        item = stringScalar(edit.text);
                    }
                }
            }
        }
        return true;
    }
    case Kind::AddResource: {
        if (!edit.text.startsWith(QLatin1Char('/')) || edit.text.contains(QLatin1Char(' '))) {
            *error = tr("'%1' is not a resource path: it starts with '/' and has no spaces").arg(edit.text);
            return false;
        }
        YAML::Node paths = mapAt(root, { QStringLiteral("paths") }, error);
        if (!paths.IsMap())
            return false;
        if (present(child(paths, edit.text.toStdString().c_str()))) {
            *error = tr("the resource %1 exists already").arg(edit.text);
            return false;
        }
        YAML::Node pathItem(YAML::NodeType::Map);
        declarePathParameters(pathItem, edit.text);
        pathItem["get"] = newOperation();
        paths[edit.text.toStdString()] = pathItem;
        return true;
    }
    case Kind::AddOperation: {
        const QString method = edit.text.toLower();
        YAML::Node pathItem = existing(root, edit.pointer, error);
        if (!pathItem.IsMap() || !httpMethods.contains(method)) {
            if (error->isEmpty())
                *error = tr("'%1' is not an HTTP method").arg(edit.text);
            return false;
        }
        if (present(child(pathItem, method.toLatin1().constData()))) {
            *error = tr("the resource has a %1 operation already").arg(method.toUpper());
            return false;
        }
        pathItem[method.toStdString()] = newOperation();
        return true;
    }
    case Kind::AddParameter: {
        YAML::Node operation = existing(root, edit.pointer, error);
        const QString name = edit.list.value(0);
        const QString in = edit.list.value(1);
        const QString type = edit.list.value(2, QStringLiteral("string"));
        static const QStringList locations = { QStringLiteral("path"), QStringLiteral("query"),
            QStringLiteral("header"), QStringLiteral("cookie") };
        if (!operation.IsMap() || name.isEmpty() || !locations.contains(in) || !isKnownType(root, type)) {
            if (error->isEmpty())
                *error = tr("a parameter needs a name, a location (%1) and a known type")
                             .arg(locations.join(u", "));
            return false;
        }
        if (declares(child(operation, "parameters"), name, in)) {
            *error = tr("the operation has a %1 parameter '%2' already").arg(in, name);
            return false;
        }
        YAML::Node parameter(YAML::NodeType::Map);
        parameter["name"] = stringScalar(name);
        parameter["in"] = in.toStdString();
        if (in == QLatin1String("path") || edit.flag)
            parameter["required"] = true;
        parameter["schema"] = schemaFor(type);
        if (!present(child(operation, "parameters")))
            operation["parameters"] = YAML::Node(YAML::NodeType::Sequence);
        YAML::Node parameters;
        parameters.reset(operation["parameters"]);
        parameters.push_back(parameter);
        return true;
    }
    case Kind::SetRequestBodySchema: {
        YAML::Node operation = existing(root, edit.pointer, error);
        if (!operation.IsMap())
            return false;
        if (edit.text.isEmpty()) {
            operation.remove("requestBody");
            return true;
        }
        if (!isKnownType(root, edit.text)) {
            *error = tr("'%1' is neither a JSON Schema type nor a schema of the API").arg(edit.text);
            return false;
        }
        YAML::Node content
            = mapAt(operation, { QStringLiteral("requestBody"), QStringLiteral("content") }, error);
        if (!content.IsMap())
            return false;
        std::string mediaType = "application/json";
        for (const auto &entry : content) {
            if (entry.first.Scalar().find("json") != std::string::npos) {
                mediaType = entry.first.Scalar();
                break;
            }
        }
        YAML::Node media = mapAt(content, { QString::fromStdString(mediaType) }, error);
        media["schema"] = schemaFor(edit.text);
        return true;
    }
    case Kind::SetResponseCodes: {
        YAML::Node operation = existing(root, edit.pointer, error);
        if (!operation.IsMap())
            return false;
        if (edit.list.isEmpty()) {
            *error = tr("an operation needs at least one response");
            return false;
        }
        for (const QString &code : edit.list) {
            if (!isResponseCode(code)) {
                *error = tr("'%1' is not a response code (100 to 599, 2XX, or default)").arg(code);
                return false;
            }
        }
        const YAML::Node old = child(operation, "responses");
        const auto oldEntries = old.IsDefined() && old.IsMap()
            ? entriesOf(old)
            : std::vector<std::pair<YAML::Node, YAML::Node>> {};
        std::vector<std::pair<YAML::Node, YAML::Node>> entries;
        for (const QString &code : edit.list) {
            if (const int index = indexOfKey(oldEntries, code); index >= 0) {
                entries.emplace_back(
                    oldEntries[std::size_t(index)].first, oldEntries[std::size_t(index)].second);
                continue;
            }
            YAML::Node response(YAML::NodeType::Map);
            response["description"] = stringScalar(reasonPhrase(code));
            entries.emplace_back(stringScalar(code), response);
        }
        if (!present(old))
            operation["responses"] = YAML::Node(YAML::NodeType::Map);
        YAML::Node responses;
        responses.reset(operation["responses"]);
        replaceEntries(responses, entries, identityOrder(entries.size()));
        return true;
    }
    case Kind::AddSchema: {
        static const QRegularExpression componentName(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!componentName.match(edit.text).hasMatch()) {
            *error = tr("'%1' is not a schema name: letters, digits, '.', '-' and '_'").arg(edit.text);
            return false;
        }
        YAML::Node schemas = mapAt(root, { QStringLiteral("components"), QStringLiteral("schemas") }, error);
        if (!schemas.IsMap())
            return false;
        if (present(child(schemas, edit.text.toStdString().c_str()))) {
            *error = tr("the schema %1 exists already").arg(edit.text);
            return false;
        }
        YAML::Node schema(YAML::NodeType::Map);
        schema["type"] = "object";
        schema["properties"] = YAML::Node(YAML::NodeType::Map);
        schemas[edit.text.toStdString()] = schema;
        return true;
    }
    case Kind::AddProperty: {
        YAML::Node schema = existing(root, edit.pointer, error);
        const QString name = edit.list.value(0);
        const QString type = edit.list.value(1, QStringLiteral("string"));
        if (!schema.IsMap() || name.isEmpty() || !isKnownType(root, type)) {
            if (error->isEmpty())
                *error = tr("a property needs a name and a known type");
            return false;
        }
        YAML::Node properties = mapAt(schema, { QStringLiteral("properties") }, error);
        if (!properties.IsMap())
            return false;
        if (present(child(properties, name.toStdString().c_str()))) {
            *error = tr("the schema has a property '%1' already").arg(name);
            return false;
        }
        properties[name.toStdString()] = schemaFor(type);
        return true;
    }
    case Kind::SetType: {
        YAML::Node schema = existing(root, edit.pointer, error);
        if (!schema.IsMap())
            return false;
        if (!isKnownType(root, edit.text)) {
            *error = tr("'%1' is neither a JSON Schema type nor a schema of the API").arg(edit.text);
            return false;
        }
        if (!ApiDesignDocument::jsonSchemaTypes().contains(edit.text)) {
            schema = schemaFor(edit.text);
            return true;
        }
        schema.remove("$ref");
        schema["type"] = edit.text.toStdString();
        if (edit.text == QLatin1String("array") && !present(child(schema, "items")))
            schema["items"]["type"] = "string";
        return true;
    }
    case Kind::SetRequired: {
        if (parentTokens.size() < 2 || parentTokens.constLast() != QLatin1String("properties")) {
            *error = tr("%1 is not a property of an object schema").arg(edit.pointer);
            return false;
        }
        YAML::Node schema = existing(root, pointerOf(parentTokens.mid(0, parentTokens.size() - 1)), error);
        if (!schema.IsMap())
            return false;
        QStringList required;
        for (const YAML::Node &item : child(schema, "required")) {
            if (item.IsScalar())
                required << YamlNodes::text(item);
        }
        required.removeAll(last);
        if (edit.flag)
            required << last;
        if (required.isEmpty()) {
            schema.remove("required");
            return true;
        }
        YAML::Node sequence(YAML::NodeType::Sequence);
        for (const QString &name : std::as_const(required))
            sequence.push_back(stringScalar(name));
        schema["required"] = sequence;
        return true;
    }
    }
    return false;
}

} // namespace Gatehouse
