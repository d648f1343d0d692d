#pragma once

#include "config/environmentsettings.h"
#include "config/gatewayconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Gatehouse {

// JSON form of the engine's config value types, as stored in the workspace (definition_json,
// snapshot_json, settings_json) and written to the importer's golden files.
// Writing is total; reading checks every type and reports the first problem with its JSON path
// ("resources[1].operations[0].method: expected a string"). Absent optional keys take the defaults
// of the C++ types, so older documents keep loading when later issues add fields.
class ConfigJson
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ConfigJson)
public:
    static QJsonObject toJson(const ApiConfig &api);
    static QJsonObject toJson(const EndpointGroup &group);
    static QJsonObject toJson(const ResourceConfig &resource);
    static QJsonObject toJson(const OperationConfig &operation);
    static QJsonObject toJson(const MockResponse &mock);
    static QJsonObject toJson(const EnvironmentSettings &settings);
    static QJsonObject toJson(const GatewayConfig &config); // the APIs only; the realm holds secrets
    // Security: inside an API under "security", inside an operation under "security" (both left out when
    // they equal the defaults, so older documents and golden files stay as they were), and the
    // external issuers stored by the workspace.
    static QJsonObject toJson(const ApiSecurity &security);
    static QJsonObject toJson(const OperationSecurity &security);
    static QJsonObject toJson(const IssuerConfig &issuer);

    static std::optional<ApiConfig> apiFromJson(const QJsonObject &json, QString *error);
    static std::optional<EndpointGroup> endpointGroupFromJson(const QJsonObject &json, QString *error);
    static std::optional<ResourceConfig> resourceFromJson(const QJsonObject &json, QString *error);
    static std::optional<OperationConfig> operationFromJson(const QJsonObject &json, QString *error);
    static std::optional<MockResponse> mockFromJson(const QJsonObject &json, QString *error);
    static std::optional<EnvironmentSettings> environmentFromJson(const QJsonObject &json, QString *error);
    static std::optional<GatewayConfig> gatewayConfigFromJson(const QJsonObject &json, QString *error);
    static std::optional<ApiSecurity> apiSecurityFromJson(const QJsonObject &json, QString *error);
    static std::optional<OperationSecurity> operationSecurityFromJson(
        const QJsonObject &json, QString *error);
    static std::optional<IssuerConfig> issuerFromJson(const QJsonObject &json, QString *error);

    static QByteArray serialize(const QJsonObject &object, bool indented = false);
    // Parses bytes that must hold one JSON object; the error names the offset of a syntax error.
    static std::optional<QJsonObject> parseObject(const QByteArray &bytes, QString *error);
};

} // namespace Gatehouse
