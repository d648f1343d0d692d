#pragma once

#include "config/gatewayconfig.h"

#include <QByteArray>
#include <QHash>
#include <atomic>
#include <deque>
#include <vector>

namespace Gatehouse {

struct CompiledTarget
{
    QByteArray url;
    bool tls = false;
    QString host;
    quint16 port = 80;
    QByteArray basePath; // without trailing '/'
    QByteArray hostHeader; // host[:port] as the backend expects it
    QByteArray poolKey; // scheme://host:port
    int connectTimeoutMs = 5000;
    int readTimeoutMs = 30000;
};

struct CompiledEndpointGroup
{
    EndpointGroupType type = EndpointGroupType::Single;
    std::vector<CompiledTarget> targets;
    int connectRetries = 1;
    mutable std::atomic<unsigned> nextTarget { 0 }; // round robin across workers

    CompiledEndpointGroup() = default;
    CompiledEndpointGroup(const CompiledEndpointGroup &other)
        : type(other.type)
        , targets(other.targets)
        , connectRetries(other.connectRetries)
    { }
};

struct CompiledOperation
{
    QByteArray method;
    const OperationConfig *config = nullptr;
    const CompiledEndpointGroup *production = nullptr;
    const CompiledEndpointGroup *sandbox = nullptr;
    const MockResponse *mock = nullptr;
    int index = 0; // unique within a snapshot, for per-operation filter state
};

struct CompiledResource
{
    struct Segment
    {
        enum class Kind
        {
            Literal,
            Parameter,
            Wildcard
        } kind;
        QByteArray literal;
    };
    const ResourceConfig *config = nullptr;
    std::vector<Segment> segments;
    int literalCount = 0;
    bool hasWildcard = false;
    std::vector<CompiledOperation> operations;
    QByteArray allowHeader;
};

struct CompiledApi
{
    const ApiConfig *config = nullptr;
    int index = 0;
    std::vector<CompiledResource> resources;
    std::deque<CompiledEndpointGroup> endpointGroups; // stable addresses for the operations' pointers
};

} // namespace Gatehouse
