#include "clientcertificates.h"

#include "core/runtimesnapshot.h"

#include <QDateTime>
#include <QSslSocket>

namespace Gatehouse {

namespace {

bool forwardsClientCertificate(const RouteMatch &route)
{
    return route.api && route.api->config && route.api->config->security.forwardClientCertificate;
}

} // namespace

ConnectionClientCertificate::ConnectionClientCertificate(QSslSocket *tlsSocket, const QHostAddress &peer)
    : m_tlsSocket(tlsSocket)
    , m_peer(peer)
{ }

bool ConnectionClientCertificate::Verdict::isFreshFor(quint64 id) const
{
    return snapshotId == id && (recheckAfter == 0 || QDateTime::currentSecsSinceEpoch() < recheckAfter);
}

void ConnectionClientCertificate::prepareRequest(RequestContext &ctx, const RuntimeSnapshot &snapshot)
{
    const ClientCertificateTrust &trust = snapshot.clientCertificateTrust();
    const QByteArray &headerName = trust.headerName();
    HttpHeaders &headers = ctx.request.headers;
    Verdict *verdict = nullptr;
    if (!headerName.isEmpty()) {
        if (const int occurrences = headers.count(headerName); occurrences > 0) {
            if (isTrustedProxy(trust, snapshot.id()))
                verdict = &fromHeader(headers.value(headerName), occurrences, trust, snapshot.id());
            headers.removeAll(headerName); // whoever sent it, the backend must not take it for the gateway's
        }
    }
    if (!verdict && m_tlsSocket)
        verdict = fromTls(trust, snapshot.id());
    if (!verdict)
        return;
    ctx.clientCertificate = verdict->facts;
    if (verdict->facts.verified && !headerName.isEmpty() && forwardsClientCertificate(ctx.route)) {
        if (verdict->forwardValue.isEmpty())
            verdict->forwardValue = verdict->facts.pem.toPercentEncoding();
        headers.append(headerName, verdict->forwardValue);
    }
}

ConnectionClientCertificate::Verdict *ConnectionClientCertificate::fromTls(
    const ClientCertificateTrust &trust, quint64 snapshotId)
{
    if (!m_tlsChainRead) {
        // The handshake is over before any request is read, and the certificate cannot change afterwards.
        m_tlsChainRead = true;
        const QSslCertificate leaf = m_tlsSocket->peerCertificate();
        if (!leaf.isNull()) {
            m_tlsDerChain.append(leaf.toDer());
            for (const QSslCertificate &certificate : m_tlsSocket->peerCertificateChain()) {
                if (certificate != leaf)
                    m_tlsDerChain.append(certificate.toDer());
            }
        }
    }
    if (m_tlsDerChain.isEmpty())
        return nullptr;
    if (!m_tlsVerdict || !m_tlsVerdict->isFreshFor(snapshotId)) {
        ClientCertificateTrust::Examination examination = trust.examineDer(m_tlsDerChain);
        m_tlsVerdict = Verdict { snapshotId, examination.recheckAfter, QByteArray(),
            std::move(examination.facts), QByteArray() };
    }
    return &*m_tlsVerdict;
}

ConnectionClientCertificate::Verdict &ConnectionClientCertificate::fromHeader(
    const QByteArray &value, int occurrences, const ClientCertificateTrust &trust, quint64 snapshotId)
{
    if (occurrences == 1 && m_headerVerdict && m_headerVerdict->headerValue == value
        && m_headerVerdict->isFreshFor(snapshotId))
        return *m_headerVerdict;
    ClientCertificateTrust::Examination examination;
    if (occurrences > 1)
        examination.facts.problem = QStringLiteral("more than one client certificate header");
    else if (value.size() > 3 * ClientCertificateTrust::maxPemBytes)
        examination.facts.problem = QStringLiteral("certificate too large");
    else
        examination = trust.examinePem(QByteArray::fromPercentEncoding(value));
    examination.facts.fromProxyHeader = true;
    const quint64 reusableFor = occurrences == 1 ? snapshotId : 0; // snapshot ids start at 1
    m_headerVerdict = Verdict { reusableFor, examination.recheckAfter, value, std::move(examination.facts),
        QByteArray() };
    return *m_headerVerdict;
}

bool ConnectionClientCertificate::isTrustedProxy(const ClientCertificateTrust &trust, quint64 snapshotId)
{
    if (m_proxyCheckSnapshotId != snapshotId) {
        m_proxyCheckSnapshotId = snapshotId;
        m_peerIsTrustedProxy = trust.isTrustedProxy(m_peer);
    }
    return m_peerIsTrustedProxy;
}

} // namespace Gatehouse
