#pragma once

#include "throttling/counterstore.h"
#include "throttling/throttleplan.h"

#include <functional>
#include <memory>

namespace Gatehouse {

class MetricsRegistry;

// What every throttling filter of one deployment shares: the compiled plan, the environment's counters
// (they outlive deployments, so a redeploy does not reset limits) and the clock.
struct ThrottlingFilterConfig
{
    std::shared_ptr<const ThrottlePlan> plan;
    std::shared_ptr<CounterStore> counters;
    std::function<qint64()> nowMs; // milliseconds; steady within a process
    MetricsRegistry *metrics = nullptr; // refusals per API and policy (gatehouse_throttled_total)
};

} // namespace Gatehouse
