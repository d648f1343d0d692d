#include "apictlproject.h"

#include "apictlarchive.h"
#include "openapiimporter.h"
#include "openapireader.h"
#include "yamlnodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

// Fields of api.yaml's data that Gatehouse reads; every other key is reported as not mapped.
const QStringList &mappedKeys()
{
    static const QStringList keys = { QStringLiteral("name"), QStringLiteral("version"),
        QStringLiteral("context"), QStringLiteral("description"), QStringLiteral("isDefaultVersion"),
        QStringLiteral("type"), QStringLiteral("apiThrottlingPolicy"), QStringLiteral("operations"),
        QStringLiteral("endpointConfig"), QStringLiteral("endpointImplementationType"),
        QStringLiteral("securityScheme"), QStringLiteral("authorizationHeader"),
        QStringLiteral("apiKeyHeader"), QStringLiteral("corsConfiguration"),
        QStringLiteral("enableSchemaValidation") };
    return keys;
}

// Folders apictl writes that this import does not read, and what to do instead.
const std::pair<const char *, const char *> unreadFolders[] = {
    { "Client-certificates", "map client certificates with 'gatehousectl app cert-add'" },
    { "Endpoint-certificates", "give the environment a CA bundle for its backends" },
    { "Policies", "operation policies arrive with the mediation work" },
    { "Docs", "API documents are not part of a gateway" },
    { "Image", "the API's thumbnail is not part of a gateway" },
    { "WSDL", "SOAP APIs are not supported yet" },
    { "Interceptors", "interceptors arrive with the mediation work" },
};

class ProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ApictlProject)
public:
    ProjectReader(QString apiFile, ApictlImportResult *result)
        : m_apiFile(std::move(apiFile))
        , m_result(result)
    { }

    void report(Diagnostic::Severity severity, const YAML::Node &where, const QString &message)
    {
        m_result->diagnostics.append(OpenApiReader::diagnosticAt(
            severity, m_apiFile, where.IsDefined() ? where.Mark() : YAML::Mark::null_mark(), message));
    }
    void error(const YAML::Node &where, const QString &message)
    {
        report(Diagnostic::Severity::Error, where, message);
    }
    void notMapped(const YAML::Node &where, const QString &field, const QString &why)
    {
        report(Diagnostic::Severity::Warning, where, tr("not mapped: %1 (%2)").arg(field, why));
    }

    std::optional<QString> string(const YAML::Node &data, const char *key)
    {
        const YAML::Node node = child(data, key);
        if (!present(node))
            return std::nullopt;
        if (!node.IsScalar()) {
            error(node, tr("data.%1 must be a string").arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        return text(node);
    }

    void apply(const YAML::Node &data, ApiRecord &record)
    {
        ApiConfig &api = record.definition;
        for (const auto &entry : data) {
            const QString key = text(entry.first);
            if (!mappedKeys().contains(key))
                notMapped(entry.first, QStringLiteral("data.") + key, tr("Gatehouse keeps no such setting"));
        }
        if (const auto name = string(data, "name"))
            api.name = *name;
        if (const auto version = string(data, "version"))
            api.version = *version;
        if (const auto context = string(data, "context")) {
            QString value = context->trimmed();
            for (const QString &suffix :
                { QString(QLatin1Char('/') + api.version), QStringLiteral("/{version}") }) {
                if (value.endsWith(suffix) && value.size() > suffix.size())
                    value.chop(suffix.size());
            }
            api.context = value.startsWith(QLatin1Char('/')) ? value : QLatin1Char('/') + value;
        }
        if (const auto description = string(data, "description"))
            record.description = *description;
        if (const auto type = string(data, "type"); type && type->toUpper() != QLatin1String("HTTP"))
            error(child(data, "type"),
                tr("API type %1 is not supported yet; Gatehouse serves HTTP APIs").arg(*type));
        if (const auto flag = string(data, "isDefaultVersion"))
            api.isDefaultVersion = *flag == QLatin1String("true");
        if (const auto policy = string(data, "apiThrottlingPolicy"))
            api.throttlingPolicy = *policy;
        // The definition's x-wso2-enable-schema-validation (Gatehouse's) yields to api.yaml, as the rest
        // does.
        if (const auto validation = string(data, "enableSchemaValidation"))
            api.enableSchemaValidation = *validation == QLatin1String("true");
        applyOperations(child(data, "operations"), api);
        applyEndpoints(data, record);
        applySecurity(data, api);
    }

private:
    void applyOperations(const YAML::Node &operations, ApiConfig &api)
    {
        if (!present(operations))
            return;
        if (!operations.IsSequence()) {
            error(operations, tr("data.operations must be a list"));
            return;
        }
        for (const YAML::Node &entry : operations) {
            const auto target = string(entry, "target");
            const auto verb = string(entry, "verb");
            if (!target || !verb) {
                error(entry, tr("each of data.operations needs a target and a verb"));
                continue;
            }
            OperationConfig *operation = nullptr;
            for (ResourceConfig &resource : api.resources) {
                for (OperationConfig &candidate : resource.operations) {
                    if (resource.pathTemplate == *target && candidate.method == verb->toUpper().toLatin1())
                        operation = &candidate;
                }
            }
            if (!operation) {
                notMapped(entry, QStringLiteral("%1 %2").arg(verb->toUpper(), *target),
                    tr("the definition has no such operation"));
                continue;
            }
            if (const auto policy = string(entry, "throttlingPolicy"))
                operation->throttlingPolicy = *policy;
            if (const auto authType = string(entry, "authType"))
                operation->security.disabled
                    = authType->compare(QLatin1String("None"), Qt::CaseInsensitive) == 0;
            const YAML::Node scopes = child(entry, "scopes");
            if (scopes.IsSequence() && scopes.size() > 0) {
                operation->security.scopes.clear();
                for (const YAML::Node &scope : scopes) {
                    if (scope.IsScalar())
                        operation->security.scopes << text(scope);
                }
            }
            for (const auto &field : entry) {
                const QString key = text(field.first);
                if (!QStringList { QStringLiteral("target"), QStringLiteral("verb"),
                        QStringLiteral("throttlingPolicy"), QStringLiteral("authType"),
                        QStringLiteral("scopes"), QStringLiteral("id") }
                         .contains(key)
                    && present(field.second))
                    notMapped(field.first, QStringLiteral("data.operations[].") + key,
                        tr("Gatehouse keeps no such setting per operation"));
            }
        }
    }

    std::optional<std::vector<EndpointTarget>> targets(const YAML::Node &endpoints, const QString &where)
    {
        std::vector<EndpointTarget> result;
        const auto add = [&](const YAML::Node &endpoint) {
            const YAML::Node url = endpoint.IsScalar() ? endpoint : child(endpoint, "url");
            const QUrl parsed(url.IsScalar() ? text(url) : QString(), QUrl::StrictMode);
            if (!url.IsScalar() || !parsed.isValid() || parsed.host().isEmpty()
                || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
                error(url.IsDefined() ? url : endpoint, tr("%1 needs an http:// or https:// url").arg(where));
                return false;
            }
            EndpointTarget target { parsed };
            const YAML::Node duration = child(child(endpoint, "config"), "actionDuration");
            if (present(duration)) {
                bool isNumber = false;
                const int milliseconds = duration.IsScalar() ? text(duration).toInt(&isNumber) : 0;
                if (!isNumber || milliseconds <= 0) {
                    error(duration,
                        tr("%1: config.actionDuration must be a positive number of milliseconds").arg(where));
                    return false;
                }
                target.readTimeoutMs = milliseconds;
            }
            result.push_back(target);
            return true;
        };
        if (endpoints.IsSequence()) {
            for (const YAML::Node &endpoint : endpoints) {
                if (!add(endpoint))
                    return std::nullopt;
            }
        } else if (!add(endpoints)) {
            return std::nullopt;
        }
        return result;
    }

    void applyEndpoints(const YAML::Node &data, ApiRecord &record)
    {
        ApiConfig &api = record.definition;
        const auto implementation = string(data, "endpointImplementationType");
        if (implementation
            && (*implementation == QLatin1String("MOCKED_OAS")
                || *implementation == QLatin1String("INLINE"))) {
            api.productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 1 };
            record.implementationType = QStringLiteral("MOCKED_OAS");
            return;
        }
        const YAML::Node config = child(data, "endpointConfig");
        if (!present(config))
            return;
        const auto type = string(config, "endpoint_type").value_or(QStringLiteral("http"));
        EndpointGroupType groupType = EndpointGroupType::Single;
        if (type == QLatin1String("load_balance"))
            groupType = EndpointGroupType::LoadBalance;
        else if (type == QLatin1String("failover"))
            groupType = EndpointGroupType::Failover;
        else if (type != QLatin1String("http"))
            error(child(config, "endpoint_type"),
                tr("endpoint_type %1 is not supported (http, load_balance or failover)").arg(type));
        const auto group = [&](const char *key, const char *failoverKey) -> std::optional<EndpointGroup> {
            const YAML::Node endpoints = child(config, key);
            if (!present(endpoints))
                return std::nullopt;
            auto found = targets(endpoints, QStringLiteral("endpointConfig.") + QLatin1String(key));
            if (!found)
                return std::nullopt;
            if (groupType == EndpointGroupType::Failover && present(child(config, failoverKey))) {
                auto more = targets(child(config, failoverKey),
                    QStringLiteral("endpointConfig.") + QLatin1String(failoverKey));
                if (more)
                    found->insert(found->end(), more->begin(), more->end());
            }
            EndpointGroup result;
            // endpoint_type is one for both groups: a group of one endpoint is that endpoint.
            result.type = found->size() == 1             ? EndpointGroupType::Single
                : groupType == EndpointGroupType::Single ? EndpointGroupType::LoadBalance
                                                         : groupType;
            result.targets = std::move(*found);
            return result;
        };
        if (auto production = group("production_endpoints", "production_failovers"))
            api.productionEndpoints = *production;
        api.sandboxEndpoints = group("sandbox_endpoints", "sandbox_failovers");
        for (const auto &entry : config) {
            const QString key = text(entry.first);
            if (!QStringList { QStringLiteral("endpoint_type"), QStringLiteral("production_endpoints"),
                    QStringLiteral("sandbox_endpoints"), QStringLiteral("production_failovers"),
                    QStringLiteral("sandbox_failovers") }
                     .contains(key))
                notMapped(entry.first, QStringLiteral("data.endpointConfig.") + key,
                    tr("endpoint security and advanced settings are not imported yet"));
        }
    }

    void applySecurity(const YAML::Node &data, ApiConfig &api)
    {
        const YAML::Node schemes = child(data, "securityScheme");
        if (schemes.IsSequence()) {
            api.security.schemes.clear();
            api.security.mutualTls = MutualTlsMode::Off;
            api.security.applicationSecurityMandatory = false;
            for (const YAML::Node &scheme : schemes) {
                const QString id = scheme.IsScalar() ? text(scheme) : QString();
                if (const auto known = authSchemeFromId(id))
                    api.security.schemes.push_back(*known);
                else if (id == QLatin1String("mutualssl"))
                    api.security.mutualTls = MutualTlsMode::Optional;
                else if (id == QLatin1String("mutualssl_mandatory"))
                    api.security.mutualTls = MutualTlsMode::Mandatory;
                else if (id == QLatin1String("oauth_basic_auth_api_key_mandatory"))
                    api.security.applicationSecurityMandatory = true;
                else
                    notMapped(
                        scheme, QStringLiteral("data.securityScheme ") + id, tr("unknown security scheme"));
            }
            if (api.security.mutualTls == MutualTlsMode::Off)
                api.security.applicationSecurityMandatory = true;
        }
        if (const auto header = string(data, "authorizationHeader"); header && !header->isEmpty())
            api.security.authorizationHeader = header->toLatin1();
        if (const auto header = string(data, "apiKeyHeader"); header && !header->isEmpty())
            api.security.apiKeyHeader = header->toLatin1();
        const YAML::Node cors = child(data, "corsConfiguration");
        if (present(cors)) {
            OpenApiReader reader(m_apiFile);
            api.security.cors = reader.readCors(cors);
            m_result->diagnostics.append(reader.diagnostics());
        }
    }

    QString m_apiFile;
    ApictlImportResult *m_result;
};

QString firstExisting(const QDir &directory, const QStringList &names)
{
    for (const QString &name : names) {
        if (QFileInfo(directory.filePath(name)).isFile())
            return directory.filePath(name);
    }
    return QString();
}

std::optional<YAML::Node> parseFile(const QString &path, QList<Diagnostic> *diagnostics)
{
    const std::optional<QByteArray> text = OpenApiImporter::readFile(path, diagnostics);
    return text ? OpenApiImporter::parse(*text, path, diagnostics) : std::nullopt;
}

// Diagnostics name the zip and the path inside it, not the temporary folder it was extracted to.
void renameFiles(QList<Diagnostic> &diagnostics, const QString &temporary, const QString &zipPath)
{
    const QString prefix = temporary + QLatin1Char('/');
    for (Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.file == temporary)
            diagnostic.file = zipPath;
        else if (diagnostic.file.startsWith(prefix))
            diagnostic.file = zipPath + QLatin1Char('/') + diagnostic.file.mid(prefix.size());
        diagnostic.message.replace(prefix, zipPath + QLatin1Char('/'));
    }
}

ApictlImportResult readArchive(const QString &zipPath)
{
    ApictlImportResult result;
    Diagnostic failed;
    failed.file = zipPath;
    const QTemporaryDir temporary;
    if (!temporary.isValid()) {
        failed.message = ApictlProject::tr("cannot create a temporary folder to extract into: %1")
                             .arg(temporary.errorString());
        result.diagnostics.append(failed);
        return result;
    }
    const std::optional<QString> project = ApictlArchive::extract(zipPath, temporary.path(), &failed.message);
    if (!project) {
        result.diagnostics.append(failed);
        return result;
    }
    result = ApictlProject::read(*project);
    renameFiles(result.diagnostics, temporary.path(), zipPath);
    return result;
}

} // namespace

bool ApictlProject::isProject(const QString &path)
{
    const QDir directory(path);
    return QFileInfo(path).isDir()
        && !firstExisting(directory, { QStringLiteral("api.yaml"), QStringLiteral("api.json") }).isEmpty();
}

ApictlImportResult ApictlProject::read(const QString &path)
{
    ApictlImportResult result;
    const QDir directory(path);
    const QString apiFile
        = firstExisting(directory, { QStringLiteral("api.yaml"), QStringLiteral("api.json") });
    const QString definitionFile = firstExisting(directory,
        { QStringLiteral("Definitions/swagger.yaml"), QStringLiteral("Definitions/swagger.json"),
            QStringLiteral("Definitions/openapi.yaml"), QStringLiteral("Definitions/openapi.json") });
    Diagnostic missing;
    missing.file = path;
    if (apiFile.isEmpty()) {
        missing.message = tr("not an apictl project: no api.yaml or api.json");
        result.diagnostics.append(missing);
        return result;
    }
    if (definitionFile.isEmpty()) {
        missing.message
            = tr("the project has no Definitions/swagger.yaml (GraphQL, AsyncAPI and SOAP projects "
                 "are not supported yet)");
        result.diagnostics.append(missing);
        return result;
    }
    const std::optional<YAML::Node> envelope = parseFile(apiFile, &result.diagnostics);
    if (!envelope)
        return result;
    ProjectReader reader(apiFile, &result);
    const YAML::Node type = child(*envelope, "type");
    const YAML::Node data = child(*envelope, "data");
    if (!type.IsScalar() || type.Scalar() != "api") {
        reader.error(type.IsDefined() ? type : *envelope, tr("api.yaml must say 'type: api'"));
        return result;
    }
    if (!data.IsMap()) {
        reader.error(data.IsDefined() ? data : *envelope, tr("api.yaml needs a 'data' mapping"));
        return result;
    }

    const std::optional<QByteArray> source = OpenApiImporter::readFile(definitionFile, &result.diagnostics);
    if (!source)
        return result;
    std::optional<YAML::Node> root = OpenApiImporter::parse(*source, definitionFile, &result.diagnostics);
    if (!root)
        return result;
    // apictl keeps the endpoints in api.yaml, not in the definition: let the reader accept it without
    // any, and take them from endpointConfig below.
    if ((present(child(data, "endpointConfig")) || present(child(data, "endpointImplementationType")))
        && root->IsMap() && !present(child(*root, "x-wso2-production-endpoints"))) {
        YAML::Node standIn(YAML::NodeType::Map);
        standIn["type"] = "mock";
        (*root)["x-wso2-production-endpoints"] = standIn;
    }
    OpenApiImportResult definition = OpenApiImporter::importParsed(
        *root, *source, definitionFile, QFileInfo(definitionFile).absolutePath());
    result.diagnostics.append(definition.diagnostics);
    if (!definition.api)
        return result;
    ApiRecord record = std::move(*definition.api);
    try {
        reader.apply(data, record);
    } catch (const YAML::Exception &exception) {
        result.diagnostics.append(OpenApiReader::diagnosticAt(
            Diagnostic::Severity::Error, apiFile, exception.mark, QString::fromStdString(exception.msg)));
    }

    const QString environmentsFile = firstExisting(directory,
        { QStringLiteral("deployment_environments.yaml"), QStringLiteral("deployment_environments.json") });
    if (!environmentsFile.isEmpty()) {
        if (const auto environments = parseFile(environmentsFile, &result.diagnostics)) {
            const YAML::Node list = child(*environments, "data");
            if (list.IsSequence()) {
                for (const YAML::Node &entry : list) {
                    const YAML::Node name = child(entry, "deploymentEnvironment");
                    if (name.IsScalar())
                        result.deploymentEnvironments << text(name);
                }
            }
        }
    }
    for (const auto &[folder, advice] : unreadFolders) {
        if (QFileInfo(directory.filePath(QString::fromLatin1(folder))).isDir()) {
            Diagnostic skipped;
            skipped.severity = Diagnostic::Severity::Warning;
            skipped.file = directory.filePath(QString::fromLatin1(folder));
            skipped.message = tr("not imported: %1/ (%2)").arg(QString::fromLatin1(folder), tr(advice));
            result.diagnostics.append(skipped);
        }
    }
    if (!hasErrors(result.diagnostics))
        result.api = std::move(record);
    return result;
}

ApictlImportResult ApictlProject::importPath(const QString &path)
{
    if (isProject(path))
        return read(path);
    if (ApictlArchive::isArchive(path))
        return readArchive(path);
    OpenApiImportResult imported = OpenApiImporter::importFile(path);
    ApictlImportResult result;
    result.api = std::move(imported.api);
    result.diagnostics = imported.diagnostics;
    return result;
}

} // namespace Gatehouse
