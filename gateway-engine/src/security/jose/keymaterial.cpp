#include "keymaterial.h"

#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/rsa.h>

namespace Gatehouse::Jose {

using namespace OpenSsl;

Family familyOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RS256:
    case Algorithm::RS384:
    case Algorithm::RS512:
    case Algorithm::PS256:
    case Algorithm::PS384:
    case Algorithm::PS512:
        return Family::Rsa;
    case Algorithm::ES256:
    case Algorithm::ES384:
    case Algorithm::ES512:
        return Family::Ec;
    case Algorithm::HS256:
    case Algorithm::HS384:
    case Algorithm::HS512:
        break;
    }
    return Family::Hmac;
}

const EVP_MD *digestOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::RS256:
    case Algorithm::PS256:
    case Algorithm::ES256:
    case Algorithm::HS256:
        return EVP_sha256();
    case Algorithm::RS384:
    case Algorithm::PS384:
    case Algorithm::ES384:
    case Algorithm::HS384:
        return EVP_sha384();
    case Algorithm::RS512:
    case Algorithm::PS512:
    case Algorithm::ES512:
    case Algorithm::HS512:
        break;
    }
    return EVP_sha512();
}

int ecCoordinateBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::ES256:
        return 32;
    case Algorithm::ES384:
        return 48;
    case Algorithm::ES512:
        return 66;
    default:
        return 0;
    }
}

const char *ecCurveName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::ES256:
        return "prime256v1";
    case Algorithm::ES384:
        return "secp384r1";
    case Algorithm::ES512:
        return "secp521r1";
    default:
        return nullptr;
    }
}

std::optional<Algorithm> ecAlgorithmForJwkCurve(const QString &crv)
{
    if (crv == QLatin1String("P-256"))
        return Algorithm::ES256;
    if (crv == QLatin1String("P-384"))
        return Algorithm::ES384;
    if (crv == QLatin1String("P-521"))
        return Algorithm::ES512;
    return std::nullopt;
}

QString jwkCurveName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::ES256:
        return QStringLiteral("P-256");
    case Algorithm::ES384:
        return QStringLiteral("P-384");
    case Algorithm::ES512:
        return QStringLiteral("P-521");
    default:
        return {};
    }
}

namespace {

std::optional<Algorithm> ecAlgorithmForGroup(QByteArrayView group)
{
    for (Algorithm algorithm : { Algorithm::ES256, Algorithm::ES384, Algorithm::ES512 }) {
        if (group == ecCurveName(algorithm) || group == jwkCurveName(algorithm).toLatin1())
            return algorithm;
    }
    return std::nullopt;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<KeyShape> shapeOf(EVP_PKEY *key, QString *error)
{
    KeyShape shape;
    if (EVP_PKEY_is_a(key, "RSA")) {
        shape.type = VerificationKey::Type::Rsa;
        shape.rsaBits = EVP_PKEY_get_bits(key);
        if (shape.rsaBits < minimumRsaBits || shape.rsaBits > maximumRsaBits) {
            setError(error,
                QStringLiteral("RSA key of %1 bits refused (%2 to %3 bits accepted)")
                    .arg(shape.rsaBits)
                    .arg(minimumRsaBits)
                    .arg(maximumRsaBits));
            return std::nullopt;
        }
        return shape;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[80] = {};
        size_t groupLength = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLength)
            != 1) {
            ERR_clear_error();
            setError(error, QStringLiteral("EC key without a named curve"));
            return std::nullopt;
        }
        shape.type = VerificationKey::Type::Ec;
        shape.ecAlgorithm = ecAlgorithmForGroup(QByteArrayView(group, qsizetype(groupLength)));
        if (!shape.ecAlgorithm) {
            setError(error, QStringLiteral("EC curve %1 not supported").arg(QString::fromUtf8(group)));
            return std::nullopt;
        }
        return shape;
    }
    setError(error,
        QStringLiteral("key type %1 not supported").arg(QString::fromUtf8(EVP_PKEY_get0_type_name(key))));
    return std::nullopt;
}

bool shapeSupports(const KeyShape &shape, std::optional<Algorithm> onlyAlgorithm, Algorithm algorithm)
{
    if (onlyAlgorithm && *onlyAlgorithm != algorithm)
        return false;
    switch (familyOf(algorithm)) {
    case Family::Rsa:
        return shape.type == VerificationKey::Type::Rsa && shape.rsaBits >= minimumRsaBits;
    case Family::Ec:
        return shape.type == VerificationKey::Type::Ec && shape.ecAlgorithm == algorithm;
    case Family::Hmac:
        break;
    }
    return shape.type == VerificationKey::Type::Hmac;
}

QByteArray ecdsaRawToDer(QByteArrayView raw, Algorithm algorithm)
{
    const int width = ecCoordinateBytes(algorithm);
    if (width == 0 || raw.size() != 2 * width)
        return {};
    EcdsaSigPtr signature(ECDSA_SIG_new());
    BignumPtr r(BN_bin2bn(bytesOf(raw), width, nullptr));
    BignumPtr s(BN_bin2bn(bytesOf(raw) + width, width, nullptr));
    if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // owned by signature now
    s.release();
    const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_ECDSA_SIG(signature.get(), &out) == size ? der : QByteArray();
}

QByteArray ecdsaDerToRaw(QByteArrayView der, Algorithm algorithm)
{
    const int width = ecCoordinateBytes(algorithm);
    const unsigned char *in = bytesOf(der);
    EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &in, long(der.size())));
    if (width == 0 || !signature)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    const QByteArray rBytes = bignumBytes(r, width);
    const QByteArray sBytes = bignumBytes(s, width);
    if (rBytes.isEmpty() || sBytes.isEmpty())
        return {};
    return rBytes + sBytes;
}

QByteArray hmac(Algorithm algorithm, QByteArrayView secret, QByteArrayView data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestOf(algorithm), bytesOf(secret), int(secret.size()), bytesOf(data), size_t(data.size()),
            mac, &macLength))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), qsizetype(macLength));
}

bool configureRsaPadding(EVP_PKEY_CTX *context, Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::PS256:
    case Algorithm::PS384:
    case Algorithm::PS512:
        return EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) > 0
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) > 0;
    default:
        return true;
    }
}

int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

} // namespace Gatehouse::Jose
