#include "validatedtokencache.h"

namespace Gatehouse {

ValidatedTokenCache::ValidatedTokenCache(int capacity)
    : m_capacityPerShard(qMax(1, capacity / shardCount))
{ }

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
