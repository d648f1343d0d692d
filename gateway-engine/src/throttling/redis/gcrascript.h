#pragma once

#include "throttling/counterstore.h"

#include <QByteArray>
#include <QList>
#include <optional>
#include <span>

struct redisReply;

namespace Gatehouse::RedisGcra {

// The all-or-nothing GCRA charge as one Lua script run atomically by Redis (see gcrascript.cpp for the
// semantics). The script reads the clock with Redis' TIME, not the callers' nowMs: gateways on different
// hosts have skewed clocks, and one clock for all of them is what makes a shared cell mean the same thing.
const QByteArray &script();
const QByteArray &scriptSha1(); // lowercase hex, what EVALSHA takes

// EVALSHA <sha> <n> <prefix+key>... <quota> <windowMs> <cost> <force>... (useEval: EVAL <script> ...).
QList<QByteArray> command(std::span<const CounterCharge> charges, const QByteArray &keyPrefix, bool useEval);

// The script's answer {allowed, deniedIndex, retryAfterMs, remaining, resetMs}; nullopt when the reply
// has another shape (an error reply, for example).
std::optional<CounterVerdict> verdictFromReply(const redisReply &reply);

} // namespace Gatehouse::RedisGcra
