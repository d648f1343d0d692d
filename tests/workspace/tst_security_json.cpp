#include "configjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Gatehouse;

namespace {

ApiConfig petsApi()
{
    ApiConfig api;
    api.name = QStringLiteral("Pets");
    api.context = QStringLiteral("/pets");
    api.version = QStringLiteral("1.0.0");
    api.productionEndpoints.type = EndpointGroupType::Mock;
    ResourceConfig pets;
    pets.pathTemplate = QStringLiteral("/pets");
    OperationConfig get;
    get.method = "GET";
    OperationConfig post;
    post.method = "POST";
    pets.operations = { get, post };
    api.resources = { pets };
    return api;
}

ApiSecurity fullSecurity()
{
    ApiSecurity security;
    security.schemes = { AuthScheme::OAuth2, AuthScheme::ApiKey, AuthScheme::BasicAuth };
    security.mutualTls = MutualTlsMode::Mandatory;
    security.applicationSecurityMandatory = false;
    security.authorizationHeader = "X-Auth";
    security.apiKeyHeader = "X-Api-Key";
    security.apiKeyQueryParameter = "";
    security.forwardAuthorizationHeader = true;
    security.sendBackendJwt = true;
    security.forwardClientCertificate = true;
    CorsConfig cors;
    cors.allowOrigins = { QStringLiteral("https://shop.example") };
    cors.exposeHeaders = { QStringLiteral("X-Request-Id") };
    cors.allowCredentials = true;
    cors.maxAgeSeconds = 600;
    security.cors = cors;
    return security;
}

IssuerConfig jwksIssuer()
{
    IssuerConfig issuer;
    issuer.name = QStringLiteral("idp");
    issuer.issuer = QStringLiteral("https://idp.example");
    issuer.jwksUrl = QUrl(QStringLiteral("https://idp.example/jwks"));
    return issuer;
}

} // namespace

// The JSON form of API and operation security (inside the API document) and of external issuers:
// round trips, defaults left out, and the JSON path of the first problem.
class TestSecurityJson : public QObject
{
    Q_OBJECT
private slots:
    void securityJsonRoundTrip_data()
    {
        QTest::addColumn<ApiConfig>("api");
        QTest::addColumn<bool>("hasSecurityKey");

        const ApiConfig plain = petsApi();
        QTest::newRow("defaults leave the key out") << plain << false;
        ApiConfig secured = plain;
        secured.security.schemes = { AuthScheme::ApiKey };
        QTest::newRow("api_key only") << secured << true;
        ApiConfig full = plain;
        full.security = fullSecurity();
        full.resources.front().operations.front().security.disabled = true;
        full.resources.front().operations.back().security.scopes
            = { QStringLiteral("write:pets"), QStringLiteral("admin") };
        QTest::newRow("every field") << full << true;
        ApiConfig operationOnly = plain;
        operationOnly.resources.front().operations.back().security.scopes = { QStringLiteral("read") };
        QTest::newRow("operation scopes only") << operationOnly << false;
    }

    void securityJsonRoundTrip()
    {
        QFETCH(ApiConfig, api);
        QFETCH(bool, hasSecurityKey);
        const QJsonObject json = ConfigJson::toJson(api);
        QCOMPARE(json.contains(QStringLiteral("security")), hasSecurityKey);
        QString error;
        const auto parsed = ConfigJson::parseObject(ConfigJson::serialize(json), &error);
        QVERIFY(parsed);
        const auto back = ConfigJson::apiFromJson(*parsed, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, api);
        const auto security = ConfigJson::apiSecurityFromJson(ConfigJson::toJson(api.security), &error);
        QVERIFY2(security, qPrintable(error));
        QCOMPARE(*security, api.security);
    }

    void issuerJsonRoundTrip()
    {
        IssuerConfig issuer = jwksIssuer();
        issuer.jwksFilePath = QStringLiteral("/etc/keys.jwks");
        issuer.certificatePem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        issuer.hmacSecret = QByteArray("\x00\x01secret\xff", 9);
        issuer.audiences = { QStringLiteral("a"), QStringLiteral("b") };
        issuer.clockSkewSeconds = 0;
        QString error;
        const auto back = ConfigJson::issuerFromJson(ConfigJson::toJson(issuer), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, issuer);
        const auto defaults = ConfigJson::issuerFromJson(
            QJsonObject { { QStringLiteral("issuer"), QStringLiteral("https://idp.example") } }, &error);
        QVERIFY2(defaults, qPrintable(error));
        QCOMPARE(defaults->algorithms, IssuerConfig().algorithms);
        QCOMPARE(defaults->consumerKeyClaim, QStringLiteral("azp"));
    }

    void invalidSecurityJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        const auto api = [](const char *security) -> QByteArray {
            return QByteArray(
                       R"({"name":"A","resources":[{"path":"/a","operations":[{"method":"GET"}]}],"security":)")
                + security + '}';
        };
        const auto operation = [](const char *security) -> QByteArray {
            return QByteArray(
                       R"({"name":"A","resources":[{"path":"/a","operations":[{"method":"GET","security":)")
                + security + "}]}]}";
        };
        QTest::newRow("security not an object")
            << api("true") << QStringLiteral("security: expected an object");
        QTest::newRow("unknown scheme")
            << api(R"({"schemes":["oauth2","kerberos"]})")
            << QStringLiteral("security.schemes[1]: unknown security scheme 'kerberos'");
        QTest::newRow("scheme twice")
            << api(R"({"schemes":["api_key","api_key"]})")
            << QStringLiteral("security.schemes[1]: security scheme 'api_key' is listed twice");
        QTest::newRow("schemes not a list") << api(
            R"({"schemes":"oauth2"})") << QStringLiteral("security.schemes: expected an array of strings");
        QTest::newRow("scheme not a string")
            << api(R"({"schemes":[1]})") << QStringLiteral("security.schemes[0]: expected a string");
        QTest::newRow("mutual TLS mode")
            << api(R"({"mutualTls":"sometimes"})")
            << QStringLiteral("security.mutualTls: unknown mutual TLS mode 'sometimes'");
        QTest::newRow("header name") << api(R"({"apiKeyHeader":"api key"})")
                                     << QStringLiteral(
                                            "security.apiKeyHeader: 'api key' is not a valid header");
        QTest::newRow("empty authorization header")
            << api(R"({"authorizationHeader":""})")
            << QStringLiteral("security.authorizationHeader: '' is not a valid");
        QTest::newRow("flag") << api(R"({"sendBackendJwt":"yes"})")
                              << QStringLiteral("security.sendBackendJwt: expected true or false");
        QTest::newRow("CORS max age") << api(R"({"cors":{"maxAgeSeconds":-1}})")
                                      << QStringLiteral("security.cors.maxAgeSeconds: expected an integer");
        QTest::newRow("CORS origins") << api(R"({"cors":{"allowOrigins":[true]}})")
                                      << QStringLiteral("security.cors.allowOrigins[0]: expected a string");
        QTest::newRow("operation security not an object")
            << operation("[]") << QStringLiteral("resources[0].operations[0].security: expected an object");
        QTest::newRow("operation disabled")
            << operation(R"({"disabled":1})")
            << QStringLiteral("resources[0].operations[0].security.disabled: expected true or false");
        QTest::newRow("operation scope with a space")
            << operation(R"({"scopes":["read pets"]})")
            << QStringLiteral(
                   "resources[0].operations[0].security.scopes[0]: a scope must be a non-empty word");
    }

    void invalidSecurityJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        const auto object = ConfigJson::parseObject(json, &error);
        QVERIFY2(object, qPrintable(error));
        QVERIFY(!ConfigJson::apiFromJson(*object, &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }

    void invalidIssuerJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("no iss") << QByteArray(R"({"name":"x"})") << QStringLiteral("issuer: an issuer needs");
        // Not a raw string: moc takes the // inside one for a comment and then misses the class.
        QTest::newRow("JWKS URL scheme")
            << QByteArray("{\"issuer\":\"i\",\"jwksUrl\":\"ftp://keys.example/jwks\"}")
            << QStringLiteral("jwksUrl: 'ftp://keys.example/jwks' is not an http(s) URL");
        QTest::newRow("no algorithms") << QByteArray(R"({"issuer":"i","algorithms":[]})")
                                       << QStringLiteral("algorithms: at least one signature algorithm");
        QTest::newRow("HMAC secret") << QByteArray(R"({"issuer":"i","hmacSecretBase64":"%%%"})")
                                     << QStringLiteral("hmacSecretBase64: invalid base64");
        QTest::newRow("clock skew") << QByteArray(R"({"issuer":"i","clockSkewSeconds":100000})")
                                    << QStringLiteral(
                                           "clockSkewSeconds: expected an integer between 0 and 86400");
        QTest::newRow("empty claim") << QByteArray(R"({"issuer":"i","scopesClaim":""})")
                                     << QStringLiteral("scopesClaim: a claim name cannot be empty");
    }

    void invalidIssuerJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QString error;
        const auto object = ConfigJson::parseObject(json, &error);
        QVERIFY2(object, qPrintable(error));
        QVERIFY(!ConfigJson::issuerFromJson(*object, &error));
        QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSecurityJson)
#include "tst_security_json.moc"
