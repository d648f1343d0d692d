#pragma once

#include "compiledroutes.h"

#include <QStringList>

namespace Gatehouse {

struct RouteMatch
{
    enum class Result
    {
        Matched,
        NoApi,
        NoResource,
        MethodNotAllowed,
        BadPath
    };
    Result result = Result::NoApi;
    const CompiledApi *api = nullptr;
    const CompiledResource *resource = nullptr;
    const CompiledOperation *operation = nullptr;
    QByteArray resourcePath; // the part of the path after the API prefix, starting with '/'
    QByteArray allow; // for MethodNotAllowed
};

// Routes requests the way WSO2 does: API context + version (or the default version), then the most
// specific resource template, then the HTTP method.
class Router
{
public:
    explicit Router(const GatewayConfig &config);
    Router(const Router &) = delete;
    Router &operator=(const Router &) = delete;

    RouteMatch route(const QByteArray &method, const QByteArray &path) const;
    const std::vector<CompiledApi> &apis() const { return m_apis; }
    int operationCount() const { return m_operationCount; }
    // Endpoint URLs that could not be used, for the deploy report.
    const QStringList &problems() const { return m_problems; }

    static bool hasDotSegment(const QByteArray &path);

private:
    const CompiledEndpointGroup *compileGroup(CompiledApi &api, const EndpointGroup &group);
    void compileApi(const ApiConfig &config, int index);

    std::vector<CompiledApi> m_apis;
    QHash<QByteArray, int> m_prefixes; // "/context/version" and, for default versions, "/context"
    int m_operationCount = 0;
    QStringList m_problems;
};

} // namespace Gatehouse
