#pragma once

#include "config/throttleconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>
#include <vector>

namespace Gatehouse {

// The caller a simulated request comes from, as the throttling filter would see it.
struct SimulatedRequestShape
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QPair<QString, QString>> queryParameters;
    QString clientIp = QStringLiteral("192.0.2.10");
    QJsonObject claims; // JWT claims of the caller's token
    QString userId = QStringLiteral("alice");
    QString applicationId = QStringLiteral("simulated-app");
    qint64 requestBytes = 0;
    qint64 responseBytes = 1024;
};

struct ThrottleSimulationInput
{
    double requestsPerSecond = 10;
    int durationSeconds = 60;
    SimulatedRequestShape shape;
};

struct ThrottleSimulationSecond
{
    int allowed = 0;
    int throttled = 0;
};

struct ThrottleSimulationResult
{
    std::vector<ThrottleSimulationSecond> seconds; // one entry per simulated second
    int allowed = 0;
    int throttled = 0;
    double firstThrottledAtSeconds = -1; // -1: never
    QString limitDescription; // the limit that applied to this shape, e.g. "group 'partners': 10 per 1 min"
    QString error; // set when the policy cannot be simulated
};

// Sends `input` through the engine's real limiter (the same plan and counter code the throttling filter
// uses) with simulated time: no network, no sleeping. Stops early once *cancelled.
ThrottleSimulationResult simulateThrottling(const ThrottlePolicy &policy,
    const ThrottleSimulationInput &input, const std::atomic_bool *cancelled = nullptr);

} // namespace Gatehouse
