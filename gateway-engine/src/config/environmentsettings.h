#pragma once

#include "gatewayconfig.h"

#include <QHostAddress>
#include <QString>

namespace Gatehouse {

// Limits on what one downstream connection may send; value type, validated once.
struct ListenerLimits
{
    int maxRequestLineBytes = 8 * 1024;
    int maxHeaderBytes = 64 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    int idleTimeoutMs = 60'000; // keep-alive connection with no request in flight
    int headerTimeoutMs = 10'000; // whole request head must arrive within this
    int bodyTimeoutMs = 30'000; // no body progress for this long
    int maxConnections = 10'000; // open downstream connections per environment; more are closed at accept
    bool operator==(const ListenerLimits &) const = default;
};

struct TlsSettings
{
    QString certificateChainPath; // PEM
    QString privateKeyPath; // PEM
    bool operator==(const TlsSettings &) const = default;
};

struct EnvironmentSettings
{
    QString name;
    GatewayProfile profile = GatewayProfile::ChoreoConnect;
    EnvironmentMode mode = EnvironmentMode::Mutable;
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    int httpPort = 0; // 0 = any free port; -1 = no HTTP listener
    int httpsPort = -1; // -1 = no HTTPS listener
    int adminPort = -1; // -1 = no admin listener (/metrics, /health)
    std::optional<TlsSettings> tls;
    QString upstreamCaBundlePath; // empty = system CAs
    int workerCount = 0; // 0 = number of cores
    ListenerLimits limits;
    QString accessLogPath; // empty = no file
    std::optional<DistributedThrottling> distributedThrottling; // empty = counters in this process only
    bool operator==(const EnvironmentSettings &) const = default;
};

} // namespace Gatehouse
