#pragma once

#include "config/gatewayconfig.h"

#include <QJsonObject>
#include <QString>

namespace Gatehouse {

class JsonFieldReader;

// The schema-validation parts of ConfigJson: an operation's "schemas" member and the JSON Schema values
// (stored as JSON objects, held as compact JSON text in the config types).
namespace ValidationJson {

QJsonObject toJson(const OperationSchemas &schemas);
OperationSchemas readOperationSchemas(JsonFieldReader &reader, const QJsonObject &json, const QString &path);
// A schema's compact text as a JSON object (empty text: an empty object) and back (Qt's compact form,
// which the importer writes too, so values survive a round trip unchanged).
QJsonObject schemaToJson(const QByteArray &schema);
QByteArray schemaFromJson(const QJsonObject &schema);

} // namespace ValidationJson

} // namespace Gatehouse
