// JOSE against independent implementations: keys made by the openssl command line, tokens signed by
// Python's PyJWT (Debian's python3-jwt) and by `openssl dgst`, verified here with keys read from PEM, from
// a certificate and from PyJWT's JWKs; and the other way round, tokens signed here verified by PyJWT.
#include "security/jose/jose.h"
#include "testtools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse::Jose;

namespace {

struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

ToolRun runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(30'000))
        return run;
    process.closeWriteChannel();
    run.finished = process.waitForFinished(120'000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Signs one token per row of the spec (alg, kid, key file or secret) and prints {alg: {token, jwk}}.
const char signingScript[] = R"PY(
import json, sys
import jwt
from jwt.algorithms import ECAlgorithm, HMACAlgorithm, RSAAlgorithm
from cryptography.hazmat.primitives.serialization import load_pem_private_key

def as_dict(jwk):
    return json.loads(jwk) if isinstance(jwk, str) else jwk

result = {}
for row in json.load(open(sys.argv[1])):
    alg, kid = row["alg"], row["kid"]
    claims = {"sub": "interop", "row": alg, "iat": 1700000000}
    if alg.startswith("HS"):
        key = row["secret"].encode()
        jwk = as_dict(HMACAlgorithm.to_jwk(key))
    else:
        key = load_pem_private_key(open(row["key"], "rb").read(), password=None)
        family = RSAAlgorithm if alg[0] in "RP" else ECAlgorithm
        jwk = as_dict(family.to_jwk(key.public_key()))
    jwk["kid"] = kid
    result[alg] = {"token": jwt.encode(claims, key, algorithm=alg, headers={"kid": kid}), "jwk": jwk}
json.dump(result, sys.stdout)
)PY";

// Verifies a token with PyJWT: argv alg, token, public key PEM file or HMAC secret; prints the claims.
const char verifyingScript[] = R"PY(
import json, sys
import jwt
alg, token, key = sys.argv[1:4]
key = key.encode() if alg.startswith("HS") else open(key, "rb").read()
print(json.dumps(jwt.decode(token, key, algorithms=[alg])))
)PY";

// 64 bytes or more: newer PyJWT releases may refuse an HMAC key shorter than the digest.
const QByteArray hmacSecret
    = "interop secret, at least as long as the longest HMAC digest (SHA-512: 64 bytes)";

} // namespace

class TestJoseInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pythonTokens_data();
    void pythonTokens();
    void opensslDgstTokens_data();
    void opensslDgstTokens();
    void tokensVerifiedByPython_data();
    void tokensVerifiedByPython();
    void opensslKeysRefused_data();
    void opensslKeysRefused();
    void opensslKeyFormsAccepted();

private:
    QString path(const QString &name) const { return m_directory.filePath(name); }
    QString privateKeyFile(const QByteArray &algorithm) const;
    QString publicKeyFile(const QByteArray &algorithm) const;
    bool openssl(const QStringList &arguments);
    void addAlgorithmRows();

    QTemporaryDir m_directory;
    QString m_openssl;
    QString m_python;
    QJsonObject m_pythonTokens; // alg -> {token, jwk}
};

bool TestJoseInterop::openssl(const QStringList &arguments)
{
    const ToolRun run = runTool(m_openssl, arguments, m_directory.path());
    if (!run.finished || run.exitCode != 0)
        qWarning(
            "openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), run.errors.constData());
    return run.finished && run.exitCode == 0;
}

QString TestJoseInterop::privateKeyFile(const QByteArray &algorithm) const
{
    if (algorithm == "ES256")
        return path(QStringLiteral("ec256.pem"));
    if (algorithm == "ES384")
        return path(QStringLiteral("ec384.pem"));
    if (algorithm == "ES512")
        return path(QStringLiteral("ec521.pem"));
    return path(QStringLiteral("rsa.pem"));
}

QString TestJoseInterop::publicKeyFile(const QByteArray &algorithm) const
{
    return privateKeyFile(algorithm).replace(QLatin1String(".pem"), QLatin1String(".pub.pem"));
}

void TestJoseInterop::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QFAIL("the openssl command line tool is not installed (Debian package: openssl)");
    m_python = Gatehouse::TestTools::pythonWithJwt();
    if (m_python.isEmpty())
        QFAIL("no python3 with the jwt and cryptography modules (Debian packages: python3-jwt, "
              "python3-cryptography)");

    QVERIFY(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
        QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"),
        QStringLiteral("rsa.pem") }));
    QVERIFY(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
        QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1024"), QStringLiteral("-out"),
        QStringLiteral("rsa1024.pem") }));
    const std::pair<const char *, const char *> curves[]
        = { { "ec256", "P-256" }, { "ec384", "P-384" }, { "ec521", "P-521" } };
    for (const auto &[file, curve] : curves) {
        QVERIFY(openssl({ QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:") + QLatin1String(curve),
            QStringLiteral("-out"), QLatin1String(file) + QStringLiteral(".pem") }));
    }
    for (const char *file : { "rsa", "rsa1024", "ec256", "ec384", "ec521" }) {
        QVERIFY(openssl({ QStringLiteral("pkey"), QStringLiteral("-in"),
            QLatin1String(file) + QStringLiteral(".pem"), QStringLiteral("-pubout"), QStringLiteral("-out"),
            QLatin1String(file) + QStringLiteral(".pub.pem") }));
    }
    QVERIFY(openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new"),
        QStringLiteral("-key"), QStringLiteral("rsa.pem"), QStringLiteral("-subj"),
        QStringLiteral("/CN=interop"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-out"),
        QStringLiteral("rsa.crt") }));
    QVERIFY(openssl({ QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("rsa.pem"),
        QStringLiteral("-aes256"), QStringLiteral("-passout"), QStringLiteral("pass:secret"),
        QStringLiteral("-out"), QStringLiteral("rsa-encrypted.pem") }));
    QVERIFY(openssl({ QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("rsa.pem"),
        QStringLiteral("-traditional"), QStringLiteral("-out"), QStringLiteral("rsa-traditional.pem") }));

    QJsonArray spec;
    for (const char *name : { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
             "HS256", "HS384", "HS512" }) {
        const QByteArray algorithm(name);
        QJsonObject row { { QStringLiteral("alg"), QLatin1String(name) },
            { QStringLiteral("kid"), QString(QStringLiteral("py-") + QLatin1String(name)) } };
        if (algorithm.startsWith("HS"))
            row.insert(QStringLiteral("secret"), QString::fromLatin1(hmacSecret));
        else
            row.insert(QStringLiteral("key"), privateKeyFile(algorithm));
        spec.append(row);
    }
    QVERIFY(writeFile(path(QStringLiteral("spec.json")), QJsonDocument(spec).toJson()));
    QVERIFY(writeFile(path(QStringLiteral("sign.py")), signingScript));
    QVERIFY(writeFile(path(QStringLiteral("verify.py")), verifyingScript));
    const ToolRun signing
        = runTool(m_python, { path(QStringLiteral("sign.py")), path(QStringLiteral("spec.json")) });
    QVERIFY2(signing.finished && signing.exitCode == 0, signing.errors.constData());
    m_pythonTokens = QJsonDocument::fromJson(signing.output).object();
    QCOMPARE(m_pythonTokens.size(), spec.size());
}

void TestJoseInterop::addAlgorithmRows()
{
    QTest::addColumn<QByteArray>("algorithm");
    for (const char *name : { "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
             "HS256", "HS384", "HS512" })
        QTest::newRow(name) << QByteArray(name);
}

void TestJoseInterop::pythonTokens_data()
{
    addAlgorithmRows();
}

void TestJoseInterop::pythonTokens()
{
    QFETCH(QByteArray, algorithm);
    const Algorithm alg = *algorithmFromName(algorithm);
    const QJsonObject entry = m_pythonTokens.value(QLatin1String(algorithm)).toObject();
    const QByteArray token = entry.value(QStringLiteral("token")).toString().toLatin1();
    const QJsonObject jwk = entry.value(QStringLiteral("jwk")).toObject();

    QString error;
    const std::optional<CompactJws> jws = parseCompact(token, &error);
    QVERIFY2(jws, qPrintable(error));
    QCOMPARE(jws->algorithm, algorithm);
    QCOMPARE(jws->keyId, QByteArray("py-" + algorithm));
    QCOMPARE(jws->claims.value(QStringLiteral("row")).toString(), QString::fromLatin1(algorithm));

    QList<VerificationKeyPtr> keys;
    keys.append(VerificationKey::fromJwk(jwk, &error));
    QVERIFY2(keys.last(), qPrintable(error));
    if (isHmac(alg)) {
        keys.append(VerificationKey::fromHmacSecret(hmacSecret));
    } else {
        keys.append(VerificationKey::fromPem(readFile(publicKeyFile(algorithm)), &error));
        QVERIFY2(keys.last(), qPrintable(error));
    }
    if (algorithm.startsWith("RS") || algorithm.startsWith("PS")) {
        keys.append(VerificationKey::fromPem(readFile(path(QStringLiteral("rsa.crt"))), &error));
        QVERIFY2(keys.last(), qPrintable(error));
    }
    // All of PyJWT's JWKs in one document: the token's kid picks its key.
    QJsonArray allJwks;
    for (const QJsonValue &other : std::as_const(m_pythonTokens))
        allJwks.append(other.toObject().value(QStringLiteral("jwk")));
    const std::optional<KeySet> keySet = KeySet::fromJwks(
        QJsonDocument(QJsonObject { { QStringLiteral("keys"), allJwks } }).toJson(), &error);
    QVERIFY2(keySet, qPrintable(error));
    QCOMPARE(keySet->skippedKeys(), 0);
    keys.append(keySet->find(jws->keyId, alg));
    QVERIFY(keys.last());

    for (const VerificationKeyPtr &key : std::as_const(keys)) {
        QVERIFY(key->supports(alg));
        QVERIFY(key->verify(alg, jws->signingInput, jws->signature));
        QVERIFY(!key->verify(alg, jws->signingInput.chopped(1), jws->signature));
    }
}

void TestJoseInterop::opensslDgstTokens_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("RS256") << QByteArray("RS256") << QStringList { QStringLiteral("-sha256") };
    QTest::newRow("RS512") << QByteArray("RS512") << QStringList { QStringLiteral("-sha512") };
    QTest::newRow("PS256") << QByteArray("PS256")
                           << QStringList { QStringLiteral("-sha256"), QStringLiteral("-sigopt"),
                                  QStringLiteral("rsa_padding_mode:pss"), QStringLiteral("-sigopt"),
                                  QStringLiteral("rsa_pss_saltlen:digest") };
}

// The signing input is built here, the signature made by `openssl dgst -sign` and base64url-encoded here.
void TestJoseInterop::opensslDgstTokens()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(QStringList, options);
    const QByteArray signingInput
        = base64UrlEncode(QByteArray("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}")) + '.'
        + base64UrlEncode(R"({"sub":"openssl","iat":1700000000})");
    QVERIFY(writeFile(path(QStringLiteral("input.txt")), signingInput));
    QVERIFY(openssl(QStringList { QStringLiteral("dgst") } + options
        + QStringList { QStringLiteral("-sign"), QStringLiteral("rsa.pem"), QStringLiteral("-out"),
            QStringLiteral("signature.bin"), QStringLiteral("input.txt") }));
    const QByteArray signature = readFile(path(QStringLiteral("signature.bin")));
    QCOMPARE(signature.size(), 256);
    const QByteArray token = signingInput + '.' + base64UrlEncode(signature);

    QString error;
    const std::optional<CompactJws> jws = parseCompact(token, &error);
    QVERIFY2(jws, qPrintable(error));
    QCOMPARE(jws->signature, signature);
    const Algorithm alg = *algorithmFromName(jws->algorithm);
    const QJsonObject pythonJwk
        = m_pythonTokens.value(QStringLiteral("RS256")).toObject().value(QStringLiteral("jwk")).toObject();
    for (const VerificationKeyPtr &key :
        { VerificationKey::fromPem(readFile(path(QStringLiteral("rsa.pub.pem"))), &error),
            VerificationKey::fromJwk(pythonJwk, &error) }) {
        QVERIFY2(key, qPrintable(error));
        QVERIFY(key->verify(alg, jws->signingInput, jws->signature));
    }
}

void TestJoseInterop::tokensVerifiedByPython_data()
{
    addAlgorithmRows();
}

// Signed here with the key openssl made, checked by PyJWT: the ES R||S layout and PSS salt length included.
void TestJoseInterop::tokensVerifiedByPython()
{
    QFETCH(QByteArray, algorithm);
    const Algorithm alg = *algorithmFromName(algorithm);
    QString error;
    const SigningKeyPtr key = isHmac(alg)
        ? SigningKey::fromHmacSecret(hmacSecret, "ours")
        : SigningKey::fromPrivateKeyPem(readFile(privateKeyFile(algorithm)), "ours", &error);
    QVERIFY2(key, qPrintable(error));
    const QJsonObject claims { { QStringLiteral("sub"), QStringLiteral("gatehouse") },
        { QStringLiteral("alg-row"), QString::fromLatin1(algorithm) } };
    const QByteArray token = signCompact(*key, alg, claims);
    QVERIFY(!token.isEmpty());
    const QString keyArgument = isHmac(alg) ? QString::fromLatin1(hmacSecret) : publicKeyFile(algorithm);
    const ToolRun run = runTool(m_python,
        { path(QStringLiteral("verify.py")), QString::fromLatin1(algorithm), QString::fromLatin1(token),
            keyArgument });
    QVERIFY2(run.finished && run.exitCode == 0, run.errors.constData());
    QCOMPARE(QJsonDocument::fromJson(run.output).object(), claims);
}

void TestJoseInterop::opensslKeysRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("privateKey");
    QTest::newRow("RSA-1024 public key") << QStringLiteral("rsa1024.pub.pem") << false;
    QTest::newRow("RSA-1024 private key") << QStringLiteral("rsa1024.pem") << true;
    QTest::newRow("encrypted private key, no passphrase asked")
        << QStringLiteral("rsa-encrypted.pem") << true;
    QTest::newRow("private key where a public key belongs") << QStringLiteral("rsa.pem") << false;
}

void TestJoseInterop::opensslKeysRefused()
{
    QFETCH(QString, file);
    QFETCH(bool, privateKey);
    const QByteArray pem = readFile(path(file));
    QVERIFY(!pem.isEmpty());
    QString error;
    if (privateKey)
        QVERIFY(!SigningKey::fromPrivateKeyPem(pem, {}, &error));
    else
        QVERIFY(!VerificationKey::fromPem(pem, &error));
    QVERIFY(!error.isEmpty());
}

void TestJoseInterop::opensslKeyFormsAccepted()
{
    QString error;
    const std::pair<const char *, const char *> privateAndPublic[] = { { "rsa.pem", "rsa.pub.pem" },
        { "rsa-traditional.pem", "rsa.pub.pem" }, { "ec256.pem", "ec256.pub.pem" },
        { "ec384.pem", "ec384.pub.pem" }, { "ec521.pem", "ec521.pub.pem" } };
    for (const auto &[privateFile, publicFile] : privateAndPublic) {
        const SigningKeyPtr key
            = SigningKey::fromPrivateKeyPem(readFile(path(QLatin1String(privateFile))), {}, &error);
        QVERIFY2(key, qPrintable(QLatin1String(privateFile) + QLatin1String(": ") + error));
        QCOMPARE(key->publicKeyPem(), readFile(path(QLatin1String(publicFile))));
    }
    const VerificationKeyPtr fromCertificate
        = VerificationKey::fromPem(readFile(path(QStringLiteral("rsa.crt"))), &error);
    QVERIFY2(fromCertificate, qPrintable(error));
    QVERIFY(fromCertificate->supports(Algorithm::PS512));
}

QTEST_GUILESS_MAIN(TestJoseInterop)
#include "tst_jose_interop.moc"
