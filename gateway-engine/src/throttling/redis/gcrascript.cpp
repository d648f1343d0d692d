#include "gcrascript.h"

#include <QCryptographicHash>
#include <hiredis/hiredis.h>

namespace Gatehouse::RedisGcra {

namespace {

// The arithmetic of throttling/gcra.h (MemoryCounterStore, the local fallback) in Lua; keep them in step.
// KEYS[i]: the counter keys. ARGV: quota, windowMs, cost, force ("1"/"0") for each key, in KEYS' order.
// A cell stores its theoretical arrival time (TAT, ms since the epoch on Redis' clock). With interval =
// windowMs / quota and d = max(TAT - now, 0):
//   cost > 0   fits when d + cost * interval <= windowMs (the whole quota may be used at once);
//   cost = 0   fits when one more unit would (the counter is not exhausted), charges nothing;
//   force      always fits and adds its cost, so the TAT may run ahead of now + windowMs.
// When one charge does not fit, nothing is written and the first such index is returned with the time
// until it would fit. The same key twice in one call is charged twice. Written cells expire once full
// again (PX), so idle counters vanish. Doubles hold ~0.25 us at today's epoch; EPS absorbs that.
// redis.replicate_commands() lets a script write after TIME on Redis 3.2-4.x; from 5.0 it is the default
// and 7.0 keeps the function as a no-op.
constexpr char scriptText[] = R"lua(
if redis.replicate_commands then pcall(redis.replicate_commands) end
local EPS = 1e-3
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local cells = {}
local tats = {}
local denied = -1
local retry = 0
for i = 1, #KEYS do
  local quota = tonumber(ARGV[4 * i - 3])
  local window = tonumber(ARGV[4 * i - 2])
  local cost = tonumber(ARGV[4 * i - 1])
  local force = ARGV[4 * i] == '1'
  if quota > 0 and window > 0 and cost >= 0 then
    local key = KEYS[i]
    local tat = tats[key]
    if tat == nil then
      local stored = redis.call('GET', key)
      tat = stored and tonumber(stored) or now
    end
    local interval = window / quota
    local d = math.max(tat - now, 0)
    local after = d + cost * interval
    local needed = after
    if cost == 0 then needed = d + interval end
    if not force and needed > window + EPS and denied < 0 then
      denied = i - 1
      retry = math.max(1, math.ceil(needed - window - EPS))
    end
    tats[key] = now + after
    cells[#cells + 1] = { key = key, d = d, after = after, interval = interval, window = window, cost = cost }
  end
end
local allowed = denied < 0
local remaining = nil
local reset = 0
for _, c in ipairs(cells) do
  local offset = c.d
  if allowed then offset = c.after end
  local left = math.max(0, math.floor((c.window - offset) / c.interval + 1e-6))
  if remaining == nil or left < remaining then remaining = left end
  reset = math.max(reset, math.ceil(offset - EPS))
  if allowed and c.cost > 0 then
    redis.call('SET', c.key, string.format('%.17g', tats[c.key]), 'PX', math.ceil(tats[c.key] - now) + 1)
  end
end
return { allowed and 1 or 0, denied, retry, remaining or 0, reset }
)lua";

} // namespace

const QByteArray &script()
{
    static const QByteArray text = QByteArray::fromRawData(scriptText, sizeof(scriptText) - 1);
    return text;
}

const QByteArray &scriptSha1()
{
    static const QByteArray sha = QCryptographicHash::hash(script(), QCryptographicHash::Sha1).toHex();
    return sha;
}

QList<QByteArray> command(std::span<const CounterCharge> charges, const QByteArray &keyPrefix, bool useEval)
{
    QList<QByteArray> args;
    args.reserve(3 + qsizetype(charges.size()) * 5);
    args << (useEval ? QByteArrayLiteral("EVAL") : QByteArrayLiteral("EVALSHA"))
         << (useEval ? script() : scriptSha1()) << QByteArray::number(qsizetype(charges.size()));
    for (const CounterCharge &charge : charges)
        args << keyPrefix + charge.key;
    for (const CounterCharge &charge : charges) {
        args << QByteArray::number(charge.quota) << QByteArray::number(charge.windowMs)
             << QByteArray::number(charge.cost)
             << (charge.force ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    }
    return args;
}

std::optional<CounterVerdict> verdictFromReply(const redisReply &reply)
{
    if (reply.type != REDIS_REPLY_ARRAY || reply.elements < 5)
        return std::nullopt;
    for (size_t i = 0; i < 5; ++i) {
        if (reply.element[i]->type != REDIS_REPLY_INTEGER)
            return std::nullopt;
    }
    CounterVerdict verdict;
    verdict.allowed = reply.element[0]->integer == 1;
    verdict.deniedIndex = int(reply.element[1]->integer);
    verdict.retryAfterMs = reply.element[2]->integer;
    verdict.remaining = reply.element[3]->integer;
    verdict.resetMs = reply.element[4]->integer;
    return verdict;
}

} // namespace Gatehouse::RedisGcra
