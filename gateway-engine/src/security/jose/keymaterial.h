#pragma once

// Private to the JOSE implementation: what kind of key an EVP_PKEY is, which algorithms it may serve,
// the digests behind the algorithms, and the JWS <-> DER forms of ECDSA signatures.

#include "opensslutil.h"
#include "security/jose/jose.h"

#include <optional>

namespace Gatehouse::Jose {

constexpr int minimumRsaBits = 2048;
constexpr int maximumRsaBits = 16384; // larger moduli only cost CPU time

enum class Family
{
    Rsa,
    Ec,
    Hmac
};
Family familyOf(Algorithm algorithm);
const EVP_MD *digestOf(Algorithm algorithm);
int ecCoordinateBytes(Algorithm algorithm); // 32, 48, 66 for ES256/384/512
const char *ecCurveName(Algorithm algorithm); // OpenSSL's group name
std::optional<Algorithm> ecAlgorithmForJwkCurve(const QString &crv);
QString jwkCurveName(Algorithm algorithm); // "P-256", ...

struct KeyShape
{
    VerificationKey::Type type = VerificationKey::Type::Hmac;
    int rsaBits = 0;
    std::optional<Algorithm> ecAlgorithm; // the one ES* algorithm of the key's curve
};

// RSA of an accepted size or EC on P-256/384/521; anything else gives nullopt and a reason.
std::optional<KeyShape> shapeOf(EVP_PKEY *key, QString *error);
// onlyAlgorithm: a JWK's "alg", which narrows the key to that one algorithm.
bool shapeSupports(const KeyShape &shape, std::optional<Algorithm> onlyAlgorithm, Algorithm algorithm);

// JWS ES* signatures are R||S, each padded to the curve's coordinate size; OpenSSL speaks DER.
QByteArray ecdsaRawToDer(QByteArrayView raw, Algorithm algorithm);
QByteArray ecdsaDerToRaw(QByteArrayView der, Algorithm algorithm);

QByteArray hmac(Algorithm algorithm, QByteArrayView secret, QByteArrayView data);
// PS*: PSS with MGF1 and a salt as long as the digest (RFC 7518 3.5); RS*: PKCS #1 v1.5, OpenSSL's default.
bool configureRsaPadding(EVP_PKEY_CTX *context, Algorithm algorithm);
// Never asks for a passphrase: an encrypted PEM simply fails to load.
int refusePassphrase(char *buffer, int size, int writing, void *userData);

struct VerificationKey::Private
{
    KeyShape shape;
    OpenSsl::PkeyPtr key; // RSA and EC; never modified after construction, so shared by threads
    QByteArray secret; // HMAC
    QByteArray keyId;
    std::optional<Algorithm> onlyAlgorithm;
};

} // namespace Gatehouse::Jose
