#pragma once

#include "config/gatewayconfig.h"

#include <QList>
#include <QString>
#include <functional>

namespace Gatehouse {

class ProbeWorld;

// What one probe saw: whether the running environment provides the capability, and the evidence.
struct CheckOutcome
{
    bool supported = false;
    QString detail; // "no credentials → 401 (900902); token → 200; ..."
};

// A live check of one capability-matrix row: the API it deploys and the requests it sends.
struct CapabilityCheck
{
    QString rowId;
    std::function<ApiConfig()> probeApi;
    std::function<CheckOutcome(ProbeWorld &)> run;
    std::vector<ThrottlePolicy> policies = {}; // the throttle policies the probe API names
};

// Rows of the security table and JWT revocation.
QList<CapabilityCheck> securityChecks();
// Advanced rate limiting (conditions) and bandwidth limits.
QList<CapabilityCheck> rateLimitChecks();
// Schema validation (a request that does not match the operation's schemas gets 400).
QList<CapabilityCheck> validationChecks();

} // namespace Gatehouse
