#include "clientcertificatetrust.h"

#include <ctime>
#include <limits>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace Gatehouse {

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

struct StoreContextFree
{
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
};

struct CertificateStackFree // the stack only borrows its certificates
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_free(stack); }
};

constexpr std::size_t maxChainCertificates = 8;

// Never let OpenSSL ask a terminal for a pass phrase because a hostile PEM claims to be encrypted.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

std::vector<X509Ptr> readPemCertificates(const QByteArray &pem, std::size_t maxCertificates)
{
    std::vector<X509Ptr> certificates;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (bio && certificates.size() < maxCertificates) {
        X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr);
        if (!certificate)
            break;
        certificates.emplace_back(certificate);
    }
    ERR_clear_error(); // the end of the input is reported as an error too
    return certificates;
}

X509Ptr readDerCertificate(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &data, long(der.size())));
    ERR_clear_error();
    return certificate;
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString distinguishedName(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return QString();
    return QString::fromUtf8(bioContents(bio.get()));
}

qint64 epochSeconds(const ASN1_TIME *time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return 0;
    return qint64(timegm(&parts));
}

ClientCertificateFacts describe(X509 *certificate)
{
    ClientCertificateFacts facts;
    BioPtr pem(BIO_new(BIO_s_mem()));
    if (pem && PEM_write_bio_X509(pem.get(), certificate) == 1)
        facts.pem = bioContents(pem.get());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestSize = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &digestSize) == 1)
        facts.sha256Hex = QByteArray(reinterpret_cast<const char *>(digest), int(digestSize)).toHex();
    facts.subject = distinguishedName(X509_get_subject_name(certificate));
    facts.issuer = distinguishedName(X509_get_issuer_name(certificate));
    return facts;
}

QString problemFor(int error, int depth)
{
    const bool leaf = depth == 0;
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return leaf ? QStringLiteral("expired") : QStringLiteral("an issuing CA certificate has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return leaf ? QStringLiteral("not yet valid")
                    : QStringLiteral("an issuing CA certificate is not yet valid");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return QStringLiteral("not issued by a trusted CA");
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        return QStringLiteral("signature does not verify");
    case X509_V_ERR_INVALID_PURPOSE:
        return QStringLiteral("not meant for client authentication");
    default:
        return QString::fromLatin1(X509_verify_cert_error_string(error));
    }
}

} // namespace

struct ClientCertificateTrust::Store
{
    X509_STORE *store = X509_STORE_new();
    ~Store() { X509_STORE_free(store); }

    ClientCertificateTrust::Examination examine(X509 *leaf, const std::vector<X509Ptr> &intermediates) const;
};

ClientCertificateTrust::Examination ClientCertificateTrust::Store::examine(
    X509 *leaf, const std::vector<X509Ptr> &intermediates) const
{
    Examination result;
    result.facts = describe(leaf);
    std::unique_ptr<STACK_OF(X509), CertificateStackFree> untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, StoreContextFree> context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context) {
        result.facts.problem = QStringLiteral("out of memory");
        return result;
    }
    for (const X509Ptr &intermediate : intermediates)
        sk_X509_push(untrusted.get(), intermediate.get());
    if (X509_STORE_CTX_init(context.get(), store, leaf, untrusted.get()) != 1) {
        ERR_clear_error();
        result.facts.problem = QStringLiteral("cannot be verified");
        return result;
    }
    if (X509_verify_cert(context.get()) == 1) {
        result.facts.verified = true;
        qint64 earliestExpiry = std::numeric_limits<qint64>::max();
        const STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
        for (int i = 0; chain && i < sk_X509_num(chain); ++i)
            earliestExpiry = qMin(earliestExpiry, epochSeconds(X509_get0_notAfter(sk_X509_value(chain, i))));
        result.recheckAfter = earliestExpiry == std::numeric_limits<qint64>::max() ? 0 : earliestExpiry;
    } else {
        const int error = X509_STORE_CTX_get_error(context.get());
        const int depth = X509_STORE_CTX_get_error_depth(context.get());
        result.facts.problem = problemFor(error, depth);
        if (error == X509_V_ERR_CERT_NOT_YET_VALID && depth == 0)
            result.recheckAfter = epochSeconds(X509_get0_notBefore(leaf));
    }
    ERR_clear_error();
    return result;
}

ClientCertificateTrust::ClientCertificateTrust(const SecurityRealm &realm)
    : m_store(std::make_unique<Store>())
    , m_headerName(realm.clientCertificateHeader.trimmed())
{
    if (m_store->store) {
        // Any configured CA anchors trust, an intermediate as well as a root.
        X509_STORE_set_flags(m_store->store, X509_V_FLAG_PARTIAL_CHAIN);
        X509_STORE_set_purpose(m_store->store, X509_PURPOSE_SSL_CLIENT);
    }
    for (qsizetype i = 0; i < realm.clientCaCertificatesPem.size(); ++i) {
        const std::vector<X509Ptr> certificates
            = readPemCertificates(realm.clientCaCertificatesPem[i], std::numeric_limits<std::size_t>::max());
        if (certificates.empty())
            m_skipped << QStringLiteral("client CA entry %1 holds no PEM certificate").arg(i + 1);
        for (const X509Ptr &certificate : certificates) {
            if (!m_store->store || X509_STORE_add_cert(m_store->store, certificate.get()) != 1) {
                ERR_clear_error();
                m_skipped << QStringLiteral("client CA entry %1 could not be added").arg(i + 1);
                continue;
            }
            ++m_authorityCount;
        }
    }
    for (const QString &rawEntry : realm.trustedProxies) {
        const QString entry = rawEntry.trimmed();
        std::pair<QHostAddress, int> subnet;
        if (entry.contains(QLatin1Char('/'))) {
            subnet = QHostAddress::parseSubnet(entry);
        } else {
            subnet.first = QHostAddress(entry);
            subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        }
        if (subnet.first.isNull() || subnet.second < 0) {
            m_skipped << QStringLiteral("trusted proxy \"%1\" is not an address or CIDR range").arg(entry);
            continue;
        }
        bool mapped = false;
        const quint32 ipv4 = subnet.first.toIPv4Address(&mapped);
        if (mapped && subnet.first.protocol() == QAbstractSocket::IPv6Protocol && subnet.second >= 96)
            subnet = { QHostAddress(ipv4), subnet.second - 96 };
        m_proxySubnets.push_back(subnet);
    }
}

ClientCertificateTrust::~ClientCertificateTrust() = default;

bool ClientCertificateTrust::isTrustedProxy(const QHostAddress &address) const
{
    if (m_proxySubnets.empty())
        return false;
    QHostAddress peer = address;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped && address.protocol() == QAbstractSocket::IPv6Protocol)
        peer = QHostAddress(ipv4); // a dual-stack listener reports IPv4 clients as ::ffff:a.b.c.d
    for (const auto &subnet : m_proxySubnets) {
        if (peer.isInSubnet(subnet))
            return true;
    }
    return false;
}

ClientCertificateTrust::Examination ClientCertificateTrust::examineDer(
    const QList<QByteArray> &derChain) const
{
    Examination result;
    X509Ptr leaf = derChain.isEmpty() ? X509Ptr() : readDerCertificate(derChain.first());
    if (!leaf) {
        result.facts.problem = QStringLiteral("not a readable certificate");
        return result;
    }
    std::vector<X509Ptr> intermediates;
    for (qsizetype i = 1; i < derChain.size() && intermediates.size() < maxChainCertificates; ++i) {
        if (X509Ptr intermediate = readDerCertificate(derChain[i]))
            intermediates.push_back(std::move(intermediate));
    }
    if (!hasCertificateAuthorities()) {
        result.facts = describe(leaf.get());
        result.facts.problem = QStringLiteral("no trusted CAs configured");
        return result;
    }
    return m_store->examine(leaf.get(), intermediates);
}

ClientCertificateTrust::Examination ClientCertificateTrust::examinePem(const QByteArray &pem) const
{
    Examination result;
    if (pem.size() > maxPemBytes) {
        result.facts.problem = QStringLiteral("certificate too large");
        return result;
    }
    std::vector<X509Ptr> certificates = readPemCertificates(pem, maxChainCertificates);
    if (certificates.empty()) {
        result.facts.problem = QStringLiteral("not a PEM certificate");
        return result;
    }
    X509Ptr leaf = std::move(certificates.front());
    certificates.erase(certificates.begin());
    if (!hasCertificateAuthorities()) {
        result.facts = describe(leaf.get());
        result.facts.problem = QStringLiteral("no trusted CAs configured");
        return result;
    }
    return m_store->examine(leaf.get(), certificates);
}

} // namespace Gatehouse
