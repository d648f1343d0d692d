#pragma once

#include "config/environmentsettings.h"
#include "environment/environment.h"

#include <QUrl>
#include <memory>

namespace Gatehouse::TestUtil {

inline EndpointGroup httpGroup(
    const QList<QUrl> &urls, EndpointGroupType type = EndpointGroupType::Single, int readTimeoutMs = 10000)
{
    EndpointGroup group;
    group.type = type;
    for (const QUrl &url : urls)
        group.targets.push_back({ url, 2000, readTimeoutMs });
    return group;
}

inline OperationConfig operation(const QByteArray &method)
{
    OperationConfig op;
    op.method = method;
    return op;
}

inline ResourceConfig resource(const QString &path, const QList<QByteArray> &methods)
{
    ResourceConfig r;
    r.pathTemplate = path;
    for (const QByteArray &method : methods)
        r.operations.push_back(operation(method));
    return r;
}

// An API "Shop" at /shop/1.0.0 with a catch-all resource for the usual methods.
inline ApiConfig shopApi(const EndpointGroup &endpoints, bool defaultVersion = true)
{
    ApiConfig api;
    api.id = QStringLiteral("shop-id");
    api.name = QStringLiteral("Shop");
    api.context = QStringLiteral("/shop");
    api.version = QStringLiteral("1.0.0");
    api.isDefaultVersion = defaultVersion;
    api.productionEndpoints = endpoints;
    api.resources.push_back(resource(QStringLiteral("/*"), { "GET", "POST", "PUT", "DELETE", "HEAD" }));
    return api;
}

inline GatewayConfigPtr configWith(std::vector<ApiConfig> apis)
{
    auto config = std::make_shared<GatewayConfig>();
    config->apis = std::move(apis);
    return config;
}

inline EnvironmentSettings testSettings(int workers = 2)
{
    EnvironmentSettings settings;
    settings.name = QStringLiteral("test-env");
    settings.httpPort = 0;
    settings.workerCount = workers;
    return settings;
}

} // namespace Gatehouse::TestUtil
