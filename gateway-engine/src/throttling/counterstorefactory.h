#pragma once

#include "config/environmentsettings.h"
#include "counterstore.h"

#include <memory>

namespace Gatehouse {

// Counters in this process, or in Redis when the environment shares its limits with other gateways.
std::shared_ptr<CounterStore> makeCounterStore(const EnvironmentSettings &settings);

} // namespace Gatehouse
