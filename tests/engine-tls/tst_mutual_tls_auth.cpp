#include "gatewaytestutil.h"
#include "security/jose/jose.h"
#include "security/tokenissuer.h"
#include "testbackend.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

enum class Certificate
{
    None,
    Valid,
    Expired,
    Foreign
};

} // namespace

Q_DECLARE_METATYPE(Certificate)

// Mutual SSL as an API's security: WSO2's mutualssl / mutualssl_mandatory combined with application
// security, mandatory or optional (oauth_basic_auth_api_key_mandatory). curl is the client.
class TestMutualTlsAuthentication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisions_data();
    void decisions();
    void certificateMapsToApplication();

private:
    struct Result
    {
        int status = 0;
        QJsonObject body;
    };
    Result call(MutualTlsMode mode, bool applicationMandatory, bool withOAuth2, Certificate certificate,
        bool withToken, bool backendJwt = false);

    QTemporaryDir m_dir;
    TestBackend m_backend;
    std::optional<TestCertificates> m_server;
    std::optional<TestClientCertificates> m_clients;
    std::optional<TokenIssuer> m_issuer;
    ApplicationConfig m_application;
};

void TestMutualTlsAuthentication::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_backend.start());
    QString error;
    m_server = TestCertificates::create(m_dir.filePath(QStringLiteral("server")), &error);
    QVERIFY2(m_server, qPrintable(error));
    m_clients = TestClientCertificates::create(m_dir.filePath(QStringLiteral("clients")), &error);
    QVERIFY2(m_clients, qPrintable(error));
    const auto keyManager = TokenIssuer::generateKeyManager(&error);
    QVERIFY2(keyManager, qPrintable(error));
    m_issuer = TokenIssuer::create(*keyManager, &error);
    QVERIFY2(m_issuer, qPrintable(error));
    m_application.id = QStringLiteral("app-device");
    m_application.name = QStringLiteral("Device Fleet");
    m_application.consumerKey = "ck-device";
    m_application.subscriptions.push_back({ QStringLiteral("shop-id"), QStringLiteral("Silver") });
    const QByteArray validPem = readFile(m_clients->validCertificate);
    const auto certificate = QSslCertificate(validPem, QSsl::Pem);
    m_application.clientCertificateSha256
        = { QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()) };
}

TestMutualTlsAuthentication::Result TestMutualTlsAuthentication::call(MutualTlsMode mode,
    bool applicationMandatory, bool withOAuth2, Certificate certificate, bool withToken, bool backendJwt)
{
    EnvironmentSettings settings = testSettings(1);
    settings.httpPort = -1;
    settings.httpsPort = 0;
    settings.tls = TlsSettings { m_server->serverCertificate, m_server->serverKey };
    Environment environment(settings);
    auto config = std::make_shared<GatewayConfig>();
    ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
    api.security.schemes.clear();
    if (withOAuth2)
        api.security.schemes.push_back(AuthScheme::OAuth2);
    api.security.mutualTls = mode;
    api.security.applicationSecurityMandatory = applicationMandatory;
    api.security.sendBackendJwt = backendJwt;
    config->apis.push_back(api);
    config->realm.keyManager = m_issuer->config();
    config->realm.applications = { m_application };
    config->realm.clientCaCertificatesPem = { readFile(m_clients->caCertificate) };
    QString error;
    if (!environment.start(config, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QStringList arguments { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
        QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("--cacert"),
        m_server->caCertificate };
    const QString path = certificate == Certificate::Valid ? m_clients->validCertificate
        : certificate == Certificate::Expired              ? m_clients->expiredCertificate
        : certificate == Certificate::Foreign              ? m_clients->foreignCertificate
                                                           : QString();
    if (!path.isEmpty())
        arguments << QStringLiteral("--cert") << path << QStringLiteral("--key") << m_clients->clientKey;
    if (withToken) {
        TokenRequest request;
        request.application = &m_application;
        const auto issued = m_issuer->issueAccessToken(request, &error);
        arguments << QStringLiteral("-H")
                  << QStringLiteral("Authorization: Bearer ")
                + QString::fromLatin1(issued ? issued->token : QByteArray());
    }
    arguments << QStringLiteral("https://localhost:%1/shop/1.0.0/items").arg(environment.httpsPort());
    QProcess curl;
    curl.start(QStandardPaths::findExecutable(QStringLiteral("curl")), arguments);
    // The gateway runs on its own threads; this thread only waits for curl.
    if (!curl.waitForFinished(30'000))
        return {};
    const QByteArray output = curl.readAllStandardOutput();
    const qsizetype newline = output.lastIndexOf('\n');
    return { output.mid(newline + 1).toInt(), QJsonDocument::fromJson(output.left(newline)).object() };
}

void TestMutualTlsAuthentication::decisions_data()
{
    QTest::addColumn<MutualTlsMode>("mode");
    QTest::addColumn<bool>("applicationMandatory");
    QTest::addColumn<bool>("withOAuth2");
    QTest::addColumn<Certificate>("certificate");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const auto mandatory = MutualTlsMode::Mandatory;
    const auto optional = MutualTlsMode::Optional;
    QTest::newRow("mutualssl_mandatory only, valid")
        << mandatory << true << false << Certificate::Valid << false << 200 << QString();
    QTest::newRow("mutualssl_mandatory only, none")
        << mandatory << true << false << Certificate::None << false << 401 << "900901";
    QTest::newRow("mutualssl_mandatory only, expired")
        << mandatory << true << false << Certificate::Expired << false << 401 << "900901";
    QTest::newRow("mutualssl_mandatory only, other CA")
        << mandatory << true << false << Certificate::Foreign << false << 401 << "900901";
    QTest::newRow("both mandatory, both given")
        << mandatory << true << true << Certificate::Valid << true << 200 << QString();
    QTest::newRow("both mandatory, no token")
        << mandatory << true << true << Certificate::Valid << false << 401 << "900902";
    QTest::newRow("both mandatory, no certificate")
        << mandatory << true << true << Certificate::None << true << 401 << "900901";
    QTest::newRow("mTLS mandatory, oauth2 optional, certificate only")
        << mandatory << false << true << Certificate::Valid << false << 200 << QString();
    QTest::newRow("mTLS optional, oauth2 mandatory, token only")
        << optional << true << true << Certificate::None << true << 200 << QString();
    QTest::newRow("mTLS optional, oauth2 mandatory, certificate only")
        << optional << true << true << Certificate::Valid << false << 401 << "900902";
    QTest::newRow("both optional, certificate only")
        << optional << false << true << Certificate::Valid << false << 200 << QString();
    QTest::newRow("both optional, token only")
        << optional << false << true << Certificate::None << true << 200 << QString();
    QTest::newRow("both optional, expired certificate only")
        << optional << false << true << Certificate::Expired << false << 401 << "900902";
    QTest::newRow("both optional, nothing")
        << optional << false << true << Certificate::None << false << 401 << "900902";
}

void TestMutualTlsAuthentication::decisions()
{
    QFETCH(MutualTlsMode, mode);
    QFETCH(bool, applicationMandatory);
    QFETCH(bool, withOAuth2);
    QFETCH(Certificate, certificate);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Result result = call(mode, applicationMandatory, withOAuth2, certificate, withToken);
    QCOMPARE(result.status, status);
    if (!code.isEmpty())
        QCOMPARE(result.body.value(QLatin1String("code")).toString(), code);
    else
        QCOMPARE(result.body.value(QLatin1String("backend")).toString(), QStringLiteral("backend"));
}

void TestMutualTlsAuthentication::certificateMapsToApplication()
{
    const Result result
        = call(MutualTlsMode::Mandatory, true, false, Certificate::Valid, false, /*backendJwt=*/true);
    QCOMPARE(result.status, 200);
    const QByteArray assertion = result.body.value(QLatin1String("headers"))
                                     .toObject()
                                     .value(QLatin1String("x-jwt-assertion"))
                                     .toString()
                                     .toLatin1();
    QString error;
    const auto jws = Jose::parseCompact(assertion, &error);
    QVERIFY2(jws, qPrintable(error));
    QCOMPARE(jws->claims.value(QLatin1String("http://wso2.org/claims/applicationname")).toString(),
        QStringLiteral("Device Fleet"));
    QCOMPARE(
        jws->claims.value(QLatin1String("http://wso2.org/claims/tier")).toString(), QStringLiteral("Silver"));
    QCOMPARE(jws->claims.value(QLatin1String("http://wso2.org/claims/authentication_method")).toString(),
        QStringLiteral("mutual_tls"));
}

QTEST_GUILESS_MAIN(TestMutualTlsAuthentication)
#include "tst_mutual_tls_auth.moc"
