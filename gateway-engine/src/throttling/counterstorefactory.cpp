#include "counterstorefactory.h"

#include "memorycounterstore.h"
#include "redis/rediscounterstore.h"

namespace Gatehouse {

std::shared_ptr<CounterStore> makeCounterStore(const EnvironmentSettings &settings)
{
    if (settings.distributedThrottling)
        return std::make_shared<RedisCounterStore>(*settings.distributedThrottling);
    return std::make_shared<MemoryCounterStore>();
}

} // namespace Gatehouse
