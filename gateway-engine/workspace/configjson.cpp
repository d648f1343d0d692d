#include "configjson.h"

#include "jsonfieldreader.h"
#include "securityjson.h"
#include "validationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace Gatehouse {

namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kProduction = QStringLiteral("productionEndpoints");
const QString kSandbox = QStringLiteral("sandboxEndpoints");
const QString kSecurity = QStringLiteral("security");
const QString kThrottlingPolicy = QStringLiteral("throttlingPolicy");
// Schema validation: written only when set, so older documents and golden files stay as they were.
const QString kSchemas = QStringLiteral("schemas");
const QString kEnableSchemaValidation = QStringLiteral("enableSchemaValidation");
const QString kSchemaComponents = QStringLiteral("schemaComponents");

// Mock bodies are arbitrary bytes: kept readable in the JSON when they are UTF-8, base64 otherwise.
std::optional<QString> asUtf8Text(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError() || text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

EndpointGroup readEndpointGroup(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    EndpointGroup group;
    const QString typeId = reader.string(json, path, kType, endpointGroupTypeId(group.type));
    if (const auto type = endpointGroupTypeFromId(typeId))
        group.type = *type;
    else
        reader.fail(JsonFieldReader::member(path, kType),
            ConfigJson::tr("unknown endpoint type '%1' (expected http, load_balance, failover or mock)")
                .arg(typeId));
    group.connectRetries
        = int(reader.integer(json, path, QStringLiteral("connectRetries"), group.connectRetries, 0, 100));
    const QString targetsPath = JsonFieldReader::member(path, QStringLiteral("targets"));
    const QJsonArray targets = reader.array(json, path, QStringLiteral("targets"));
    for (qsizetype i = 0; i < targets.size() && reader.ok(); ++i) {
        const auto targetJson = reader.objectAt(targets, targetsPath, i);
        if (!targetJson)
            break;
        const QString targetPath = JsonFieldReader::element(targetsPath, i);
        EndpointTarget target;
        const QString url = reader.string(*targetJson, targetPath, QStringLiteral("url"));
        target.url = QUrl(url, QUrl::StrictMode);
        if (reader.ok() && (url.isEmpty() || !target.url.isValid() || target.url.isRelative()))
            reader.fail(JsonFieldReader::member(targetPath, QStringLiteral("url")),
                ConfigJson::tr("'%1' is not an absolute URL").arg(url));
        target.connectTimeoutMs = int(reader.integer(*targetJson, targetPath,
            QStringLiteral("connectTimeoutMs"), target.connectTimeoutMs, 1, 3'600'000));
        target.readTimeoutMs = int(reader.integer(
            *targetJson, targetPath, QStringLiteral("readTimeoutMs"), target.readTimeoutMs, 1, 3'600'000));
        group.targets.push_back(std::move(target));
    }
    return group;
}

std::optional<EndpointGroup> readOptionalGroup(
    JsonFieldReader &reader, const QJsonObject &json, const QString &path, const QString &key)
{
    const auto object = reader.object(json, path, key);
    if (!object)
        return std::nullopt;
    return readEndpointGroup(reader, *object, JsonFieldReader::member(path, key));
}

MockResponse readMock(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    MockResponse mock;
    mock.status = int(reader.integer(json, path, QStringLiteral("status"), mock.status, 100, 599));
    mock.contentType
        = reader.string(json, path, QStringLiteral("contentType"), QString::fromLatin1(mock.contentType))
              .toUtf8();
    if (json.contains(QStringLiteral("bodyBase64"))) {
        const QString encoded = reader.string(json, path, QStringLiteral("bodyBase64"));
        const auto decoded
            = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            reader.fail(JsonFieldReader::member(path, QStringLiteral("bodyBase64")),
                ConfigJson::tr("invalid base64"));
        mock.body = *decoded;
    } else {
        mock.body = reader.string(json, path, QStringLiteral("body")).toUtf8();
    }
    return mock;
}

OperationConfig readOperation(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    OperationConfig operation;
    operation.method = reader.string(json, path, QStringLiteral("method")).toUpper().toLatin1();
    if (reader.ok() && operation.method.isEmpty())
        reader.fail(
            JsonFieldReader::member(path, QStringLiteral("method")), ConfigJson::tr("missing HTTP method"));
    operation.operationId = reader.string(json, path, QStringLiteral("operationId"));
    operation.productionEndpoints = readOptionalGroup(reader, json, path, kProduction);
    operation.sandboxEndpoints = readOptionalGroup(reader, json, path, kSandbox);
    if (const auto mock = reader.object(json, path, QStringLiteral("mock")))
        operation.mock = readMock(reader, *mock, JsonFieldReader::member(path, QStringLiteral("mock")));
    if (const auto security = reader.object(json, path, kSecurity))
        operation.security = SecurityJson::readOperationSecurity(
            reader, *security, JsonFieldReader::member(path, kSecurity));
    operation.throttlingPolicy = reader.string(json, path, kThrottlingPolicy);
    if (const auto schemas = reader.object(json, path, kSchemas))
        operation.schemas
            = ValidationJson::readOperationSchemas(reader, *schemas, JsonFieldReader::member(path, kSchemas));
    return operation;
}

ResourceConfig readResource(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    ResourceConfig resource;
    resource.pathTemplate = reader.string(json, path, QStringLiteral("path"));
    if (reader.ok() && !resource.pathTemplate.startsWith(QLatin1Char('/')))
        reader.fail(JsonFieldReader::member(path, QStringLiteral("path")),
            ConfigJson::tr("a resource path must start with '/'"));
    resource.productionEndpoints = readOptionalGroup(reader, json, path, kProduction);
    resource.sandboxEndpoints = readOptionalGroup(reader, json, path, kSandbox);
    const QString operationsPath = JsonFieldReader::member(path, QStringLiteral("operations"));
    const QJsonArray operations = reader.array(json, path, QStringLiteral("operations"));
    for (qsizetype i = 0; i < operations.size() && reader.ok(); ++i) {
        if (const auto operation = reader.objectAt(operations, operationsPath, i))
            resource.operations.push_back(
                readOperation(reader, *operation, JsonFieldReader::element(operationsPath, i)));
    }
    return resource;
}

ApiConfig readApi(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    ApiConfig api;
    api.id = reader.string(json, path, kId);
    api.name = reader.string(json, path, kName);
    api.context = reader.string(json, path, QStringLiteral("context"));
    api.version = reader.string(json, path, QStringLiteral("version"));
    api.isDefaultVersion
        = reader.boolean(json, path, QStringLiteral("isDefaultVersion"), api.isDefaultVersion);
    api.type = reader.string(json, path, kType, api.type);
    api.revision = int(reader.integer(json, path, QStringLiteral("revision"), api.revision, 0));
    if (const auto production = reader.object(json, path, kProduction))
        api.productionEndpoints
            = readEndpointGroup(reader, *production, JsonFieldReader::member(path, kProduction));
    api.sandboxEndpoints = readOptionalGroup(reader, json, path, kSandbox);
    const QString resourcesPath = JsonFieldReader::member(path, QStringLiteral("resources"));
    const QJsonArray resources = reader.array(json, path, QStringLiteral("resources"));
    for (qsizetype i = 0; i < resources.size() && reader.ok(); ++i) {
        if (const auto resource = reader.objectAt(resources, resourcesPath, i))
            api.resources.push_back(
                readResource(reader, *resource, JsonFieldReader::element(resourcesPath, i)));
    }
    if (const auto security = reader.object(json, path, kSecurity))
        api.security
            = SecurityJson::readApiSecurity(reader, *security, JsonFieldReader::member(path, kSecurity));
    api.throttlingPolicy = reader.string(json, path, kThrottlingPolicy);
    api.enableSchemaValidation = reader.boolean(json, path, kEnableSchemaValidation, false);
    if (const auto components = reader.object(json, path, kSchemaComponents))
        api.schemaComponents = ValidationJson::schemaFromJson(*components);
    return api;
}

template<typename T> std::optional<T> finish(const JsonFieldReader &reader, T value, QString *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return value;
}

void insertGroup(QJsonObject &json, const QString &key, const std::optional<EndpointGroup> &group)
{
    if (group)
        json.insert(key, ConfigJson::toJson(*group));
}

} // namespace

QJsonObject ConfigJson::toJson(const EndpointGroup &group)
{
    QJsonArray targets;
    for (const EndpointTarget &target : group.targets) {
        targets.append(QJsonObject { { QStringLiteral("url"), target.url.toString() },
            { QStringLiteral("connectTimeoutMs"), target.connectTimeoutMs },
            { QStringLiteral("readTimeoutMs"), target.readTimeoutMs } });
    }
    return QJsonObject { { kType, endpointGroupTypeId(group.type) }, { QStringLiteral("targets"), targets },
        { QStringLiteral("connectRetries"), group.connectRetries } };
}

QJsonObject ConfigJson::toJson(const MockResponse &mock)
{
    QJsonObject json { { QStringLiteral("status"), mock.status },
        { QStringLiteral("contentType"), QString::fromUtf8(mock.contentType) } };
    if (const auto text = asUtf8Text(mock.body))
        json.insert(QStringLiteral("body"), *text);
    else
        json.insert(QStringLiteral("bodyBase64"), QString::fromLatin1(mock.body.toBase64()));
    return json;
}

QJsonObject ConfigJson::toJson(const OperationConfig &operation)
{
    QJsonObject json { { QStringLiteral("method"), QString::fromLatin1(operation.method) },
        { QStringLiteral("operationId"), operation.operationId } };
    insertGroup(json, kProduction, operation.productionEndpoints);
    insertGroup(json, kSandbox, operation.sandboxEndpoints);
    if (operation.mock)
        json.insert(QStringLiteral("mock"), toJson(*operation.mock));
    if (operation.security != OperationSecurity())
        json.insert(kSecurity, toJson(operation.security));
    if (!operation.throttlingPolicy.isEmpty())
        json.insert(kThrottlingPolicy, operation.throttlingPolicy);
    if (!operation.schemas.isEmpty())
        json.insert(kSchemas, ValidationJson::toJson(operation.schemas));
    return json;
}

QJsonObject ConfigJson::toJson(const ResourceConfig &resource)
{
    QJsonObject json { { QStringLiteral("path"), resource.pathTemplate } };
    insertGroup(json, kProduction, resource.productionEndpoints);
    insertGroup(json, kSandbox, resource.sandboxEndpoints);
    QJsonArray operations;
    for (const OperationConfig &operation : resource.operations)
        operations.append(toJson(operation));
    json.insert(QStringLiteral("operations"), operations);
    return json;
}

QJsonObject ConfigJson::toJson(const ApiConfig &api)
{
    QJsonObject json { { kId, api.id }, { kName, api.name }, { QStringLiteral("context"), api.context },
        { QStringLiteral("version"), api.version },
        { QStringLiteral("isDefaultVersion"), api.isDefaultVersion }, { kType, api.type },
        { QStringLiteral("revision"), api.revision }, { kProduction, toJson(api.productionEndpoints) } };
    insertGroup(json, kSandbox, api.sandboxEndpoints);
    QJsonArray resources;
    for (const ResourceConfig &resource : api.resources)
        resources.append(toJson(resource));
    json.insert(QStringLiteral("resources"), resources);
    if (api.security != ApiSecurity())
        json.insert(kSecurity, toJson(api.security));
    if (!api.throttlingPolicy.isEmpty())
        json.insert(kThrottlingPolicy, api.throttlingPolicy);
    if (api.enableSchemaValidation)
        json.insert(kEnableSchemaValidation, true);
    if (!api.schemaComponents.isEmpty())
        json.insert(kSchemaComponents, ValidationJson::schemaToJson(api.schemaComponents));
    return json;
}

QJsonObject ConfigJson::toJson(const EnvironmentSettings &settings)
{
    const ListenerLimits &limits = settings.limits;
    QJsonObject json { { kName, settings.name }, { QStringLiteral("profile"), profileId(settings.profile) },
        { QStringLiteral("mode"), modeId(settings.mode) },
        { QStringLiteral("bindAddress"), settings.bindAddress.toString() },
        { QStringLiteral("httpPort"), settings.httpPort },
        { QStringLiteral("httpsPort"), settings.httpsPort },
        { QStringLiteral("adminPort"), settings.adminPort },
        { QStringLiteral("upstreamCaBundlePath"), settings.upstreamCaBundlePath },
        { QStringLiteral("workerCount"), settings.workerCount },
        { QStringLiteral("accessLogPath"), settings.accessLogPath },
        { QStringLiteral("limits"),
            QJsonObject { { QStringLiteral("maxRequestLineBytes"), limits.maxRequestLineBytes },
                { QStringLiteral("maxHeaderBytes"), limits.maxHeaderBytes },
                { QStringLiteral("maxHeaderCount"), limits.maxHeaderCount },
                { QStringLiteral("maxBodyBytes"), limits.maxBodyBytes },
                { QStringLiteral("idleTimeoutMs"), limits.idleTimeoutMs },
                { QStringLiteral("headerTimeoutMs"), limits.headerTimeoutMs },
                { QStringLiteral("bodyTimeoutMs"), limits.bodyTimeoutMs },
                { QStringLiteral("maxConnections"), limits.maxConnections } } } };
    if (settings.tls) {
        json.insert(QStringLiteral("tls"),
            QJsonObject { { QStringLiteral("certificateChainPath"), settings.tls->certificateChainPath },
                { QStringLiteral("privateKeyPath"), settings.tls->privateKeyPath } });
    }
    if (const auto &redis = settings.distributedThrottling) {
        // The Redis password is not kept here: the gateway reads it from GATEHOUSE_REDIS_PASSWORD at start.
        json.insert(QStringLiteral("distributedThrottling"),
            QJsonObject { { QStringLiteral("redisHost"), redis->redisHost },
                { QStringLiteral("redisPort"), redis->redisPort },
                { QStringLiteral("keyPrefix"), redis->keyPrefix },
                { QStringLiteral("failureMode"),
                    redis->failureMode == ThrottleFailureMode::FailOpen ? QStringLiteral("fail-open")
                                                                        : QStringLiteral("fail-closed") },
                { QStringLiteral("timeoutMs"), redis->timeoutMs } });
    }
    return json;
}

QJsonObject ConfigJson::toJson(const GatewayConfig &config)
{
    QJsonArray apis;
    for (const ApiConfig &api : config.apis)
        apis.append(toJson(api));
    return QJsonObject { { QStringLiteral("apis"), apis } };
}

std::optional<ApiConfig> ConfigJson::apiFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    ApiConfig api = readApi(reader, json, QString());
    return finish(reader, std::move(api), error);
}

std::optional<EndpointGroup> ConfigJson::endpointGroupFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    EndpointGroup group = readEndpointGroup(reader, json, QString());
    return finish(reader, std::move(group), error);
}

std::optional<ResourceConfig> ConfigJson::resourceFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    ResourceConfig resource = readResource(reader, json, QString());
    return finish(reader, std::move(resource), error);
}

std::optional<OperationConfig> ConfigJson::operationFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    OperationConfig operation = readOperation(reader, json, QString());
    return finish(reader, std::move(operation), error);
}

std::optional<MockResponse> ConfigJson::mockFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    MockResponse mock = readMock(reader, json, QString());
    return finish(reader, std::move(mock), error);
}

std::optional<EnvironmentSettings> ConfigJson::environmentFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    EnvironmentSettings settings;
    const QString path;
    settings.name = reader.string(json, path, kName);
    const QString profile = reader.string(json, path, QStringLiteral("profile"), profileId(settings.profile));
    if (const auto parsed = profileFromId(profile))
        settings.profile = *parsed;
    else
        reader.fail(QStringLiteral("profile"),
            tr("unknown profile '%1' (expected choreo-connect or api-gateway)").arg(profile));
    const QString mode = reader.string(json, path, QStringLiteral("mode"), modeId(settings.mode));
    if (const auto parsed = modeFromId(mode))
        settings.mode = *parsed;
    else
        reader.fail(
            QStringLiteral("mode"), tr("unknown mode '%1' (expected mutable or immutable)").arg(mode));
    const QString address
        = reader.string(json, path, QStringLiteral("bindAddress"), settings.bindAddress.toString());
    if (!settings.bindAddress.setAddress(address))
        reader.fail(QStringLiteral("bindAddress"), tr("'%1' is not an IP address").arg(address));
    settings.httpPort
        = int(reader.integer(json, path, QStringLiteral("httpPort"), settings.httpPort, -1, 65535));
    settings.httpsPort
        = int(reader.integer(json, path, QStringLiteral("httpsPort"), settings.httpsPort, -1, 65535));
    settings.adminPort
        = int(reader.integer(json, path, QStringLiteral("adminPort"), settings.adminPort, -1, 65535));
    settings.upstreamCaBundlePath = reader.string(json, path, QStringLiteral("upstreamCaBundlePath"));
    settings.workerCount
        = int(reader.integer(json, path, QStringLiteral("workerCount"), settings.workerCount, 0, 256));
    settings.accessLogPath = reader.string(json, path, QStringLiteral("accessLogPath"));
    if (const auto tls = reader.object(json, path, QStringLiteral("tls"))) {
        TlsSettings tlsSettings;
        tlsSettings.certificateChainPath
            = reader.string(*tls, QStringLiteral("tls"), QStringLiteral("certificateChainPath"));
        tlsSettings.privateKeyPath
            = reader.string(*tls, QStringLiteral("tls"), QStringLiteral("privateKeyPath"));
        settings.tls = tlsSettings;
    }
    if (const auto redisJson = reader.object(json, path, QStringLiteral("distributedThrottling"))) {
        const QString redisPath = QStringLiteral("distributedThrottling");
        DistributedThrottling redis;
        redis.redisHost = reader.string(*redisJson, redisPath, QStringLiteral("redisHost"), redis.redisHost);
        redis.redisPort = int(
            reader.integer(*redisJson, redisPath, QStringLiteral("redisPort"), redis.redisPort, 1, 65535));
        redis.keyPrefix = reader.string(*redisJson, redisPath, QStringLiteral("keyPrefix"), redis.keyPrefix);
        redis.timeoutMs = int(
            reader.integer(*redisJson, redisPath, QStringLiteral("timeoutMs"), redis.timeoutMs, 1, 60'000));
        const QString failureMode = reader.string(
            *redisJson, redisPath, QStringLiteral("failureMode"), QStringLiteral("fail-open"));
        if (failureMode == QLatin1String("fail-closed"))
            redis.failureMode = ThrottleFailureMode::FailClosed;
        else if (failureMode != QLatin1String("fail-open"))
            reader.fail(JsonFieldReader::member(redisPath, QStringLiteral("failureMode")),
                tr("unknown failure mode '%1' (expected fail-open or fail-closed)").arg(failureMode));
        redis.redisPassword = qgetenv("GATEHOUSE_REDIS_PASSWORD");
        settings.distributedThrottling = redis;
    }
    if (const auto limitsJson = reader.object(json, path, QStringLiteral("limits"))) {
        const QString limitsPath = QStringLiteral("limits");
        ListenerLimits &limits = settings.limits;
        limits.maxRequestLineBytes = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("maxRequestLineBytes"), limits.maxRequestLineBytes, 1));
        limits.maxHeaderBytes = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("maxHeaderBytes"), limits.maxHeaderBytes, 1));
        limits.maxHeaderCount = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("maxHeaderCount"), limits.maxHeaderCount, 1));
        limits.maxBodyBytes = reader.integer(*limitsJson, limitsPath, QStringLiteral("maxBodyBytes"),
            limits.maxBodyBytes, 0, std::numeric_limits<qint64>::max() / 2);
        limits.idleTimeoutMs = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("idleTimeoutMs"), limits.idleTimeoutMs, 1));
        limits.headerTimeoutMs = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("headerTimeoutMs"), limits.headerTimeoutMs, 1));
        limits.bodyTimeoutMs = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("bodyTimeoutMs"), limits.bodyTimeoutMs, 1));
        limits.maxConnections = int(reader.integer(
            *limitsJson, limitsPath, QStringLiteral("maxConnections"), limits.maxConnections, 1));
    }
    return finish(reader, std::move(settings), error);
}

std::optional<GatewayConfig> ConfigJson::gatewayConfigFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    GatewayConfig config;
    const QString apisPath = QStringLiteral("apis");
    const QJsonArray apis = reader.array(json, QString(), apisPath);
    for (qsizetype i = 0; i < apis.size() && reader.ok(); ++i) {
        if (const auto api = reader.objectAt(apis, apisPath, i))
            config.apis.push_back(readApi(reader, *api, JsonFieldReader::element(apisPath, i)));
    }
    return finish(reader, std::move(config), error);
}

QByteArray ConfigJson::serialize(const QJsonObject &object, bool indented)
{
    return QJsonDocument(object).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

std::optional<QJsonObject> ConfigJson::parseObject(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("expected a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace Gatehouse
