#include "gatehousectlprocess.h"
#include "testcertificates.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

// gatehousectl introspection set|clear, proxies set, app cert add|remove: what reaches the workspace's
// security realm, and the refusals.
class TestCliSecuritySettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void introspectionSecretComesFromStandardInput();
    void certificateMappingReachesTheRealm();

private:
    using Result = GatehouseCtlProcess::Result;
    Result ctl(const QStringList &arguments, const QByteArray &input = {}) const
    {
        const QStringList all = arguments + QStringList { QStringLiteral("--workspace"), m_workspace };
        return input.isEmpty() ? GatehouseCtlProcess::run(all)
                               : GatehouseCtlProcess::runWithInput(all, input);
    }
    std::optional<SecurityRealm> realm() const
    {
        QString error;
        const auto workspace = Workspace::open(m_workspace, &error);
        return workspace ? workspace->securityRealm() : std::nullopt;
    }

    QTemporaryDir m_directory;
    QString m_workspace;
    std::optional<TestClientCertificates> m_clients;
};

void TestCliSecuritySettings::initTestCase()
{
    QVERIFY(m_directory.isValid());
    m_workspace = m_directory.filePath(QStringLiteral("settings.gatehouse"));
    Result result = GatehouseCtlProcess::run({ QStringLiteral("init"), m_workspace });
    VERIFY_RESULT(result, 0);
    result = ctl({ QStringLiteral("app"), QStringLiteral("create"), QStringLiteral("devices") });
    VERIFY_RESULT(result, 0);
    QString error;
    m_clients = TestClientCertificates::create(m_directory.filePath(QStringLiteral("pki")), &error);
    QVERIFY2(m_clients, qPrintable(error));
}

void TestCliSecuritySettings::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOutput");
    QTest::addColumn<QStringList>("trustedProxies");

    const QStringList unchanged { QStringLiteral("unchanged") };
    QTest::newRow("proxies set") << QStringList { QStringLiteral("proxies"), QStringLiteral("set"),
        QStringLiteral("10.0.0.5, 192.168.0.0/16,::1") }
                                 << 0 << QStringLiteral("Trusted proxies: 10.0.0.5, 192.168.0.0/16, ::1")
                                 << QStringList { QStringLiteral("10.0.0.5"),
                                        QStringLiteral("192.168.0.0/16"), QStringLiteral("::1") };
    QTest::newRow("proxies set garbage") << QStringList { QStringLiteral("proxies"), QStringLiteral("set"),
        QStringLiteral("10.0.0.5,not-an-address") }
                                         << 1 << QStringLiteral("not an IP address") << unchanged;
    QTest::newRow("proxies set bad range")
        << QStringList { QStringLiteral("proxies"), QStringLiteral("set"), QStringLiteral("10.0.0.0/99") }
        << 1 << QStringLiteral("not an IP address") << unchanged;
    QTest::newRow("proxies cleared") << QStringList { QStringLiteral("proxies"), QStringLiteral("set"),
        QString() } << 0 << QStringLiteral("No proxy is trusted")
                                     << QStringList();
    QTest::newRow("introspection without endpoint")
        << QStringList { QStringLiteral("introspection"), QStringLiteral("set") } << 2
        << QStringLiteral("--endpoint is required") << unchanged;
    QTest::newRow("introspection bad scheme") << QStringList { QStringLiteral("introspection"),
        QStringLiteral("set"), QStringLiteral("--endpoint"), QStringLiteral("ftp://idp.example/introspect") }
                                              << 1 << QStringLiteral("http or https URL") << unchanged;
    QTest::newRow("introspection bad cache") << QStringList { QStringLiteral("introspection"),
        QStringLiteral("set"), QStringLiteral("--endpoint"), QStringLiteral("https://idp.example/introspect"),
        QStringLiteral("--cache-seconds"), QStringLiteral("soon") }
                                             << 2 << QStringLiteral("--cache-seconds") << unchanged;
    QTest::newRow("app cert add unknown app") << QStringList { QStringLiteral("app"),
        QStringLiteral("cert-add"), QStringLiteral("nobody"), m_clients->validCertificate }
                                              << 1 << QStringLiteral("cannot map") << unchanged;
    QTest::newRow("app cert add missing file")
        << QStringList { QStringLiteral("app"), QStringLiteral("cert-add"), QStringLiteral("devices"),
               m_directory.filePath(QStringLiteral("nope.pem")) }
        << 1 << QStringLiteral("nope.pem") << unchanged;
    QTest::newRow("app cert add not a certificate") << QStringList { QStringLiteral("app"),
        QStringLiteral("cert-add"), QStringLiteral("devices"), m_clients->clientKey }
                                                    << 1 << QStringLiteral("cannot map") << unchanged;
    QTest::newRow("app cert remove unknown") << QStringList { QStringLiteral("app"),
        QStringLiteral("cert-remove"), QStringLiteral("devices"), QStringLiteral("00ff") }
                                             << 1 << QStringLiteral("cannot remove") << unchanged;
    QTest::newRow("app cert add too few arguments")
        << QStringList { QStringLiteral("app"), QStringLiteral("cert-add"), QStringLiteral("devices") } << 2
        << QString() << unchanged;
}

void TestCliSecuritySettings::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOutput);
    QFETCH(QStringList, trustedProxies);
    const auto before = realm();
    QVERIFY(before);
    const Result result = ctl(arguments);
    VERIFY_RESULT(result, exitCode);
    const QByteArray printed = result.standardOutput + result.standardError;
    QVERIFY2(printed.contains(expectedOutput.toUtf8()), printed.constData());
    const auto after = realm();
    QVERIFY(after);
    if (trustedProxies == QStringList { QStringLiteral("unchanged") })
        QVERIFY(*after == *before); // a refused command changes nothing
    else
        QCOMPARE(after->trustedProxies, trustedProxies);
}

void TestCliSecuritySettings::introspectionSecretComesFromStandardInput()
{
    Result result
        = ctl({ QStringLiteral("introspection"), QStringLiteral("set"), QStringLiteral("--endpoint"),
                  QStringLiteral("https://idp.example/oauth2/introspect"), QStringLiteral("--client-id"),
                  QStringLiteral("gateway"), QStringLiteral("--cache-seconds"), QStringLiteral("60") },
            "s3cr3t-from-stdin\n");
    VERIFY_RESULT(result, 0);
    QVERIFY(!result.standardOutput.contains("s3cr3t"));
    auto introspection = realm()->introspection;
    QVERIFY(introspection);
    QCOMPARE(introspection->endpoint, QUrl(QStringLiteral("https://idp.example/oauth2/introspect")));
    QCOMPARE(introspection->clientId, QStringLiteral("gateway"));
    QCOMPARE(introspection->clientSecret, QByteArray("s3cr3t-from-stdin"));
    QCOMPARE(introspection->cacheSeconds, 60);

    result = ctl({ QStringLiteral("introspection"), QStringLiteral("set"), QStringLiteral("--endpoint"),
                     QStringLiteral("https://idp.example/oauth2/introspect"), QStringLiteral("--client-id"),
                     QStringLiteral("gateway") },
        "\n");
    VERIFY_RESULT(result, 1); // no secret on standard input
    QCOMPARE(realm()->introspection->clientSecret, QByteArray("s3cr3t-from-stdin"));

    result = ctl({ QStringLiteral("introspection"), QStringLiteral("clear") });
    VERIFY_RESULT(result, 0);
    QVERIFY(!realm()->introspection);
}

void TestCliSecuritySettings::certificateMappingReachesTheRealm()
{
    Result result = ctl({ QStringLiteral("app"), QStringLiteral("cert-add"), QStringLiteral("devices"),
        m_clients->validCertificate });
    VERIFY_RESULT(result, 0);
    QFile pem(m_clients->validCertificate);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QString sha256
        = QString::fromLatin1(QSslCertificate(pem.readAll()).digest(QCryptographicHash::Sha256).toHex());
    QVERIFY2(result.standardOutput.contains(sha256.toLatin1()), result.standardOutput.constData());
    auto applications = realm()->applications;
    QCOMPARE(applications.size(), std::size_t(1));
    QCOMPARE(applications.front().clientCertificateSha256, QStringList { sha256 });

    result = ctl({ QStringLiteral("app"), QStringLiteral("cert-remove"), QStringLiteral("devices"),
        sha256.toUpper() });
    VERIFY_RESULT(result, 0);
    QVERIFY(realm()->applications.front().clientCertificateSha256.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSecuritySettings)
#include "tst_cli_security_settings.moc"
