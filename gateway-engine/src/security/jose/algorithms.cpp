#include "keymaterial.h"

#include <array>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace Gatehouse::Jose {

namespace {

struct NamedAlgorithm
{
    const char *name;
    Algorithm algorithm;
};

constexpr std::array<NamedAlgorithm, 12> algorithmNames { {
    { "RS256", Algorithm::RS256 },
    { "RS384", Algorithm::RS384 },
    { "RS512", Algorithm::RS512 },
    { "PS256", Algorithm::PS256 },
    { "PS384", Algorithm::PS384 },
    { "PS512", Algorithm::PS512 },
    { "ES256", Algorithm::ES256 },
    { "ES384", Algorithm::ES384 },
    { "ES512", Algorithm::ES512 },
    { "HS256", Algorithm::HS256 },
    { "HS384", Algorithm::HS384 },
    { "HS512", Algorithm::HS512 },
} };

} // namespace

std::optional<Algorithm> algorithmFromName(QByteArrayView name)
{
    for (const NamedAlgorithm &entry : algorithmNames) {
        if (name == QByteArrayView(entry.name))
            return entry.algorithm;
    }
    return std::nullopt;
}

QByteArray algorithmName(Algorithm algorithm)
{
    for (const NamedAlgorithm &entry : algorithmNames) {
        if (entry.algorithm == algorithm)
            return QByteArray(entry.name);
    }
    return {};
}

bool isHmac(Algorithm algorithm)
{
    return familyOf(algorithm) == Family::Hmac;
}

QByteArray sha256Hex(QByteArrayView bytes)
{
    // On the request path (cache and revocation keys) for every secured request: the algorithm is fetched
    // once and each thread reuses one context, as OpenSSL 3's implicit fetch per call costs more than
    // hashing a token; OpenSSL's SHA-256 uses the CPU's SHA extensions where Qt's portable one does not.
    static EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    thread_local const OpenSsl::MdCtxPtr context(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (!sha256 || !context || EVP_DigestInit_ex2(context.get(), sha256, nullptr) != 1
        || EVP_DigestUpdate(context.get(), bytes.data(), size_t(bytes.size())) != 1
        || EVP_DigestFinal_ex(context.get(), digest, &digestLength) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(digestLength)).toHex();
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace Gatehouse::Jose
