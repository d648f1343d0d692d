#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "security/remotekeysets.h"
#include "security/tokenissuer.h"
#include "securitytestkit.h"
#include "testbackend.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;
namespace Kit = Gatehouse::SecurityTestKit;

namespace {
const QString issuerName = QStringLiteral("https://rotating-idp.example.test");
constexpr int refetchIntervalMs = 1500;
} // namespace

// An issuer whose keys come from a JWKS URL served by a real HTTP server (python3 -m http.server):
// fetched at deploy, refetched for an unknown kid, and refetched at most once per interval.
class TestRemoteKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyFromPrefetchedJwks();
    void rotationIsPickedUpOnUnknownKid();
    void unknownKidRefetchIsRateLimited();
    void knownKeysSurviveServerOutage();

private:
    bool writeJwks(const QStringList &keyIds, QString *error);
    QByteArray tokenFor(const QString &keyId);
    int statusWith(const QByteArray &token);

    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_serverPort = 0;
    TestBackend m_backend;
    std::unique_ptr<Environment> m_environment;
};

bool TestRemoteKeys::writeJwks(const QStringList &keyIds, QString *error)
{
    static const QString script
        = QStringLiteral("import json, sys\n"
                         "from jwt.algorithms import RSAAlgorithm\n"
                         "from cryptography.hazmat.primitives.serialization import load_pem_public_key\n"
                         "keys = []\n"
                         "for kid in sys.argv[2:]:\n"
                         "    jwk = json.loads(RSAAlgorithm.to_jwk(load_pem_public_key(open(sys.argv[1] + "
                         "'/' + kid + '.pub', 'rb').read())))\n"
                         "    jwk.update(kid=kid, use='sig', alg='RS256')\n"
                         "    keys.append(jwk)\n"
                         "open(sys.argv[1] + '/jwks.tmp', 'w').write(json.dumps({'keys': keys}))\n");
    QStringList arguments { QStringLiteral("-c"), script, m_dir.path() };
    arguments += keyIds;
    if (!Kit::run(Kit::python(), arguments, nullptr, error))
        return false;
    QFile::remove(m_dir.filePath(QStringLiteral("jwks.json")));
    return QFile::rename(
        m_dir.filePath(QStringLiteral("jwks.tmp")), m_dir.filePath(QStringLiteral("jwks.json")));
}

QByteArray TestRemoteKeys::tokenFor(const QString &keyId)
{
    const QJsonObject claims { { QStringLiteral("iss"), issuerName },
        { QStringLiteral("azp"), QStringLiteral("ck") }, { QStringLiteral("exp"), Kit::now() + 600 } };
    QString error;
    const QByteArray token = Kit::pythonJwt(claims, m_dir.filePath(keyId + QStringLiteral(".key")),
        QStringLiteral("RS256"), { { QStringLiteral("kid"), keyId } }, &error);
    if (token.isEmpty())
        qWarning("%s", qPrintable(error));
    return token;
}

int TestRemoteKeys::statusWith(const QByteArray &token)
{
    BlockingHttpClient client(m_environment->httpPort());
    return client.request("GET", "/shop/1.0.0/x", "Authorization: Bearer " + token + "\r\n").head.status;
}

void TestRemoteKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_backend.start());
    QString error;
    for (const QString &kid : { QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3") })
        QVERIFY2(Kit::generateRsaKey(m_dir.filePath(kid), &error), qPrintable(error));
    QVERIFY2(writeJwks({ QStringLiteral("k1") }, &error), qPrintable(error));

    const QString python = Kit::python();
    QVERIFY2(!python.isEmpty(), "no python3 with the jwt module (python3-jwt, python3-cryptography)");
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(python,
        { QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("0"),
            QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
            m_dir.path() });
    QVERIFY(m_server.waitForStarted());
    QByteArray banner;
    const QRegularExpression portPattern(QStringLiteral("port (\\d+)"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (banner += m_server.readAll(), portPattern.match(QString::fromUtf8(banner)).hasMatch()), 10000);
    m_serverPort = quint16(portPattern.match(QString::fromUtf8(banner)).captured(1).toUInt());

    auto config = std::make_shared<GatewayConfig>();
    ApiConfig shop = shopApi(httpGroup({ m_backend.url() }));
    shop.security.schemes = { AuthScheme::OAuth2 };
    config->apis.push_back(shop);
    ApplicationConfig application;
    application.id = QStringLiteral("app");
    application.name = QStringLiteral("App");
    application.consumerKey = "ck";
    application.subscriptions.push_back({ shop.id, QStringLiteral("Unlimited") });
    config->realm.applications.push_back(application);
    IssuerConfig issuer;
    issuer.name = QStringLiteral("rotating");
    issuer.issuer = issuerName;
    issuer.jwksUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(m_serverPort));
    config->realm.issuers.push_back(issuer);

    m_environment = std::make_unique<Environment>(testSettings(2));
    m_environment->remoteKeySets().setMinimumRefetchInterval(refetchIntervalMs);
    QVERIFY2(m_environment->start(config, &error), qPrintable(error));
}

void TestRemoteKeys::cleanupTestCase()
{
    m_environment.reset();
    m_server.kill();
    m_server.waitForFinished();
}

void TestRemoteKeys::keyFromPrefetchedJwks()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_environment->remoteKeySets().keySet(
                                 QUrl(QStringLiteral("http://127.0.0.1:%1/jwks.json").arg(m_serverPort))),
        10000);
    QCOMPARE(m_environment->remoteKeySets().fetchCount(), 1);
    QCOMPARE(statusWith(tokenFor(QStringLiteral("k1"))), 200);
    QCOMPARE(m_environment->remoteKeySets().fetchCount(), 1); // the prefetched document was enough
}

void TestRemoteKeys::rotationIsPickedUpOnUnknownKid()
{
    QString error;
    QVERIFY2(writeJwks({ QStringLiteral("k1"), QStringLiteral("k2") }, &error), qPrintable(error));
    const QByteArray token = tokenFor(QStringLiteral("k2"));
    QTest::qWait(refetchIntervalMs + 100);
    QCOMPARE(statusWith(token), 200); // waits for the refetch
    QCOMPARE(m_environment->remoteKeySets().fetchCount(), 2);
}

void TestRemoteKeys::unknownKidRefetchIsRateLimited()
{
    const QByteArray unknown = tokenFor(QStringLiteral("k3"));
    const int fetchesBefore = m_environment->remoteKeySets().fetchCount();
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(statusWith(unknown), 401);
    // At most one refetch per interval, however many requests name the unknown kid (a slow machine may
    // straddle an interval boundary).
    const int intervals = int(elapsed.elapsed() / refetchIntervalMs);
    QVERIFY2(m_environment->remoteKeySets().fetchCount() <= fetchesBefore + intervals,
        qPrintable(QStringLiteral("%1 fetches in %2 ms")
                       .arg(m_environment->remoteKeySets().fetchCount() - fetchesBefore)
                       .arg(elapsed.elapsed())));
}

void TestRemoteKeys::knownKeysSurviveServerOutage()
{
    m_server.kill();
    m_server.waitForFinished();
    QCOMPARE(statusWith(tokenFor(QStringLiteral("k1"))), 200);
    QCOMPARE(statusWith(tokenFor(QStringLiteral("k2"))), 200);
}

QTEST_GUILESS_MAIN(TestRemoteKeys)
#include "tst_remote_keys.moc"
