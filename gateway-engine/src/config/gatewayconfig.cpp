#include "gatewayconfig.h"

namespace Gatehouse {

QString profileId(GatewayProfile profile)
{
    return profile == GatewayProfile::ChoreoConnect ? QStringLiteral("choreo-connect")
                                                    : QStringLiteral("api-gateway");
}

std::optional<GatewayProfile> profileFromId(const QString &id)
{
    if (id == QLatin1String("choreo-connect"))
        return GatewayProfile::ChoreoConnect;
    if (id == QLatin1String("api-gateway"))
        return GatewayProfile::ApiGateway;
    return std::nullopt;
}

QString profileDisplayName(GatewayProfile profile)
{
    return profile == GatewayProfile::ChoreoConnect ? QStringLiteral("Choreo Connect")
                                                    : QStringLiteral("API Gateway");
}

QString modeId(EnvironmentMode mode)
{
    return mode == EnvironmentMode::Mutable ? QStringLiteral("mutable") : QStringLiteral("immutable");
}

std::optional<EnvironmentMode> modeFromId(const QString &id)
{
    if (id == QLatin1String("mutable"))
        return EnvironmentMode::Mutable;
    if (id == QLatin1String("immutable"))
        return EnvironmentMode::Immutable;
    return std::nullopt;
}

QString endpointGroupTypeId(EndpointGroupType type)
{
    switch (type) {
    case EndpointGroupType::Single:
        return QStringLiteral("http");
    case EndpointGroupType::LoadBalance:
        return QStringLiteral("load_balance");
    case EndpointGroupType::Failover:
        return QStringLiteral("failover");
    case EndpointGroupType::Mock:
        return QStringLiteral("mock");
    }
    return QStringLiteral("http");
}

std::optional<EndpointGroupType> endpointGroupTypeFromId(const QString &id)
{
    for (auto type : { EndpointGroupType::Single, EndpointGroupType::LoadBalance, EndpointGroupType::Failover,
             EndpointGroupType::Mock }) {
        if (endpointGroupTypeId(type) == id)
            return type;
    }
    return std::nullopt;
}

} // namespace Gatehouse
