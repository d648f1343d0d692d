#include "validationjson.h"

#include "configjson.h"
#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Gatehouse::ValidationJson {

namespace {

const QString kSchema = QStringLiteral("schema");
const QString kMediaTypes = QStringLiteral("mediaTypes");
const QString kRequired = QStringLiteral("required");

QJsonArray stringArray(const QList<QByteArray> &values)
{
    QJsonArray array;
    for (const QByteArray &value : values)
        array.append(QString::fromUtf8(value));
    return array;
}

QList<QByteArray> byteArrays(const QStringList &values)
{
    QList<QByteArray> result;
    for (const QString &value : values)
        result.append(value.toUtf8());
    return result;
}

QByteArray readSchema(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    const auto schema = reader.object(json, path, kSchema);
    return schema ? schemaFromJson(*schema) : QByteArray();
}

} // namespace

QJsonObject schemaToJson(const QByteArray &schema)
{
    return QJsonDocument::fromJson(schema).object();
}

QByteArray schemaFromJson(const QJsonObject &schema)
{
    return QJsonDocument(schema).toJson(QJsonDocument::Compact);
}

QJsonObject toJson(const OperationSchemas &schemas)
{
    QJsonObject json;
    if (!schemas.parameters.empty()) {
        QJsonArray parameters;
        for (const ParameterSchema &parameter : schemas.parameters) {
            QJsonObject item { { QStringLiteral("name"), parameter.name },
                { QStringLiteral("in"), QString::fromLatin1(parameter.in) },
                { kRequired, parameter.required } };
            if (!parameter.schema.isEmpty())
                item.insert(kSchema, schemaToJson(parameter.schema));
            parameters.append(item);
        }
        json.insert(QStringLiteral("parameters"), parameters);
    }
    if (schemas.hasRequestBody) {
        QJsonObject body { { kRequired, schemas.requestBodyRequired },
            { kMediaTypes, stringArray(schemas.requestMediaTypes) } };
        if (!schemas.requestBodySchema.isEmpty())
            body.insert(kSchema, schemaToJson(schemas.requestBodySchema));
        json.insert(QStringLiteral("requestBody"), body);
    }
    if (!schemas.responses.empty()) {
        QJsonArray responses;
        for (const ResponseSchema &response : schemas.responses) {
            QJsonObject item { { QStringLiteral("status"), response.status },
                { kMediaTypes, stringArray(response.mediaTypes) } };
            if (!response.schema.isEmpty())
                item.insert(kSchema, schemaToJson(response.schema));
            responses.append(item);
        }
        json.insert(QStringLiteral("responses"), responses);
    }
    return json;
}

OperationSchemas readOperationSchemas(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    OperationSchemas schemas;
    const QString parametersPath = JsonFieldReader::member(path, QStringLiteral("parameters"));
    const QJsonArray parameters = reader.array(json, path, QStringLiteral("parameters"));
    for (qsizetype i = 0; i < parameters.size() && reader.ok(); ++i) {
        const auto item = reader.objectAt(parameters, parametersPath, i);
        if (!item)
            continue;
        const QString itemPath = JsonFieldReader::element(parametersPath, i);
        ParameterSchema parameter;
        parameter.name = reader.string(*item, itemPath, QStringLiteral("name"));
        parameter.in = reader.string(*item, itemPath, QStringLiteral("in")).toLatin1();
        if (reader.ok() && parameter.in != "path" && parameter.in != "query" && parameter.in != "header")
            reader.fail(JsonFieldReader::member(itemPath, QStringLiteral("in")),
                ConfigJson::tr("expected path, query or header"));
        parameter.required = reader.boolean(*item, itemPath, kRequired, false);
        parameter.schema = readSchema(reader, *item, itemPath);
        schemas.parameters.push_back(std::move(parameter));
    }
    if (const auto body = reader.object(json, path, QStringLiteral("requestBody"))) {
        const QString bodyPath = JsonFieldReader::member(path, QStringLiteral("requestBody"));
        schemas.hasRequestBody = true;
        schemas.requestBodyRequired = reader.boolean(*body, bodyPath, kRequired, false);
        schemas.requestMediaTypes = byteArrays(reader.strings(*body, bodyPath, kMediaTypes));
        schemas.requestBodySchema = readSchema(reader, *body, bodyPath);
    }
    const QString responsesPath = JsonFieldReader::member(path, QStringLiteral("responses"));
    const QJsonArray responses = reader.array(json, path, QStringLiteral("responses"));
    for (qsizetype i = 0; i < responses.size() && reader.ok(); ++i) {
        const auto item = reader.objectAt(responses, responsesPath, i);
        if (!item)
            continue;
        const QString itemPath = JsonFieldReader::element(responsesPath, i);
        ResponseSchema response;
        response.status = reader.string(*item, itemPath, QStringLiteral("status"));
        response.mediaTypes = byteArrays(reader.strings(*item, itemPath, kMediaTypes));
        response.schema = readSchema(reader, *item, itemPath);
        schemas.responses.push_back(std::move(response));
    }
    return schemas;
}

} // namespace Gatehouse::ValidationJson
