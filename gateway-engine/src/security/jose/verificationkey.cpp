#include "keymaterial.h"

#include <QJsonArray>
#include <openssl/core_names.h>
#include <openssl/pem.h>

namespace Gatehouse::Jose {

using namespace OpenSsl;

namespace {

VerificationKeyPtr fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return nullptr;
}

// A base64url member that must be present and non-empty.
std::optional<QByteArray> binaryMember(const QJsonObject &jwk, const char *name, QString *error)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    std::optional<QByteArray> bytes;
    if (value.isString())
        bytes = base64UrlDecode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty()) {
        if (error)
            *error = QStringLiteral("JWK member \"%1\" missing or not base64url").arg(QLatin1String(name));
        return std::nullopt;
    }
    return bytes;
}

QByteArrayView withoutLeadingZeros(QByteArrayView bytes)
{
    while (!bytes.isEmpty() && bytes.front() == '\0')
        bytes = bytes.sliced(1);
    return bytes;
}

PkeyPtr publicKeyFromParams(const char *type, OSSL_PARAM_BLD *builder, QString *error)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        if (error)
            *error = QStringLiteral("JWK is not a valid %1 key: %2").arg(QLatin1String(type), takeError());
        return nullptr;
    }
    ERR_clear_error();
    return PkeyPtr(key);
}

PkeyPtr rsaKeyFromJwk(const QJsonObject &jwk, QString *error)
{
    const std::optional<QByteArray> modulus = binaryMember(jwk, "n", error);
    const std::optional<QByteArray> exponent = modulus ? binaryMember(jwk, "e", error) : std::nullopt;
    if (!modulus || !exponent)
        return nullptr;
    const QByteArrayView n = withoutLeadingZeros(*modulus);
    const QByteArrayView e = withoutLeadingZeros(*exponent);
    // Checked before OpenSSL sees the numbers, so a huge modulus costs nothing.
    if (n.size() * 8 > maximumRsaBits || n.size() * 8 < minimumRsaBits) {
        if (error)
            *error = QStringLiteral("RSA key of about %1 bits refused (%2 to %3 bits accepted)")
                         .arg(n.size() * 8)
                         .arg(minimumRsaBits)
                         .arg(maximumRsaBits);
        return nullptr;
    }
    BignumPtr nNumber(BN_bin2bn(bytesOf(n), int(n.size()), nullptr));
    BignumPtr eNumber(BN_bin2bn(bytesOf(e), int(e.size()), nullptr));
    if (!nNumber || !eNumber || !BN_is_odd(nNumber.get()) || !BN_is_odd(eNumber.get())
        || BN_is_one(eNumber.get()) || e.size() > n.size()) {
        if (error)
            *error = QStringLiteral("JWK has an invalid RSA modulus or exponent");
        return nullptr;
    }
    ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, nNumber.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, eNumber.get()) != 1) {
        if (error)
            *error = QStringLiteral("out of memory building an RSA key");
        return nullptr;
    }
    return publicKeyFromParams("RSA", builder.get(), error);
}

PkeyPtr ecKeyFromJwk(const QJsonObject &jwk, QString *error)
{
    const std::optional<Algorithm> algorithm
        = ecAlgorithmForJwkCurve(jwk.value(QLatin1String("crv")).toString());
    if (!algorithm) {
        if (error)
            *error = QStringLiteral("JWK curve not supported (P-256, P-384, P-521)");
        return nullptr;
    }
    const std::optional<QByteArray> x = binaryMember(jwk, "x", error);
    const std::optional<QByteArray> y = x ? binaryMember(jwk, "y", error) : std::nullopt;
    if (!x || !y)
        return nullptr;
    // RFC 7518 wants full-width coordinates, but some libraries (PyJWT 2.6, for one) drop
    // leading zero bytes; the point is checked on the curve all the same.
    const int width = ecCoordinateBytes(*algorithm);
    if (x->size() > width || y->size() > width) {
        if (error)
            *error = QStringLiteral("JWK coordinates longer than %1 bytes for this curve").arg(width);
        return nullptr;
    }
    const QByteArray uncompressedPoint
        = '\x04' + QByteArray(width - x->size(), '\0') + *x + QByteArray(width - y->size(), '\0') + *y;
    ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    if (!builder
        || OSSL_PARAM_BLD_push_utf8_string(
               builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, ecCurveName(*algorithm), 0)
            != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
               uncompressedPoint.constData(), size_t(uncompressedPoint.size()))
            != 1) {
        if (error)
            *error = QStringLiteral("out of memory building an EC key");
        return nullptr;
    }
    PkeyPtr key = publicKeyFromParams("EC", builder.get(), error);
    if (!key)
        return nullptr;
    PkeyCtxPtr checkContext(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!checkContext || EVP_PKEY_public_check(checkContext.get()) != 1) {
        if (error)
            *error = QStringLiteral("JWK point is not on the curve: %1").arg(takeError());
        return nullptr;
    }
    return key;
}

bool allowsVerifying(const QJsonObject &jwk, QString *error)
{
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig")) {
        if (error)
            *error = QStringLiteral("JWK \"use\" is not \"sig\"");
        return false;
    }
    const QJsonValue operations = jwk.value(QLatin1String("key_ops"));
    if (!operations.isUndefined() && !operations.toArray().contains(QLatin1String("verify"))) {
        if (error)
            *error = QStringLiteral("JWK \"key_ops\" does not allow \"verify\"");
        return false;
    }
    return true;
}

} // namespace

VerificationKey::VerificationKey(std::unique_ptr<Private> data)
    : d(std::move(data))
{ }

VerificationKey::~VerificationKey() = default;

VerificationKeyPtr VerificationKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    if (!allowsVerifying(jwk, error))
        return nullptr;
    const QJsonValue keyId = jwk.value(QLatin1String("kid"));
    if (!keyId.isUndefined() && !keyId.isString())
        return fail(error, QStringLiteral("JWK \"kid\" is not a string"));
    auto data = std::make_unique<Private>();
    data->keyId = keyId.toString().toUtf8();
    const QJsonValue algorithm = jwk.value(QLatin1String("alg"));
    if (!algorithm.isUndefined()) {
        data->onlyAlgorithm = algorithmFromName(algorithm.toString().toUtf8());
        if (!data->onlyAlgorithm)
            return fail(error, QStringLiteral("JWK \"alg\" is not a supported signature algorithm"));
    }

    const QString type = jwk.value(QLatin1String("kty")).toString();
    if (type == QLatin1String("oct")) {
        const std::optional<QByteArray> secret = binaryMember(jwk, "k", error);
        if (!secret)
            return nullptr;
        data->secret = *secret;
        data->shape.type = Type::Hmac;
    } else if (type == QLatin1String("RSA") || type == QLatin1String("EC")) {
        data->key = type == QLatin1String("RSA") ? rsaKeyFromJwk(jwk, error) : ecKeyFromJwk(jwk, error);
        if (!data->key)
            return nullptr;
        const std::optional<KeyShape> shape = shapeOf(data->key.get(), error);
        if (!shape)
            return nullptr;
        data->shape = *shape;
    } else {
        return fail(error, QStringLiteral("JWK \"kty\" not supported (RSA, EC, oct)"));
    }
    if (data->onlyAlgorithm && !shapeSupports(data->shape, std::nullopt, *data->onlyAlgorithm))
        return fail(error, QStringLiteral("JWK \"alg\" does not fit the key"));
    return VerificationKeyPtr(new VerificationKey(std::move(data)));
}

VerificationKeyPtr VerificationKey::fromPem(const QByteArray &pem, QString *error)
{
    BioPtr bio = readBio(pem);
    PkeyPtr key;
    if (bio && pem.contains("-----BEGIN CERTIFICATE-----")) {
        X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr));
        if (certificate)
            key.reset(X509_get_pubkey(certificate.get()));
    } else if (bio) {
        key.reset(PEM_read_bio_PUBKEY(bio.get(), nullptr, refusePassphrase, nullptr));
    }
    if (!key)
        return fail(error, QStringLiteral("not a PEM certificate or public key: %1").arg(takeError()));
    ERR_clear_error(); // the PEM decoders may queue errors on the way to a success
    const std::optional<KeyShape> shape = shapeOf(key.get(), error);
    if (!shape)
        return nullptr;
    auto data = std::make_unique<Private>();
    data->shape = *shape;
    data->key = std::move(key);
    return VerificationKeyPtr(new VerificationKey(std::move(data)));
}

VerificationKeyPtr VerificationKey::fromHmacSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return nullptr;
    auto data = std::make_unique<Private>();
    data->shape.type = Type::Hmac;
    data->secret = secret;
    return VerificationKeyPtr(new VerificationKey(std::move(data)));
}

VerificationKey::Type VerificationKey::type() const
{
    return d->shape.type;
}

QByteArray VerificationKey::keyId() const
{
    return d->keyId;
}

bool VerificationKey::supports(Algorithm algorithm) const
{
    return shapeSupports(d->shape, d->onlyAlgorithm, algorithm);
}

bool VerificationKey::verify(Algorithm algorithm, QByteArrayView signingInput, QByteArrayView signature) const
{
    if (!supports(algorithm) || signature.isEmpty())
        return false;
    if (familyOf(algorithm) == Family::Hmac)
        return constantTimeEquals(hmac(algorithm, d->secret, signingInput), signature);

    QByteArray derSignature;
    if (familyOf(algorithm) == Family::Ec) {
        derSignature = ecdsaRawToDer(signature, algorithm);
        if (derSignature.isEmpty())
            return false;
        signature = derSignature;
    }
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    const bool verified = context
        && EVP_DigestVerifyInit(context.get(), &keyContext, digestOf(algorithm), nullptr, d->key.get()) == 1
        && configureRsaPadding(keyContext, algorithm)
        && EVP_DigestVerify(context.get(), bytesOf(signature), size_t(signature.size()),
               bytesOf(signingInput), size_t(signingInput.size()))
            == 1;
    ERR_clear_error();
    return verified;
}

} // namespace Gatehouse::Jose
