#pragma once

#include "observability/operationstats.h"

#include <vector>

namespace Gatehouse {

// Per-deployment: the stats object of every operation, indexed by CompiledOperation::index.
struct MetricsFilterConfig
{
    std::vector<OperationStats *> operations;
    OperationStats *unmatched = nullptr;
};

} // namespace Gatehouse
