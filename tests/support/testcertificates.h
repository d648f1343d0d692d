#pragma once

#include <QString>
#include <optional>

namespace Gatehouse {

// A throw-away PKI made with the openssl command line: a CA, a server certificate for 127.0.0.1/localhost
// signed by it, and a second, unrelated CA for negative tests.
struct TestCertificates
{
    QString caCertificate;
    QString caKey;
    QString serverCertificate;
    QString serverKey;
    QString otherCaCertificate;

    static std::optional<TestCertificates> create(const QString &directory, QString *error);
};

// Client certificates for Mutual SSL tests (EC P-256): a client CA and, issued by it, a valid, an expired
// and a not-yet-valid client certificate; plus a client certificate from an unrelated CA. All four client
// certificates share one key.
struct TestClientCertificates
{
    QString caCertificate;
    QString caKey;
    QString validCertificate; // CN=Valid Client,O=Gatehouse Tests
    QString expiredCertificate; // valid in January 2020 only
    QString notYetValidCertificate; // valid from 2099
    QString foreignCertificate; // CN=Foreign Client, issued by foreignCaCertificate
    QString foreignCaCertificate;
    QString clientKey;

    static std::optional<TestClientCertificates> create(const QString &directory, QString *error);
};

} // namespace Gatehouse
