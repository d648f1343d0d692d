#pragma once

// JOSE on OpenSSL 3: compact JWS parsing, JWK/JWKS keys, signature checks and signing.
// Everything here treats its input as hostile: malformed input gives nullopt/false plus a reason,
// never an exception or a crash.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Gatehouse::Jose {

enum class Algorithm
{
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    HS256,
    HS384,
    HS512
};
std::optional<Algorithm> algorithmFromName(QByteArrayView name); // exact, case-sensitive; "none" -> nullopt
QByteArray algorithmName(Algorithm algorithm);
bool isHmac(Algorithm algorithm);

// RFC 7515 base64url without padding. Decoding is strict: any '=' or character outside the alphabet,
// or a length of 1 mod 4, gives nullopt.
QByteArray base64UrlEncode(QByteArrayView bytes);
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

// A compact JWS split and decoded; nothing verified yet.
struct CompactJws
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // the first two parts and the dot between them, as received
    QByteArray signature; // decoded
    QByteArray algorithm; // header "alg" as given
    QByteArray keyId; // header "kid", may be empty
};

// Exactly three non-empty base64url parts (the signature part may not be empty either); header and
// payload must each be one JSON object; "alg" must be a string; a "crit" header is refused.
// At most maxTokenBytes are accepted.
std::optional<CompactJws> parseCompact(QByteArrayView token, QString *error, int maxTokenBytes = 16 * 1024);

// A public key (RSA, EC P-256/384/521) or an HMAC secret, immutable and shareable across threads.
class VerificationKey
{
public:
    enum class Type
    {
        Rsa,
        Ec,
        Hmac
    };

    // A JWK with kty RSA (n, e), EC (crv, x, y) or oct (k). "use" other than "sig" is refused.
    static std::shared_ptr<const VerificationKey> fromJwk(const QJsonObject &jwk, QString *error);
    // A PEM certificate or a PEM public key ("BEGIN PUBLIC KEY").
    static std::shared_ptr<const VerificationKey> fromPem(const QByteArray &pem, QString *error);
    static std::shared_ptr<const VerificationKey> fromHmacSecret(const QByteArray &secret);

    ~VerificationKey();
    Type type() const;
    QByteArray keyId() const; // "kid" of the JWK; empty for PEM and secrets
    // True when algorithm fits this key: RS*/PS* need RSA (>= 2048 bits), ES256/384/512 need the
    // matching curve, HS* need an HMAC secret.
    bool supports(Algorithm algorithm) const;
    // Checks signature over signingInput. ES* signatures are the JWS raw R||S form. HMAC compares in
    // constant time. Returns false when the algorithm does not fit this key.
    bool verify(Algorithm algorithm, QByteArrayView signingInput, QByteArrayView signature) const;

private:
    friend class SigningKey; // builds its public half directly
    struct Private;
    explicit VerificationKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};
using VerificationKeyPtr = std::shared_ptr<const VerificationKey>;

// A JWKS document ({"keys": [...]}). Keys that cannot be used for signatures are skipped (and counted),
// not fatal; a document that is not a JWKS is.
class KeySet
{
public:
    static std::optional<KeySet> fromJwks(const QByteArray &json, QString *error);
    KeySet() = default;
    explicit KeySet(QList<VerificationKeyPtr> keys);

    const QList<VerificationKeyPtr> &keys() const { return m_keys; }
    int skippedKeys() const { return m_skipped; }
    // The key with this kid; with an empty kid, the only key that supports algorithm (if exactly one).
    VerificationKeyPtr find(QByteArrayView keyId, Algorithm algorithm) const;

private:
    QList<VerificationKeyPtr> m_keys;
    int m_skipped = 0;
};

// A private key for signing (the built-in key manager, API keys, backend JWTs).
class SigningKey
{
public:
    static std::shared_ptr<const SigningKey> generateRsa(int bits, QString *error);
    static std::shared_ptr<const SigningKey> generateEc(Algorithm algorithm, QString *error); // ES256/384/512
    // PKCS#8 or traditional PEM, RSA or EC.
    static std::shared_ptr<const SigningKey> fromPrivateKeyPem(
        const QByteArray &pem, const QByteArray &keyId, QString *error);
    static std::shared_ptr<const SigningKey> fromHmacSecret(
        const QByteArray &secret, const QByteArray &keyId);

    ~SigningKey();
    QByteArray keyId() const;
    QByteArray privateKeyPem() const; // PKCS#8; empty for HMAC
    QByteArray publicKeyPem() const; // SubjectPublicKeyInfo; empty for HMAC
    QJsonObject publicJwk() const; // kty, kid, use "sig", alg, n/e or crv/x/y; empty object for HMAC
    VerificationKeyPtr verificationKey() const;
    bool supports(Algorithm algorithm) const;
    // ES* signatures come out in raw R||S form. Empty on failure.
    QByteArray sign(Algorithm algorithm, QByteArrayView signingInput) const;

private:
    struct Private;
    explicit SigningKey(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};
using SigningKeyPtr = std::shared_ptr<const SigningKey>;

// header gets "alg" (and "kid" when the key has one, "typ":"JWT" unless given) filled in.
QByteArray signCompact(
    const SigningKey &key, Algorithm algorithm, const QJsonObject &claims, QJsonObject header = {});

// Lower-case hex SHA-256, for cache keys and revocation entries.
QByteArray sha256Hex(QByteArrayView bytes);
// Constant-time equality (CRYPTO_memcmp; false at once when the lengths differ).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace Gatehouse::Jose
