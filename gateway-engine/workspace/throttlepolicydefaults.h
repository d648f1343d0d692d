#pragma once

#include "config/throttleconfig.h"

#include <vector>

namespace Gatehouse {

// The policies a new WSO2 API Manager starts with, which imported APIs and apictl projects name.
std::vector<ThrottlePolicy> wso2DefaultThrottlePolicies();

} // namespace Gatehouse
