#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Gatehouse {

// A throw-away PKI made in memory with OpenSSL (EC P-256, valid for one day): a CA, a server certificate
// for 127.0.0.1 and localhost, and a client certificate, both issued by the CA. For probes that need real
// TLS and Mutual SSL without touching the user's certificates.
struct EphemeralPki
{
    QByteArray caCertificatePem;
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;

    static std::optional<EphemeralPki> create(const QString &organization, QString *error);
};

} // namespace Gatehouse
