// JOSE without outside tools: sign and verify every algorithm, the ways a verification must fail
// (wrong key, wrong family, alg "none", HS/RS confusion), malformed tokens, and the base64url, SHA-256
// and constant-time helpers. Keys and JWKS: tst_jose_keys. Other implementations: tst_jose_interop.
#include "josetestutil.h"

#include <QTest>

using namespace Gatehouse::Jose;
using namespace Gatehouse::JoseTest;

class TestJose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void algorithmNames();
    void roundTrip_data();
    void roundTrip();
    void parsedFields();
    void signCompactHeader();
    void verificationFailures_data();
    void verificationFailures();
    void hmacTokenWithPublicKeyAsSecret();
    void malformedTokens_data();
    void malformedTokens();
    void base64UrlVectors_data();
    void base64UrlVectors();
    void base64UrlRefused_data();
    void base64UrlRefused();
    void base64UrlAllBytes();
    void sha256HexVectors();
    void constantTimeEquality_data();
    void constantTimeEquality();

private:
    SigningKeyPtr signingKeyFor(Algorithm algorithm) const;

    SigningKeyPtr m_rsa;
    SigningKeyPtr m_otherRsa;
    SigningKeyPtr m_ec256;
    SigningKeyPtr m_ec384;
    SigningKeyPtr m_ec521;
    SigningKeyPtr m_hmac;
};

void TestJose::initTestCase()
{
    QString error;
    m_rsa = SigningKey::generateRsa(2048, &error);
    QVERIFY2(m_rsa, qPrintable(error));
    m_otherRsa = SigningKey::generateRsa(2048, &error);
    QVERIFY2(m_otherRsa, qPrintable(error));
    m_ec256 = SigningKey::generateEc(Algorithm::ES256, &error);
    QVERIFY2(m_ec256, qPrintable(error));
    m_ec384 = SigningKey::generateEc(Algorithm::ES384, &error);
    QVERIFY2(m_ec384, qPrintable(error));
    m_ec521 = SigningKey::generateEc(Algorithm::ES512, &error);
    QVERIFY2(m_ec521, qPrintable(error));
    m_hmac = SigningKey::fromHmacSecret(QByteArray(64, 'k'), "hmac-1");
    QVERIFY(m_hmac);
}

SigningKeyPtr TestJose::signingKeyFor(Algorithm algorithm) const
{
    switch (algorithm) {
    case Algorithm::ES256:
        return m_ec256;
    case Algorithm::ES384:
        return m_ec384;
    case Algorithm::ES512:
        return m_ec521;
    default:
        return isHmac(algorithm) ? m_hmac : m_rsa;
    }
}

void TestJose::algorithmNames()
{
    const QList<QByteArray> names = { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384",
        "ES512", "HS256", "HS384", "HS512" };
    for (const QByteArray &name : names) {
        const std::optional<Algorithm> algorithm = algorithmFromName(name);
        QVERIFY2(algorithm, name.constData());
        QCOMPARE(algorithmName(*algorithm), name);
        QCOMPARE(isHmac(*algorithm), name.startsWith("HS"));
    }
    for (const QByteArray name : { "none", "None", "NONE", "rs256", "RS256 ", "", "RS1", "EdDSA" })
        QVERIFY2(!algorithmFromName(name), name.constData());
}

void TestJose::roundTrip_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<int>("signatureBytes");
    for (const char *name : { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512" })
        QTest::newRow(name) << QByteArray(name) << 256;
    QTest::newRow("ES256") << QByteArray("ES256") << 64;
    QTest::newRow("ES384") << QByteArray("ES384") << 96;
    QTest::newRow("ES512") << QByteArray("ES512") << 132;
    QTest::newRow("HS256") << QByteArray("HS256") << 32;
    QTest::newRow("HS384") << QByteArray("HS384") << 48;
    QTest::newRow("HS512") << QByteArray("HS512") << 64;
}

void TestJose::roundTrip()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(int, signatureBytes);
    const Algorithm alg = *algorithmFromName(algorithm);
    const SigningKeyPtr key = signingKeyFor(alg);
    QVERIFY(key->supports(alg));

    const QByteArray token = signCompact(*key, alg, claims);
    QVERIFY(!token.isEmpty());
    QString error;
    const std::optional<CompactJws> jws = parseCompact(token, &error);
    QVERIFY2(jws, qPrintable(error));
    QCOMPARE(jws->algorithm, algorithm);
    QCOMPARE(jws->claims, claims);
    QCOMPARE(jws->signature.size(), signatureBytes);
    QVERIFY(key->verificationKey()->verify(alg, jws->signingInput, jws->signature));

    // The same check with the key as others receive it: PEM, JWK, JWKS, or the shared secret.
    QList<VerificationKeyPtr> receivedKeys;
    if (isHmac(alg)) {
        receivedKeys.append(VerificationKey::fromHmacSecret(QByteArray(64, 'k')));
    } else {
        receivedKeys.append(VerificationKey::fromPem(key->publicKeyPem(), &error));
        QVERIFY2(receivedKeys.last(), qPrintable(error));
        // The exported JWK names RS256 for RSA keys; without "alg" it serves every RS/PS algorithm.
        receivedKeys.append(
            VerificationKey::fromJwk(withoutMember(key->publicJwk(), QStringLiteral("alg")), &error));
        QVERIFY2(receivedKeys.last(), qPrintable(error));
        const SigningKeyPtr reloaded
            = SigningKey::fromPrivateKeyPem(key->privateKeyPem(), "reloaded", &error);
        QVERIFY2(reloaded, qPrintable(error));
        receivedKeys.append(reloaded->verificationKey());
        const QByteArray reloadedToken = signCompact(*reloaded, alg, claims);
        const std::optional<CompactJws> reloadedJws = parseCompact(reloadedToken, &error);
        QVERIFY2(reloadedJws, qPrintable(error));
        QCOMPARE(reloadedJws->keyId, QByteArray("reloaded"));
        QVERIFY(key->verificationKey()->verify(alg, reloadedJws->signingInput, reloadedJws->signature));
    }
    for (const VerificationKeyPtr &received : receivedKeys) {
        QVERIFY(received->supports(alg));
        QVERIFY(received->verify(alg, jws->signingInput, jws->signature));
        QVERIFY(!received->verify(alg, QByteArray(jws->signingInput + ' '), jws->signature));
    }
    if (alg == Algorithm::RS256 || algorithm.startsWith("ES")) {
        const VerificationKeyPtr fromExportedJwk = VerificationKey::fromJwk(key->publicJwk(), &error);
        QVERIFY2(fromExportedJwk, qPrintable(error));
        QVERIFY(fromExportedJwk->verify(alg, jws->signingInput, jws->signature));
    }
}

void TestJose::parsedFields()
{
    const SigningKeyPtr key = SigningKey::fromHmacSecret("secret", "key-7");
    const QByteArray token = signCompact(*key, Algorithm::HS256, claims);
    QString error;
    const std::optional<CompactJws> jws = parseCompact(token, &error);
    QVERIFY2(jws, qPrintable(error));
    QCOMPARE(jws->keyId, QByteArray("key-7"));
    QCOMPARE(jws->algorithm, QByteArray("HS256"));
    QCOMPARE(jws->signingInput, token.left(token.lastIndexOf('.')));
    QCOMPARE(jws->signature, signatureOf(token));
    QCOMPARE(jws->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(jws->claims.value(QStringLiteral("sub")).toString(), QStringLiteral("alice"));
}

void TestJose::signCompactHeader()
{
    const QJsonObject given { { QStringLiteral("typ"), QStringLiteral("at+jwt") },
        { QStringLiteral("alg"), QStringLiteral("none") }, { QStringLiteral("kid"), QStringLiteral("stale") },
        { QStringLiteral("x5t"), QStringLiteral("abc") } };
    const std::optional<CompactJws> jws
        = parseCompact(signCompact(*m_hmac, Algorithm::HS384, claims, given), nullptr);
    QVERIFY(jws);
    QCOMPARE(jws->algorithm, QByteArray("HS384"));
    QCOMPARE(jws->keyId, QByteArray("hmac-1"));
    QCOMPARE(jws->header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
    QCOMPARE(jws->header.value(QStringLiteral("x5t")).toString(), QStringLiteral("abc"));

    const SigningKeyPtr withoutKeyId = SigningKey::fromHmacSecret("secret", {});
    const std::optional<CompactJws> plain
        = parseCompact(signCompact(*withoutKeyId, Algorithm::HS256, claims), nullptr);
    QVERIFY(plain);
    QVERIFY(!plain->header.contains(QStringLiteral("kid")));
    QVERIFY(signCompact(*m_rsa, Algorithm::ES256, claims).isEmpty());
}

// Each row is a token that parses and must then be stopped at one stage: the algorithm name, the
// key's supports(), or the signature itself.
void TestJose::verificationFailures_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<VerificationKeyPtr>("key");
    QTest::addColumn<QString>("stage");

    const QByteArray rs256 = signCompact(*m_rsa, Algorithm::RS256, claims);
    QByteArray flipped = signatureOf(rs256);
    flipped[100] = char(flipped[100] ^ 0x01);
    QTest::newRow("flipped signature byte")
        << replaceSignature(rs256, flipped) << m_rsa->verificationKey() << QStringLiteral("signature");
    const QByteArray otherClaims = base64UrlEncode(R"({"sub":"mallory"})");
    const QByteArray headerPart = rs256.left(rs256.indexOf('.'));
    QTest::newRow("changed payload") << dotted(
        { headerPart, otherClaims, base64UrlEncode(signatureOf(rs256)) })
                                     << m_rsa->verificationKey() << QStringLiteral("signature");
    QTest::newRow("signature of another RSA key")
        << rs256 << m_otherRsa->verificationKey() << QStringLiteral("signature");
    QTest::newRow("PS256 signature of another RSA key") << signCompact(*m_otherRsa, Algorithm::PS256,
        claims) << m_rsa->verificationKey() << QStringLiteral("signature");
    QTest::newRow("ES256 signature of another P-256 key")
        << signCompact(*SigningKey::generateEc(Algorithm::ES256, nullptr), Algorithm::ES256, claims)
        << m_ec256->verificationKey() << QStringLiteral("signature");
    QTest::newRow("HS256 with another secret")
        << signCompact(*m_hmac, Algorithm::HS256, claims)
        << VerificationKey::fromHmacSecret(QByteArray(64, 'x')) << QStringLiteral("signature");

    const QByteArray es256 = signCompact(*m_ec256, Algorithm::ES256, claims);
    QTest::newRow("truncated ES256 signature") << replaceSignature(es256, signatureOf(es256).chopped(1))
                                               << m_ec256->verificationKey() << QStringLiteral("signature");
    QTest::newRow("ES256 signature with an extra byte")
        << replaceSignature(es256, signatureOf(es256) + '\0') << m_ec256->verificationKey()
        << QStringLiteral("signature");
    QTest::newRow("ES256 signature all zero") << replaceSignature(es256, QByteArray(64, '\0'))
                                              << m_ec256->verificationKey() << QStringLiteral("signature");
    QTest::newRow("RS256 signature one byte short")
        << replaceSignature(rs256, signatureOf(rs256).chopped(1)) << m_rsa->verificationKey()
        << QStringLiteral("signature");

    QTest::newRow("alg none") << rawToken(R"({"alg":"none"})", json(claims), "x") << m_rsa->verificationKey()
                              << QStringLiteral("algorithm");
    QTest::newRow("alg lower case") << rawToken(R"({"alg":"rs256"})", json(claims), signatureOf(rs256))
                                    << m_rsa->verificationKey() << QStringLiteral("algorithm");
    QTest::newRow("alg EdDSA") << rawToken(R"({"alg":"EdDSA"})", json(claims), "x")
                               << m_rsa->verificationKey() << QStringLiteral("algorithm");

    const VerificationKeyPtr rsaFromPem = VerificationKey::fromPem(m_rsa->publicKeyPem(), nullptr);
    const SigningKeyPtr publicPemAsSecret = SigningKey::fromHmacSecret(m_rsa->publicKeyPem(), {});
    QTest::newRow("HS256 token, RSA key (secret = its public PEM)") << signCompact(
        *publicPemAsSecret, Algorithm::HS256, claims) << rsaFromPem << QStringLiteral("supports");
    QTest::newRow("ES256 token, P-384 key")
        << es256 << m_ec384->verificationKey() << QStringLiteral("supports");
    QTest::newRow("ES384 token, P-256 key") << signCompact(*m_ec384, Algorithm::ES384, claims)
                                            << m_ec256->verificationKey() << QStringLiteral("supports");
    QTest::newRow("ES512 token, P-384 key") << signCompact(*m_ec521, Algorithm::ES512, claims)
                                            << m_ec384->verificationKey() << QStringLiteral("supports");
    QTest::newRow("RS256 token, EC key") << rs256 << m_ec256->verificationKey() << QStringLiteral("supports");
    QTest::newRow("ES256 token, RSA key") << es256 << m_rsa->verificationKey() << QStringLiteral("supports");
    QTest::newRow("RS256 token, HMAC secret")
        << rs256 << m_hmac->verificationKey() << QStringLiteral("supports");
    QTest::newRow("PS256 token, JWK with alg RS256")
        << signCompact(*m_rsa, Algorithm::PS256, claims)
        << VerificationKey::fromJwk(m_rsa->publicJwk(), nullptr) << QStringLiteral("supports");
}

void TestJose::verificationFailures()
{
    QFETCH(QByteArray, token);
    QFETCH(VerificationKeyPtr, key);
    QFETCH(QString, stage);
    QVERIFY(key);
    QString error;
    const std::optional<CompactJws> jws = parseCompact(token, &error);
    QVERIFY2(jws, qPrintable(error));
    const std::optional<Algorithm> algorithm = algorithmFromName(jws->algorithm);
    if (stage == QLatin1String("algorithm")) {
        QVERIFY(!algorithm);
        return;
    }
    QVERIFY(algorithm);
    QCOMPARE(key->supports(*algorithm), stage != QLatin1String("supports"));
    QVERIFY(!key->verify(*algorithm, jws->signingInput, jws->signature));
}

// The classic confusion: the token is a perfectly good HMAC over the RSA public key's PEM text, so only
// the RSA key's refusal of HS256 keeps it out.
void TestJose::hmacTokenWithPublicKeyAsSecret()
{
    const QByteArray publicPem = m_rsa->publicKeyPem();
    const QByteArray token
        = signCompact(*SigningKey::fromHmacSecret(publicPem, {}), Algorithm::HS256, claims);
    const std::optional<CompactJws> jws = parseCompact(token, nullptr);
    QVERIFY(jws);
    QVERIFY(VerificationKey::fromHmacSecret(publicPem)->verify(
        Algorithm::HS256, jws->signingInput, jws->signature));
    for (const VerificationKeyPtr &rsaKey :
        { VerificationKey::fromPem(publicPem, nullptr), m_rsa->verificationKey(),
            VerificationKey::fromJwk(withoutMember(m_rsa->publicJwk(), QStringLiteral("alg")), nullptr) }) {
        QVERIFY(rsaKey);
        for (Algorithm hmacAlgorithm : { Algorithm::HS256, Algorithm::HS384, Algorithm::HS512 }) {
            QVERIFY(!rsaKey->supports(hmacAlgorithm));
            QVERIFY(!rsaKey->verify(hmacAlgorithm, jws->signingInput, jws->signature));
        }
    }
    QVERIFY(!m_hmac->verificationKey()->supports(Algorithm::RS256));
    QVERIFY(!m_ec256->verificationKey()->supports(Algorithm::HS256));
}

void TestJose::malformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("maxBytes");
    const int limit = 16 * 1024;
    const QByteArray header = base64UrlEncode(R"({"alg":"RS256","kid":"a"})");
    const QByteArray payload = base64UrlEncode(R"({"sub":"x"})"); // 11 bytes: 15 characters
    const QByteArray signature = base64UrlEncode(QByteArray(32, '\x7f'));
    const QByteArray valid = dotted({ header, payload, signature });
    QVERIFY(parseCompact(valid, nullptr));
    const auto withHeader = [&](const QByteArray &headerJson) {
        return dotted({ base64UrlEncode(headerJson), payload, signature });
    };
    const auto withPayload = [&](const QByteArray &payloadJson) {
        return dotted({ header, base64UrlEncode(payloadJson), signature });
    };

    QTest::newRow("empty token") << QByteArray() << limit;
    QTest::newRow("bad base64 character") << dotted({ header, payload, "ab+c" }) << limit;
    QTest::newRow("standard base64 slash") << dotted({ header, payload, "ab/c" }) << limit;
    QTest::newRow("'=' padding") << dotted({ header, payload + "=", signature }) << limit;
    QTest::newRow("length 1 mod 4") << dotted({ header, payload, "AAAAA" }) << limit;
    QTest::newRow("non-zero trailing bits") << dotted({ header, payload, "AB" }) << limit;
    QTest::newRow("two parts") << dotted({ header, payload }) << limit;
    QTest::newRow("four parts") << dotted({ valid, signature }) << limit;
    QTest::newRow("five parts, JWE-like")
        << dotted({ header, payload, signature, signature, signature }) << limit;
    QTest::newRow("empty header part") << dotted({ QByteArray(), payload, signature }) << limit;
    QTest::newRow("empty payload part") << dotted({ header, QByteArray(), signature }) << limit;
    QTest::newRow("empty signature part") << dotted({ header, payload, QByteArray() }) << limit;
    QTest::newRow("only dots") << QByteArray("..") << limit;
    QTest::newRow("header not an object") << withHeader(R"("RS256")") << limit;
    QTest::newRow("header is an array") << withHeader(R"(["RS256"])") << limit;
    QTest::newRow("payload is an array") << withPayload(R"(["sub","x"])") << limit;
    QTest::newRow("payload is a number") << withPayload("42") << limit;
    QTest::newRow("payload is not JSON") << withPayload("sub=x") << limit;
    QTest::newRow("invalid header JSON") << withHeader(R"({"alg":"RS256")") << limit;
    QTest::newRow("trailing garbage after header JSON") << withHeader(R"({"alg":"RS256"}x)") << limit;
    QTest::newRow("alg not a string") << withHeader(R"({"alg":256})") << limit;
    QTest::newRow("alg null") << withHeader(R"({"alg":null})") << limit;
    QTest::newRow("alg missing") << withHeader(R"({"typ":"JWT"})") << limit;
    QTest::newRow("crit present") << withHeader(R"({"alg":"RS256","crit":["exp"],"exp":1})") << limit;
    QTest::newRow("crit empty") << withHeader(R"({"alg":"RS256","crit":[]})") << limit;
    QTest::newRow("kid not a string") << withHeader(R"({"alg":"RS256","kid":7})") << limit;
    QTest::newRow("oversize token") << withPayload("{\"pad\":\"" + QByteArray(limit, 'p') + "\"}") << limit;
    QTest::newRow("over a custom limit") << valid << int(valid.size() - 1);
    QTest::newRow("non-UTF-8 garbage") << QByteArray("\xff\xfe\x80\x81.\xc3\x28.\xa0\xa1") << limit;
    QTest::newRow("header JSON not UTF-8") << withHeader("{\"alg\":\"RS256\",\"x\":\"\xc3\x28\"}") << limit;
    QTest::newRow("embedded NUL in the token")
        << dotted({ header, payload + QByteArray(1, '\0'), signature }) << limit;
    QTest::newRow("NUL after the header JSON")
        << withHeader(QByteArray(R"({"alg":"RS256"})") + '\0') << limit;
    QTest::newRow("leading space") << QByteArray(' ' + valid) << limit;
    QTest::newRow("trailing newline") << QByteArray(valid + '\n') << limit;
}

void TestJose::malformedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(int, maxBytes);
    QString error;
    QVERIFY(!parseCompact(token, &error, maxBytes));
    QVERIFY(!error.isEmpty());
}

void TestJose::base64UrlVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoded");
    // RFC 4648 section 10, without padding.
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    // The URL alphabet's two letters, where standard base64 has '+' and '/'.
    QTest::newRow("minus and underscore") << QByteArray("\xfb\xff") << QByteArray("-_8");
    QTest::newRow("RFC 7515 example header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                             << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

void TestJose::base64UrlVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoded);
    QCOMPARE(base64UrlEncode(bytes), encoded);
    const std::optional<QByteArray> decoded = base64UrlDecode(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, bytes);
}

void TestJose::base64UrlRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding ==") << QByteArray("Zg==");
    QTest::newRow("padding =") << QByteArray("Zm8=");
    QTest::newRow("padding in the middle") << QByteArray("Zg=v");
    QTest::newRow("length 1 mod 4") << QByteArray("Zm9vY");
    QTest::newRow("plus") << QByteArray("+_8");
    QTest::newRow("slash") << QByteArray("-/8");
    QTest::newRow("space") << QByteArray("Zm9 v");
    QTest::newRow("newline") << QByteArray("Zm9v\n");
    QTest::newRow("NUL") << QByteArray("Zm9v\0", 5);
    QTest::newRow("high byte") << QByteArray("Zm9\xc3\xa4");
    QTest::newRow("non-zero bits after 1 byte") << QByteArray("Zh");
    QTest::newRow("non-zero bits after 2 bytes") << QByteArray("Zm9");
}

void TestJose::base64UrlRefused()
{
    QFETCH(QByteArray, text);
    QVERIFY(!base64UrlDecode(text));
}

void TestJose::base64UrlAllBytes()
{
    QByteArray bytes;
    for (int value = 0; value < 256; ++value)
        bytes.append(char(value));
    for (qsizetype length = 0; length <= bytes.size(); ++length) {
        const QByteArray encoded = base64UrlEncode(bytes.left(length));
        QVERIFY(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
        QCOMPARE(base64UrlDecode(encoded).value_or("failed"), bytes.left(length));
    }
}

void TestJose::sha256HexVectors()
{
    QCOMPARE(sha256Hex(""), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(
        sha256Hex("abc"), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

void TestJose::constantTimeEquality_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("signature") << QByteArray("signature") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("last byte differs") << QByteArray("signature") << QByteArray("signaturE") << false;
    QTest::newRow("first byte differs") << QByteArray("signature") << QByteArray("Signature") << false;
    QTest::newRow("prefix") << QByteArray("sign") << QByteArray("signature") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestJose::constantTimeEquality()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(constantTimeEquals(a, b), equal);
    QCOMPARE(constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
