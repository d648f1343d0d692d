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

QString authSchemeId(AuthScheme scheme)
{
    switch (scheme) {
    case AuthScheme::OAuth2:
        return QStringLiteral("oauth2");
    case AuthScheme::ApiKey:
        return QStringLiteral("api_key");
    case AuthScheme::BasicAuth:
        return QStringLiteral("basic_auth");
    }
    return QStringLiteral("oauth2");
}

std::optional<AuthScheme> authSchemeFromId(const QString &id)
{
    for (auto scheme : { AuthScheme::OAuth2, AuthScheme::ApiKey, AuthScheme::BasicAuth }) {
        if (authSchemeId(scheme) == id)
            return scheme;
    }
    return std::nullopt;
}

QString mutualTlsModeId(MutualTlsMode mode)
{
    switch (mode) {
    case MutualTlsMode::Off:
        return QStringLiteral("off");
    case MutualTlsMode::Optional:
        return QStringLiteral("optional");
    case MutualTlsMode::Mandatory:
        return QStringLiteral("mandatory");
    }
    return QStringLiteral("off");
}

std::optional<MutualTlsMode> mutualTlsModeFromId(const QString &id)
{
    for (auto mode : { MutualTlsMode::Off, MutualTlsMode::Optional, MutualTlsMode::Mandatory }) {
        if (mutualTlsModeId(mode) == id)
            return mode;
    }
    return std::nullopt;
}

} // namespace Gatehouse
