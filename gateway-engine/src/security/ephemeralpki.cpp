#include "ephemeralpki.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Gatehouse {

namespace {

struct OpenSslFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(BIGNUM *number) const { BN_free(number); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree>;
using CertificatePtr = std::unique_ptr<X509, OpenSslFree>;

KeyPtr generateKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

struct CertificateSpec
{
    QByteArray commonName;
    QByteArray organization;
    bool certificateAuthority = false;
    QByteArray extendedKeyUsage; // "serverAuth" | "clientAuth"
    QByteArray subjectAltName; // "IP:127.0.0.1,DNS:localhost"
};

// Signed by issuerKey; issuerCertificate == nullptr makes it self-signed.
CertificatePtr makeCertificate(
    const CertificateSpec &spec, EVP_PKEY *subjectKey, X509 *issuerCertificate, EVP_PKEY *issuerKey)
{
    CertificatePtr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return nullptr;
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return nullptr;
    serialBytes[0] &= 0x7f; // a positive serial number
    std::unique_ptr<BIGNUM, OpenSslFree> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -300);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 24 * 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const auto *organization = reinterpret_cast<const unsigned char *>(spec.organization.constData());
    const auto *commonName = reinterpret_cast<const unsigned char *>(spec.commonName.constData());
    if (X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, organization, -1, -1, 0) != 1
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, commonName, -1, -1, 0) != 1)
        return nullptr;
    X509 *issuer = issuerCertificate ? issuerCertificate : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(issuer)) != 1
        || X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return nullptr;
    bool extensionsAdded = addExtension(certificate.get(), issuer, NID_basic_constraints,
                               spec.certificateAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(certificate.get(), issuer, NID_key_usage,
            spec.certificateAuthority ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature")
        && addExtension(certificate.get(), issuer, NID_subject_key_identifier, "hash")
        && addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!spec.extendedKeyUsage.isEmpty())
        extensionsAdded = extensionsAdded
            && addExtension(certificate.get(), issuer, NID_ext_key_usage, spec.extendedKeyUsage.constData());
    if (!spec.subjectAltName.isEmpty())
        extensionsAdded = extensionsAdded
            && addExtension(certificate.get(), issuer, NID_subject_alt_name, spec.subjectAltName.constData());
    if (!extensionsAdded || X509_sign(certificate.get(), issuerKey, EVP_sha256()) == 0)
        return nullptr;
    return certificate;
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

QByteArray certificatePem(X509 *certificate)
{
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return drain(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, OpenSslFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return drain(bio.get());
}

} // namespace

std::optional<EphemeralPki> EphemeralPki::create(const QString &organization, QString *error)
{
    const QByteArray org = organization.toUtf8();
    KeyPtr caKey = generateKey();
    KeyPtr serverKey = generateKey();
    KeyPtr clientKey = generateKey();
    if (!caKey || !serverKey || !clientKey) {
        *error = QStringLiteral("cannot generate EC P-256 keys");
        return std::nullopt;
    }
    CertificatePtr ca
        = makeCertificate({ org + " CA", org, true, {}, {} }, caKey.get(), nullptr, caKey.get());
    if (!ca) {
        *error = QStringLiteral("cannot create the CA certificate");
        return std::nullopt;
    }
    CertificatePtr server
        = makeCertificate({ "localhost", org, false, "serverAuth", "IP:127.0.0.1,IP:::1,DNS:localhost" },
            serverKey.get(), ca.get(), caKey.get());
    CertificatePtr client = makeCertificate(
        { org + " Client", org, false, "clientAuth", {} }, clientKey.get(), ca.get(), caKey.get());
    if (!server || !client) {
        *error = QStringLiteral("cannot issue the server and client certificates");
        return std::nullopt;
    }
    EphemeralPki pki;
    pki.caCertificatePem = certificatePem(ca.get());
    pki.serverCertificatePem = certificatePem(server.get());
    pki.serverKeyPem = privateKeyPem(serverKey.get());
    pki.clientCertificatePem = certificatePem(client.get());
    pki.clientKeyPem = privateKeyPem(clientKey.get());
    if (pki.caCertificatePem.isEmpty() || pki.serverKeyPem.isEmpty() || pki.clientKeyPem.isEmpty()) {
        *error = QStringLiteral("cannot write the certificates as PEM");
        return std::nullopt;
    }
    return pki;
}

} // namespace Gatehouse
