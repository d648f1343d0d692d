#pragma once

#include "core/requestcontext.h"

#include <QHostAddress>
#include <optional>

class QSslSocket;

namespace Gatehouse {

class RuntimeSnapshot;
class ClientCertificateTrust;

// Works out ctx.clientCertificate for each request of one downstream connection, from the TLS handshake or
// from a trusted proxy's header, and makes sure any client-certificate header reaching the backend is one
// the gateway wrote itself. Verdicts are kept per snapshot until the certificate's validity says otherwise,
// so keep-alive requests do not verify again.
class ConnectionClientCertificate
{
public:
    // tlsSocket: null for plain HTTP.
    ConnectionClientCertificate(QSslSocket *tlsSocket, const QHostAddress &peer);

    // Call once the route is known and before the filters run.
    void prepareRequest(RequestContext &ctx, const RuntimeSnapshot &snapshot);

private:
    struct Verdict
    {
        quint64 snapshotId = 0;
        qint64 recheckAfter = 0; // seconds since the epoch; 0 = never
        QByteArray headerValue; // for header verdicts: the raw value they were made from
        ClientCertificateFacts facts;
        QByteArray forwardValue; // URL-encoded PEM, made when first forwarded
        bool isFreshFor(quint64 id) const;
    };

    Verdict *fromTls(const ClientCertificateTrust &trust, quint64 snapshotId);
    Verdict &fromHeader(
        const QByteArray &value, int occurrences, const ClientCertificateTrust &trust, quint64 snapshotId);
    bool isTrustedProxy(const ClientCertificateTrust &trust, quint64 snapshotId);

    QSslSocket *m_tlsSocket;
    QHostAddress m_peer;
    bool m_tlsChainRead = false;
    QList<QByteArray> m_tlsDerChain; // empty: the client sent no certificate
    std::optional<Verdict> m_tlsVerdict;
    std::optional<Verdict> m_headerVerdict;
    quint64 m_proxyCheckSnapshotId = 0;
    bool m_peerIsTrustedProxy = false;
};

} // namespace Gatehouse
