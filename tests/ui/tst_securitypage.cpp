#include "issuerdialog.h"
#include "keymanagerspanel.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "security/passwordhash.h"
#include "securitypage.h"
#include "testcertificates.h"
#include "truststorepanel.h"
#include "userdialog.h"
#include "userspanel.h"
#include "workspace.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

class TestSecurityPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::optional<TestClientCertificates> m_certificates;
    int m_workspaceCount = 0;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(nullptr);
        QString error;
        const QString path
            = m_directory.filePath(QStringLiteral("security-%1.gatehouse").arg(++m_workspaceCount));
        if (!window->createEmptyWorkspace(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        window->selectNode(NodeKind::Security, QString());
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
        QString error;
        m_certificates = TestClientCertificates::create(m_directory.filePath(QStringLiteral("pki")), &error);
        QVERIFY2(m_certificates, qPrintable(error));
    }

    void securityNodeShowsThePage()
    {
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->currentPage(), window->securityPage());
    }

    void addUser_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("roles");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("expectedError"); // empty: the user is stored

        QTest::newRow("user with roles")
            << QStringLiteral("alice") << QStringLiteral("admin, reader") << QStringLiteral("s3cret pass")
            << QStringLiteral("s3cret pass") << QString();
        QTest::newRow("user without roles") << QStringLiteral("bob") << QString() << QStringLiteral("pw")
                                            << QStringLiteral("pw") << QString();
        QTest::newRow("passwords differ") << QStringLiteral("carol") << QString() << QStringLiteral("one")
                                          << QStringLiteral("two") << QStringLiteral("differ");
        QTest::newRow("empty password") << QStringLiteral("dave") << QString() << QString() << QString()
                                        << QStringLiteral("Enter a password");
        QTest::newRow("colon in name") << QStringLiteral("e:ve") << QString() << QStringLiteral("pw")
                                       << QStringLiteral("pw") << QStringLiteral("without ':'");
    }

    void addUser()
    {
        QFETCH(QString, name);
        QFETCH(QString, roles);
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(QString, expectedError);

        auto window = openWindow();
        QVERIFY(window);
        UsersPanel *panel = window->securityPage()->usersPanel();
        panel->addUser();
        QPointer<UserDialog> dialog = panel->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setName(name);
        dialog->setRoles(PageWidgets::splitList(roles));
        dialog->setPasswords(password, confirmation);
        dialog->accept();
        QTRY_VERIFY(!dialog || !dialog->isHashing()); // the hash is made on a worker thread

        const QList<BasicUser> users = window->workspace()->users();
        if (!expectedError.isEmpty()) {
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().contains(expectedError), qPrintable(dialog->errorText()));
            QVERIFY(users.isEmpty());
            QCOMPARE(panel->userTable()->rowCount(), 0);
            return;
        }
        QTRY_VERIFY(!panel->openDialog()); // closed and deleted
        QCOMPARE(users.size(), 1);
        const BasicUser &user = users.constFirst();
        QCOMPARE(user.name, name);
        QCOMPARE(user.roles, PageWidgets::splitList(roles));
        QVERIFY(!user.passwordHash.contains(password.toUtf8()));
        QVERIFY(PasswordHash::isWellFormed(user.passwordHash));
        QVERIFY(PasswordHash::verify(password.toUtf8(), user.passwordHash));
        QCOMPARE(panel->userTable()->rowCount(), 1);
        for (int column = 0; column < panel->userTable()->columnCount(); ++column) {
            const QString shown = panel->userTable()->item(0, column)->text();
            QVERIFY(!shown.contains(QString::fromLatin1(user.passwordHash)));
            QVERIFY(!shown.contains(password));
        }
        QCOMPARE(panel->userTable()->item(0, UsersPanel::NameColumn)->text(), name);

        // Setting a new password for the same user replaces the hash.
        QVERIFY(panel->selectUser(name));
        panel->setPasswordOfSelectedUser();
        UserDialog *again = panel->openDialog();
        QVERIFY(again);
        again->setPasswords(QStringLiteral("renewed"), QStringLiteral("renewed"));
        again->accept();
        QTRY_VERIFY(!panel->openDialog());
        const QList<BasicUser> renewed = window->workspace()->users();
        QCOMPARE(renewed.size(), 1);
        QVERIFY(PasswordHash::verify("renewed", renewed.constFirst().passwordHash));
        QCOMPARE(renewed.constFirst().roles, user.roles);
    }

    void importCa_data()
    {
        QTest::addColumn<QString>("file"); // a member of TestClientCertificates, or "garbage"
        QTest::addColumn<bool>("imported");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("subject");

        QTest::newRow("client CA") << QStringLiteral("ca") << true << false << QStringLiteral("Client CA");
        QTest::newRow("expired certificate")
            << QStringLiteral("expired") << true << true << QStringLiteral("Expired Client");
        QTest::newRow("not a certificate") << QStringLiteral("garbage") << false << false << QString();
    }

    void importCa()
    {
        QFETCH(QString, file);
        QFETCH(bool, imported);
        QFETCH(bool, expired);
        QFETCH(QString, subject);

        QString path;
        if (file == QLatin1String("ca")) {
            path = m_certificates->caCertificate;
        } else if (file == QLatin1String("expired")) {
            path = m_certificates->expiredCertificate;
        } else {
            path = m_directory.filePath(QStringLiteral("garbage.pem"));
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
        }

        auto window = openWindow();
        QVERIFY(window);
        TrustStorePanel *panel = window->securityPage()->trustStorePanel();
        QCOMPARE(panel->importCaFile(path), imported);
        const QList<ClientCaRecord> cas = window->workspace()->clientCas();
        QTableWidget *table = panel->certificateTable();
        if (!imported) {
            QVERIFY(cas.isEmpty());
            QCOMPARE(table->rowCount(), 0);
            QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Error);
            QVERIFY(!panel->banner()->text().isEmpty());
            return;
        }
        QCOMPARE(cas.size(), 1);
        QVERIFY2(cas.constFirst().subject.contains(subject), qPrintable(cas.constFirst().subject));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, TrustStorePanel::SubjectColumn)->text().contains(subject));
        QCOMPARE(table->item(0, TrustStorePanel::FingerprintColumn)->text(),
            QString::fromLatin1(cas.constFirst().sha256));
        QCOMPARE(table->item(0, TrustStorePanel::ExpiresColumn)->text().contains(QStringLiteral("expired")),
            expired);
        QCOMPARE(
            table->item(0, TrustStorePanel::SubjectColumn)->background().style() != Qt::NoBrush, expired);

        // The same certificate again is refused, and nothing changes.
        QVERIFY(!panel->importCaFile(path));
        QCOMPARE(window->workspace()->clientCas().size(), 1);
        QCOMPARE(panel->banner()->kind(), MessageBanner::Kind::Error);
    }

    void addIssuer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("jwksUrl");
        QTest::addColumn<QByteArray>("certificatePem");
        QTest::addColumn<QStringList>("algorithms");
        QTest::addColumn<QString>("expectedError"); // empty: stored

        const QString url = QStringLiteral("https://idp.example.com/jwks.json");
        const QStringList rs256 { QStringLiteral("RS256") };
        QTest::newRow("valid JWKS URL")
            << QStringLiteral("keycloak") << QStringLiteral("https://idp.example.com") << url << QByteArray()
            << rs256 << QString();
        QTest::newRow("empty name") << QString() << QStringLiteral("https://idp.example.com") << url
                                    << QByteArray() << rs256 << QStringLiteral("name");
        QTest::newRow("name with spaces")
            << QStringLiteral("my idp") << QStringLiteral("https://idp.example.com") << url << QByteArray()
            << rs256 << QStringLiteral("name");
        QTest::newRow("no issuer") << QStringLiteral("idp") << QString() << url << QByteArray() << rs256
                                   << QStringLiteral("iss");
        QTest::newRow("ftp JWKS URL") << QStringLiteral("idp") << QStringLiteral("https://idp.example.com")
                                      << QStringLiteral("ftp://idp.example.com/jwks") << QByteArray() << rs256
                                      << QStringLiteral("http");
        QTest::newRow("broken PEM") << QStringLiteral("idp") << QStringLiteral("https://idp.example.com")
                                    << QString()
                                    << QByteArray(
                                           "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                                    << rs256 << QStringLiteral("unusable");
        QTest::newRow("no algorithm") << QStringLiteral("idp") << QStringLiteral("https://idp.example.com")
                                      << url << QByteArray() << QStringList() << QStringLiteral("algorithm");
        QTest::newRow("HMAC algorithm without secret")
            << QStringLiteral("idp") << QStringLiteral("https://idp.example.com") << url << QByteArray()
            << QStringList { QStringLiteral("HS256") } << QStringLiteral("HMAC");
        QTest::newRow("built-in issuer")
            << QStringLiteral("shadow") << QStringLiteral("https://gatehouse.local/oauth2/token") << url
            << QByteArray() << rs256 << QStringLiteral("built-in");
    }

    void addIssuer()
    {
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        QFETCH(QString, jwksUrl);
        QFETCH(QByteArray, certificatePem);
        QFETCH(QStringList, algorithms);
        QFETCH(QString, expectedError);

        auto window = openWindow();
        QVERIFY(window);
        KeyManagersPanel *panel = window->securityPage()->keyManagersPanel();
        panel->addIssuer();
        IssuerDialog *dialog = panel->openDialog();
        QVERIFY(dialog);
        IssuerConfig config;
        config.name = name;
        config.issuer = issuer;
        config.jwksUrl = QUrl(jwksUrl);
        config.certificatePem = certificatePem;
        config.algorithms = algorithms;
        config.audiences = { QStringLiteral("gatehouse") };
        dialog->setIssuer(config, false);
        dialog->accept();

        const QList<IssuerConfig> stored = window->workspace()->issuers();
        if (!expectedError.isEmpty()) {
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorText().contains(expectedError, Qt::CaseInsensitive),
                qPrintable(dialog->errorText()));
            QVERIFY(stored.isEmpty());
            QCOMPARE(panel->issuerTable()->rowCount(), 0);
            return;
        }
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(!panel->openDialog());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().name, name);
        QCOMPARE(stored.constFirst().jwksUrl, QUrl(jwksUrl));
        QCOMPARE(stored.constFirst().audiences, config.audiences);
        QCOMPARE(panel->issuerTable()->rowCount(), 1);
        QCOMPARE(panel->issuerTable()->item(0, KeyManagersPanel::IssuerColumn)->text(), issuer);
    }

    void builtInKeyManagerShowsNoPrivateKey()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        const std::optional<KeyManagerConfig> keyManager = window->workspace()->keyManager();
        QVERIFY(keyManager);
        KeyManagersPanel *panel = window->securityPage()->keyManagersPanel();
        QTRY_COMPARE(panel->findChild<QLabel *>(QStringLiteral("keyIdValue"))->text(),
            QString::fromLatin1(keyManager->keyId));
        const QList<QWidget *> widgets = window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                QVERIFY(!label->text().contains(QStringLiteral("PRIVATE KEY")));
        }
    }
};

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
