#include "validatedtokencache.h"

#include "security/jose/jose.h"

#include <atomic>

namespace Gatehouse {

namespace {
std::atomic<quint64> lastCacheId { 0 };
}

ValidatedTokenCache::ValidatedTokenCache(int capacity)
    : m_capacityPerShard(qMax(1, capacity / shardCount))
    , m_id(lastCacheId.fetch_add(1, std::memory_order_relaxed) + 1)
{ }

ValidatedCredentialPtr ValidatedTokenCache::findByToken(
    const QByteArray &token, qint64 now, QByteArray *tokenSha256Hex) const
{
    struct MemoEntry
    {
        quint64 cacheId = 0;
        QByteArray token;
        ValidatedCredentialPtr credential;
    };
    thread_local std::array<MemoEntry, 16> memo;
    // The tail of a JWT is its signature: as good as random for picking a slot.
    MemoEntry &entry
        = memo[qHash(QByteArrayView(token).last(qMin<qsizetype>(token.size(), 32))) % memo.size()];
    if (entry.cacheId == m_id && entry.credential && entry.credential->cacheUntil > now
        && Jose::constantTimeEquals(entry.token, token)) {
        *tokenSha256Hex = entry.credential->tokenSha256Hex;
        return entry.credential;
    }
    *tokenSha256Hex = Jose::sha256Hex(token);
    ValidatedCredentialPtr found = find(*tokenSha256Hex, now);
    if (found)
        entry = { m_id, token, found };
    return found;
}

ValidatedTokenCache::Shard &ValidatedTokenCache::shardFor(const QByteArray &key) const
{
    return m_shards[qHash(key) % shardCount];
}

ValidatedCredentialPtr ValidatedTokenCache::find(const QByteArray &tokenSha256Hex, qint64 now) const
{
    Shard &shard = shardFor(tokenSha256Hex);
    QMutexLocker lock(&shard.mutex);
    const auto it = shard.entries.constFind(tokenSha256Hex);
    if (it == shard.entries.cend() || (*it)->cacheUntil <= now)
        return nullptr;
    return *it;
}

void ValidatedTokenCache::insert(ValidatedCredentialPtr credential, qint64 now)
{
    Shard &shard = shardFor(credential->tokenSha256Hex);
    QMutexLocker lock(&shard.mutex);
    if (shard.entries.size() >= m_capacityPerShard) {
        shard.entries.removeIf([now](const auto &entry) { return entry.value()->cacheUntil <= now; });
        // Still full of live entries: dropping an arbitrary one keeps the bound; it is revalidated if used.
        if (shard.entries.size() >= m_capacityPerShard)
            shard.entries.erase(shard.entries.begin());
    }
    const QByteArray key = credential->tokenSha256Hex;
    shard.entries.insert(key, std::move(credential));
}

int ValidatedTokenCache::size() const
{
    int total = 0;
    for (const Shard &shard : m_shards) {
        QMutexLocker lock(&shard.mutex);
        total += int(shard.entries.size());
    }
    return total;
}

} // namespace Gatehouse
