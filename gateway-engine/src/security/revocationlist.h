#pragma once

#include "config/securityconfig.h"

#include <QByteArrayView>
#include <QSet>
#include <atomic>
#include <memory>

namespace Gatehouse {

// An immutable set of revoked credentials, looked up by jti or by the token's SHA-256.
class RevocationList
{
public:
    RevocationList() = default;
    explicit RevocationList(const QList<RevokedToken> &revoked);
    bool isRevoked(const QByteArray &jti, const QByteArray &tokenSha256Hex) const;
    qsizetype size() const { return m_jtis.size() + m_tokenHashes.size(); }

private:
    QSet<QByteArray> m_jtis;
    QSet<QByteArray> m_tokenHashes;
};

// The environment's current revocation list. Replaced as a whole when the workspace's list changes, so
// every worker sees the change on its next request, whatever its caches hold.
class RevocationRegistry
{
public:
    RevocationRegistry();
    void replace(const QList<RevokedToken> &revoked);
    std::shared_ptr<const RevocationList> current() const
    {
        return m_current.load(std::memory_order_acquire);
    }

private:
    std::atomic<std::shared_ptr<const RevocationList>> m_current;
};

} // namespace Gatehouse
