#include "openapireader.h"

#include "yamljson.h"
#include "yamlnodes.h"

#include <QRegularExpression>
#include <QUrl>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

const char *const productionKey = "x-wso2-production-endpoints";
const char *const sandboxKey = "x-wso2-sandbox-endpoints";
const QString endpointReferencePrefix = QStringLiteral("#/x-wso2-endpoints/");

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString slug(const QString &title)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString result = title.toLower().replace(nonWord, QStringLiteral("-"));
    while (result.startsWith(QLatin1Char('-')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("api") : result;
}

bool isJsonMediaType(const QString &mediaType)
{
    const QString type = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/json") || type.endsWith(QLatin1String("+json"));
}

const QStringList &httpMethods()
{
    static const QStringList methods
        = { QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"), QStringLiteral("delete"),
              QStringLiteral("patch"), QStringLiteral("head"), QStringLiteral("options") };
    return methods;
}

} // namespace

OpenApiReader::OpenApiReader(QString fileName)
    : m_fileName(std::move(fileName))
{ }

Diagnostic OpenApiReader::diagnosticAt(
    Diagnostic::Severity severity, const QString &file, const YAML::Mark &mark, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.file = file;
    diagnostic.line = mark.line >= 0 ? mark.line + 1 : 0;
    diagnostic.column = mark.column >= 0 && mark.line >= 0 ? mark.column + 1 : 0;
    diagnostic.message = message;
    return diagnostic;
}

void OpenApiReader::report(Diagnostic::Severity severity, const YAML::Node &where, const QString &message)
{
    const YAML::Mark mark = where.IsDefined() ? where.Mark() : YAML::Mark::null_mark();
    m_diagnostics.append(diagnosticAt(severity, m_fileName, mark, message));
}

void OpenApiReader::error(const YAML::Node &where, const QString &message)
{
    report(Diagnostic::Severity::Error, where, message);
}

void OpenApiReader::warning(const YAML::Node &where, const QString &message)
{
    report(Diagnostic::Severity::Warning, where, message);
}

std::optional<QString> OpenApiReader::scalar(const YAML::Node &node, const QString &what)
{
    if (!present(node))
        return std::nullopt;
    if (!node.IsScalar()) {
        error(node, tr("'%1' must be a single value").arg(what));
        return std::nullopt;
    }
    return text(node);
}

// CC reads x-wso2-throttling-tier; older WSO2 definitions carry x-throttling-tier. The WSO2 one wins.
QString OpenApiReader::readThrottlingTier(const YAML::Node &node)
{
    for (const char *key : { "x-wso2-throttling-tier", "x-throttling-tier" }) {
        if (const auto tier = scalar(child(node, key), QString::fromLatin1(key)))
            return tier->trimmed();
    }
    return QString();
}

// Follows a local "$ref": "#/components/..." (one level at a time, at most a few hops).
YAML::Node OpenApiReader::resolve(const YAML::Node &node)
{
    YAML::Node current = node;
    for (int hop = 0; hop < 8; ++hop) {
        const YAML::Node ref = child(current, "$ref");
        if (!present(ref) || !ref.IsScalar())
            return current;
        const QString target = text(ref);
        if (!target.startsWith(QLatin1String("#/"))) {
            warning(ref, tr("only local references (#/...) are followed; '%1' is ignored").arg(target));
            return YAML::Node(YAML::NodeType::Undefined);
        }
        const YAML::Node walked = followPointer(m_root, target.mid(1));
        if (!present(walked)) {
            error(ref, tr("the reference '%1' points to nothing").arg(target));
            return YAML::Node(YAML::NodeType::Undefined);
        }
        current.reset(walked);
    }
    return current;
}

std::optional<ApiRecord> OpenApiReader::read(const YAML::Node &root)
{
    m_root.reset(root);
    if (!root.IsMap()) {
        error(root, tr("not an OpenAPI document: expected a mapping with 'openapi', 'info' and 'paths'"));
        return std::nullopt;
    }
    const auto openapi = scalar(child(root, "openapi"), QStringLiteral("openapi"));
    if (!openapi) {
        if (present(child(root, "swagger")))
            error(child(root, "swagger"),
                tr("Swagger %1 is not supported: use Swagger 2.0 or OpenAPI 3")
                    .arg(QString::fromStdString(child(root, "swagger").as<std::string>(std::string()))));
        else
            error(root, tr("missing 'openapi' (the OpenAPI version, e.g. 3.0.3)"));
        return std::nullopt;
    }
    if (!openapi->startsWith(QLatin1String("3.0")) && !openapi->startsWith(QLatin1String("3.1"))) {
        error(child(root, "openapi"),
            tr("unsupported OpenAPI version '%1' (expected 3.0.x or 3.1.x)").arg(*openapi));
        return std::nullopt;
    }

    ApiRecord record;
    ApiConfig &api = record.definition;
    const YAML::Node info = child(root, "info");
    if (!present(info) || !info.IsMap()) {
        error(present(info) ? info : root, tr("missing 'info' (with the API's title and version)"));
    } else {
        const auto title = scalar(child(info, "title"), QStringLiteral("info.title"));
        const auto version = scalar(child(info, "version"), QStringLiteral("info.version"));
        if (!title || title->trimmed().isEmpty())
            error(info, tr("missing 'info.title' (the API's name)"));
        if (!version || version->trimmed().isEmpty())
            error(info, tr("missing 'info.version'"));
        api.name = title.value_or(QString()).trimmed();
        api.version = version.value_or(QString()).trimmed();
        record.description
            = scalar(child(info, "description"), QStringLiteral("info.description")).value_or(QString());
    }
    collectSharedEndpoints(root);
    api.context = readContext(root, api.name, api.version);
    api.throttlingPolicy = readThrottlingTier(root);
    noteInterceptors(root);

    bool mockRequested = false;
    if (const auto mock = scalar(child(root, "x-wso2-mock"), QStringLiteral("x-wso2-mock")))
        mockRequested = (*mock == QLatin1String("true"));
    std::optional<EndpointGroup> production = readEndpoints(root, productionKey);
    if (!present(child(root, productionKey))) {
        if (const auto server = firstServerUrl(root); server && isHttpUrl(*server)) {
            EndpointGroup group;
            group.targets.push_back({ *server });
            production = group;
        }
    }
    api.sandboxEndpoints = readEndpoints(root, sandboxKey);
    api.security = readApiSecurity(root);
    api.enableSchemaValidation = readSchemaValidationSwitch(root);
    api.schemaComponents = readSchemaComponents(root);

    const YAML::Node paths = child(root, "paths");
    if (!present(paths) || !paths.IsMap() || paths.size() == 0) {
        error(present(paths) ? paths : root, tr("missing 'paths': an API needs at least one resource"));
    } else {
        for (const auto &entry : paths) {
            if (auto resource = readResource(entry.first, entry.second))
                api.resources.push_back(std::move(*resource));
        }
    }
    if (hasErrors(m_diagnostics))
        return std::nullopt;

    // A mock built from a response without content (e.g. 204) is no example: it alone does not make an
    // API servable by the mock endpoint type.
    bool anyExample = false;
    bool anyResourceEndpoint = false;
    for (const ResourceConfig &resource : api.resources) {
        anyResourceEndpoint = anyResourceEndpoint || resource.productionEndpoints.has_value();
        for (const OperationConfig &operation : resource.operations) {
            anyExample = anyExample || (operation.mock && !operation.mock->contentType.isEmpty());
            anyResourceEndpoint = anyResourceEndpoint || operation.productionEndpoints.has_value();
        }
    }
    const bool explicitProduction = present(child(root, productionKey));
    if (mockRequested) {
        if (explicitProduction)
            warning(child(root, productionKey),
                tr("x-wso2-mock is set: the mock endpoint type replaces x-wso2-production-endpoints"));
        api.productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 1 };
    } else if (production) {
        api.productionEndpoints = *production;
    } else if (anyExample) {
        report(Diagnostic::Severity::Info, root,
            tr("no endpoints: the mock endpoint type answers from the examples"));
        api.productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 1 };
    } else if (anyResourceEndpoint) {
        warning(root, tr("no API-level endpoints: only resources with their own endpoints can be served"));
    } else {
        error(root,
            tr("API has no endpoints: add servers, x-wso2-production-endpoints, or response examples "
               "for the mock endpoint type"));
        return std::nullopt;
    }
    if (api.productionEndpoints.type == EndpointGroupType::Mock) {
        record.implementationType = QStringLiteral("MOCKED_OAS");
        for (const auto &[operation, mark] : std::as_const(m_operationsWithoutExample))
            m_diagnostics.append(diagnosticAt(Diagnostic::Severity::Warning, m_fileName, mark,
                tr("%1 has no 2xx response example for the mock endpoint type").arg(operation)));
    }
    return record;
}

std::optional<QUrl> OpenApiReader::firstServerUrl(const YAML::Node &root)
{
    const YAML::Node servers = child(root, "servers");
    if (!present(servers))
        return std::nullopt;
    if (!servers.IsSequence() || servers.size() == 0) {
        warning(servers, tr("'servers' should be a list of {url: ...}"));
        return std::nullopt;
    }
    const YAML::Node server = servers[0];
    const auto url = scalar(child(server, "url"), QStringLiteral("servers[0].url"));
    if (!url)
        return std::nullopt;
    QString expanded = *url;
    const YAML::Node variables = child(server, "variables");
    if (present(variables) && variables.IsMap()) {
        for (const auto &variable : variables) {
            if (const auto fallback = scalar(child(variable.second, "default"), QStringLiteral("default")))
                expanded.replace(QLatin1Char('{') + text(variable.first) + QLatin1Char('}'), *fallback);
        }
    }
    const QUrl parsed(expanded, QUrl::StrictMode);
    if (!parsed.isValid()) {
        warning(child(server, "url"), tr("'%1' is not a valid server URL").arg(expanded));
        return std::nullopt;
    }
    return parsed;
}

void OpenApiReader::noteInterceptors(const YAML::Node &node)
{
    for (const char *key : { "x-wso2-request-interceptor", "x-wso2-response-interceptor" }) {
        const YAML::Node interceptor = child(node, key);
        if (present(interceptor))
            warning(interceptor,
                tr("%1 is kept in the document, but Gatehouse does not call interceptors yet: messages pass "
                   "through unchanged")
                    .arg(QString::fromLatin1(key)));
    }
}

QString OpenApiReader::readContext(const YAML::Node &root, const QString &title, const QString &version)
{
    QString context;
    if (const auto basePath = scalar(child(root, "x-wso2-basePath"), QStringLiteral("x-wso2-basePath")))
        context = *basePath;
    else if (const auto server = firstServerUrl(root))
        context = server->path();
    context = context.trimmed();
    if (!context.isEmpty() && !context.startsWith(QLatin1Char('/')))
        context.prepend(QLatin1Char('/'));
    while (context.endsWith(QLatin1Char('/')))
        context.chop(1);
    const QStringList versionSuffixes = { QString(QLatin1Char('/') + version), QStringLiteral("/{version}") };
    for (const QString &suffix : versionSuffixes) {
        if (!version.isEmpty() && context.endsWith(suffix) && context.size() > suffix.size())
            context.chop(suffix.size());
    }
    if (context.isEmpty()) {
        context = QLatin1Char('/') + slug(title);
        report(Diagnostic::Severity::Info, root,
            tr("no x-wso2-basePath and no path in the server URL: the context is %1").arg(context));
    }
    return context;
}

void OpenApiReader::collectSharedEndpoints(const YAML::Node &root)
{
    const YAML::Node shared = child(root, "x-wso2-endpoints");
    if (!present(shared))
        return;
    auto addAll = [this](const YAML::Node &map) {
        for (const auto &entry : map)
            m_sharedEndpoints.insert(text(entry.first), entry.second);
    };
    if (shared.IsMap()) {
        addAll(shared);
    } else if (shared.IsSequence()) {
        for (const YAML::Node &element : shared) {
            if (element.IsMap())
                addAll(element);
            else
                error(element, tr("each x-wso2-endpoints entry must be a mapping 'name: {urls: [...]}'"));
        }
    } else {
        error(shared, tr("x-wso2-endpoints must be a list of named endpoint definitions"));
    }
}

std::optional<EndpointGroup> OpenApiReader::readEndpoints(const YAML::Node &owner, const char *key)
{
    const YAML::Node value = child(owner, key);
    if (!present(value))
        return std::nullopt;
    if (value.IsScalar()) {
        const QString reference = text(value);
        if (!reference.startsWith(endpointReferencePrefix)) {
            error(value,
                tr("%1 must be {urls: [...], type: ...} or a reference \"#/x-wso2-endpoints/<name>\"")
                    .arg(QString::fromLatin1(key)));
            return std::nullopt;
        }
        const QString name = reference.mid(endpointReferencePrefix.size());
        if (!m_sharedEndpoints.contains(name)) {
            error(value, tr("no endpoint named '%1' under x-wso2-endpoints").arg(name));
            return std::nullopt;
        }
        return readEndpointDefinition(m_sharedEndpoints.value(name));
    }
    return readEndpointDefinition(value);
}

std::optional<EndpointGroup> OpenApiReader::readEndpointDefinition(const YAML::Node &definition)
{
    if (!definition.IsMap()) {
        error(definition, tr("an endpoint definition must be a mapping with 'urls' and an optional 'type'"));
        return std::nullopt;
    }
    EndpointGroup group;
    const YAML::Node urls = child(definition, "urls");
    std::vector<YAML::Node> urlNodes;
    if (present(urls) && urls.IsSequence()) {
        for (const YAML::Node &url : urls)
            urlNodes.push_back(url);
    } else if (present(urls) && urls.IsScalar()) {
        urlNodes.push_back(urls);
    } else if (present(urls)) {
        error(urls, tr("'urls' must be a list of URLs"));
        return std::nullopt;
    }
    for (const YAML::Node &urlNode : urlNodes) {
        const auto url = scalar(urlNode, QStringLiteral("urls"));
        const QUrl parsed(url.value_or(QString()), QUrl::StrictMode);
        if (!url || !isHttpUrl(parsed)) {
            error(urlNode, tr("'%1' is not an http:// or https:// URL").arg(url.value_or(QString())));
            return std::nullopt;
        }
        group.targets.push_back({ parsed });
    }
    const YAML::Node typeNode = child(definition, "type");
    const QString type = scalar(typeNode, QStringLiteral("type")).value_or(QString()).toLower();
    if (type.isEmpty())
        group.type = group.targets.size() > 1 ? EndpointGroupType::LoadBalance : EndpointGroupType::Single;
    else if (type == QLatin1String("load_balance") || type == QLatin1String("loadbalance"))
        group.type = EndpointGroupType::LoadBalance;
    else if (type == QLatin1String("failover"))
        group.type = EndpointGroupType::Failover;
    else if (type == QLatin1String("http") || type == QLatin1String("single"))
        group.type = EndpointGroupType::Single;
    else if (type == QLatin1String("mock"))
        group.type = EndpointGroupType::Mock;
    else {
        error(typeNode, tr("unknown endpoint type '%1' (expected load_balance, failover or mock)").arg(type));
        return std::nullopt;
    }
    if (group.type == EndpointGroupType::Mock) {
        if (!group.targets.empty())
            warning(urls, tr("the mock endpoint type calls no backend: 'urls' is ignored"));
        group.targets.clear();
    } else if (group.targets.empty()) {
        error(definition, tr("an endpoint definition needs at least one URL in 'urls'"));
        return std::nullopt;
    }
    const YAML::Node advanced = child(definition, "advanceEndpointConfig");
    if (const auto timeout = scalar(child(advanced, "timeoutInMillis"), QStringLiteral("timeoutInMillis"))) {
        bool ok = false;
        const int readTimeout = timeout->toInt(&ok);
        if (!ok || readTimeout <= 0)
            error(child(advanced, "timeoutInMillis"), tr("timeoutInMillis must be a positive number"));
        for (EndpointTarget &target : group.targets)
            target.readTimeoutMs = ok && readTimeout > 0 ? readTimeout : target.readTimeoutMs;
    }
    return group;
}

std::optional<ResourceConfig> OpenApiReader::readResource(const YAML::Node &path, const YAML::Node &item)
{
    ResourceConfig resource;
    resource.pathTemplate = text(path);
    if (!resource.pathTemplate.startsWith(QLatin1Char('/'))) {
        error(path, tr("the path '%1' must start with '/'").arg(resource.pathTemplate));
        return std::nullopt;
    }
    if (!item.IsMap()) {
        error(present(item) ? item : path,
            tr("the path %1 must map HTTP methods to operations").arg(resource.pathTemplate));
        return std::nullopt;
    }
    if (present(child(item, "$ref")))
        warning(child(item, "$ref"),
            tr("path item references are not followed; %1 is skipped").arg(resource.pathTemplate));
    resource.productionEndpoints = readEndpoints(item, productionKey);
    resource.sandboxEndpoints = readEndpoints(item, sandboxKey);
    noteInterceptors(item);
    for (const auto &entry : item) {
        const QString key = text(entry.first);
        if (!httpMethods().contains(key))
            continue;
        const YAML::Node &operationNode = entry.second;
        if (!operationNode.IsMap()) {
            error(present(operationNode) ? operationNode : entry.first,
                tr("%1 %2 must be an operation object").arg(key.toUpper(), resource.pathTemplate));
            continue;
        }
        OperationConfig operation;
        operation.method = key.toUpper().toLatin1();
        operation.operationId
            = scalar(child(operationNode, "operationId"), QStringLiteral("operationId")).value_or(QString());
        operation.productionEndpoints = readEndpoints(operationNode, productionKey);
        operation.sandboxEndpoints = readEndpoints(operationNode, sandboxKey);
        operation.mock = readMock(operationNode);
        operation.security = readOperationSecurity(operationNode);
        operation.throttlingPolicy = readThrottlingTier(operationNode);
        noteInterceptors(operationNode);
        operation.schemas = readOperationSchemas(item, operationNode);
        if (!operation.mock)
            m_operationsWithoutExample.append(
                { key.toUpper() + QLatin1Char(' ') + resource.pathTemplate, operationNode.Mark() });
        resource.operations.push_back(std::move(operation));
    }
    if (resource.operations.empty()) {
        warning(path, tr("the path %1 has no operations and is skipped").arg(resource.pathTemplate));
        return std::nullopt;
    }
    return resource;
}

std::optional<MockResponse> OpenApiReader::readMock(const YAML::Node &operation)
{
    const YAML::Node responses = child(operation, "responses");
    if (!present(responses) || !responses.IsMap())
        return std::nullopt;
    for (const auto &entry : responses) {
        const QString code = text(entry.first).toUpper();
        if (code.size() != 3 || !code.startsWith(QLatin1Char('2')))
            continue;
        bool numeric = false;
        int status = code.toInt(&numeric);
        if (!numeric)
            status = 200; // "2XX"
        const YAML::Node response = resolve(entry.second);
        const YAML::Node content = child(response, "content");
        if (!present(content) || !content.IsMap() || content.size() == 0) {
            MockResponse empty;
            empty.status = status;
            empty.contentType.clear();
            return empty;
        }
        for (const auto &media : content) {
            if (auto mock = mockFromMediaType(status, text(media.first), media.second))
                return mock;
        }
        return std::nullopt; // only the first 2xx response counts
    }
    return std::nullopt;
}

std::optional<MockResponse> OpenApiReader::mockFromMediaType(
    int status, const QString &mediaType, const YAML::Node &media)
{
    YAML::Node example = child(media, "example");
    if (!present(example)) {
        const YAML::Node examples = child(media, "examples");
        if (present(examples) && examples.IsMap() && examples.size() > 0)
            example.reset(child(resolve(examples.begin()->second), "value"));
    }
    if (!present(example))
        example.reset(child(resolve(child(media, "schema")), "example"));
    if (!present(example))
        return std::nullopt;
    MockResponse mock;
    mock.status = status;
    mock.contentType = mediaType.toUtf8();
    if (example.IsScalar() && !isJsonMediaType(mediaType)) {
        mock.body = QByteArray::fromStdString(example.Scalar());
    } else {
        const auto json = YamlJson::toJson(example);
        mock.body = QByteArray::fromStdString(
            json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    }
    return mock;
}

} // namespace Gatehouse
