#include "applicationdialogs.h"
#include "applicationspage.h"
#include "credentialissuer.h"
#include "credentialspanel.h"
#include "mainwindow.h"
#include "pagewidgets.h"
#include "revokedialog.h"
#include "security/jose/jose.h"
#include "security/passwordhash.h"
#include "workspace.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using NodeKind = WorkspaceTreeModel::NodeKind;

namespace {

// Every text the page shows, to prove the consumer secret is not among them.
QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts.append(label->text());
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts.append(edit->text());
    for (const QPlainTextEdit *edit : root->findChildren<QPlainTextEdit *>())
        texts.append(edit->toPlainText());
    for (const QTableWidget *table : root->findChildren<QTableWidget *>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (const QTableWidgetItem *item = table->item(row, column))
                    texts.append(item->text());
            }
        }
    }
    return texts;
}

std::optional<Jose::CompactJws> verifiedJws(const Workspace &workspace, const QString &token)
{
    QString error;
    const std::optional<Jose::CompactJws> jws = Jose::parseCompact(token.toLatin1(), &error);
    if (!jws) {
        qWarning("not a JWS: %s", qPrintable(error));
        return std::nullopt;
    }
    const std::optional<QByteArray> jwks = CredentialIssuer::jwks(workspace, &error);
    const std::optional<Jose::KeySet> keys = jwks ? Jose::KeySet::fromJwks(*jwks, &error) : std::nullopt;
    const Jose::VerificationKeyPtr key = keys ? keys->find(jws->keyId, Jose::Algorithm::RS256) : nullptr;
    if (!key || !key->verify(Jose::Algorithm::RS256, jws->signingInput, jws->signature)) {
        qWarning("the signature does not verify with the key manager's JWKS");
        return std::nullopt;
    }
    return jws;
}

} // namespace

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    int m_workspaceCount = 0;

    std::unique_ptr<MainWindow> openDemo()
    {
        auto window = std::make_unique<MainWindow>(nullptr);
        QString error;
        const QString path
            = m_directory.filePath(QStringLiteral("apps-%1.gatehouse").arg(++m_workspaceCount));
        if (!window->createDemoWorkspace(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        window->showApplications();
        return window;
    }

    // Creates an application through the page's dialogs; returns its id, or an empty string.
    static QString createApplication(ApplicationsPage *page, const QString &name, QString *secret)
    {
        page->newApplication();
        NewApplicationDialog *dialog = page->newApplicationDialog();
        if (!dialog)
            return QString();
        dialog->setName(name);
        dialog->setTier(QStringLiteral("50PerMin"));
        dialog->accept();
        if (!QTest::qWaitFor([page] { return page->secretDialog() != nullptr; }, 5000))
            return QString();
        ApplicationSecretDialog *secretDialog = page->secretDialog();
        *secret = secretDialog->consumerSecret();
        secretDialog->reject();
        if (!QTest::qWaitFor([page] { return page->secretDialog() == nullptr; }, 5000))
            return QString();
        return page->selectedApplicationId();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_directory.isValid());
    }

    void createShowsTheSecretOnce()
    {
        auto window = openDemo();
        QVERIFY(window);
        ApplicationsPage *page = window->applicationsPage();
        QCOMPARE(window->currentPage(), page);

        page->newApplication();
        NewApplicationDialog *dialog = page->newApplicationDialog();
        QVERIFY(dialog);
        dialog->setName(QStringLiteral("Mobile App"));
        dialog->setTier(QStringLiteral("50PerMin"));
        dialog->accept();
        QTRY_VERIFY(page->secretDialog());
        ApplicationSecretDialog *secretDialog = page->secretDialog();
        const QString secret = secretDialog->consumerSecret();
        QVERIFY(secret.size() >= 32);

        const QList<ApplicationRecord> applications = window->workspace()->applications();
        QCOMPARE(applications.size(), 1);
        const ApplicationConfig &stored = applications.constFirst().application;
        QCOMPARE(stored.name, QStringLiteral("Mobile App"));
        QCOMPARE(stored.tier, QStringLiteral("50PerMin"));
        QCOMPARE(secretDialog->consumerKey(), QString::fromLatin1(stored.consumerKey));
        QVERIFY(!stored.consumerSecretHash.contains(secret.toLatin1()));
        QVERIFY(PasswordHash::verify(secret.toLatin1(), stored.consumerSecretHash));

        secretDialog->reject();
        QTRY_VERIFY(!page->secretDialog());
        QCOMPARE(page->selectedApplicationId(), stored.id);
        QVERIFY(window->treeModel()->findNode(NodeKind::Application, stored.id).isValid());
        page->refresh();
        for (const QString &text : visibleTexts(window.get()))
            QVERIFY2(!text.contains(secret), "the consumer secret is still on screen");
        QVERIFY(visibleTexts(page).join(QLatin1Char('\n')).contains(QString::fromLatin1(stored.consumerKey)));

        // A second application with the same name is refused inside the dialog.
        page->newApplication();
        NewApplicationDialog *duplicate = page->newApplicationDialog();
        QVERIFY(duplicate);
        duplicate->setName(QStringLiteral("Mobile App"));
        duplicate->accept();
        QVERIFY(duplicate->isVisible());
        QVERIFY2(duplicate->errorText().contains(QStringLiteral("already exists")),
            qPrintable(duplicate->errorText()));
        QCOMPARE(window->workspace()->applications().size(), 1);
        duplicate->reject();
    }

    void generateToken_data()
    {
        QTest::addColumn<QString>("scopes");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<int>("validity");
        QTest::newRow("production, no scopes") << QString() << false << 0;
        QTest::newRow("sandbox with scopes") << QStringLiteral("read:pets write:pets") << true << 600;
    }

    void generateToken()
    {
        QFETCH(QString, scopes);
        QFETCH(bool, sandbox);
        QFETCH(int, validity);

        auto window = openDemo();
        QVERIFY(window);
        ApplicationsPage *page = window->applicationsPage();
        QString secret;
        const QString id = createApplication(page, QStringLiteral("Token App"), &secret);
        QVERIFY(!id.isEmpty());
        const ApplicationConfig application = window->workspace()->application(id)->application;

        CredentialsPanel *credentials = page->credentialsPanel();
        credentials->setScopes(scopes);
        credentials->setSandbox(sandbox);
        credentials->setTokenValiditySeconds(validity);
        QVERIFY(credentials->generateToken());
        const std::optional<Jose::CompactJws> jws
            = verifiedJws(*window->workspace(), credentials->credential());
        QVERIFY(jws);
        const QJsonObject claims = jws->claims;
        QCOMPARE(
            claims.value(QLatin1String("application")).toObject().value(QLatin1String("name")).toString(),
            application.name);
        QCOMPARE(claims.value(QLatin1String("sub")).toString(), application.name);
        QCOMPARE(claims.value(QLatin1String("azp")).toString(), QString::fromLatin1(application.consumerKey));
        QCOMPARE(claims.value(QLatin1String("scope")).toString(), scopes);
        QCOMPARE(claims.value(QLatin1String("keytype")).toString(),
            sandbox ? QStringLiteral("SANDBOX") : QStringLiteral("PRODUCTION"));
        const qint64 lifetime = qint64(claims.value(QLatin1String("exp")).toDouble())
            - qint64(claims.value(QLatin1String("iat")).toDouble());
        QCOMPARE(lifetime, validity > 0 ? validity : window->workspace()->keyManager()->tokenValiditySeconds);
        QVERIFY(!credentials->credential().contains(secret));
    }

    void generateApiKeyWithSubscriptions()
    {
        auto window = openDemo();
        QVERIFY(window);
        ApplicationsPage *page = window->applicationsPage();
        QString secret;
        const QString id = createApplication(page, QStringLiteral("Key App"), &secret);
        QVERIFY(!id.isEmpty());
        const ApiRecord api = window->workspace()->apis().constFirst();
        QVERIFY(page->selectSubscriptionApi(api.definition.id));
        page->setSubscriptionTier(QStringLiteral("Gold"));
        page->subscribeSelectedApi();
        QCOMPARE(page->banner()->kind(), MessageBanner::Kind::Info);
        QCOMPARE(page->subscriptionTable()->rowCount(), 1);
        const auto subscriptions = window->workspace()->application(id)->application.subscriptions;
        QCOMPARE(subscriptions.size(), size_t(1));
        QCOMPARE(subscriptions.front().apiId, api.definition.id);
        QCOMPARE(subscriptions.front().tier, QStringLiteral("Gold"));

        CredentialsPanel *credentials = page->credentialsPanel();
        credentials->setApiKeyRestrictions(QStringLiteral("not-an-ip"), QString());
        QVERIFY(!credentials->generateApiKey());
        QVERIFY(credentials->credential().isEmpty());
        credentials->setApiKeyRestrictions(
            QStringLiteral("127.0.0.1, 10.0.0.0/8"), QStringLiteral("https://app.example.com/*"));
        QVERIFY(credentials->generateApiKey());
        const std::optional<Jose::CompactJws> jws
            = verifiedJws(*window->workspace(), credentials->credential());
        QVERIFY(jws);
        QCOMPARE(jws->claims.value(QLatin1String("token_type")).toString(), QStringLiteral("apiKey"));
        QCOMPARE(jws->claims.value(QLatin1String("permittedIP")).toString(),
            QStringLiteral("127.0.0.1,10.0.0.0/8"));
        QCOMPARE(jws->claims.value(QLatin1String("permittedReferer")).toString(),
            QStringLiteral("https://app.example.com/*"));
        const QJsonArray apis = jws->claims.value(QLatin1String("subscribedAPIs")).toArray();
        QCOMPARE(apis.size(), 1);
        QCOMPARE(apis.at(0).toObject().value(QLatin1String("name")).toString(), api.definition.name);
        QCOMPARE(apis.at(0).toObject().value(QLatin1String("subscriptionTier")).toString(),
            QStringLiteral("Gold"));
        QVERIFY(!jws->claims.contains(QLatin1String("exp")));
    }

    void revoke_data()
    {
        QTest::addColumn<QString>("credential"); // "token", "apikey" or a pasted opaque text
        QTest::newRow("generated token") << QStringLiteral("token");
        QTest::newRow("generated API key") << QStringLiteral("apikey");
        QTest::newRow("pasted opaque token") << QStringLiteral("Bearer 3f6c1a7e-opaque-token");
    }

    void revoke()
    {
        QFETCH(QString, credential);
        auto window = openDemo();
        QVERIFY(window);
        ApplicationsPage *page = window->applicationsPage();
        QString secret;
        QVERIFY(!createApplication(page, QStringLiteral("Revoking App"), &secret).isEmpty());
        CredentialsPanel *credentials = page->credentialsPanel();
        QByteArray expectedJti;
        qint64 expectedExpiry = 0;
        QByteArray expectedHash;
        if (credential == QLatin1String("token") || credential == QLatin1String("apikey")) {
            QVERIFY(credential == QLatin1String("token") ? credentials->generateToken()
                                                         : credentials->generateApiKey());
            QString error;
            const auto jws = Jose::parseCompact(credentials->credential().toLatin1(), &error);
            QVERIFY2(jws, qPrintable(error));
            expectedJti = jws->claims.value(QLatin1String("jti")).toString().toLatin1();
            expectedExpiry = qint64(jws->claims.value(QLatin1String("exp")).toDouble());
        } else {
            expectedHash = Jose::sha256Hex("3f6c1a7e-opaque-token");
        }

        credentials->revokeInteractive();
        RevokeDialog *dialog = credentials->openRevokeDialog();
        QVERIFY(dialog);
        if (!expectedHash.isEmpty())
            dialog->setCredential(credential);
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_VERIFY(!credentials->openRevokeDialog());

        const QList<RevocationRecord> revoked
            = window->workspace()->revokedTokens().value_or(QList<RevocationRecord>());
        QCOMPARE(revoked.size(), 1);
        QCOMPARE(revoked.constFirst().token.jti, expectedJti);
        QCOMPARE(revoked.constFirst().token.tokenSha256, expectedHash);
        QCOMPARE(revoked.constFirst().token.expiresAt, expectedExpiry);
    }

    void removeApplicationLeavesTheTree()
    {
        auto window = openDemo();
        QVERIFY(window);
        ApplicationsPage *page = window->applicationsPage();
        QString secret;
        const QString id = createApplication(page, QStringLiteral("Short-lived"), &secret);
        QVERIFY(!id.isEmpty());
        QVERIFY(window->workspace()->removeApplication(id));
        window->refreshFromWorkspace();
        QCOMPARE(page->applicationTable()->rowCount(), 0);
        QVERIFY(!window->treeModel()->findNode(NodeKind::Application, id).isValid());
        QVERIFY(page->selectedApplicationId().isEmpty());
    }
};

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
