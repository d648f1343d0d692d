// JOSE keys: JWK import and what it refuses (RSA below 2048 bits, "use" other than "sig", foreign curves,
// points off the curve), JWKS documents, key selection by kid and algorithm, rotation, and SigningKey input
// it must refuse.
#include "josetestutil.h"

#include <QTest>

using namespace Gatehouse::Jose;
using namespace Gatehouse::JoseTest;

class TestJoseKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rsa1024Refused();
    void ecJwkWithShortCoordinate();
    void jwkRefused_data();
    void jwkRefused();
    void keySetSelection_data();
    void keySetSelection();
    void jwksRotation();
    void jwksRefused_data();
    void jwksRefused();
    void signingKeyRefusals();

private:
    SigningKeyPtr m_rsa;
    SigningKeyPtr m_otherRsa;
    SigningKeyPtr m_ec256;
    SigningKeyPtr m_hmac;
};

void TestJoseKeys::initTestCase()
{
    QString error;
    m_rsa = SigningKey::generateRsa(2048, &error);
    QVERIFY2(m_rsa, qPrintable(error));
    m_otherRsa = SigningKey::generateRsa(2048, &error);
    QVERIFY2(m_otherRsa, qPrintable(error));
    m_ec256 = SigningKey::generateEc(Algorithm::ES256, &error);
    QVERIFY2(m_ec256, qPrintable(error));
    m_hmac = SigningKey::fromHmacSecret(QByteArray(64, 'k'), "hmac-1");
    QVERIFY(m_hmac);
}

namespace {

// An RSA JWK with a modulus of the given size: odd, top bit set, not a real key (size checks come first).
QJsonObject rsaJwkWithModulusBits(int bits, const QString &keyId)
{
    QByteArray modulus(bits / 8, '\x5a');
    modulus[0] = '\xc1';
    modulus[modulus.size() - 1] = '\x01';
    return { { QStringLiteral("kty"), QStringLiteral("RSA") }, { QStringLiteral("kid"), keyId },
        { QStringLiteral("n"), QString::fromLatin1(base64UrlEncode(modulus)) },
        { QStringLiteral("e"), QStringLiteral("AQAB") } };
}

} // namespace

void TestJoseKeys::rsa1024Refused()
{
    QString error;
    QVERIFY(!VerificationKey::fromJwk(rsaJwkWithModulusBits(1024, QStringLiteral("small")), &error));
    QVERIFY2(error.contains(QLatin1String("1024")), qPrintable(error));
    QVERIFY(!SigningKey::generateRsa(1024, &error));
    QVERIFY(!error.isEmpty());
}

// Some libraries write EC coordinates without their leading zero bytes; such a JWK still loads.
void TestJoseKeys::ecJwkWithShortCoordinate()
{
    SigningKeyPtr key;
    QJsonObject jwk;
    for (int attempt = 0; attempt < 5000 && !key; ++attempt) {
        const SigningKeyPtr candidate = SigningKey::generateEc(Algorithm::ES256, nullptr);
        jwk = candidate->publicJwk();
        if (base64UrlDecode(jwk.value(QStringLiteral("x")).toString().toLatin1())->startsWith('\0'))
            key = candidate;
    }
    QVERIFY(key);
    const QByteArray x = *base64UrlDecode(jwk.value(QStringLiteral("x")).toString().toLatin1());
    jwk.insert(QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(x.mid(1))));
    QString error;
    const VerificationKeyPtr shortened = VerificationKey::fromJwk(jwk, &error);
    QVERIFY2(shortened, qPrintable(error));
    const std::optional<CompactJws> jws = parseCompact(signCompact(*key, Algorithm::ES256, claims), nullptr);
    QVERIFY(jws);
    QVERIFY(shortened->verify(Algorithm::ES256, jws->signingInput, jws->signature));
}

void TestJoseKeys::jwkRefused_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    const QJsonObject rsa = m_rsa->publicJwk();
    const QJsonObject ec = m_ec256->publicJwk();
    QTest::newRow("RSA 1024") << rsaJwkWithModulusBits(1024, QStringLiteral("small"));
    QTest::newRow("RSA 32768") << rsaJwkWithModulusBits(32768, QStringLiteral("huge"));
    QTest::newRow("use enc") << withMember(rsa, QStringLiteral("use"), QStringLiteral("enc"));
    QTest::newRow("use not a string") << withMember(rsa, QStringLiteral("use"), 1);
    QTest::newRow("key_ops without verify")
        << withMember(rsa, QStringLiteral("key_ops"), QJsonArray { QStringLiteral("encrypt") });
    QTest::newRow("alg none") << withMember(rsa, QStringLiteral("alg"), QStringLiteral("none"));
    QTest::newRow("alg of another family") << withMember(rsa, QStringLiteral("alg"), QStringLiteral("ES256"));
    QTest::newRow("alg of another curve") << withMember(ec, QStringLiteral("alg"), QStringLiteral("ES384"));
    QTest::newRow("kid not a string") << withMember(rsa, QStringLiteral("kid"), 12);
    QTest::newRow("kty missing") << withoutMember(rsa, QStringLiteral("kty"));
    QTest::newRow("kty OKP") << withMember(rsa, QStringLiteral("kty"), QStringLiteral("OKP"));
    QTest::newRow("n missing") << withoutMember(rsa, QStringLiteral("n"));
    QTest::newRow("n padded base64") << withMember(
        rsa, QStringLiteral("n"), QString(rsa.value(QStringLiteral("n")).toString() + QStringLiteral("==")));
    QTest::newRow("e even") << withMember(rsa, QStringLiteral("e"), QStringLiteral("AQAA"));
    QTest::newRow("e is one") << withMember(rsa, QStringLiteral("e"), QStringLiteral("AQ"));
    QTest::newRow("crv P-192") << withMember(ec, QStringLiteral("crv"), QStringLiteral("P-192"));
    QTest::newRow("crv missing") << withoutMember(ec, QStringLiteral("crv"));
    QTest::newRow("x short, point off the curve")
        << withMember(ec, QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(QByteArray(31, '\1'))));
    QTest::newRow("y missing") << withoutMember(ec, QStringLiteral("y"));
    QTest::newRow("x longer than the curve's coordinates")
        << withMember(ec, QStringLiteral("x"), QString::fromLatin1(base64UrlEncode(QByteArray(33, '\1'))));
    QTest::newRow("point not on the curve")
        << withMember(ec, QStringLiteral("y"), QString::fromLatin1(base64UrlEncode(QByteArray(32, '\1'))));
    QTest::newRow("oct without k") << QJsonObject { { QStringLiteral("kty"), QStringLiteral("oct") } };
    QTest::newRow("oct with empty k") << QJsonObject { { QStringLiteral("kty"), QStringLiteral("oct") },
        { QStringLiteral("k"), QString() } };
}

void TestJoseKeys::jwkRefused()
{
    QFETCH(QJsonObject, jwk);
    QString error;
    QVERIFY(!VerificationKey::fromJwk(jwk, &error));
    QVERIFY(!error.isEmpty());
}

void TestJoseKeys::keySetSelection_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("keyId");
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("expectedKeyId"); // "-" when no key may be found
    QTest::addColumn<int>("keyCount");
    QTest::addColumn<int>("skipped");

    const QJsonObject rsaA = withMember(m_rsa->publicJwk(), QStringLiteral("kid"), QStringLiteral("a"));
    const QJsonObject rsaB = withMember(m_otherRsa->publicJwk(), QStringLiteral("kid"), QStringLiteral("b"));
    const QJsonObject ecC = withMember(m_ec256->publicJwk(), QStringLiteral("kid"), QStringLiteral("c"));
    const QJsonObject octH { { QStringLiteral("kty"), QStringLiteral("oct") },
        { QStringLiteral("kid"), QStringLiteral("h") },
        { QStringLiteral("k"), QString::fromLatin1(base64UrlEncode("a shared secret")) } };
    const QJsonObject encryption = withMember(withMember(rsaA, QStringLiteral("use"), QStringLiteral("enc")),
        QStringLiteral("kid"), QStringLiteral("e"));

    QTest::newRow("kid found") << jwks({ rsaA, rsaB }) << QByteArray("b") << QByteArray("RS256")
                               << QByteArray("b") << 2 << 0;
    QTest::newRow("unknown kid") << jwks({ rsaA, rsaB }) << QByteArray("zzz") << QByteArray("RS256")
                                 << QByteArray("-") << 2 << 0;
    QTest::newRow("use enc skipped") << jwks({ rsaA, encryption }) << QByteArray("e") << QByteArray("RS256")
                                     << QByteArray("-") << 1 << 1;
    QTest::newRow("RSA-1024 skipped")
        << jwks({ rsaJwkWithModulusBits(1024, QStringLiteral("small")), ecC }) << QByteArray("small")
        << QByteArray("RS256") << QByteArray("-") << 1 << 1;
    QTest::newRow("kid of a key of another family")
        << jwks({ rsaA, ecC }) << QByteArray("c") << QByteArray("RS256") << QByteArray("-") << 2 << 0;
    QTest::newRow("empty kid, one RSA key")
        << jwks({ rsaA, ecC, octH }) << QByteArray() << QByteArray("RS256") << QByteArray("a") << 3 << 0;
    QTest::newRow("empty kid, two RSA keys")
        << jwks({ rsaA, rsaB, ecC }) << QByteArray() << QByteArray("PS256") << QByteArray("-") << 3 << 0;
    QTest::newRow("empty kid, one EC key among RSA keys")
        << jwks({ rsaA, rsaB, ecC }) << QByteArray() << QByteArray("ES256") << QByteArray("c") << 3 << 0;
    QTest::newRow("empty kid, no key of the curve")
        << jwks({ rsaA, ecC }) << QByteArray() << QByteArray("ES384") << QByteArray("-") << 2 << 0;
    QTest::newRow("oct key by kid") << jwks({ rsaA, octH }) << QByteArray("h") << QByteArray("HS256")
                                    << QByteArray("h") << 2 << 0;
    QJsonArray mixed { 42, QStringLiteral("key"), QJsonArray(), rsaA,
        QJsonObject { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") } } };
    QTest::newRow("entries that are not usable keys skipped")
        << json(QJsonObject { { QStringLiteral("keys"), mixed } }) << QByteArray("a") << QByteArray("RS256")
        << QByteArray("a") << 1 << 4;
    QTest::newRow("empty key list") << QByteArray(R"({"keys":[]})") << QByteArray() << QByteArray("RS256")
                                    << QByteArray("-") << 0 << 0;
}

void TestJoseKeys::keySetSelection()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, keyId);
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, expectedKeyId);
    QFETCH(int, keyCount);
    QFETCH(int, skipped);
    QString error;
    const std::optional<KeySet> keySet = KeySet::fromJwks(document, &error);
    QVERIFY2(keySet, qPrintable(error));
    QCOMPARE(keySet->keys().size(), keyCount);
    QCOMPARE(keySet->skippedKeys(), skipped);
    const VerificationKeyPtr found = keySet->find(keyId, *algorithmFromName(algorithm));
    if (expectedKeyId == "-") {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->keyId(), expectedKeyId);
}

// An identity provider rolls its key: tokens follow the document that holds their kid.
void TestJoseKeys::jwksRotation()
{
    const SigningKeyPtr oldKey = SigningKey::fromPrivateKeyPem(m_rsa->privateKeyPem(), "2024-01", nullptr);
    const SigningKeyPtr newKey
        = SigningKey::fromPrivateKeyPem(m_otherRsa->privateKeyPem(), "2024-07", nullptr);
    QVERIFY(oldKey && newKey);
    const std::optional<KeySet> before = KeySet::fromJwks(jwks({ oldKey->publicJwk() }), nullptr);
    const std::optional<KeySet> during
        = KeySet::fromJwks(jwks({ oldKey->publicJwk(), newKey->publicJwk() }), nullptr);
    const std::optional<KeySet> after = KeySet::fromJwks(jwks({ newKey->publicJwk() }), nullptr);
    QVERIFY(before && during && after);

    const auto verifies = [](const KeySet &keySet, const QByteArray &token) {
        const std::optional<CompactJws> jws = parseCompact(token, nullptr);
        const VerificationKeyPtr key = jws ? keySet.find(jws->keyId, Algorithm::RS256) : nullptr;
        return key && key->verify(Algorithm::RS256, jws->signingInput, jws->signature);
    };
    const QByteArray oldToken = signCompact(*oldKey, Algorithm::RS256, claims);
    const QByteArray newToken = signCompact(*newKey, Algorithm::RS256, claims);
    QVERIFY(verifies(*before, oldToken));
    QVERIFY(!verifies(*before, newToken));
    QVERIFY(verifies(*during, oldToken));
    QVERIFY(verifies(*during, newToken));
    QVERIFY(!verifies(*after, oldToken));
    QVERIFY(verifies(*after, newToken));
    QCOMPARE(during->find("2024-07", Algorithm::RS256)->keyId(), QByteArray("2024-07"));
    QVERIFY(!during->find({}, Algorithm::RS256)); // two candidates, no kid: none chosen
}

void TestJoseKeys::jwksRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("keys: []");
    QTest::newRow("array") << QByteArray(R"([{"kty":"oct","k":"AA"}])");
    QTest::newRow("no keys member") << QByteArray(R"({"kty":"oct","k":"AA"})");
    QTest::newRow("keys not an array") << QByteArray(R"({"keys":{"kty":"oct"}})");
    QTest::newRow("truncated") << QByteArray(R"({"keys":[)");
}

void TestJoseKeys::jwksRefused()
{
    QFETCH(QByteArray, document);
    QString error;
    QVERIFY(!KeySet::fromJwks(document, &error));
    QVERIFY(!error.isEmpty());
}

void TestJoseKeys::signingKeyRefusals()
{
    QString error;
    QVERIFY(!SigningKey::fromPrivateKeyPem(
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", {}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!SigningKey::fromPrivateKeyPem(m_rsa->publicKeyPem(), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SigningKey::generateEc(Algorithm::RS256, &error));
    QVERIFY(!SigningKey::fromHmacSecret({}, "kid"));
    QVERIFY(!VerificationKey::fromHmacSecret({}));
    QVERIFY(!VerificationKey::fromPem("not a key", &error));
    QVERIFY(!VerificationKey::fromPem(m_rsa->privateKeyPem(), &error)); // a private key is not a public key
    QVERIFY(m_hmac->publicJwk().isEmpty());
    QVERIFY(m_hmac->publicKeyPem().isEmpty() && m_hmac->privateKeyPem().isEmpty());
    QVERIFY(m_rsa->sign(Algorithm::HS256, "input").isEmpty());
    QVERIFY(m_ec256->sign(Algorithm::ES384, "input").isEmpty());
    QVERIFY(m_hmac->sign(Algorithm::RS256, "input").isEmpty());
    QCOMPARE(m_rsa->verificationKey()->type(), VerificationKey::Type::Rsa);
    QCOMPARE(m_ec256->verificationKey()->type(), VerificationKey::Type::Ec);
    QCOMPARE(m_hmac->verificationKey()->type(), VerificationKey::Type::Hmac);
    QCOMPARE(m_hmac->verificationKey()->keyId(), QByteArray("hmac-1"));
}

QTEST_GUILESS_MAIN(TestJoseKeys)
#include "tst_jose_keys.moc"
