#include "revocationlist.h"

namespace Gatehouse {

RevocationList::RevocationList(const QList<RevokedToken> &revoked)
{
    for (const RevokedToken &entry : revoked) {
        if (!entry.jti.isEmpty())
            m_jtis.insert(entry.jti);
        if (!entry.tokenSha256.isEmpty())
            m_tokenHashes.insert(entry.tokenSha256.toLower());
    }
}

bool RevocationList::isRevoked(const QByteArray &jti, const QByteArray &tokenSha256Hex) const
{
    return (!jti.isEmpty() && m_jtis.contains(jti))
        || (!tokenSha256Hex.isEmpty() && m_tokenHashes.contains(tokenSha256Hex));
}

RevocationRegistry::RevocationRegistry()
    : m_current(std::make_shared<const RevocationList>())
{ }

void RevocationRegistry::replace(const QList<RevokedToken> &revoked)
{
    m_current.store(std::make_shared<const RevocationList>(revoked), std::memory_order_release);
}

} // namespace Gatehouse
