#pragma once

#include "securityconfig.h"
#include "throttleconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>
#include <vector>

namespace Gatehouse {

enum class GatewayProfile
{
    ChoreoConnect,
    ApiGateway
};
enum class EnvironmentMode
{
    Mutable,
    Immutable
};

QString profileId(GatewayProfile profile); // "choreo-connect" | "api-gateway"
std::optional<GatewayProfile> profileFromId(const QString &id);
QString profileDisplayName(GatewayProfile profile); // "Choreo Connect" | "API Gateway"
QString modeId(EnvironmentMode mode); // "mutable" | "immutable"
std::optional<EnvironmentMode> modeFromId(const QString &id);

struct EndpointTarget
{
    QUrl url;
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 30000;
    bool operator==(const EndpointTarget &) const = default;
};

// A canned answer of the MOCKED_OAS endpoint type, taken from an OpenAPI example.
struct MockResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    bool operator==(const MockResponse &) const = default;
};

enum class EndpointGroupType
{
    Single,
    LoadBalance,
    Failover,
    Mock
};
QString endpointGroupTypeId(EndpointGroupType type); // "http" | "load_balance" | "failover" | "mock"
std::optional<EndpointGroupType> endpointGroupTypeFromId(const QString &id);

struct EndpointGroup
{
    EndpointGroupType type = EndpointGroupType::Single;
    std::vector<EndpointTarget> targets; // empty for Mock
    int connectRetries = 1; // extra attempts on connect failure (next target in LB/failover)
    bool operator==(const EndpointGroup &) const = default;
};

// What OpenAPI declares about one operation, for schema validation. Schemas are JSON Schema objects
// as the definition wrote them (compact JSON, OpenAPI 3.0 keywords such as `nullable` included); their
// $refs point into ApiConfig::schemaComponents. An empty schema checks nothing.
struct ParameterSchema
{
    QString name;
    QByteArray in; // "path" | "query" | "header"
    bool required = false;
    QByteArray schema;
    bool operator==(const ParameterSchema &) const = default;
};

struct ResponseSchema
{
    QString status; // "200", "2XX" or "default"
    QList<QByteArray> mediaTypes; // declared content types; empty: no body is described
    QByteArray schema; // of the JSON media type; empty: the body is not checked
    bool operator==(const ResponseSchema &) const = default;
};

struct OperationSchemas
{
    std::vector<ParameterSchema> parameters;
    bool hasRequestBody = false; // the operation declares a requestBody
    bool requestBodyRequired = false;
    QList<QByteArray> requestMediaTypes; // declared content types of the request body
    QByteArray requestBodySchema; // of the JSON media type; empty: the body is not checked
    std::vector<ResponseSchema> responses; // empty: responses are not checked
    bool isEmpty() const { return parameters.empty() && !hasRequestBody && responses.empty(); }
    bool operator==(const OperationSchemas &) const = default;
};

struct OperationConfig
{
    QByteArray method; // upper case: GET, POST, ...
    QString operationId;
    std::optional<EndpointGroup> productionEndpoints; // per-operation override (Choreo Connect style)
    std::optional<EndpointGroup> sandboxEndpoints;
    std::optional<MockResponse> mock; // answer when the effective endpoint group is Mock
    OperationSecurity security;
    QString throttlingPolicy; // resource-level advanced policy; empty = none
    OperationSchemas schemas; // from the OpenAPI definition; used when the API validates
    bool operator==(const OperationConfig &) const = default;
};

struct ResourceConfig
{
    QString pathTemplate; // "/pets/{petId}", "/files/*"
    std::optional<EndpointGroup> productionEndpoints; // per-resource override
    std::optional<EndpointGroup> sandboxEndpoints;
    std::vector<OperationConfig> operations;
    bool operator==(const ResourceConfig &) const = default;
};

struct ApiConfig
{
    QString id; // workspace API id (stable across revisions)
    QString name;
    QString context; // "/petstore" (no version)
    QString version; // "1.0.0"
    bool isDefaultVersion = false; // also served at context without the version
    QString type = QStringLiteral("HTTP");
    int revision = 0;
    EndpointGroup productionEndpoints;
    std::optional<EndpointGroup> sandboxEndpoints;
    std::vector<ResourceConfig> resources;
    ApiSecurity security;
    QString throttlingPolicy; // API-level advanced policy (apiThrottlingPolicy); empty = none
    // WSO2's enableSchemaValidation: requests (parameters, JSON bodies) and responses (status, JSON
    // bodies) are checked against OperationConfig::schemas. API Gateway profile only.
    bool enableSchemaValidation = false;
    // The definition's reusable schemas as {"schemas": {...}} (compact JSON): what "#/components/..."
    // $refs in the operation schemas name. Empty when the definition has none.
    QByteArray schemaComponents;
    bool operator==(const ApiConfig &) const = default;
};

// Everything one environment serves: immutable once built, swapped atomically on deploy.
struct GatewayConfig
{
    std::vector<ApiConfig> apis;
    SecurityRealm realm;
    // Every policy the APIs, operations, subscriptions and applications name, plus all custom policies.
    std::vector<ThrottlePolicy> throttlePolicies;
    bool operator==(const GatewayConfig &) const = default;
};

using GatewayConfigPtr = std::shared_ptr<const GatewayConfig>;

} // namespace Gatehouse
