#include "keymaterial.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Gatehouse::Jose {

using namespace OpenSsl;

struct SigningKey::Private
{
    KeyShape shape;
    PkeyPtr key; // RSA and EC private key, never modified after construction
    QByteArray secret; // HMAC
    QByteArray keyId;
    VerificationKeyPtr verificationKey;
};

namespace {

SigningKeyPtr fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return nullptr;
}

QByteArray bignumParameter(EVP_PKEY *key, const char *name, int width = 0)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1) {
        ERR_clear_error();
        return {};
    }
    const BignumPtr owner(number);
    return bignumBytes(number, width);
}

QByteArray signWithKey(EVP_PKEY *key, Algorithm algorithm, QByteArrayView signingInput)
{
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    size_t size = 0;
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, digestOf(algorithm), nullptr, key) != 1
        || !configureRsaPadding(keyContext, algorithm)
        || EVP_DigestSign(context.get(), nullptr, &size, bytesOf(signingInput), size_t(signingInput.size()))
            != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
            bytesOf(signingInput), size_t(signingInput.size()))
        != 1) {
        ERR_clear_error();
        return {};
    }
    signature.truncate(qsizetype(size));
    return signature;
}

} // namespace

SigningKey::SigningKey(std::unique_ptr<Private> data)
    : d(std::move(data))
{
    auto publicHalf = std::make_unique<VerificationKey::Private>();
    publicHalf->shape = d->shape;
    publicHalf->secret = d->secret;
    publicHalf->keyId = d->keyId;
    if (d->key && EVP_PKEY_up_ref(d->key.get()) == 1)
        publicHalf->key.reset(d->key.get());
    d->verificationKey = VerificationKeyPtr(new VerificationKey(std::move(publicHalf)));
}

SigningKey::~SigningKey() = default;

SigningKeyPtr SigningKey::generateRsa(int bits, QString *error)
{
    if (bits < minimumRsaBits || bits > maximumRsaBits)
        return fail(
            error, QStringLiteral("RSA keys of %1 to %2 bits only").arg(minimumRsaBits).arg(maximumRsaBits));
    PkeyPtr key(EVP_RSA_gen(unsigned(bits)));
    if (!key)
        return fail(error, QStringLiteral("RSA key generation failed: %1").arg(takeError()));
    auto data = std::make_unique<Private>();
    data->shape.type = VerificationKey::Type::Rsa;
    data->shape.rsaBits = EVP_PKEY_get_bits(key.get());
    data->key = std::move(key);
    return SigningKeyPtr(new SigningKey(std::move(data)));
}

SigningKeyPtr SigningKey::generateEc(Algorithm algorithm, QString *error)
{
    const char *curve = ecCurveName(algorithm);
    if (!curve)
        return fail(error,
            QStringLiteral("%1 is not an ECDSA algorithm").arg(QLatin1String(algorithmName(algorithm))));
    PkeyPtr key(EVP_EC_gen(curve));
    if (!key)
        return fail(error, QStringLiteral("EC key generation failed: %1").arg(takeError()));
    auto data = std::make_unique<Private>();
    data->shape.type = VerificationKey::Type::Ec;
    data->shape.ecAlgorithm = algorithm;
    data->key = std::move(key);
    return SigningKeyPtr(new SigningKey(std::move(data)));
}

SigningKeyPtr SigningKey::fromPrivateKeyPem(const QByteArray &pem, const QByteArray &keyId, QString *error)
{
    BioPtr bio = readBio(pem);
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr) : nullptr);
    if (!key)
        return fail(error, QStringLiteral("not an unencrypted PEM private key: %1").arg(takeError()));
    ERR_clear_error(); // the PEM decoders may queue errors on the way to a success
    const std::optional<KeyShape> shape = shapeOf(key.get(), error);
    if (!shape)
        return nullptr;
    auto data = std::make_unique<Private>();
    data->shape = *shape;
    data->key = std::move(key);
    data->keyId = keyId;
    return SigningKeyPtr(new SigningKey(std::move(data)));
}

SigningKeyPtr SigningKey::fromHmacSecret(const QByteArray &secret, const QByteArray &keyId)
{
    if (secret.isEmpty())
        return nullptr;
    auto data = std::make_unique<Private>();
    data->shape.type = VerificationKey::Type::Hmac;
    data->secret = secret;
    data->keyId = keyId;
    return SigningKeyPtr(new SigningKey(std::move(data)));
}

QByteArray SigningKey::keyId() const
{
    return d->keyId;
}

QByteArray SigningKey::privateKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!d->key || !bio
        || PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray SigningKey::publicKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!d->key || !bio || PEM_write_bio_PUBKEY(bio.get(), d->key.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QJsonObject SigningKey::publicJwk() const
{
    QJsonObject jwk;
    if (d->shape.type == VerificationKey::Type::Rsa) {
        jwk.insert(QLatin1String("kty"), QStringLiteral("RSA"));
        jwk.insert(QLatin1String("alg"), QStringLiteral("RS256"));
        jwk.insert(QLatin1String("n"),
            QString::fromLatin1(base64UrlEncode(bignumParameter(d->key.get(), OSSL_PKEY_PARAM_RSA_N))));
        jwk.insert(QLatin1String("e"),
            QString::fromLatin1(base64UrlEncode(bignumParameter(d->key.get(), OSSL_PKEY_PARAM_RSA_E))));
    } else if (d->shape.type == VerificationKey::Type::Ec && d->shape.ecAlgorithm) {
        const Algorithm algorithm = *d->shape.ecAlgorithm;
        const int width = ecCoordinateBytes(algorithm);
        jwk.insert(QLatin1String("kty"), QStringLiteral("EC"));
        jwk.insert(QLatin1String("alg"), QString::fromLatin1(algorithmName(algorithm)));
        jwk.insert(QLatin1String("crv"), jwkCurveName(algorithm));
        jwk.insert(QLatin1String("x"),
            QString::fromLatin1(
                base64UrlEncode(bignumParameter(d->key.get(), OSSL_PKEY_PARAM_EC_PUB_X, width))));
        jwk.insert(QLatin1String("y"),
            QString::fromLatin1(
                base64UrlEncode(bignumParameter(d->key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width))));
    } else {
        return {};
    }
    jwk.insert(QLatin1String("use"), QStringLiteral("sig"));
    if (!d->keyId.isEmpty())
        jwk.insert(QLatin1String("kid"), QString::fromUtf8(d->keyId));
    return jwk;
}

VerificationKeyPtr SigningKey::verificationKey() const
{
    return d->verificationKey;
}

bool SigningKey::supports(Algorithm algorithm) const
{
    return shapeSupports(d->shape, std::nullopt, algorithm);
}

QByteArray SigningKey::sign(Algorithm algorithm, QByteArrayView signingInput) const
{
    if (!supports(algorithm))
        return {};
    switch (familyOf(algorithm)) {
    case Family::Hmac:
        return hmac(algorithm, d->secret, signingInput);
    case Family::Ec:
        return ecdsaDerToRaw(signWithKey(d->key.get(), algorithm, signingInput), algorithm);
    case Family::Rsa:
        break;
    }
    return signWithKey(d->key.get(), algorithm, signingInput);
}

} // namespace Gatehouse::Jose
