// ApictlProject::write: an API as the project folder `apictl export api` produces (WSO2 API Manager 4.x).
#include "apictlarchive.h"
#include "apictlproject.h"
#include "openapisecuritywriter.h"
#include "savefile.h"
#include "yamlnodes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

const char *const projectVersion = "v4.2.0"; // the apictl envelope version the reader was checked against

YAML::Node envelope(const char *type, const YAML::Node &data)
{
    YAML::Node node(YAML::NodeType::Map);
    node["type"] = type;
    node["version"] = projectVersion;
    node["data"] = data;
    return node;
}

// {url, config: {actionDuration}}: apictl's endpoint, with the read timeout when it is not the default.
YAML::Node endpoint(const EndpointTarget &target)
{
    YAML::Node entry(YAML::NodeType::Map);
    entry["url"] = target.url.toString().toStdString();
    if (target.readTimeoutMs != EndpointTarget().readTimeoutMs) {
        YAML::Node config(YAML::NodeType::Map);
        config["actionDuration"] = stringScalar(QString::number(target.readTimeoutMs));
        entry["config"] = config;
    }
    return entry;
}

YAML::Node urlList(const std::vector<EndpointTarget> &targets)
{
    if (targets.size() == 1)
        return endpoint(targets.front());
    YAML::Node list(YAML::NodeType::Sequence);
    for (const EndpointTarget &target : targets)
        list.push_back(endpoint(target));
    return list;
}

// endpointConfig: one endpoint_type for both groups, as apictl has it; a failover group's first target is
// the endpoint and the rest its failovers.
YAML::Node endpointConfig(const ApiConfig &api)
{
    YAML::Node config(YAML::NodeType::Map);
    const EndpointGroupType type = api.productionEndpoints.type;
    config["endpoint_type"] = type == EndpointGroupType::LoadBalance ? "load_balance"
        : type == EndpointGroupType::Failover                        ? "failover"
                                                                     : "http";
    const auto writeGroup = [&](const EndpointGroup &group, const char *key, const char *failoverKey) {
        if (group.targets.empty())
            return;
        if (type == EndpointGroupType::Failover) {
            config[key] = urlList({ group.targets.front() });
            if (group.targets.size() > 1)
                config[failoverKey] = urlList({ group.targets.begin() + 1, group.targets.end() });
        } else {
            config[key] = urlList(group.targets);
        }
    };
    writeGroup(api.productionEndpoints, "production_endpoints", "production_failovers");
    if (api.sandboxEndpoints)
        writeGroup(*api.sandboxEndpoints, "sandbox_endpoints", "sandbox_failovers");
    return config;
}

QStringList securitySchemes(const ApiSecurity &security)
{
    QStringList schemes;
    for (const AuthScheme scheme : security.schemes)
        schemes << authSchemeId(scheme);
    if (security.mutualTls == MutualTlsMode::Optional)
        schemes << QStringLiteral("mutualssl");
    else if (security.mutualTls == MutualTlsMode::Mandatory)
        schemes << QStringLiteral("mutualssl_mandatory");
    if (security.mutualTls != MutualTlsMode::Off && security.applicationSecurityMandatory)
        schemes << QStringLiteral("oauth_basic_auth_api_key_mandatory");
    return schemes;
}

YAML::Node operations(const ApiConfig &api)
{
    YAML::Node list(YAML::NodeType::Sequence);
    for (const ResourceConfig &resource : api.resources) {
        for (const OperationConfig &operation : resource.operations) {
            YAML::Node entry(YAML::NodeType::Map);
            entry["target"] = stringScalar(resource.pathTemplate);
            entry["verb"] = operation.method.toStdString();
            entry["authType"] = operation.security.disabled ? "None" : "Application & Application User";
            if (!operation.throttlingPolicy.isEmpty()) // none: the API's tier applies
                entry["throttlingPolicy"] = stringScalar(operation.throttlingPolicy);
            entry["scopes"] = stringSequence(operation.security.scopes);
            list.push_back(entry);
        }
    }
    return list;
}

YAML::Node apiData(const ApiRecord &record)
{
    const ApiConfig &api = record.definition;
    YAML::Node data(YAML::NodeType::Map);
    data["name"] = stringScalar(api.name);
    // apictl's context carries the version; the reader takes it off again.
    data["context"] = stringScalar(api.context + QLatin1Char('/') + api.version);
    data["version"] = stringScalar(api.version);
    data["provider"] = "admin";
    data["lifeCycleStatus"] = "PUBLISHED";
    if (!record.description.isEmpty())
        data["description"] = stringScalar(record.description);
    data["isDefaultVersion"] = plainScalar(api.isDefaultVersion);
    data["enableSchemaValidation"] = plainScalar(api.enableSchemaValidation);
    data["type"] = "HTTP";
    data["transport"] = stringSequence({ QStringLiteral("http"), QStringLiteral("https") });
    if (!api.throttlingPolicy.isEmpty())
        data["apiThrottlingPolicy"] = stringScalar(api.throttlingPolicy);
    data["securityScheme"] = stringSequence(securitySchemes(api.security));
    data["authorizationHeader"] = stringScalar(QString::fromLatin1(api.security.authorizationHeader));
    data["apiKeyHeader"] = stringScalar(QString::fromLatin1(api.security.apiKeyHeader));
    data["corsConfiguration"] = OpenApiSecurityWriter::corsNode(api.security.cors);
    if (api.productionEndpoints.type == EndpointGroupType::Mock) {
        data["endpointImplementationType"] = "MOCKED_OAS";
    } else {
        data["endpointImplementationType"] = "ENDPOINT";
        data["endpointConfig"] = endpointConfig(api);
    }
    data["operations"] = operations(api);
    return data;
}

YAML::Node environmentsData(const QStringList &environments)
{
    YAML::Node list(YAML::NodeType::Sequence);
    for (const QString &environment : environments) {
        YAML::Node entry(YAML::NodeType::Map);
        entry["displayOnDevportal"] = plainScalar(true);
        entry["deploymentEnvironment"] = stringScalar(environment);
        list.push_back(entry);
    }
    return list;
}

YAML::Node apiMeta(const ApiConfig &api)
{
    YAML::Node meta(YAML::NodeType::Map);
    meta["name"] = stringScalar(api.name);
    meta["version"] = stringScalar(api.version);
    return meta;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QString fileError;
    if (saveWhole(path, content, &fileError))
        return true;
    *error = ApictlProject::tr("cannot write %1: %2").arg(path, fileError);
    return false;
}

QJsonObject comparable(const ApiRecord &record)
{
    QJsonObject json = OpenApiExporter::comparable(record.definition);
    json.insert(QStringLiteral("description"), record.description);
    return json;
}

} // namespace

std::optional<ApictlExportResult> ApictlProject::write(const ApiRecord &api, const QStringList &environments,
    const QString &directory, OpenApiExporter::Format format, QString *error)
{
    const QFileInfo target(QDir::cleanPath(directory)); // "out/Project/" names the folder Project
    if (target.exists()) {
        *error = tr("%1 exists already; choose a new folder for the project").arg(directory);
        return std::nullopt;
    }
    const std::optional<OpenApiExportResult> definition = OpenApiExporter::exportApi(api, format, error);
    if (!definition)
        return std::nullopt;

    // Written next to the target and renamed into place, so a failure leaves no half project behind.
    const QDir parent = target.absoluteDir();
    const QString staging
        = parent.filePath(QStringLiteral(".%1.%2.partial")
                              .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QDir().mkpath(staging + QStringLiteral("/Definitions"))) {
        *error = tr("cannot create %1").arg(staging);
        return std::nullopt;
    }
    const QString extension
        = format == OpenApiExporter::Format::Json ? QStringLiteral(".json") : QStringLiteral(".yaml");
    const auto document = [&](const YAML::Node &node) -> std::optional<QByteArray> {
        QString writeError;
        auto text = OpenApiExporter::serialize(node, format, &writeError);
        if (!text)
            *error = tr("cannot write the project of API %1: %2").arg(api.definition.name, writeError);
        return text;
    };
    const QDir stagingDir(staging);
    bool written = false;
    try {
        const auto apiText = document(envelope("api", apiData(api)));
        const auto environmentsText
            = document(envelope("deployment_environments", environmentsData(environments)));
        const auto metaText = document(apiMeta(api.definition));
        written = apiText && environmentsText && metaText
            && writeFile(stagingDir.filePath(QStringLiteral("api") + extension), *apiText, error)
            && writeFile(stagingDir.filePath(QStringLiteral("Definitions/swagger") + extension),
                definition->document, error)
            && writeFile(stagingDir.filePath(QStringLiteral("deployment_environments") + extension),
                *environmentsText, error)
            && writeFile(stagingDir.filePath(QStringLiteral("api_meta") + extension), *metaText, error);
    } catch (const YAML::Exception &exception) {
        *error = tr("cannot write the project of API %1: %2")
                     .arg(api.definition.name, QString::fromStdString(exception.msg));
    }
    if (!written || !QDir().rename(staging, target.absoluteFilePath())) {
        if (written)
            *error = tr("cannot move the project into %1").arg(directory);
        QDir(staging).removeRecursively();
        return std::nullopt;
    }

    ApictlExportResult result;
    result.projectDirectory = target.absoluteFilePath();
    const ApictlImportResult again = read(result.projectDirectory);
    if (!again.api) {
        for (const Diagnostic &diagnostic : again.diagnostics) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                result.notExported << tr("the project does not import again: %1").arg(diagnostic.toString());
        }
        return result;
    }
    const QJsonObject wanted = comparable(api);
    const QJsonObject writtenBack = comparable(*again.api);
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (writtenBack.value(it.key()) != it.value())
            result.notExported << it.key();
    }
    if (again.deploymentEnvironments != environments)
        result.notExported << QStringLiteral("deploymentEnvironments");
    return result;
}

std::optional<ApictlExportResult> ApictlProject::writeArchive(const ApiRecord &api,
    const QStringList &environments, const QString &zipPath, OpenApiExporter::Format format, QString *error)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("cannot make a temporary folder: %1").arg(scratch.errorString());
        return std::nullopt;
    }
    // apictl's folder name, <name>-<version>, with what a file name should not hold replaced.
    QString folder = QStringLiteral("%1-%2").arg(api.definition.name, api.definition.version);
    for (QChar &character : folder) {
        if (!character.isLetterOrNumber() && character != QLatin1Char('-') && character != QLatin1Char('.')
            && character != QLatin1Char('_'))
            character = QLatin1Char('_');
    }
    if (folder.startsWith(QLatin1Char('.')))
        folder.prepend(QLatin1Char('_'));
    std::optional<ApictlExportResult> result
        = write(api, environments, scratch.filePath(folder), format, error);
    if (!result)
        return std::nullopt;
    if (!ApictlArchive::pack(result->projectDirectory, zipPath, error))
        return std::nullopt;
    result->projectDirectory = QFileInfo(zipPath).absoluteFilePath();
    return result;
}

} // namespace Gatehouse
