#include "configjson.h"
#include "profilecompiler.h"
#include "rawconnection.h"
#include "schemamigrator.h"
#include "security/passwordhash.h"
#include "security/tokenissuer.h"
#include "testcertificates.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Gatehouse;

using WorkspaceStep = std::function<bool(Workspace &)>;
Q_DECLARE_METATYPE(WorkspaceStep)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

OperationConfig operation(const char *method)
{
    OperationConfig result;
    result.method = method;
    return result;
}

ApiRecord petsApi()
{
    ApiRecord record;
    ApiConfig &api = record.definition;
    api.name = QStringLiteral("Pets");
    api.context = QStringLiteral("/pets");
    api.version = QStringLiteral("1.0.0");
    api.productionEndpoints.type = EndpointGroupType::Mock;
    ResourceConfig pets;
    pets.pathTemplate = QStringLiteral("/pets");
    pets.operations = { operation("GET"), operation("POST") };
    api.resources = { pets };
    return record;
}

IssuerConfig jwksIssuer(const QString &name, const QString &iss)
{
    IssuerConfig issuer;
    issuer.name = name;
    issuer.issuer = iss;
    issuer.jwksUrl = QUrl(QStringLiteral("https://idp.example/jwks"));
    return issuer;
}

// Everything the security store holds, to show that a refused change left it as it was.
struct StoreState
{
    QList<ApplicationRecord> applications;
    QList<BasicUser> users;
    QList<IssuerConfig> issuers;
    QList<ClientCaRecord> clientCas;
    qsizetype revocations = 0;

    static StoreState of(const Workspace &workspace)
    {
        return { workspace.applications(), workspace.users(), workspace.issuers(), workspace.clientCas(),
            workspace.revokedTokens().value_or(QList<RevocationRecord>()).size() };
    }
    bool operator==(const StoreState &other) const
    {
        const auto sameApplications = [&] {
            if (applications.size() != other.applications.size())
                return false;
            for (qsizetype i = 0; i < applications.size(); ++i) {
                if (applications.at(i).application != other.applications.at(i).application)
                    return false;
            }
            return true;
        };
        const auto sameCas = [&] {
            if (clientCas.size() != other.clientCas.size())
                return false;
            for (qsizetype i = 0; i < clientCas.size(); ++i) {
                if (clientCas.at(i).sha256 != other.clientCas.at(i).sha256)
                    return false;
            }
            return true;
        };
        return sameApplications() && users == other.users && issuers == other.issuers && sameCas()
            && revocations == other.revocations;
    }
};

} // namespace

// The workspace's security store (schema version 2): key manager, applications, users, issuers,
// client CAs, revocations, the realm they make and the Basic Auth profile rule.
class TestSecurityStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_certificateDir;
    std::optional<TestCertificates> m_certificates;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    QString m_apiId;

    QByteArray caPem() const { return readFile(m_certificates->caCertificate); }
    QByteArray otherCaPem() const { return readFile(m_certificates->otherCaCertificate); }
    QByteArray serverPem() const { return readFile(m_certificates->serverCertificate); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certificateDir.isValid());
        QString error;
        m_certificates = TestCertificates::create(m_certificateDir.path(), &error);
        QVERIFY2(m_certificates, qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("security.gatehouse"));
        QString error;
        m_workspace = Workspace::open(m_path, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        const auto id = m_workspace->addApi(petsApi());
        QVERIFY2(id, qPrintable(m_workspace->lastError()));
        m_apiId = *id;
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void migratesVersionOneWorkspace()
    {
        const QString path = m_dir->filePath(QStringLiteral("version1.gatehouse"));
        ApiConfig old = petsApi().definition;
        old.id = QStringLiteral("0b8f3c1e-1111-4c3a-9d7e-000000000001");
        {
            RawConnection raw(path);
            QString error;
            const SchemaMigrator versionOne({ SchemaMigrator::workspaceMigrations().constFirst() });
            QVERIFY2(versionOne.migrate(raw.database(), path, &error), qPrintable(error));
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QJsonObject json = ConfigJson::toJson(old);
            QVERIFY(!json.contains(QStringLiteral("security"))); // what version 1 wrote
            QCOMPARE(
                raw.exec(QStringLiteral("INSERT INTO apis (id, name, context, version, definition_json,"
                                        " created_at, updated_at) VALUES ('%1', 'Pets', '/pets', '1.0.0',"
                                        " '%2', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")
                             .arg(old.id, QString::fromUtf8(ConfigJson::serialize(json)))),
                QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('theme', 'dark')")),
                QString());
        }
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), 2);
        const auto api = workspace->api(old.id);
        QVERIFY2(api, qPrintable(workspace->lastError()));
        QCOMPARE(api->definition.security, ApiSecurity());
        QCOMPARE(api->definition.resources.front().operations.front().security, OperationSecurity());
        QCOMPARE(workspace->setting(QStringLiteral("theme")), QStringLiteral("dark"));
        RawConnection raw(path);
        for (const char *table : { "key_manager", "applications", "subscriptions", "application_certificates",
                 "basic_users", "issuers", "client_cas", "revoked_tokens" }) {
            QCOMPARE(raw.value(QStringLiteral(
                                   "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                   .arg(QLatin1String(table)))
                         .toInt(),
                1);
        }
        const auto created = workspace->addApplication(QStringLiteral("after-migration"));
        QVERIFY2(created, qPrintable(workspace->lastError()));
        QVERIFY2(workspace->subscribe(QStringLiteral("after-migration"), QStringLiteral("Pets")),
            qPrintable(workspace->lastError()));
    }

    void keyManagerIsCreatedOnceAndKept()
    {
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM key_manager")).toInt(), 0);
        const auto first = m_workspace->keyManager();
        QVERIFY2(first, qPrintable(m_workspace->lastError()));
        QVERIFY(first->privateKeyPem.contains("PRIVATE KEY"));
        QVERIFY(!first->keyId.isEmpty());
        QCOMPARE(m_workspace->keyManager(), first);
        QString error;
        auto second = Workspace::open(m_path, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->keyManager(), first);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM key_manager")).toInt(), 1);
    }

    void applications()
    {
        const auto created = m_workspace->addApplication(QStringLiteral("shop"), QStringLiteral("Gold"));
        QVERIFY2(created, qPrintable(m_workspace->lastError()));
        const ApplicationConfig &application = created->record.application;
        static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QCOMPARE(application.consumerKey.size(), 28);
        QVERIFY(base64Url.match(QString::fromLatin1(application.consumerKey)).hasMatch());
        QCOMPARE(created->consumerSecret.size(), 43); // 32 bytes
        QVERIFY(base64Url.match(QString::fromLatin1(created->consumerSecret)).hasMatch());
        QVERIFY(PasswordHash::verify(created->consumerSecret, application.consumerSecretHash));
        QVERIFY(!application.consumerSecretHash.contains(created->consumerSecret));

        const auto byName = m_workspace->application(QStringLiteral("shop"));
        QVERIFY(byName);
        QCOMPARE(byName->application, application);
        QCOMPARE(m_workspace->application(application.id)->application, application);
        QCOMPARE(byName->application.tier, QStringLiteral("Gold"));

        QVERIFY(
            m_workspace->subscribe(QStringLiteral("shop"), QStringLiteral("Pets"), QStringLiteral("Silver")));
        QCOMPARE(m_workspace->application(QStringLiteral("shop"))->application.subscriptions,
            (std::vector<SubscriptionConfig> { { m_apiId, QStringLiteral("Silver") } }));
        QVERIFY(m_workspace->subscribe(QStringLiteral("shop"), m_apiId, QStringLiteral("Bronze")));
        QCOMPARE(m_workspace->application(QStringLiteral("shop"))->application.subscriptions.front().tier,
            QStringLiteral("Bronze"));

        const auto fingerprint = m_workspace->mapCertificate(QStringLiteral("shop"), serverPem());
        QVERIFY2(fingerprint, qPrintable(m_workspace->lastError()));
        const QSslCertificate certificate(serverPem(), QSsl::Pem);
        QCOMPARE(*fingerprint, certificate.digest(QCryptographicHash::Sha256).toHex());
        QVERIFY(m_workspace->mapCertificate(QStringLiteral("shop"), serverPem())); // again: no change
        QCOMPARE(m_workspace->application(QStringLiteral("shop"))->application.clientCertificateSha256,
            QStringList { QString::fromLatin1(*fingerprint) });

        QVERIFY(m_workspace->addApplication(QStringLiteral("another")));
        QCOMPARE(m_workspace->applications().size(), 2);
        QCOMPARE(m_workspace->applications().constFirst().application.name, QStringLiteral("another"));

        QVERIFY(m_workspace->unsubscribe(QStringLiteral("shop"), QStringLiteral("Pets")));
        QVERIFY(m_workspace->application(QStringLiteral("shop"))->application.subscriptions.empty());
        QVERIFY(m_workspace->unmapCertificate(QStringLiteral("shop"), fingerprint->toUpper()));
        QVERIFY(
            m_workspace->application(QStringLiteral("shop"))->application.clientCertificateSha256.isEmpty());

        // Removing an application takes its subscriptions and certificate mappings with it.
        QVERIFY(m_workspace->subscribe(QStringLiteral("shop"), QStringLiteral("Pets")));
        QVERIFY(m_workspace->mapCertificate(QStringLiteral("shop"), serverPem()));
        QVERIFY(m_workspace->removeApplication(QStringLiteral("shop")));
        QVERIFY(!m_workspace->application(QStringLiteral("shop")));
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM subscriptions")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM application_certificates")).toInt(), 0);
    }

    void removingAnApiRemovesItsSubscriptions()
    {
        QVERIFY(m_workspace->addApplication(QStringLiteral("shop")));
        QVERIFY(m_workspace->subscribe(QStringLiteral("shop"), QStringLiteral("Pets")));
        QVERIFY2(m_workspace->removeApi(m_apiId), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->application(QStringLiteral("shop"))->application.subscriptions.empty());
    }

    void users()
    {
        QVERIFY2(m_workspace->setUserPassword(QStringLiteral("bob"), "hunter2", { QStringLiteral("ops") }),
            qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->setUserPassword(QStringLiteral("alice"), "s3cret", {}));
        QList<BasicUser> users = m_workspace->users();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0).name, QStringLiteral("alice"));
        QCOMPARE(users.at(1).roles, QStringList { QStringLiteral("ops") });
        QVERIFY(PasswordHash::verify("hunter2", users.at(1).passwordHash));

        QVERIFY(m_workspace->setUserPassword(
            QStringLiteral("bob"), "new password", { QStringLiteral("ops"), QStringLiteral("admin") }));
        users = m_workspace->users();
        QVERIFY(PasswordHash::verify("new password", users.at(1).passwordHash));
        QVERIFY(!PasswordHash::verify("hunter2", users.at(1).passwordHash));
        QCOMPARE(users.at(1).roles, (QStringList { QStringLiteral("ops"), QStringLiteral("admin") }));

        QVERIFY(m_workspace->removeUser(QStringLiteral("alice")));
        QCOMPARE(m_workspace->users().size(), 1);
    }

    void issuers()
    {
        IssuerConfig remote = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        remote.audiences = { QStringLiteral("shop") };
        remote.algorithms = { QStringLiteral("RS256"), QStringLiteral("ES256") };
        remote.clockSkewSeconds = 5;
        remote.consumerKeyClaim = QStringLiteral("client_id");
        remote.scopesClaim = QStringLiteral("scp");
        QVERIFY2(m_workspace->putIssuer(remote), qPrintable(m_workspace->lastError()));

        IssuerConfig pinned;
        pinned.name = QStringLiteral("pinned");
        pinned.issuer = QStringLiteral("https://pinned.example");
        pinned.certificatePem = caPem();
        QVERIFY2(m_workspace->putIssuer(pinned), qPrintable(m_workspace->lastError()));

        IssuerConfig shared;
        shared.name = QStringLiteral("shared-secret");
        shared.issuer = QStringLiteral("legacy");
        shared.hmacSecret = QByteArray(32, 'k');
        shared.algorithms = { QStringLiteral("HS256") };
        QVERIFY2(m_workspace->putIssuer(shared), qPrintable(m_workspace->lastError()));

        const QString jwksPath = m_dir->filePath(QStringLiteral("keys.jwks"));
        QFile jwks(jwksPath);
        QVERIFY(jwks.open(QIODevice::WriteOnly));
        const auto keyManager = m_workspace->keyManager();
        QVERIFY(keyManager);
        const auto signer = TokenIssuer::create(*keyManager, nullptr);
        QVERIFY(signer);
        jwks.write(signer->jwks());
        jwks.close();
        IssuerConfig fromFile;
        fromFile.name = QStringLiteral("file");
        fromFile.issuer = QStringLiteral("https://file.example");
        fromFile.jwksFilePath = jwksPath;
        QVERIFY2(m_workspace->putIssuer(fromFile), qPrintable(m_workspace->lastError()));

        QCOMPARE(m_workspace->issuers(), (QList<IssuerConfig> { fromFile, remote, pinned, shared }));

        remote.audiences.clear();
        QVERIFY(m_workspace->putIssuer(remote)); // replaces by name
        QCOMPARE(m_workspace->issuers().at(1), remote);
        QVERIFY(m_workspace->removeIssuer(QStringLiteral("pinned")));
        QCOMPARE(m_workspace->issuers().size(), 3);
    }

    void clientCas()
    {
        const auto added = m_workspace->addClientCa(caPem());
        QVERIFY2(added, qPrintable(m_workspace->lastError()));
        QCOMPARE(added->size(), 1);
        const ClientCaRecord &ca = added->constFirst();
        QCOMPARE(ca.subject, QStringLiteral("CN=Gatehouse Test CA"));
        QCOMPARE(ca.issuer, QStringLiteral("CN=Gatehouse Test CA"));
        QVERIFY(ca.notAfter > QDateTime::currentDateTimeUtc());
        QCOMPARE(ca.sha256, QSslCertificate(caPem()).digest(QCryptographicHash::Sha256).toHex());

        // A bundle is added whole, in one transaction.
        const auto bundle = m_workspace->addClientCa(otherCaPem() + serverPem());
        QVERIFY2(bundle, qPrintable(m_workspace->lastError()));
        QCOMPARE(bundle->size(), 2);
        QCOMPARE(bundle->at(1).issuer, QStringLiteral("CN=Gatehouse Test CA"));
        const QList<ClientCaRecord> stored = m_workspace->clientCas();
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.constFirst().subject, QStringLiteral("CN=Gatehouse Test CA"));

        QVERIFY(m_workspace->removeClientCa(ca.sha256));
        QCOMPARE(m_workspace->clientCas().size(), 2);
    }

    void refusals_data()
    {
        QTest::addColumn<WorkspaceStep>("setup");
        QTest::addColumn<WorkspaceStep>("change");
        QTest::addColumn<QString>("expectedError");

        const WorkspaceStep shop
            = [](Workspace &w) { return w.addApplication(QStringLiteral("shop")).has_value(); };
        const WorkspaceStep none = [](Workspace &) { return true; };
        const auto issuerChange = [](IssuerConfig issuer) {
            return WorkspaceStep([issuer](Workspace &w) { return w.putIssuer(issuer); });
        };

        QTest::newRow("application twice") << shop << WorkspaceStep([](Workspace &w) {
            return w.addApplication(QStringLiteral("shop")).has_value();
        }) << QStringLiteral("an application named 'shop' already exists");
        QTest::newRow("application name with spaces around") << none << WorkspaceStep([](Workspace &w) {
            return w.addApplication(QStringLiteral(" shop")).has_value();
        }) << QStringLiteral("is not a valid application name");
        QTest::newRow("application tier") << none << WorkspaceStep([](Workspace &w) {
            return w.addApplication(QStringLiteral("shop"), QStringLiteral("Gold/Plus")).has_value();
        }) << QStringLiteral("'Gold/Plus' is not a valid tier name");
        QTest::newRow("remove unknown application") << none << WorkspaceStep([](Workspace &w) {
            return w.removeApplication(QStringLiteral("ghost"));
        }) << QStringLiteral("no application named 'ghost'");
        QTest::newRow("subscribe unknown application") << none << WorkspaceStep([](Workspace &w) {
            return w.subscribe(QStringLiteral("ghost"), QStringLiteral("Pets"));
        }) << QStringLiteral("no application named 'ghost'");
        QTest::newRow("subscribe unknown API") << shop << WorkspaceStep([](Workspace &w) {
            return w.subscribe(QStringLiteral("shop"), QStringLiteral("Cats"));
        }) << QStringLiteral("no API named 'Cats'");
        QTest::newRow("unsubscribe without subscription") << shop << WorkspaceStep([](Workspace &w) {
            return w.unsubscribe(QStringLiteral("shop"), QStringLiteral("Pets"));
        }) << QStringLiteral("is not subscribed to API 'Pets' 1.0.0");
        QTest::newRow("map a non-certificate") << shop << WorkspaceStep([](Workspace &w) {
            return w.mapCertificate(QStringLiteral("shop"), "-----BEGIN CERTIFICATE-----\nnope\n")
                .has_value();
        }) << QStringLiteral("not a PEM certificate");
        const QByteArray server = serverPem();
        QTest::newRow("map a certificate of another application") << WorkspaceStep([server](Workspace &w) {
            return w.addApplication(QStringLiteral("first")) && w.addApplication(QStringLiteral("shop"))
                && w.mapCertificate(QStringLiteral("first"), server);
        }) << WorkspaceStep([server](Workspace &w) {
            return w.mapCertificate(QStringLiteral("shop"), server).has_value();
        }) << QStringLiteral("is already mapped to application 'first'");
        QTest::newRow("unmap an unknown certificate") << shop << WorkspaceStep([](Workspace &w) {
            return w.unmapCertificate(QStringLiteral("shop"), QByteArray(64, 'a'));
        }) << QStringLiteral("no certificate");
        QTest::newRow("user name with a colon") << none << WorkspaceStep([](Workspace &w) {
            return w.setUserPassword(QStringLiteral("a:b"), "pw");
        }) << QStringLiteral("'a:b' is not a valid user name");
        QTest::newRow("empty password") << none << WorkspaceStep([](Workspace &w) {
            return w.setUserPassword(QStringLiteral("bob"), "");
        }) << QStringLiteral("the password of user 'bob' is empty");
        QTest::newRow("role with a comma") << none << WorkspaceStep([](Workspace &w) {
            return w.setUserPassword(QStringLiteral("bob"), "pw", { QStringLiteral("a,b") });
        }) << QStringLiteral("'a,b' is not a valid role name");
        QTest::newRow("user hash that is not a hash") << none << WorkspaceStep([](Workspace &w) {
            return w.setUserPasswordHash(QStringLiteral("bob"), "hunter2");
        }) << QStringLiteral("the password hash of user 'bob' is not a PBKDF2 hash");
        QTest::newRow("user hash with a weak iteration count") << none << WorkspaceStep([](Workspace &w) {
            QByteArray weak = PasswordHash::hash("pw", PasswordHash::minimumIterations);
            weak.replace("$1000$", "$10$");
            return w.setUserPasswordHash(QStringLiteral("bob"), weak);
        }) << QStringLiteral("the password hash of user 'bob' is not a PBKDF2 hash");
        QTest::newRow("remove unknown user")
            << none << WorkspaceStep([](Workspace &w) { return w.removeUser(QStringLiteral("ghost")); })
            << QStringLiteral("no user named 'ghost'");

        IssuerConfig noKeys = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        noKeys.jwksUrl.clear();
        QTest::newRow("issuer without keys")
            << none << issuerChange(noKeys) << QStringLiteral("needs exactly one source of keys");
        IssuerConfig twoSources = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        twoSources.certificatePem = caPem();
        QTest::newRow("issuer with two key sources")
            << none << issuerChange(twoSources) << QStringLiteral("needs exactly one source of keys");
        QTest::newRow("issuer name") << none
                                     << issuerChange(
                                            jwksIssuer(QStringLiteral("my idp"), QStringLiteral("x")))
                                     << QStringLiteral("'my idp' is not a valid issuer name");
        QTest::newRow("issuer without iss")
            << none << issuerChange(jwksIssuer(QStringLiteral("idp"), QString()))
            << QStringLiteral("needs the \"iss\" value");
        IssuerConfig unknownAlgorithm
            = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        unknownAlgorithm.algorithms = { QStringLiteral("RS256"), QStringLiteral("none") };
        QTest::newRow("issuer algorithm none")
            << none << issuerChange(unknownAlgorithm) << QStringLiteral("unknown signature algorithm 'none'");
        IssuerConfig hmacWithoutSecret
            = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        hmacWithoutSecret.algorithms = { QStringLiteral("HS256") };
        QTest::newRow("HS256 without a secret")
            << none << issuerChange(hmacWithoutSecret) << QStringLiteral("HS256 needs an HMAC secret");
        IssuerConfig badCertificate;
        badCertificate.name = QStringLiteral("pinned");
        badCertificate.issuer = QStringLiteral("https://pinned.example");
        badCertificate.certificatePem = "not a certificate";
        QTest::newRow("issuer certificate") << none << issuerChange(badCertificate)
                                            << QStringLiteral("the certificate or public key is unusable");
        IssuerConfig missingFile;
        missingFile.name = QStringLiteral("file");
        missingFile.issuer = QStringLiteral("https://file.example");
        missingFile.jwksFilePath = QStringLiteral("/nonexistent/keys.jwks");
        QTest::newRow("issuer JWKS file")
            << none << issuerChange(missingFile)
            << QStringLiteral("cannot read the JWKS file '/nonexistent/keys.jwks'");
        QTest::newRow("two issuers, one iss")
            << WorkspaceStep([](Workspace &w) {
                   return w.putIssuer(
                       jwksIssuer(QStringLiteral("first"), QStringLiteral("https://idp.example")));
               })
            << issuerChange(jwksIssuer(QStringLiteral("second"), QStringLiteral("https://idp.example")))
            << QStringLiteral("issuer 'first' already accepts tokens with \"iss\" https://idp.example");
        QTest::newRow("iss of the built-in key manager")
            << WorkspaceStep([](Workspace &w) { return w.keyManager().has_value(); })
            << issuerChange(jwksIssuer(QStringLiteral("self"), KeyManagerConfig().issuer))
            << QStringLiteral("belongs to the workspace's built-in key manager");
        QTest::newRow("remove unknown issuer")
            << none << WorkspaceStep([](Workspace &w) { return w.removeIssuer(QStringLiteral("ghost")); })
            << QStringLiteral("no issuer named 'ghost'");

        QTest::newRow("client CA that is no certificate")
            << none << WorkspaceStep([](Workspace &w) { return w.addClientCa("hello").has_value(); })
            << QStringLiteral("not a PEM certificate");
        const QByteArray ca = caPem();
        QTest::newRow("client CA twice")
            << WorkspaceStep([ca](Workspace &w) { return w.addClientCa(ca).has_value(); })
            << WorkspaceStep(
                   [ca, other = otherCaPem()](Workspace &w) { return w.addClientCa(other + ca).has_value(); })
            << QStringLiteral("is already a client CA");
        QTest::newRow("remove unknown client CA")
            << none << WorkspaceStep([](Workspace &w) { return w.removeClientCa(QByteArray(64, 'b')); })
            << QStringLiteral("no client CA has the SHA-256 fingerprint");

        QTest::newRow("API security that would not read back") << none << WorkspaceStep([](Workspace &w) {
            ApiRecord record = *w.findApi(QStringLiteral("Pets"));
            record.definition.security.apiKeyHeader = "api key";
            return w.updateApi(record);
        }) << QStringLiteral("API 'Pets' cannot be stored: security.apiKeyHeader: 'api key' is not a valid");
        QTest::newRow("operation scope that would not read back") << none << WorkspaceStep([](Workspace &w) {
            ApiRecord record = petsApi();
            record.definition.context = QStringLiteral("/pets2");
            record.definition.resources.front().operations.front().security.scopes
                = { QStringLiteral("a b") };
            return w.addApi(record).has_value();
        }) << QStringLiteral("resources[0].operations[0].security.scopes[0]: a scope must be");
        QTest::newRow("revocation naming both") << none << WorkspaceStep([](Workspace &w) {
            return w.revoke({ "jti-1", QByteArray(64, 'c'), 0 });
        }) << QStringLiteral("either a token id (jti) or a token's SHA-256");
        QTest::newRow("revocation naming nothing")
            << none << WorkspaceStep([](Workspace &w) { return w.revoke({}); })
            << QStringLiteral("either a token id (jti) or a token's SHA-256");
        QTest::newRow("revocation with a bad hash") << none << WorkspaceStep([](Workspace &w) {
            return w.revoke({ QByteArray(), "abc", 0 });
        }) << QStringLiteral("'abc' is not a hex SHA-256");
    }

    void refusals()
    {
        QFETCH(WorkspaceStep, setup);
        QFETCH(WorkspaceStep, change);
        QFETCH(QString, expectedError);
        QVERIFY2(setup(*m_workspace), qPrintable(m_workspace->lastError()));
        const StoreState before = StoreState::of(*m_workspace);
        QVERIFY(!change(*m_workspace));
        QVERIFY2(m_workspace->lastError().contains(expectedError), qPrintable(m_workspace->lastError()));
        QVERIFY(StoreState::of(*m_workspace) == before);
    }

    void secretsAreNotStoredInClear()
    {
        const auto created = m_workspace->addApplication(QStringLiteral("shop"));
        QVERIFY(created);
        const QByteArray password = "correct horse battery staple";
        QVERIFY(m_workspace->setUserPassword(QStringLiteral("alice"), password));
        m_workspace.reset(); // the last connection checkpoints the WAL into the file

        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            bytes += readFile(m_path + suffix);
        QVERIFY(bytes.contains(created->record.application.consumerKey)); // the scan sees stored text
        QVERIFY(bytes.contains("pbkdf2-sha256$"));
        QVERIFY(!bytes.contains(created->consumerSecret));
        QVERIFY(!bytes.contains(password));
    }

    void revocationPurgesExpiredEntries()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY2(m_workspace->revoke({ "forever", QByteArray(), 0 }), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->revoke({ "later", QByteArray(), now + 3600 }));
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO revoked_tokens (id, kind, expires_at, revoked_at)"
                                             " VALUES ('stale', 'jti', %1, '2025-01-01T00:00:00.000Z')")
                                  .arg(now - 10)),
                QString());
        }
        const QByteArray hash = QCryptographicHash::hash("opaque-token", QCryptographicHash::Sha256).toHex();
        QVERIFY(m_workspace->revoke({ QByteArray(), hash, now + 60 }));
        QVERIFY(m_workspace->revoke({ "later", QByteArray(), now + 7200 })); // again: one entry, new expiry

        RawConnection raw(m_path);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM revoked_tokens WHERE id = 'stale'")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT kind FROM revoked_tokens WHERE id = '%1'")
                               .arg(QString::fromLatin1(hash)))
                     .toString(),
            QStringLiteral("token"));
        const QList<RevocationRecord> revoked = m_workspace->revokedTokens().value();
        QCOMPARE(revoked.size(), 3);
        QStringList ids;
        for (const RevocationRecord &record : revoked) {
            ids.append(
                QString::fromUtf8(record.token.jti.isEmpty() ? record.token.tokenSha256 : record.token.jti));
            QVERIFY(record.revokedAt.isValid());
            if (record.token.jti == "later")
                QCOMPARE(record.token.expiresAt, now + 7200);
        }
        ids.sort();
        QCOMPARE(ids,
            (QStringList { QString::fromLatin1(hash), QStringLiteral("forever"), QStringLiteral("later") }));

        // An already expired token needs no entry.
        QVERIFY(m_workspace->revoke({ "expired", QByteArray(), now - 1 }));
        QCOMPARE(m_workspace->revokedTokens()->size(), 3);
    }

    void realmHoldsTheWholeStore()
    {
        const auto created = m_workspace->addApplication(QStringLiteral("shop"));
        QVERIFY(created);
        QVERIFY(
            m_workspace->subscribe(QStringLiteral("shop"), QStringLiteral("Pets"), QStringLiteral("Gold")));
        const auto fingerprint = m_workspace->mapCertificate(QStringLiteral("shop"), serverPem());
        QVERIFY(fingerprint);
        QVERIFY(m_workspace->setUserPassword(QStringLiteral("alice"), "pw", { QStringLiteral("admin") }));
        const IssuerConfig issuer = jwksIssuer(QStringLiteral("idp"), QStringLiteral("https://idp.example"));
        QVERIFY(m_workspace->putIssuer(issuer));
        QVERIFY(m_workspace->addClientCa(caPem()));

        QStringList warnings;
        const auto realm = m_workspace->securityRealm(&warnings);
        QVERIFY2(realm, qPrintable(m_workspace->lastError()));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(realm->keyManager, *m_workspace->keyManager());
        QCOMPARE(realm->issuers, std::vector<IssuerConfig> { issuer });
        QCOMPARE(realm->applications.size(), size_t(1));
        const ApplicationConfig &application = realm->applications.front();
        QCOMPARE(application, m_workspace->application(QStringLiteral("shop"))->application);
        QCOMPARE(application.subscriptions,
            (std::vector<SubscriptionConfig> { { m_apiId, QStringLiteral("Gold") } }));
        QCOMPARE(application.clientCertificateSha256, QStringList { QString::fromLatin1(*fingerprint) });
        QCOMPARE(realm->users.size(), size_t(1));
        QCOMPARE(realm->users.front().roles, QStringList { QStringLiteral("admin") });
        QCOMPARE(realm->clientCaCertificatesPem.size(), 1);
        QCOMPARE(QSslCertificate(realm->clientCaCertificatesPem.constFirst()), QSslCertificate(caPem()));

        EnvironmentSettings environment;
        environment.name = QStringLiteral("gw");
        environment.profile = GatewayProfile::ApiGateway;
        QVERIFY(m_workspace->addEnvironment(environment));
        const auto compiled = m_workspace->compiledConfig(QStringLiteral("gw"));
        QVERIFY(compiled);
        QCOMPARE(compiled->realm, *realm);

        // A damaged issuer row is left out with a warning instead of failing the whole realm.
        {
            RawConnection raw(m_path);
            QCOMPARE(raw.exec(QStringLiteral(
                         "INSERT INTO issuers (name, json) VALUES ('broken', '{\"issuer\": 5}')")),
                QString());
        }
        warnings.clear();
        const auto withDamage = m_workspace->securityRealm(&warnings);
        QVERIFY(withDamage);
        QCOMPARE(withDamage->issuers.size(), size_t(1));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst().contains(QStringLiteral("issuer 'broken' is damaged")),
            qPrintable(warnings.constFirst()));
    }

    void basicAuthDeployment_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("Choreo Connect refuses basic_auth")
            << GatewayProfile::ChoreoConnect << QStringList { QStringLiteral("basic_auth") } << false;
        QTest::newRow("Choreo Connect refuses basic_auth among others")
            << GatewayProfile::ChoreoConnect
            << QStringList { QStringLiteral("oauth2"), QStringLiteral("basic_auth") } << false;
        QTest::newRow("Choreo Connect takes oauth2 and api_key")
            << GatewayProfile::ChoreoConnect
            << QStringList { QStringLiteral("oauth2"), QStringLiteral("api_key") } << true;
        QTest::newRow("API Gateway takes basic_auth")
            << GatewayProfile::ApiGateway << QStringList { QStringLiteral("basic_auth") } << true;
    }

    void basicAuthDeployment()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(QStringList, schemes);
        QFETCH(bool, accepted);
        auto record = m_workspace->api(m_apiId);
        QVERIFY(record);
        for (const QString &id : std::as_const(schemes))
            record->definition.security.schemes.push_back(*authSchemeFromId(id));
        QVERIFY(m_workspace->updateApi(*record));
        EnvironmentSettings environment;
        environment.name = QStringLiteral("target");
        environment.profile = profile;
        QVERIFY(m_workspace->addEnvironment(environment));

        QStringList warnings;
        const auto deployed = m_workspace->deploy(m_apiId, QStringLiteral("target"), 0, &warnings);
        QCOMPARE(deployed.has_value(), accepted);
        if (accepted) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QCOMPARE(m_workspace->compiledConfig(QStringLiteral("target"))->apis.front().security.schemes,
                record->definition.security.schemes);
            return;
        }
        const QString error = m_workspace->lastError();
        for (const QString &expected : { QStringLiteral("cannot deploy to target"),
                 QStringLiteral("Choreo Connect does not support Basic Auth"),
                 QStringLiteral("Choreo Connect has no built-in Basic Auth"),
                 QStringLiteral("a custom filter can be developed"), QStringLiteral("mediation issue"),
                 QStringLiteral("API Gateway environment") })
            QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(m_workspace->deployments(QStringLiteral("target")).isEmpty());

        const auto compiler = ProfileCompiler::createDefault(nullptr);
        QVERIFY(compiler);
        const ProfileCompileResult result = compiler->compile(record->definition, profile);
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.front().capabilityId, QStringLiteral("basic-auth"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityStore)
#include "tst_security_store.moc"
