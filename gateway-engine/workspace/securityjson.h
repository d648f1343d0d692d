#pragma once

#include "config/securityconfig.h"

#include <QJsonObject>
#include <QString>

namespace Gatehouse {

class JsonFieldReader;

// The security parts of ConfigJson's reading, shared by the API, operation and issuer readers.
namespace SecurityJson {

ApiSecurity readApiSecurity(JsonFieldReader &reader, const QJsonObject &json, const QString &path);
OperationSecurity readOperationSecurity(
    JsonFieldReader &reader, const QJsonObject &json, const QString &path);
IssuerConfig readIssuer(JsonFieldReader &reader, const QJsonObject &json, const QString &path);

// RFC 9110 token characters: what a header name may consist of.
bool isHeaderName(const QByteArray &name);

} // namespace SecurityJson

} // namespace Gatehouse
