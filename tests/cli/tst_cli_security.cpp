#include "gatehousectlprocess.h"
#include "gatehousectlrun.h"
#include "testcertificates.h"
#include "testtools.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/") + QLatin1String(name);
}

QString python()
{
    return TestTools::pythonWithJwt();
}

// Verifies an RS256 JWT with PyJWT against the first key of a JWKS; the claims and header, or the error.
const char verifyScript[] = R"PY(
import json, sys
import jwt
from jwt.algorithms import RSAAlgorithm
data = json.load(sys.stdin)
key = RSAAlgorithm.from_jwk(json.dumps(data["jwks"]["keys"][0]))
try:
    claims = jwt.decode(data["token"], key, algorithms=["RS256"], options={"verify_aud": False})
except jwt.InvalidTokenError as error:
    print("invalid: %s" % error)
    sys.exit(3)
print(json.dumps({"claims": claims, "header": jwt.get_unverified_header(data["token"])}))
)PY";

struct Verification
{
    int exitCode = -1;
    QJsonObject claims;
    QJsonObject header;
    QByteArray output;
};

Verification verifyWithPyJwt(const QByteArray &token, const QByteArray &jwks)
{
    if (python().isEmpty())
        return { -1, {}, {},
            "no python3 with the jwt module (Debian packages python3-jwt, python3-cryptography)" };
    QProcess process;
    process.start(python(), { QStringLiteral("-c"), QString::fromLatin1(verifyScript) });
    process.waitForStarted();
    const QJsonObject input { { QStringLiteral("token"), QString::fromLatin1(token) },
        { QStringLiteral("jwks"), QJsonDocument::fromJson(jwks).object() } };
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    Verification result;
    if (!process.waitForFinished(60'000))
        return result;
    result.exitCode = process.exitCode();
    result.output = process.readAllStandardOutput() + process.readAllStandardError();
    const QJsonObject document = QJsonDocument::fromJson(result.output).object();
    result.claims = document.value(QStringLiteral("claims")).toObject();
    result.header = document.value(QStringLiteral("header")).toObject();
    return result;
}

// The HTTP status of a GET with curl, a real client in another process; 0 when it could not connect.
int curlStatus(const QUrl &url, const QByteArray &authorization = QByteArray())
{
    QStringList arguments { QStringLiteral("--silent"), QStringLiteral("--output"),
        QStringLiteral("/dev/null"), QStringLiteral("--max-time"), QStringLiteral("10"),
        QStringLiteral("--write-out"), QStringLiteral("%{http_code}") };
    if (!authorization.isEmpty())
        arguments << QStringLiteral("--header")
                  << QStringLiteral("Authorization: ") + QString::fromLatin1(authorization);
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments << url.toString());
    if (!curl.waitForFinished(15'000))
        return 0;
    return curl.readAllStandardOutput().toInt();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The security commands of gatehousectl through the real binary: applications, subscriptions, users
// (password on standard input), issuers, client CAs, API security, tokens, API keys and revocation.
class TestCliSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void applicationLifecycle();
    void userPasswordFromStandardInput();
    void issuers();
    void clientCas();
    void apiSecurityAndProfiles();
    void accessTokenVerifiesAgainstJwks();
    void apiKeyCarriesSubscriptions();
    void revocation();
    void runningEnvironmentHonoursTokensAndRevocations();

private:
    using Result = GatehouseCtlProcess::Result;
    // Runs gatehousectl with --workspace of the shared workspace appended.
    Result ctl(const QStringList &arguments) const
    {
        return GatehouseCtlProcess::run(
            arguments + QStringList { QStringLiteral("--workspace"), m_workspace });
    }
    Result ctlWithInput(const QStringList &arguments, const QByteArray &input) const
    {
        return GatehouseCtlProcess::runWithInput(
            arguments + QStringList { QStringLiteral("--workspace"), m_workspace }, input);
    }
    QByteArray workspaceBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") })
            bytes += readFile(m_workspace + suffix);
        return bytes;
    }

    QTemporaryDir m_directory;
    QString m_workspace;
    std::optional<TestCertificates> m_certificates;
};

void TestCliSecurity::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(GatehouseCtlProcess::binaryPath()), qPrintable(GatehouseCtlProcess::binaryPath()));
    m_workspace = m_directory.filePath(QStringLiteral("security.gatehouse"));
    Result result = GatehouseCtlProcess::run({ QStringLiteral("init"), m_workspace });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("import"), dataFile("inventory.yaml") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("cc"),
        QStringLiteral("--profile"), QStringLiteral("choreo-connect") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("gw"),
        QStringLiteral("--profile"), QStringLiteral("api-gateway") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("shop") });
    VERIFY_RESULT(result, 0);
    QString error;
    m_certificates = TestCertificates::create(m_directory.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(m_certificates, qPrintable(error));
}

void TestCliSecurity::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");
    const auto words = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char('|')); };
    QTest::newRow("app create without name")
        << words("app|create") << QStringLiteral("missing argument NAME");
    QTest::newRow("app create with two names")
        << words("app|create|a|b") << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("app group") << words("app") << QStringLiteral("'app' needs a subcommand");
    QTest::newRow("subscribe without API")
        << words("subscribe|shop") << QStringLiteral("missing argument API");
    QTest::newRow("user set without name") << words("user|set") << QStringLiteral("missing argument NAME");
    QTest::newRow("user set with a password argument")
        << words("user|set|alice|--password|x") << QStringLiteral("Unknown option 'password'");
    QTest::newRow("issuer without keys")
        << words("issuer|add|idp|--issuer|https://idp.example")
        << QStringLiteral("give exactly one of --jwks-url, --jwks-file and --certificate");
    QTest::newRow("issuer with two key sources")
        << words("issuer|add|idp|--issuer|i|--jwks-url|https://idp.example/jwks|--jwks-file|keys.json")
        << QStringLiteral("give exactly one of");
    QTest::newRow("issuer without --issuer") << words("issuer|add|idp|--jwks-url|https://idp.example/jwks")
                                             << QStringLiteral("missing required option --issuer");
    QTest::newRow("issuer JWKS URL") << words("issuer|add|idp|--issuer|i|--jwks-url|file:///etc/keys")
                                     << QStringLiteral("invalid --jwks-url");
    QTest::newRow("issuer skew") << words(
        "issuer|add|idp|--issuer|i|--jwks-url|https://a.example/k|--skew|-1")
                                 << QStringLiteral("invalid number of seconds '-1' for --skew");
    QTest::newRow("api security schemes")
        << words("api|security|Inventory|--schemes|kerberos") << QStringLiteral("unknown scheme 'kerberos'");
    QTest::newRow("api security mtls")
        << words("api|security|Inventory|--mtls|sometimes") << QStringLiteral("unknown --mtls 'sometimes'");
    QTest::newRow("api security cors")
        << words("api|security|Inventory|--cors|maybe") << QStringLiteral("unknown --cors 'maybe'");
    QTest::newRow("api security both application modes")
        << words("api|security|Inventory|--app-security-optional|--app-security-mandatory")
        << QStringLiteral("exclude each other");
    QTest::newRow("api security scopes without =") << words("api|security|Inventory|--scopes|GET /items")
                                                   << QStringLiteral("invalid --scopes 'GET /items'");
    QTest::newRow("token validity") << words("token|issue|shop|--validity|0")
                                    << QStringLiteral("invalid number of seconds '0' for --validity");
    QTest::newRow("apikey address") << words("apikey|issue|shop|--ip|300.1.2.3")
                                    << QStringLiteral("invalid --ip '300.1.2.3'");
    QTest::newRow("revoke nothing") << words("revoke") << QStringLiteral("give either a TOKEN or --jti JTI");
    QTest::newRow("revoke token and jti")
        << words("revoke|abc|--jti|x") << QStringLiteral("give either a TOKEN or --jti JTI");
    QTest::newRow("revoke token with expiry")
        << words("revoke|abc|--expires|5") << QStringLiteral("--expires goes with --jti");
    QTest::newRow("revoke expiry") << words("revoke|--jti|x|--expires|soon")
                                   << QStringLiteral("invalid --expires");
}

void TestCliSecurity::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Result result = ctl(arguments);
    VERIFY_RESULT(result, 2);
    QVERIFY2(
        QString::fromUtf8(result.standardError).contains(expectedError), result.standardError.constData());
}

void TestCliSecurity::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");
    const auto words = [](const char *line) { return QString::fromLatin1(line).split(QLatin1Char('|')); };
    QTest::newRow("app twice") << words(
        "app|create|shop") << QStringLiteral("cannot create application 'shop': an application named 'shop'");
    QTest::newRow("remove unknown app")
        << words("app|remove|ghost") << QStringLiteral("unknown application 'ghost'");
    QTest::newRow("subscribe unknown app")
        << words("subscribe|ghost|Inventory") << QStringLiteral("unknown application 'ghost'");
    QTest::newRow("subscribe unknown API")
        << words("subscribe|shop|Warehouse") << QStringLiteral("unknown API 'Warehouse'");
    QTest::newRow("subscribe bad tier")
        << words("subscribe|shop|Inventory|--tier|a/b") << QStringLiteral("'a/b' is not a valid tier name");
    QTest::newRow("unsubscribe unknown API")
        << words("unsubscribe|shop|Warehouse") << QStringLiteral("unknown API 'Warehouse'");
    QTest::newRow("remove unknown user")
        << words("user|remove|ghost") << QStringLiteral("no user named 'ghost'");
    QTest::newRow("remove unknown issuer")
        << words("issuer|remove|ghost") << QStringLiteral("no issuer named 'ghost'");
    QTest::newRow("issuer certificate missing")
        << words("issuer|add|idp|--issuer|i|--certificate|/nonexistent/idp.pem")
        << QStringLiteral("cannot read '/nonexistent/idp.pem'");
    QTest::newRow("issuer algorithm") << words(
        "issuer|add|idp|--issuer|i|--jwks-url|https://a.example/k|--algorithms|"
        "RS256,none") << QStringLiteral("unknown signature algorithm 'none'");
    QTest::newRow("CA that is no certificate")
        << (words("ca|add") << dataFile("inventory.yaml")) << QStringLiteral("not a PEM certificate");
    QTest::newRow("remove unknown CA")
        << words("ca|remove|abcd") << QStringLiteral("no client CA has the SHA-256 fingerprint abcd");
    QTest::newRow("security of unknown API")
        << words("api|security|Warehouse") << QStringLiteral("unknown API 'Warehouse'");
    QTest::newRow("security of unknown operation")
        << words("api|security|Inventory|--open|DELETE /items")
        << QStringLiteral(
               "API Inventory has no operation 'DELETE /items' (it has: GET /items, GET /items/{itemId})");
    QTest::newRow("API key header with a space")
        << words("api|security|Inventory|--api-key-header|api key")
        << QStringLiteral("security.apiKeyHeader: 'api key' is not a valid header");
    QTest::newRow("token for unknown app")
        << words("token|issue|ghost") << QStringLiteral("unknown application 'ghost'");
    QTest::newRow("API key for unknown app")
        << words("apikey|issue|ghost") << QStringLiteral("unknown application 'ghost'");
    QTest::newRow("missing workspace")
        << QStringList { QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--workspace"),
               QStringLiteral("/nonexistent/w.gatehouse") }
        << QStringLiteral("workspace '/nonexistent/w.gatehouse' does not exist");
}

void TestCliSecurity::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Result result = arguments.contains(QStringLiteral("--workspace"))
        ? GatehouseCtlProcess::run(arguments)
        : ctl(arguments);
    VERIFY_RESULT(result, 1);
    QVERIFY2(
        QString::fromUtf8(result.standardError).contains(expectedError), result.standardError.constData());
}

void TestCliSecurity::applicationLifecycle()
{
    Result result = ctl({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("billing"),
        QStringLiteral("--tier"), QStringLiteral("Gold") });
    VERIFY_RESULT(result, 0);
    const QString output = QString::fromUtf8(result.standardOutput);
    const QRegularExpressionMatch key
        = QRegularExpression(QStringLiteral("Consumer key: +([A-Za-z0-9_-]{28})\n")).match(output);
    const QRegularExpressionMatch secret
        = QRegularExpression(QStringLiteral("Consumer secret: +([A-Za-z0-9_-]{43})\n")).match(output);
    QVERIFY2(key.hasMatch() && secret.hasMatch(), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("shown only this once")));
    QVERIFY(!workspaceBytes().contains(secret.captured(1).toLatin1()));

    result = ctl({ QStringLiteral("subscribe"), QStringLiteral("billing"), QStringLiteral("Inventory"),
        QStringLiteral("--tier"), QStringLiteral("Silver") });
    VERIFY_RESULT(result, 0);
    QCOMPARE(result.standardOutput, QByteArray("Subscribed billing to Inventory:2.0.0 (tier Silver)\n"));

    result = ctl({ QStringLiteral("app"), QStringLiteral("list") });
    VERIFY_RESULT(result, 0);
    const QString table = QString::fromUtf8(result.standardOutput);
    QVERIFY2(table.contains(key.captured(1)) && table.contains(QStringLiteral("Inventory:2.0.0 (Silver)")),
        qPrintable(table));
    QVERIFY(!table.contains(secret.captured(1)));
    QVERIFY(!table.contains(QStringLiteral("pbkdf2")));

    result = ctl({ QStringLiteral("app"), QStringLiteral("list"), QStringLiteral("--json") });
    VERIFY_RESULT(result, 0);
    QJsonObject billing;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.standardOutput).array()) {
        if (value[QStringLiteral("name")].toString() == QLatin1String("billing"))
            billing = value.toObject();
    }
    QCOMPARE(billing[QStringLiteral("consumerKey")].toString(), key.captured(1));
    QCOMPARE(billing[QStringLiteral("tier")].toString(), QStringLiteral("Gold"));
    QCOMPARE(billing[QStringLiteral("subscriptions")][0][QStringLiteral("api")].toString(),
        QStringLiteral("Inventory:2.0.0"));
    QVERIFY(!result.standardOutput.contains(secret.captured(1).toLatin1()));

    result = ctl({ QStringLiteral("unsubscribe"), QStringLiteral("billing"), QStringLiteral("Inventory") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("unsubscribe"), QStringLiteral("billing"), QStringLiteral("Inventory") });
    VERIFY_RESULT(result, 1);
    QVERIFY(result.standardError.contains("is not subscribed"));

    result = ctl({ QStringLiteral("app"), QStringLiteral("remove"), QStringLiteral("billing") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("app"), QStringLiteral("list") });
    QVERIFY(!result.standardOutput.contains("billing"));
}

void TestCliSecurity::userPasswordFromStandardInput()
{
    const QByteArray password = "Tr0ub4dor&3 with spaces";
    Result result = ctlWithInput({ QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("alice"),
                                     QStringLiteral("--roles"), QStringLiteral("admin,ops") },
        password + '\n');
    VERIFY_RESULT(result, 0);
    QCOMPARE(result.standardOutput, QByteArray("Created user alice (roles: admin, ops)\n"));

    // A new password keeps the roles; --password-stdin is accepted for scripts that spell it out.
    const QByteArray newPassword = "second-secret";
    result = ctlWithInput({ QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("alice"),
                              QStringLiteral("--password-stdin") },
        newPassword);
    VERIFY_RESULT(result, 0);
    QCOMPARE(result.standardOutput, QByteArray("Updated user alice (roles: admin, ops)\n"));

    result = ctlWithInput(
        { QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("bob") }, QByteArray());
    VERIFY_RESULT(result, 1);
    QVERIFY(result.standardError.contains("no password on standard input"));
    result = ctlWithInput(
        { QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("bob") }, "two\nlines\n");
    VERIFY_RESULT(result, 1);
    QVERIFY(result.standardError.contains("the password must be a single line"));

    result = ctl({ QStringLiteral("user"), QStringLiteral("list") });
    VERIFY_RESULT(result, 0);
    QVERIFY2(result.standardOutput.contains("alice") && result.standardOutput.contains("admin, ops"),
        result.standardOutput.constData());
    QVERIFY(!result.standardOutput.contains("bob"));
    QVERIFY(!result.standardOutput.contains("pbkdf2"));
    const QByteArray stored = workspaceBytes();
    QVERIFY(!stored.contains(password));
    QVERIFY(!stored.contains(newPassword));

    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    const QList<BasicUser> users = workspace->users();
    QCOMPARE(users.size(), 1);
    QVERIFY(users.constFirst().passwordHash.startsWith("pbkdf2-sha256$"));

    result = ctl({ QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("alice") });
    VERIFY_RESULT(result, 0);
    QVERIFY(workspace->users().isEmpty());
}

void TestCliSecurity::issuers()
{
    Result result = ctl({ QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("idp"),
        QStringLiteral("--issuer"), QStringLiteral("https://idp.example/oauth2/token"),
        QStringLiteral("--jwks-url"), QStringLiteral("https://idp.example/oauth2/jwks"),
        QStringLiteral("--audience"), QStringLiteral("shop"), QStringLiteral("--audience"),
        QStringLiteral("billing"), QStringLiteral("--algorithms"), QStringLiteral("RS256,ES256"),
        QStringLiteral("--skew"), QStringLiteral("30"), QStringLiteral("--consumer-key-claim"),
        QStringLiteral("client_id"), QStringLiteral("--scopes-claim"), QStringLiteral("scp") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("pinned"),
        QStringLiteral("--issuer"), QStringLiteral("https://pinned.example"), QStringLiteral("--certificate"),
        m_certificates->caCertificate });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("issuer"), QStringLiteral("add"), QStringLiteral("idp"),
        QStringLiteral("--issuer"), QStringLiteral("other"), QStringLiteral("--jwks-url"),
        QStringLiteral("https://other.example/jwks") });
    VERIFY_RESULT(result, 1);
    QVERIFY(result.standardError.contains("issuer 'idp' already exists"));

    result = ctl({ QStringLiteral("issuer"), QStringLiteral("list") });
    VERIFY_RESULT(result, 0);
    for (const char *expected :
        { "https://idp.example/oauth2/jwks", "RS256,ES256", "shop,billing", "pinned", "certificate" })
        QVERIFY2(result.standardOutput.contains(expected), result.standardOutput.constData());

    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    const QList<IssuerConfig> stored = workspace->issuers();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).clockSkewSeconds, 30);
    QCOMPARE(stored.at(0).consumerKeyClaim, QStringLiteral("client_id"));
    QCOMPARE(stored.at(0).scopesClaim, QStringLiteral("scp"));
    QCOMPARE(stored.at(1).certificatePem, readFile(m_certificates->caCertificate));

    result = ctl({ QStringLiteral("issuer"), QStringLiteral("remove"), QStringLiteral("pinned") });
    VERIFY_RESULT(result, 0);
    QCOMPARE(workspace->issuers().size(), 1);
}

void TestCliSecurity::clientCas()
{
    Result result = ctl({ QStringLiteral("ca"), QStringLiteral("add"), m_certificates->caCertificate });
    VERIFY_RESULT(result, 0);
    const QByteArray sha256
        = QSslCertificate(readFile(m_certificates->caCertificate)).digest(QCryptographicHash::Sha256).toHex();
    QVERIFY2(result.standardOutput.contains(
                 QByteArray("Trusted client CA CN=Gatehouse Test CA (SHA-256 " + sha256)),
        result.standardOutput.constData());
    result = ctl({ QStringLiteral("ca"), QStringLiteral("add"), m_certificates->caCertificate });
    VERIFY_RESULT(result, 1);
    QVERIFY(result.standardError.contains("is already a client CA"));

    result = ctl({ QStringLiteral("ca"), QStringLiteral("list") });
    VERIFY_RESULT(result, 0);
    const QByteArray year = QByteArray::number(QDate::currentDate().addDays(2).year());
    for (const QByteArray &expected : { QByteArray("SUBJECT"), QByteArray("EXPIRES"), sha256,
             QByteArray("CN=Gatehouse Test CA  CN=Gatehouse Test CA"), year })
        QVERIFY2(result.standardOutput.contains(expected), result.standardOutput.constData());

    result = ctl({ QStringLiteral("ca"), QStringLiteral("remove"), QString::fromLatin1(sha256.toUpper()) });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("ca"), QStringLiteral("list") });
    QVERIFY(!result.standardOutput.contains(sha256));
}

void TestCliSecurity::apiSecurityAndProfiles()
{
    Result result = ctl({ QStringLiteral("api"), QStringLiteral("security"), QStringLiteral("Inventory"),
        QStringLiteral("--schemes"), QStringLiteral("oauth2,api_key"), QStringLiteral("--mtls"),
        QStringLiteral("optional"), QStringLiteral("--app-security-optional"),
        QStringLiteral("--api-key-header"), QStringLiteral("X-Api-Key"), QStringLiteral("--cors"),
        QStringLiteral("on"), QStringLiteral("--open"), QStringLiteral("get /items"),
        QStringLiteral("--scopes"), QStringLiteral("GET /items/{itemId}=read:items admin") });
    VERIFY_RESULT(result, 0);
    for (const char *expected : { "schemes: oauth2, api_key", "mutual TLS: optional",
             "application security: optional", "API key header: X-Api-Key", "CORS: on", "GET /items: open",
             "GET /items/{itemId}: scopes read:items admin" })
        QVERIFY2(result.standardOutput.contains(expected), result.standardOutput.constData());

    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto api = workspace->findApi(QStringLiteral("Inventory"));
    QVERIFY(api);
    const ApiSecurity &security = api->definition.security;
    QCOMPARE(security.schemes, (std::vector<AuthScheme> { AuthScheme::OAuth2, AuthScheme::ApiKey }));
    QCOMPARE(security.mutualTls, MutualTlsMode::Optional);
    QVERIFY(!security.applicationSecurityMandatory);
    QCOMPARE(security.apiKeyHeader, QByteArray("X-Api-Key"));
    QVERIFY(security.cors);
    QVERIFY(api->definition.resources.at(0).operations.front().security.disabled);
    QCOMPARE(api->definition.resources.at(1).operations.front().security.scopes,
        (QStringList { QStringLiteral("read:items"), QStringLiteral("admin") }));

    // Basic Auth: Choreo Connect refuses the deployment with the reason, API Gateway takes it.
    result = ctl({ QStringLiteral("api"), QStringLiteral("security"), QStringLiteral("Inventory"),
        QStringLiteral("--schemes"), QStringLiteral("basic_auth"), QStringLiteral("--mtls"),
        QStringLiteral("off"), QStringLiteral("--app-security-mandatory"), QStringLiteral("--secure"),
        QStringLiteral("GET /items") });
    VERIFY_RESULT(result, 0);
    QVERIFY(!result.standardOutput.contains("open"));
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("cc") });
    VERIFY_RESULT(result, 1);
    for (const char *expected :
        { "cannot deploy Inventory:2.0.0 to cc", "Choreo Connect has no built-in Basic Auth",
            "a custom filter can be developed", "mediation issue" })
        QVERIFY2(result.standardError.contains(expected), result.standardError.constData());
    result = ctl({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("gw") });
    VERIFY_RESULT(result, 0);
    const auto compiled = workspace->compiledConfig(QStringLiteral("gw"));
    QVERIFY(compiled);
    QCOMPARE(compiled->apis.front().security.schemes, std::vector<AuthScheme> { AuthScheme::BasicAuth });
    QCOMPARE(compiled->realm.keyManager, *workspace->keyManager());

    result = ctl({ QStringLiteral("api"), QStringLiteral("security"), QStringLiteral("Inventory"),
        QStringLiteral("--schemes"), QStringLiteral("none"), QStringLiteral("--cors"), QStringLiteral("off"),
        QStringLiteral("--scopes"), QStringLiteral("GET /items/{itemId}=") });
    VERIFY_RESULT(result, 0);
    QVERIFY(result.standardOutput.contains("schemes: none (open API)"));
    const ApiConfig reopened = workspace->findApi(QStringLiteral("Inventory"))->definition;
    QVERIFY(reopened.security.schemes.empty());
    QVERIFY(!reopened.security.cors);
    QVERIFY(reopened.resources.at(1).operations.front().security.scopes.isEmpty());
}

void TestCliSecurity::accessTokenVerifiesAgainstJwks()
{
    Result result = ctl({ QStringLiteral("token"), QStringLiteral("issue"), QStringLiteral("shop"),
        QStringLiteral("--scopes"), QStringLiteral("read:items write:items"), QStringLiteral("--validity"),
        QStringLiteral("120") });
    VERIFY_RESULT(result, 0);
    const QByteArray token = result.standardOutput.trimmed();
    QCOMPARE(token.count('.'), 2);
    result = ctl({ QStringLiteral("token"), QStringLiteral("jwks") });
    VERIFY_RESULT(result, 0);
    const QByteArray jwks = result.standardOutput.trimmed();

    QString error;
    const auto workspace = Workspace::open(m_workspace, &error);
    QVERIFY2(workspace, qPrintable(error));
    const auto shop = workspace->application(QStringLiteral("shop"));
    const auto keyManager = workspace->keyManager();
    QVERIFY(shop && keyManager);

    const Verification verified = verifyWithPyJwt(token, jwks);
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
    QCOMPARE(verified.header[QStringLiteral("alg")].toString(), QStringLiteral("RS256"));
    QCOMPARE(verified.header[QStringLiteral("kid")].toString(), QString::fromLatin1(keyManager->keyId));
    QCOMPARE(verified.claims[QStringLiteral("iss")].toString(), keyManager->issuer);
    QCOMPARE(verified.claims[QStringLiteral("azp")].toString(),
        QString::fromLatin1(shop->application.consumerKey));
    QCOMPARE(verified.claims[QStringLiteral("scope")].toString(), QStringLiteral("read:items write:items"));
    QCOMPARE(verified.claims[QStringLiteral("keytype")].toString(), QStringLiteral("PRODUCTION"));
    const qint64 lifetime = verified.claims[QStringLiteral("exp")].toInteger()
        - verified.claims[QStringLiteral("iat")].toInteger();
    QCOMPARE(lifetime, 120);

    QByteArray tampered = token;
    tampered[tampered.indexOf('.') + 2] = tampered.at(tampered.indexOf('.') + 2) == 'A' ? 'B' : 'A';
    QCOMPARE(verifyWithPyJwt(tampered, jwks).exitCode, 3);

    result = ctl({ QStringLiteral("token"), QStringLiteral("issue"), QStringLiteral("shop"),
        QStringLiteral("--sandbox") });
    VERIFY_RESULT(result, 0);
    const Verification sandbox = verifyWithPyJwt(result.standardOutput.trimmed(), jwks);
    QVERIFY2(sandbox.exitCode == 0, sandbox.output.constData());
    QCOMPARE(sandbox.claims[QStringLiteral("keytype")].toString(), QStringLiteral("SANDBOX"));
}

void TestCliSecurity::apiKeyCarriesSubscriptions()
{
    Result result = ctl({ QStringLiteral("subscribe"), QStringLiteral("shop"), QStringLiteral("Inventory"),
        QStringLiteral("--tier"), QStringLiteral("Gold") });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("apikey"), QStringLiteral("issue"), QStringLiteral("shop"),
        QStringLiteral("--validity"), QStringLiteral("600"), QStringLiteral("--ip"),
        QStringLiteral("10.0.0.0/8"), QStringLiteral("--ip"), QStringLiteral("192.0.2.7"),
        QStringLiteral("--referer"), QStringLiteral("https://*.shop.example/*") });
    VERIFY_RESULT(result, 0);
    const QByteArray apiKey = result.standardOutput.trimmed();
    const QByteArray jwks = ctl({ QStringLiteral("token"), QStringLiteral("jwks") }).standardOutput.trimmed();

    const Verification verified = verifyWithPyJwt(apiKey, jwks);
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
    const QJsonArray subscribed = verified.claims[QStringLiteral("subscribedAPIs")].toArray();
    QCOMPARE(subscribed.size(), 1);
    QCOMPARE(subscribed[0][QStringLiteral("name")].toString(), QStringLiteral("Inventory"));
    QCOMPARE(subscribed[0][QStringLiteral("version")].toString(), QStringLiteral("2.0.0"));
    QCOMPARE(subscribed[0][QStringLiteral("subscriptionTier")].toString(), QStringLiteral("Gold"));
    QCOMPARE(
        verified.claims[QStringLiteral("permittedIP")].toString(), QStringLiteral("10.0.0.0/8,192.0.2.7"));
    QCOMPARE(verified.claims[QStringLiteral("permittedReferer")].toString(),
        QStringLiteral("https://*.shop.example/*"));
    QCOMPARE(verified.claims[QStringLiteral("application")][QStringLiteral("name")].toString(),
        QStringLiteral("shop"));
    QVERIFY(verified.claims.contains(QStringLiteral("exp")));

    // Without --validity an API key does not expire.
    result = ctl({ QStringLiteral("apikey"), QStringLiteral("issue"), QStringLiteral("shop") });
    VERIFY_RESULT(result, 0);
    const Verification withoutExpiry = verifyWithPyJwt(result.standardOutput.trimmed(), jwks);
    QVERIFY2(withoutExpiry.exitCode == 0, withoutExpiry.output.constData());
    QVERIFY(!withoutExpiry.claims.contains(QStringLiteral("exp")));
}

void TestCliSecurity::revocation()
{
    Result result = ctl({ QStringLiteral("token"), QStringLiteral("issue"), QStringLiteral("shop") });
    VERIFY_RESULT(result, 0);
    const QByteArray token = result.standardOutput.trimmed();
    const QByteArray jwks = ctl({ QStringLiteral("token"), QStringLiteral("jwks") }).standardOutput.trimmed();
    const Verification verified = verifyWithPyJwt(token, jwks);
    QVERIFY2(verified.exitCode == 0, verified.output.constData());
    const QString jti = verified.claims[QStringLiteral("jti")].toString();
    QVERIFY(!jti.isEmpty());

    result = ctl({ QStringLiteral("revoke"), QString::fromLatin1(token) });
    VERIFY_RESULT(result, 0);
    QVERIFY2(
        result.standardOutput.startsWith(QByteArray("Revoked token id " + jti.toLatin1() + " (expires ")),
        result.standardOutput.constData());

    // Opaque tokens (here read from standard input) are revoked by their SHA-256.
    const QByteArray opaque = "opaque-access-token-123";
    result = ctlWithInput({ QStringLiteral("revoke"), QStringLiteral("-") }, opaque + '\n');
    VERIFY_RESULT(result, 0);
    const QByteArray opaqueHash = QCryptographicHash::hash(opaque, QCryptographicHash::Sha256).toHex();
    QCOMPARE(result.standardOutput,
        QByteArray("Revoked the token with SHA-256 " + opaqueHash + " (never expires)\n"));

    const qint64 later = QDateTime::currentSecsSinceEpoch() + 3600;
    result = ctl({ QStringLiteral("revoke"), QStringLiteral("--jti"), QStringLiteral("handmade-jti"),
        QStringLiteral("--expires"), QString::number(later) });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("revoke"), QStringLiteral("--jti"), QStringLiteral("old-jti"),
        QStringLiteral("--expires"), QStringLiteral("1000") });
    VERIFY_RESULT(result, 0);
    QVERIFY(result.standardOutput.contains("already expired"));

    result = ctl({ QStringLiteral("revoked"), QStringLiteral("list") });
    VERIFY_RESULT(result, 0);
    const QByteArray list = result.standardOutput;
    for (const QByteArray &expected :
        { jti.toLatin1(), opaqueHash, QByteArray("handmade-jti"), QByteArray("never") })
        QVERIFY2(list.contains(expected), list.constData());
    QVERIFY(!list.contains("old-jti"));
}

void TestCliSecurity::runningEnvironmentHonoursTokensAndRevocations()
{
    const QString path = m_directory.filePath(QStringLiteral("run.gatehouse"));
    const QStringList workspace { QStringLiteral("--workspace"), path };
    const auto run
        = [&](const QStringList &arguments) { return GatehouseCtlProcess::run(arguments + workspace); };
    Result result = GatehouseCtlProcess::run({ QStringLiteral("init"), QStringLiteral("--demo"), path });
    VERIFY_RESULT(result, 0);
    const QString petStore = QStringLiteral("Pet Store");
    result = run({ QStringLiteral("api"), QStringLiteral("security"), petStore, QStringLiteral("--schemes"),
        QStringLiteral("oauth2") });
    VERIFY_RESULT(result, 0);
    result = run({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("secured"),
        QStringLiteral("--profile"), QStringLiteral("api-gateway"), QStringLiteral("--http-port"),
        QStringLiteral("0"), QStringLiteral("--deploy"), petStore });
    VERIFY_RESULT(result, 0);
    result = run({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("mobile") });
    VERIFY_RESULT(result, 0);
    result = run({ QStringLiteral("subscribe"), QStringLiteral("mobile"), petStore });
    VERIFY_RESULT(result, 0);
    result = run({ QStringLiteral("token"), QStringLiteral("issue"), QStringLiteral("mobile") });
    VERIFY_RESULT(result, 0);
    const QByteArray bearer = "Bearer " + result.standardOutput.trimmed();

    GatehouseCtlRun gateway(workspace
        + QStringList { QStringLiteral("--env"), QStringLiteral("secured"), QStringLiteral("--http-port"),
            QStringLiteral("secured=0"), QStringLiteral("--workers"), QStringLiteral("1") });
    QTRY_VERIFY_WITH_TIMEOUT(gateway.hasExited()
            || gateway.listenerUrl(QStringLiteral("secured"), QStringLiteral("http")).isValid(),
        20'000);
    QUrl url = gateway.listenerUrl(QStringLiteral("secured"), QStringLiteral("http"));
    QVERIFY2(url.isValid(), gateway.standardError().constData());
    url.setPath(QStringLiteral("/petstore/1.0.0/pets"));

    QCOMPARE(curlStatus(url), 401);
    QCOMPARE(curlStatus(url, bearer), 200);
    result = run({ QStringLiteral("revoke"), QString::fromLatin1(bearer.mid(7)) });
    VERIFY_RESULT(result, 0);
    QTRY_COMPARE_WITH_TIMEOUT(curlStatus(url, bearer), 401, 10'000);
}

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "tst_cli_security.moc"
