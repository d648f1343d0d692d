#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "security/jose/jose.h"
#include "security/passwordhash.h"
#include "security/tokenissuer.h"
#include "securitytestkit.h"
#include "testbackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;
namespace Kit = Gatehouse::SecurityTestKit;

namespace {

const QString shopApiId = QStringLiteral("shop-id");
const QString externalIssuer = QStringLiteral("https://idp.example.test");
const QString ecIssuer = QStringLiteral("https://ec-idp.example.test");

ResourceConfig resourceWith(const QString &path, OperationSecurity security)
{
    ResourceConfig resource = TestUtil::resource(path, { "GET" });
    resource.operations.front().security = std::move(security);
    return resource;
}

} // namespace

class TestAuthentication : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requests_data();
    void requests();
    void apiKeyInQueryIsNotForwarded();
    void sandboxKeyTypeSelectsSandboxEndpoints();
    void backendJwtCarriesTheIdentity();
    void revocationReachesRunningEnvironment();
    void corsPreflightAndErrors();
    void tokenEndpoint_data();
    void tokenEndpoint();
    void jwksEndpointVerifiesIssuedTokens();

private:
    QByteArray token(const QStringList &scopes = {}, const QString &keyType = QStringLiteral("PRODUCTION"),
        const ApplicationConfig *application = nullptr);
    QByteArray apiKey(const QStringList &ips = {}, const QStringList &referers = {});
    QByteArray externalToken(QJsonObject claims, const QString &key = QStringLiteral("ext"),
        const QString &algorithm = QStringLiteral("RS256"));
    BlockingHttpClient::Response get(const QByteArray &target, const QByteArray &headers);
    GatewayConfigPtr makeConfig(bool backendJwt = false);

    QTemporaryDir m_dir;
    TestBackend m_backend;
    TestBackend m_sandbox { TestBackend::Options { "sandbox", {}, {} } };
    std::unique_ptr<Environment> m_environment;
    std::optional<TokenIssuer> m_issuer;
    KeyManagerConfig m_keyManager;
    ApplicationConfig m_shopper;
    ApplicationConfig m_stranger;
};

void TestAuthentication::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_backend.start());
    QVERIFY(m_sandbox.start());
    QString error;
    QVERIFY2(Kit::generateRsaKey(m_dir.filePath(QStringLiteral("ext")), &error), qPrintable(error));
    QVERIFY2(Kit::generateEcKey(m_dir.filePath(QStringLiteral("ec")), QStringLiteral("P-256"), &error),
        qPrintable(error));
    const auto keyManager = TokenIssuer::generateKeyManager(&error);
    QVERIFY2(keyManager, qPrintable(error));
    m_keyManager = *keyManager;
    m_issuer = TokenIssuer::create(m_keyManager, &error);
    QVERIFY2(m_issuer, qPrintable(error));

    m_shopper.id = QStringLiteral("app-shopper");
    m_shopper.name = QStringLiteral("Shopper");
    m_shopper.consumerKey = "ck-shopper";
    m_shopper.consumerSecretHash = PasswordHash::hash("cs-shopper", 2'000);
    m_shopper.subscriptions.push_back({ shopApiId, QStringLiteral("Gold") });
    m_stranger.id = QStringLiteral("app-stranger");
    m_stranger.name = QStringLiteral("Stranger");
    m_stranger.consumerKey = "ck-stranger";

    m_environment = std::make_unique<Environment>(testSettings(2));
    QVERIFY2(m_environment->start(makeConfig(), &error), qPrintable(error));
}

void TestAuthentication::cleanupTestCase()
{
    m_environment.reset();
}

GatewayConfigPtr TestAuthentication::makeConfig(bool backendJwt)
{
    auto config = std::make_shared<GatewayConfig>();
    ApiConfig shop = shopApi(httpGroup({ m_backend.url() }));
    shop.sandboxEndpoints = httpGroup({ m_sandbox.url() });
    shop.security.schemes = { AuthScheme::OAuth2, AuthScheme::ApiKey };
    shop.security.sendBackendJwt = backendJwt;
    shop.security.cors = CorsConfig();
    shop.security.cors->allowOrigins = { QStringLiteral("https://app.example.com") };
    shop.security.cors->maxAgeSeconds = 600;
    shop.resources.push_back(resourceWith(QStringLiteral("/open"), { true, {} }));
    shop.resources.push_back(resourceWith(QStringLiteral("/admin"), { false, { QStringLiteral("admin") } }));
    config->apis.push_back(shop);

    ApiConfig basic = shopApi(httpGroup({ m_backend.url() }), false);
    basic.id = QStringLiteral("basic-id");
    basic.name = QStringLiteral("Basic");
    basic.context = QStringLiteral("/basic");
    basic.security.schemes = { AuthScheme::BasicAuth };
    basic.resources.push_back(resourceWith(QStringLiteral("/admin"), { false, { QStringLiteral("admin") } }));
    config->apis.push_back(basic);

    SecurityRealm &realm = config->realm;
    realm.keyManager = m_keyManager;
    realm.applications = { m_shopper, m_stranger };
    realm.users.push_back(
        { QStringLiteral("alice"), PasswordHash::hash("wonderland", 2'000), { QStringLiteral("reader") } });
    realm.users.push_back(
        { QStringLiteral("root"), PasswordHash::hash("s3cret", 2'000), { QStringLiteral("admin") } });
    IssuerConfig external;
    external.name = QStringLiteral("external");
    external.issuer = externalIssuer;
    QFile pem(m_dir.filePath(QStringLiteral("ext.pub")));
    if (pem.open(QIODevice::ReadOnly))
        external.certificatePem = pem.readAll();
    external.audiences = { QStringLiteral("shop") };
    external.algorithms = { QStringLiteral("RS256"), QStringLiteral("RS512"), QStringLiteral("PS256") };
    realm.issuers.push_back(external);
    IssuerConfig ec;
    ec.name = QStringLiteral("ec");
    ec.issuer = ecIssuer;
    QFile ecPem(m_dir.filePath(QStringLiteral("ec.pub")));
    if (ecPem.open(QIODevice::ReadOnly))
        ec.certificatePem = ecPem.readAll();
    ec.algorithms = { QStringLiteral("ES256") };
    ec.scopesClaim = QStringLiteral("scp");
    ec.consumerKeyClaim = QStringLiteral("client_id");
    realm.issuers.push_back(ec);
    return config;
}

QByteArray TestAuthentication::token(
    const QStringList &scopes, const QString &keyType, const ApplicationConfig *application)
{
    TokenRequest request;
    request.application = application ? application : &m_shopper;
    request.scopes = scopes;
    request.keyType = keyType;
    QString error;
    const auto issued = m_issuer->issueAccessToken(request, &error);
    return issued ? issued->token : QByteArray();
}

QByteArray TestAuthentication::apiKey(const QStringList &ips, const QStringList &referers)
{
    ApiKeyRequest request;
    request.application = &m_shopper;
    request.permittedIps = ips;
    request.permittedReferers = referers;
    request.subscribedApis.append({ shopApiId, QStringLiteral("Shop"), QStringLiteral("/shop"),
        QStringLiteral("1.0.0"), QStringLiteral("Gold") });
    QString error;
    const auto issued = m_issuer->issueApiKey(request, &error);
    return issued ? issued->token : QByteArray();
}

QByteArray TestAuthentication::externalToken(QJsonObject claims, const QString &key, const QString &algorithm)
{
    if (!claims.contains(QLatin1String("iss")))
        claims.insert(QStringLiteral("iss"), key == QLatin1String("ec") ? ecIssuer : externalIssuer);
    if (!claims.contains(QLatin1String("exp")))
        claims.insert(QStringLiteral("exp"), Kit::now() + 600);
    QString error;
    const QByteArray token
        = Kit::pythonJwt(claims, m_dir.filePath(key + QStringLiteral(".key")), algorithm, {}, &error);
    if (token.isEmpty())
        qWarning("%s", qPrintable(error));
    return token;
}

BlockingHttpClient::Response TestAuthentication::get(const QByteArray &target, const QByteArray &headers)
{
    BlockingHttpClient client(m_environment->httpPort());
    return client.request("GET", target, headers);
}

void TestAuthentication::requests_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");

    const QJsonObject shopper { { QStringLiteral("azp"), QStringLiteral("ck-shopper") },
        { QStringLiteral("aud"), QStringLiteral("shop") } };
    auto bearer
        = [](const QByteArray &token) -> QByteArray { return "Authorization: Bearer " + token + "\r\n"; };
    auto basic = [](const QByteArray &userPassword) -> QByteArray {
        return "Authorization: Basic " + userPassword.toBase64() + "\r\n";
    };
    auto with = [&shopper](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
        QJsonObject claims = shopper;
        for (const auto &[name, value] : extra)
            claims.insert(name, value);
        return claims;
    };

    QTest::newRow("no credentials") << QByteArray("/shop/1.0.0/items") << QByteArray() << 401
                                    << QByteArray("900902");
    QTest::newRow("key manager token")
        << QByteArray("/shop/1.0.0/items") << bearer(token()) << 200 << QByteArray();
    QTest::newRow("not subscribed") << QByteArray("/shop/1.0.0/items")
                                    << bearer(token({}, QStringLiteral("PRODUCTION"), &m_stranger)) << 403
                                    << QByteArray("900908");
    QTest::newRow("garbage bearer") << QByteArray("/shop/1.0.0/items") << bearer("not.a.jwt") << 401
                                    << QByteArray("900901");
    QTest::newRow("python RS256") << QByteArray("/shop/1.0.0/items") << bearer(externalToken(shopper)) << 200
                                  << QByteArray();
    QTest::newRow("python RS512") << QByteArray(
        "/shop/1.0.0/items") << bearer(externalToken(shopper, QStringLiteral("ext"), QStringLiteral("RS512")))
                                  << 200 << QByteArray();
    QTest::newRow("python PS256") << QByteArray(
        "/shop/1.0.0/items") << bearer(externalToken(shopper, QStringLiteral("ext"), QStringLiteral("PS256")))
                                  << 200 << QByteArray();
    QTest::newRow("RS384 not configured for issuer")
        << QByteArray("/shop/1.0.0/items")
        << bearer(externalToken(shopper, QStringLiteral("ext"), QStringLiteral("RS384"))) << 401
        << QByteArray("900901");
    QTest::newRow("python ES256, scp array, client_id")
        << QByteArray("/shop/1.0.0/admin")
        << bearer(externalToken({ { QStringLiteral("client_id"), QStringLiteral("ck-shopper") },
                                    { QStringLiteral("scp"), QJsonArray { QStringLiteral("admin") } } },
               QStringLiteral("ec"), QStringLiteral("ES256")))
        << 200 << QByteArray();
    QTest::newRow("expired") << QByteArray("/shop/1.0.0/items")
                             << bearer(externalToken(with({ { QStringLiteral("exp"), Kit::now() - 3600 } })))
                             << 401 << QByteArray("900901");
    QTest::newRow("expired within skew")
        << QByteArray("/shop/1.0.0/items")
        << bearer(externalToken(with({ { QStringLiteral("exp"), Kit::now() - 10 } }))) << 200 << QByteArray();
    QTest::newRow("not yet valid") << QByteArray(
        "/shop/1.0.0/items") << bearer(externalToken(with({ { QStringLiteral("nbf"), Kit::now() + 3600 } })))
                                   << 401 << QByteArray("900901");
    QTest::newRow("wrong issuer") << QByteArray("/shop/1.0.0/items")
                                  << bearer(externalToken(with(
                                         { { QStringLiteral("iss"), QStringLiteral("https://evil.test") } })))
                                  << 401 << QByteArray("900901");
    QTest::newRow("wrong audience") << QByteArray("/shop/1.0.0/items")
                                    << bearer(externalToken(
                                           with({ { QStringLiteral("aud"), QStringLiteral("other") } })))
                                    << 401 << QByteArray("900901");
    QTest::newRow("audience array")
        << QByteArray("/shop/1.0.0/items")
        << bearer(externalToken(with({ { QStringLiteral("aud"),
               QJsonArray { QStringLiteral("other"), QStringLiteral("shop") } } })))
        << 200 << QByteArray();
    QTest::newRow("no expiry") << QByteArray("/shop/1.0.0/items")
                               << bearer(externalToken(with({ { QStringLiteral("exp"), QJsonValue() } })))
                               << 401 << QByteArray("900901");

    // HS256 signed with the issuer's public key as the secret: the classic key-confusion attack.
    QFile publicPem(m_dir.filePath(QStringLiteral("ext.pub")));
    publicPem.open(QIODevice::ReadOnly);
    QJsonObject confusedClaims
        = with({ { QStringLiteral("iss"), externalIssuer }, { QStringLiteral("exp"), Kit::now() + 600 } });
    const QByteArray confused = Jose::signCompact(
        *Jose::SigningKey::fromHmacSecret(publicPem.readAll(), {}), Jose::Algorithm::HS256, confusedClaims);
    QTest::newRow("HS/RS confusion") << QByteArray("/shop/1.0.0/items") << bearer(confused) << 401
                                     << QByteArray("900901");
    const QByteArray none = Jose::base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + '.'
        + Jose::base64UrlEncode(QJsonDocument(confusedClaims).toJson(QJsonDocument::Compact)) + '.';
    QTest::newRow("alg none") << QByteArray("/shop/1.0.0/items") << bearer(none) << 401
                              << QByteArray("900901");
    QByteArray tampered = token();
    tampered[tampered.lastIndexOf('.') + 5] = tampered[tampered.lastIndexOf('.') + 5] == 'A' ? 'B' : 'A';
    QTest::newRow("bad signature") << QByteArray("/shop/1.0.0/items") << bearer(tampered) << 401
                                   << QByteArray("900901");

    QTest::newRow("scope missing") << QByteArray("/shop/1.0.0/admin")
                                   << bearer(token({ QStringLiteral("read") })) << 403
                                   << QByteArray("900910");
    QTest::newRow("scope present") << QByteArray("/shop/1.0.0/admin")
                                   << bearer(token({ QStringLiteral("read"), QStringLiteral("admin") }))
                                   << 200 << QByteArray();
    QTest::newRow("open operation") << QByteArray("/shop/1.0.0/open") << QByteArray() << 200 << QByteArray();

    QTest::newRow("api key header") << QByteArray("/shop/1.0.0/items") << "apikey: " + apiKey() + "\r\n"
                                    << 200 << QByteArray();
    QTest::newRow("api key query") << "/shop/1.0.0/items?apikey=" + apiKey() << QByteArray() << 200
                                   << QByteArray();
    QTest::newRow("access token as api key")
        << QByteArray("/shop/1.0.0/items") << "apikey: " + token() + "\r\n"
        << 401 << QByteArray("900901");
    QTest::newRow("api key as bearer token")
        << QByteArray("/shop/1.0.0/items") << bearer(apiKey()) << 401 << QByteArray("900901");
    QTest::newRow("api key ip allowed")
        << QByteArray("/shop/1.0.0/items") << "apikey: " + apiKey({ QStringLiteral("127.0.0.0/8") }) + "\r\n"
        << 200 << QByteArray();
    QTest::newRow("api key ip refused")
        << QByteArray("/shop/1.0.0/items") << "apikey: " + apiKey({ QStringLiteral("10.0.0.0/8") }) + "\r\n"
        << 403 << QByteArray("900908");
    QTest::newRow("api key referer allowed")
        << QByteArray("/shop/1.0.0/items")
        << "apikey: " + apiKey({}, { QStringLiteral("https://*.example.com/*") })
            + "\r\nReferer: https://www.example.com/page\r\n"
        << 200 << QByteArray();
    QTest::newRow("api key referer refused")
        << QByteArray("/shop/1.0.0/items")
        << "apikey: " + apiKey({}, { QStringLiteral("https://*.example.com/*") })
            + "\r\nReferer: https://evil.test/\r\n"
        << 403 << QByteArray("900908");
    QTest::newRow("api key no referer")
        << QByteArray("/shop/1.0.0/items")
        << "apikey: " + apiKey({}, { QStringLiteral("https://*.example.com/*") }) + "\r\n"
        << 403 << QByteArray("900908");

    QTest::newRow("basic ok") << QByteArray("/basic/1.0.0/items") << basic("alice:wonderland") << 200
                              << QByteArray();
    QTest::newRow("basic wrong password")
        << QByteArray("/basic/1.0.0/items") << basic("alice:looking-glass") << 401 << QByteArray("900901");
    QTest::newRow("basic unknown user")
        << QByteArray("/basic/1.0.0/items") << basic("mallory:wonderland") << 401 << QByteArray("900901");
    QTest::newRow("basic malformed") << QByteArray("/basic/1.0.0/items")
                                     << QByteArray("Authorization: Basic %%%\r\n") << 401
                                     << QByteArray("900901");
    QTest::newRow("basic role missing")
        << QByteArray("/basic/1.0.0/admin") << basic("alice:wonderland") << 403 << QByteArray("900910");
    QTest::newRow("basic role present")
        << QByteArray("/basic/1.0.0/admin") << basic("root:s3cret") << 200 << QByteArray();
    QTest::newRow("bearer on basic api")
        << QByteArray("/basic/1.0.0/items") << bearer(token()) << 401 << QByteArray("900902");
}

void TestAuthentication::requests()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    for (int attempt = 0; attempt < 2; ++attempt) { // the second one is answered from the caches
        const auto response = get(target, headers);
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, status);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (!code.isEmpty()) {
            QCOMPARE(body.value(QLatin1String("code")).toString().toLatin1(), code);
            QVERIFY(!response.body.contains("Bearer ey")); // credentials are never echoed
        } else {
            QCOMPARE(body.value(QLatin1String("backend")).toString(), QStringLiteral("backend"));
            const QJsonObject seen = body.value(QLatin1String("headers")).toObject();
            QVERIFY2(!seen.contains(QLatin1String("authorization")), "the credential reached the backend");
            QVERIFY(!seen.contains(QLatin1String("apikey")));
        }
        if (status == 401)
            QVERIFY(response.head.headers.contains("WWW-Authenticate"));
    }
}

void TestAuthentication::apiKeyInQueryIsNotForwarded()
{
    const auto response = get("/shop/1.0.0/items?a=1&apikey=" + apiKey() + "&b=2", {});
    QCOMPARE(response.head.status, 200);
    const QJsonObject echo = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("a=1&b=2"));
}

void TestAuthentication::sandboxKeyTypeSelectsSandboxEndpoints()
{
    const auto response
        = get("/shop/1.0.0/items", "Authorization: Bearer " + token({}, QStringLiteral("SANDBOX")) + "\r\n");
    QCOMPARE(response.head.status, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QLatin1String("backend")).toString(),
        QStringLiteral("sandbox"));
}

void TestAuthentication::backendJwtCarriesTheIdentity()
{
    QVERIFY(m_environment->deploy(makeConfig(true)).ok);
    QByteArray assertion;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto response = get("/shop/1.0.0/items",
                "Authorization: Bearer " + token()
                    + "\r\n"
                      "X-JWT-Assertion: forged\r\n");
            assertion = QJsonDocument::fromJson(response.body)
                            .object()
                            .value(QLatin1String("headers"))
                            .toObject()
                            .value(QLatin1String("x-jwt-assertion"))
                            .toString()
                            .toLatin1();
            return assertion.count('.') == 2;
        }(),
        5000);
    QString error;
    const auto jws = Jose::parseCompact(assertion, &error);
    QVERIFY2(jws, qPrintable(error));
    QVERIFY(m_issuer->verificationKey()->verify(Jose::Algorithm::RS256, jws->signingInput, jws->signature));
    QCOMPARE(jws->claims.value(QLatin1String("http://wso2.org/claims/applicationname")).toString(),
        QStringLiteral("Shopper"));
    QCOMPARE(
        jws->claims.value(QLatin1String("http://wso2.org/claims/tier")).toString(), QStringLiteral("Gold"));
    QVERIFY(m_environment->deploy(makeConfig(false)).ok);
}

void TestAuthentication::revocationReachesRunningEnvironment()
{
    TokenRequest request;
    request.application = &m_shopper;
    QString error;
    const auto byJti = m_issuer->issueAccessToken(request, &error);
    const auto byHash = m_issuer->issueAccessToken(request, &error);
    QVERIFY(byJti && byHash);
    for (const auto &issued : { *byJti, *byHash }) // validated and cached
        QCOMPARE(get("/shop/1.0.0/items", "Authorization: Bearer " + issued.token + "\r\n").head.status, 200);

    m_environment->setRevokedTokens({ RevokedToken { byJti->jti, {}, byJti->expiresAt },
        RevokedToken { {}, Jose::sha256Hex(byHash->token), byHash->expiresAt } });
    for (const auto &issued : { *byJti, *byHash }) {
        const auto response = get("/shop/1.0.0/items", "Authorization: Bearer " + issued.token + "\r\n");
        QCOMPARE(response.head.status, 401);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QLatin1String("code")).toString(),
            QStringLiteral("900901"));
    }
    QCOMPARE(get("/shop/1.0.0/items", "Authorization: Bearer " + token() + "\r\n").head.status, 200);
    m_environment->setRevokedTokens({});
    QCOMPARE(get("/shop/1.0.0/items", "Authorization: Bearer " + byJti->token + "\r\n").head.status, 200);
}

void TestAuthentication::corsPreflightAndErrors()
{
    BlockingHttpClient client(m_environment->httpPort());
    auto preflight = client.request("OPTIONS", "/shop/1.0.0/items",
        "Origin: https://app.example.com\r\nAccess-Control-Request-Method: GET\r\n"
        "Access-Control-Request-Headers: authorization\r\n");
    QCOMPARE(preflight.head.status, 204);
    QCOMPARE(
        preflight.head.headers.value("Access-Control-Allow-Origin"), QByteArray("https://app.example.com"));
    QVERIFY(preflight.head.headers.value("Access-Control-Allow-Headers").contains("authorization"));
    QCOMPARE(preflight.head.headers.value("Access-Control-Max-Age"), QByteArray("600"));

    auto refused = client.request("OPTIONS", "/shop/1.0.0/items",
        "Origin: https://evil.test\r\nAccess-Control-Request-Method: GET\r\n");
    QCOMPARE(refused.head.status, 204);
    QVERIFY(!refused.head.headers.contains("Access-Control-Allow-Origin"));

    // The browser must be able to read the gateway's own 401, and the backend's answers.
    auto unauthorized = client.request("GET", "/shop/1.0.0/items", "Origin: https://app.example.com\r\n");
    QCOMPARE(unauthorized.head.status, 401);
    QCOMPARE(unauthorized.head.headers.value("Access-Control-Allow-Origin"),
        QByteArray("https://app.example.com"));
    auto ok = client.request("GET", "/shop/1.0.0/items",
        "Origin: https://app.example.com\r\nAuthorization: Bearer " + token() + "\r\n");
    QCOMPARE(ok.head.status, 200);
    QCOMPARE(ok.head.headers.value("Access-Control-Allow-Origin"), QByteArray("https://app.example.com"));
}

void TestAuthentication::tokenEndpoint_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QByteArray form = "Content-Type: application/x-www-form-urlencoded\r\n";
    const QByteArray basicClient
        = "Authorization: Basic " + QByteArray("ck-shopper:cs-shopper").toBase64() + "\r\n";
    QTest::newRow("client_credentials, Basic client")
        << form + basicClient << QByteArray("grant_type=client_credentials&scope=admin+read") << 200
        << QString();
    QTest::newRow("client_credentials, form client")
        << form << QByteArray("grant_type=client_credentials&client_id=ck-shopper&client_secret=cs-shopper")
        << 200 << QString();
    QTest::newRow("password grant") << form + basicClient
                                    << QByteArray("grant_type=password&username=alice&password=wonderland")
                                    << 200 << QString();
    QTest::newRow("password grant, wrong password")
        << form + basicClient << QByteArray("grant_type=password&username=alice&password=nope") << 400
        << QStringLiteral("invalid_grant");
    QTest::newRow("wrong secret") << form + "Authorization: Basic " + QByteArray("ck-shopper:nope").toBase64()
            + "\r\n" << QByteArray("grant_type=client_credentials")
                                  << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client") << form + "Authorization: Basic " + QByteArray("ck-nobody:x").toBase64()
            + "\r\n" << QByteArray("grant_type=client_credentials")
                                    << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unsupported grant") << form + basicClient << QByteArray("grant_type=implicit") << 400
                                       << QStringLiteral("unsupported_grant_type");
    QTest::newRow("body too large") << form + basicClient << QByteArray(20'000, 'a') << 413 << QString();
}

void TestAuthentication::tokenEndpoint()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    BlockingHttpClient client(m_environment->httpPort());
    const auto response = client.request("POST", "/oauth2/token", headers, body);
    QVERIFY(response.ok);
    QCOMPARE(response.head.status, status);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    if (status == 200) {
        QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        const QByteArray accessToken = json.value(QLatin1String("access_token")).toString().toLatin1();
        QCOMPARE(response.head.headers.value("Cache-Control"), QByteArray("no-store"));
        // The issued token opens the API it is subscribed to, with the scopes asked for.
        const QByteArray target = body.contains("scope=admin") ? "/shop/1.0.0/admin" : "/shop/1.0.0/items";
        QCOMPARE(get(target, "Authorization: Bearer " + accessToken + "\r\n").head.status, 200);
    } else if (!error.isEmpty()) {
        QCOMPARE(json.value(QLatin1String("error")).toString(), error);
    }
}

void TestAuthentication::jwksEndpointVerifiesIssuedTokens()
{
    const auto response = get("/oauth2/jwks", {});
    QCOMPARE(response.head.status, 200);
    QString error;
    const auto keys = Jose::KeySet::fromJwks(response.body, &error);
    QVERIFY2(keys, qPrintable(error));
    const QByteArray issued = token();
    const auto jws = Jose::parseCompact(issued, &error);
    QVERIFY(jws);
    const auto key = keys->find(jws->keyId, Jose::Algorithm::RS256);
    QVERIFY(key);
    QVERIFY(key->verify(Jose::Algorithm::RS256, jws->signingInput, jws->signature));
    QVERIFY(!response.body.contains("\"d\"")); // never the private exponent
}

QTEST_GUILESS_MAIN(TestAuthentication)
#include "tst_authentication.moc"
