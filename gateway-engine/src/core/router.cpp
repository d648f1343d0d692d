#include "router.h"

#include <algorithm>

namespace Gatehouse {

namespace {

QByteArray normalizedPrefix(const QString &text)
{
    QByteArray prefix = text.toUtf8();
    if (!prefix.startsWith('/'))
        prefix.prepend('/');
    while (prefix.size() > 1 && prefix.endsWith('/'))
        prefix.chop(1);
    return prefix;
}

std::vector<CompiledResource::Segment> splitTemplate(const QString &pathTemplate)
{
    std::vector<CompiledResource::Segment> segments;
    const QList<QByteArray> parts = pathTemplate.toUtf8().split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        if (part == "*")
            segments.push_back({ CompiledResource::Segment::Kind::Wildcard, {} });
        else if (part.startsWith('{') && part.endsWith('}'))
            segments.push_back({ CompiledResource::Segment::Kind::Parameter, {} });
        else
            segments.push_back({ CompiledResource::Segment::Kind::Literal, part });
    }
    return segments;
}

bool matches(const CompiledResource &resource, const QList<QByteArrayView> &segments)
{
    const auto &pattern = resource.segments;
    qsizetype i = 0;
    for (const auto &segment : pattern) {
        if (segment.kind == CompiledResource::Segment::Kind::Wildcard)
            return true; // matches the rest, including nothing
        if (i >= segments.size())
            return false;
        if (segment.kind == CompiledResource::Segment::Kind::Literal && segments[i] != segment.literal)
            return false;
        if (segment.kind == CompiledResource::Segment::Kind::Parameter && segments[i].isEmpty())
            return false;
        ++i;
    }
    return i == segments.size();
}

QList<QByteArrayView> splitPath(const QByteArray &path)
{
    QList<QByteArrayView> segments;
    qsizetype start = 1;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        if (end > start || end < path.size())
            segments.append(QByteArrayView(path.constData() + start, end - start));
        start = end + 1;
    }
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash names the same resource
    return segments;
}

} // namespace

Router::Router(const GatewayConfig &config)
{
    m_apis.reserve(config.apis.size());
    for (std::size_t i = 0; i < config.apis.size(); ++i)
        compileApi(config.apis[i], int(i));
}

const CompiledEndpointGroup *Router::compileGroup(CompiledApi &api, const EndpointGroup &group)
{
    CompiledEndpointGroup &compiled = api.endpointGroups.emplace_back();
    compiled.type = group.type;
    compiled.connectRetries = qMax(0, group.connectRetries);
    for (const EndpointTarget &target : group.targets) {
        const QUrl &url = target.url;
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            m_problems.append(QStringLiteral("%1: endpoint '%2' is not an http(s) URL")
                                  .arg(api.config->name, url.toString()));
            continue;
        }
        CompiledTarget t;
        t.url = url.toEncoded();
        t.tls = scheme == QLatin1String("https");
        t.host = url.host();
        t.port = quint16(url.port(t.tls ? 443 : 80));
        t.basePath = url.path(QUrl::FullyEncoded).toUtf8();
        while (t.basePath.endsWith('/'))
            t.basePath.chop(1);
        const bool defaultPort = url.port() < 0;
        const QByteArray hostText = url.host(QUrl::FullyEncoded).toUtf8();
        const QByteArray hostForHeader = hostText.contains(':') ? '[' + hostText + ']' : hostText;
        t.hostHeader = defaultPort ? hostForHeader : hostForHeader + ':' + QByteArray::number(t.port);
        t.poolKey = scheme.toLatin1() + "://" + hostForHeader + ':' + QByteArray::number(t.port);
        t.connectTimeoutMs = target.connectTimeoutMs;
        t.readTimeoutMs = target.readTimeoutMs;
        compiled.targets.push_back(std::move(t));
    }
    return &compiled;
}

void Router::compileApi(const ApiConfig &config, int index)
{
    CompiledApi &api = m_apis.emplace_back();
    api.config = &config;
    api.index = index;
    const CompiledEndpointGroup *apiProduction = compileGroup(api, config.productionEndpoints);
    const CompiledEndpointGroup *apiSandbox
        = config.sandboxEndpoints ? compileGroup(api, *config.sandboxEndpoints) : nullptr;
    api.resources.reserve(config.resources.size());
    for (const ResourceConfig &resourceConfig : config.resources) {
        CompiledResource &resource = api.resources.emplace_back();
        resource.config = &resourceConfig;
        resource.segments = splitTemplate(resourceConfig.pathTemplate);
        for (const auto &segment : resource.segments) {
            resource.literalCount += segment.kind == CompiledResource::Segment::Kind::Literal ? 1 : 0;
            resource.hasWildcard |= segment.kind == CompiledResource::Segment::Kind::Wildcard;
        }
        const CompiledEndpointGroup *resourceProduction = resourceConfig.productionEndpoints
            ? compileGroup(api, *resourceConfig.productionEndpoints)
            : apiProduction;
        const CompiledEndpointGroup *resourceSandbox = resourceConfig.sandboxEndpoints
            ? compileGroup(api, *resourceConfig.sandboxEndpoints)
            : apiSandbox;
        QList<QByteArray> methods;
        for (const OperationConfig &operationConfig : resourceConfig.operations) {
            CompiledOperation &operation = resource.operations.emplace_back();
            operation.method = operationConfig.method.toUpper();
            operation.config = &operationConfig;
            operation.production = operationConfig.productionEndpoints
                ? compileGroup(api, *operationConfig.productionEndpoints)
                : resourceProduction;
            operation.sandbox = operationConfig.sandboxEndpoints
                ? compileGroup(api, *operationConfig.sandboxEndpoints)
                : resourceSandbox;
            operation.mock = operationConfig.mock ? &*operationConfig.mock : nullptr;
            operation.index = m_operationCount++;
            methods.append(operation.method);
        }
        resource.allowHeader = methods.join(", ");
    }
    // Most specific first: more literal segments, then no wildcard, then longer templates.
    std::stable_sort(api.resources.begin(), api.resources.end(), [](const auto &a, const auto &b) {
        if (a.literalCount != b.literalCount)
            return a.literalCount > b.literalCount;
        if (a.hasWildcard != b.hasWildcard)
            return !a.hasWildcard;
        return a.segments.size() > b.segments.size();
    });

    const QByteArray context = normalizedPrefix(config.context);
    const QByteArray versioned
        = context == "/" ? normalizedPrefix(config.version) : context + '/' + config.version.toUtf8();
    m_prefixes.insert(versioned, index);
    if (config.isDefaultVersion && !m_prefixes.contains(context))
        m_prefixes.insert(context, index);
}

bool Router::hasDotSegment(const QByteArray &path)
{
    for (const QByteArray &segment : path.split('/')) {
        // Servlet containers drop ";parameters" from each segment before normalising, so "..;x" is "..".
        const qsizetype semicolon = segment.indexOf(';');
        const QByteArray lower = (semicolon < 0 ? segment : segment.left(semicolon)).toLower();
        if (lower == "." || lower == ".." || lower == "%2e" || lower == "%2e%2e" || lower == ".%2e"
            || lower == "%2e.")
            return true;
    }
    return false;
}

RouteMatch Router::route(const QByteArray &method, const QByteArray &path) const
{
    RouteMatch match;
    if (!path.startsWith('/') || hasDotSegment(path)) {
        match.result = RouteMatch::Result::BadPath;
        return match;
    }
    // Longest API prefix that ends at a segment boundary.
    qsizetype cut = path.size();
    while (cut > 0) {
        const auto it = m_prefixes.constFind(QByteArray::fromRawData(path.constData(), cut));
        if (it != m_prefixes.constEnd()) {
            match.api = &m_apis[std::size_t(*it)];
            break;
        }
        cut = path.lastIndexOf('/', cut - 1);
    }
    if (!match.api) {
        const auto root = m_prefixes.constFind(QByteArrayLiteral("/"));
        if (root != m_prefixes.constEnd()) {
            match.api = &m_apis[std::size_t(*root)];
            cut = 0;
        }
    }
    if (!match.api) {
        match.result = RouteMatch::Result::NoApi;
        return match;
    }
    match.resourcePath = cut < path.size() ? path.mid(cut) : QByteArrayLiteral("/");
    const QList<QByteArrayView> segments = splitPath(match.resourcePath);
    QByteArrayList allowed;
    for (const CompiledResource &resource : match.api->resources) {
        if (!matches(resource, segments))
            continue;
        for (const CompiledOperation &operation : resource.operations) {
            if (operation.method == method) {
                match.resource = &resource;
                match.operation = &operation;
                match.result = RouteMatch::Result::Matched;
                return match;
            }
        }
        for (const CompiledOperation &operation : resource.operations) {
            if (!allowed.contains(operation.method))
                allowed.append(operation.method);
        }
    }
    match.result = allowed.isEmpty() ? RouteMatch::Result::NoResource : RouteMatch::Result::MethodNotAllowed;
    match.allow = allowed.join(", ");
    return match;
}

} // namespace Gatehouse
