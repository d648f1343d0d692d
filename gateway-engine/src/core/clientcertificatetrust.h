#pragma once

#include "config/securityconfig.h"
#include "core/identity.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace Gatehouse {

// The realm's client-certificate rules, compiled once per deployment and shared by all workers: the CA
// store certificates are verified against (never the system store), the proxies allowed to pass a
// certificate in a header, and that header's name. Thread-safe once constructed.
class ClientCertificateTrust
{
public:
    explicit ClientCertificateTrust(const SecurityRealm &realm);
    ~ClientCertificateTrust();
    ClientCertificateTrust(const ClientCertificateTrust &) = delete;
    ClientCertificateTrust &operator=(const ClientCertificateTrust &) = delete;

    bool hasCertificateAuthorities() const { return m_authorityCount > 0; }
    int certificateAuthorityCount() const { return m_authorityCount; }
    const QByteArray &headerName() const { return m_headerName; } // empty: no header path
    bool isTrustedProxy(const QHostAddress &address) const;
    // Realm entries that were not usable (bad PEM, unparsable address); they are left out.
    const QStringList &skippedEntries() const { return m_skipped; }

    struct Examination
    {
        ClientCertificateFacts facts;
        // After this time (seconds since the epoch) the verdict may change (expiry, not-before), 0 = never.
        qint64 recheckAfter = 0;
    };
    // derChain: the leaf first, then intermediates the client sent (untrusted, only used to build a chain).
    Examination examineDer(const QList<QByteArray> &derChain) const;
    // One or more PEM certificates, the leaf first, as a TLS-terminating proxy passes them. Hostile input
    // gives facts with verified = false and a problem.
    Examination examinePem(const QByteArray &pem) const;

    static constexpr qsizetype maxPemBytes = 32 * 1024;

private:
    struct Store;
    std::unique_ptr<Store> m_store;
    int m_authorityCount = 0;
    std::vector<std::pair<QHostAddress, int>> m_proxySubnets;
    QByteArray m_headerName;
    QStringList m_skipped;
};

} // namespace Gatehouse
