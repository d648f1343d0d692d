#pragma once

#include "core/identity.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringList>
#include <array>
#include <memory>

namespace Gatehouse {

// A credential that passed its signature and claim checks, independent of the API it is used for.
// Per-request checks (revocation, subscription, scopes, API key restrictions) run on every hit.
struct ValidatedCredential
{
    AuthenticatedIdentity identity;
    QByteArray tokenSha256Hex;
    QStringList permittedIps; // API keys
    QStringList permittedReferers; // API keys
    QStringList subscribedApiContexts; // API keys: "/context/version"
    qint64 cacheUntil = 0; // seconds since the epoch
};
using ValidatedCredentialPtr = std::shared_ptr<const ValidatedCredential>;

// Bounded, shared by all workers, keyed by the token's SHA-256 so the token itself is never kept.
// Sharded to keep workers from contending on one lock.
class ValidatedTokenCache
{
public:
    explicit ValidatedTokenCache(int capacity = 20'000);
    ValidatedCredentialPtr find(const QByteArray &tokenSha256Hex, qint64 now) const;
    // find() by the token itself; *tokenSha256Hex receives its hash. A small per-thread memo of recently
    // seen tokens (compared in constant time) spares hashing a client's token on each of its requests.
    ValidatedCredentialPtr findByToken(const QByteArray &token, qint64 now, QByteArray *tokenSha256Hex) const;
    void insert(ValidatedCredentialPtr credential, qint64 now);
    int size() const;

private:
    struct Shard
    {
        mutable QMutex mutex;
        QHash<QByteArray, ValidatedCredentialPtr> entries;
    };
    Shard &shardFor(const QByteArray &key) const;
    static constexpr int shardCount = 16;
    mutable std::array<Shard, shardCount> m_shards;
    int m_capacityPerShard;
    quint64 m_id; // tells this cache's memo entries from those of earlier deployments
};

} // namespace Gatehouse
