// libFuzzer target: Jose::parseCompact and Jose::KeySet::fromJwks.
// Input: one byte whose lowest bit picks the parser (0: compact JWS, 1: JWKS document), then the text.
// Beyond "no crash, no sanitizer report", it traps when:
//  - an accepted token breaks what parseCompact promises (within the size limit, three parts in canonical
//    base64url, the signing input is the first two as received, "alg" a string, no "crit"),
//  - a token's signature verifies under one of the target's own keys (forging one is not on the menu),
//  - a JWKS key serves an algorithm of another family or another curve (the HS/RS confusion guard),
//  - kept plus skipped keys are not the entries of "keys", or find() returns a key that does not fit.
#include "security/jose/jose.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>

namespace {

using namespace Gatehouse::Jose;

constexpr int maxTokenBytes = 4096; // small, so inputs reach it
constexpr Algorithm allAlgorithms[] = { Algorithm::RS256, Algorithm::RS384, Algorithm::RS512,
    Algorithm::PS256, Algorithm::PS384, Algorithm::PS512, Algorithm::ES256, Algorithm::ES384,
    Algorithm::ES512, Algorithm::HS256, Algorithm::HS384, Algorithm::HS512 };

// Traps (a crash libFuzzer records) with the broken invariant on stderr, for triage.
#define FUZZ_CHECK(condition) checkInvariant((condition), #condition, __LINE__)
void checkInvariant(bool condition, const char *text, int line)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken at line %d: %s\n", line, text);
        __builtin_trap();
    }
}

const QList<VerificationKeyPtr> &ownKeys()
{
    static const QList<VerificationKeyPtr> keys = [] {
        QList<VerificationKeyPtr> made;
        for (const SigningKeyPtr &key :
            { SigningKey::generateRsa(2048, nullptr), SigningKey::generateEc(Algorithm::ES256, nullptr),
                SigningKey::generateEc(Algorithm::ES512, nullptr),
                SigningKey::fromHmacSecret("fuzzing secret", "hmac") })
            made.append(key->verificationKey());
        return made;
    }();
    return keys;
}

bool isCanonicalPart(QByteArrayView part)
{
    const std::optional<QByteArray> decoded = base64UrlDecode(part);
    return decoded && base64UrlEncode(*decoded) == part;
}

void checkToken(QByteArrayView token)
{
    const std::optional<CompactJws> jws = parseCompact(token, nullptr, maxTokenBytes);
    if (!jws)
        return;
    FUZZ_CHECK(token.size() <= maxTokenBytes);
    const QList<QByteArray> parts = token.toByteArray().split('.');
    FUZZ_CHECK(parts.size() == 3);
    for (const QByteArray &part : parts)
        FUZZ_CHECK(!part.isEmpty() && isCanonicalPart(part));
    FUZZ_CHECK(jws->signingInput == QByteArray(parts[0] + '.' + parts[1]));
    FUZZ_CHECK(base64UrlEncode(jws->signature) == parts[2]);
    FUZZ_CHECK(jws->header.value(QLatin1String("alg")).isString());
    FUZZ_CHECK(jws->algorithm == jws->header.value(QLatin1String("alg")).toString().toUtf8());
    FUZZ_CHECK(!jws->header.contains(QLatin1String("crit")));

    const std::optional<Algorithm> algorithm = algorithmFromName(jws->algorithm);
    if (!algorithm)
        return;
    FUZZ_CHECK(algorithmName(*algorithm) == jws->algorithm);
    for (const VerificationKeyPtr &key : ownKeys())
        FUZZ_CHECK(!key->verify(*algorithm, jws->signingInput, jws->signature));
}

bool fitsFamily(const VerificationKey &key, Algorithm algorithm)
{
    switch (key.type()) {
    case VerificationKey::Type::Rsa:
        return algorithmName(algorithm).startsWith("RS") || algorithmName(algorithm).startsWith("PS");
    case VerificationKey::Type::Ec:
        return algorithmName(algorithm).startsWith("ES");
    case VerificationKey::Type::Hmac:
        break;
    }
    return isHmac(algorithm);
}

void checkKeySet(const QByteArray &document)
{
    const std::optional<KeySet> keySet = KeySet::fromJwks(document, nullptr);
    if (!keySet)
        return;
    const QJsonValue entries = QJsonDocument::fromJson(document).object().value(QLatin1String("keys"));
    FUZZ_CHECK(entries.isArray());
    FUZZ_CHECK(keySet->keys().size() + keySet->skippedKeys() == entries.toArray().size());

    for (const VerificationKeyPtr &key : keySet->keys()) {
        int ecAlgorithms = 0;
        for (Algorithm algorithm : allAlgorithms) {
            if (!key->supports(algorithm))
                continue;
            FUZZ_CHECK(fitsFamily(*key, algorithm));
            ecAlgorithms += algorithmName(algorithm).startsWith("ES") ? 1 : 0;
            key->verify(algorithm, document, document.left(512)); // any answer, but no crash
            // With an empty kid, find() answers only when exactly one key fits: null is fine then.
            const VerificationKeyPtr found = keySet->find(key->keyId(), algorithm);
            FUZZ_CHECK(key->keyId().isEmpty() || found);
            FUZZ_CHECK(!found || (found->supports(algorithm) && found->keyId() == key->keyId()));
        }
        FUZZ_CHECK(ecAlgorithms <= 1); // one curve, one algorithm
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1)
        checkKeySet(input);
    else
        checkToken(input);
    return 0;
}
