#pragma once

#include <QtGlobal>
#include <chrono>

namespace Gatehouse {

inline qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace Gatehouse
