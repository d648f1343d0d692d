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

} // namespace Gatehouse
