#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Gatehouse {

// What the TLS handshake (or a trusted TLS-terminating proxy) told us about the client certificate.
struct ClientCertificateFacts
{
    QByteArray pem; // the leaf certificate
    QByteArray sha256Hex; // lower-case hex fingerprint of the DER form
    QString subject;
    QString issuer;
    bool verified = false; // chain checked against the realm's client CA store, within its validity
    bool fromProxyHeader = false; // passed in the client-certificate header by a trusted proxy
    QString problem; // why it is not verified ("expired", "not issued by a trusted CA", ...)
};

// Who the caller is, once authentication passed. Later filters (throttling, backend JWT) key on this.
struct AuthenticatedIdentity
{
    QByteArray method; // "oauth2" | "api_key" | "basic_auth" | "mutual_tls"
    QString subject; // sub claim, Basic user name, or certificate subject
    QString issuer;
    QByteArray consumerKey;
    QString applicationId;
    QString applicationName;
    QString applicationTier;
    QString subscriptionTier;
    QString keyType = QStringLiteral("PRODUCTION"); // PRODUCTION | SANDBOX
    QStringList scopes;
    QByteArray jti;
    qint64 expiresAt = 0; // seconds since the epoch; 0 = none
    QJsonObject claims; // of the token or API key (JWT claims, or what introspection answered)
};

} // namespace Gatehouse
