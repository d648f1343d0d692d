#pragma once

#include "throttling/counterstore.h"

namespace Gatehouse::TestUtil {

struct ChargeLoadResult
{
    qint64 allowed = 0;
    qint64 denied = 0;
    qint64 degraded = 0;
    qint64 unanswered = 0;
};

// `threads` QThreads with event loops each charge `charge` `chargesPerThread` times, a few in flight at
// once per thread, as gateway workers do; waits for all answers (at most timeoutMs).
ChargeLoadResult runChargeLoad(CounterStore &store, const CounterCharge &charge, int threads,
    int chargesPerThread, int timeoutMs = 60'000);

} // namespace Gatehouse::TestUtil
