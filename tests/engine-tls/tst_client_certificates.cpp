#include "core/clientcertificatetrust.h"
#include "gatewaytestutil.h"
#include "testbackend.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

// Answers every request whose path contains "/facts" with what the gateway found out about the client
// certificate; everything else goes on to the backend.
class ReportClientCertificateFilter final : public HttpFilter
{
public:
    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &) override
    {
        if (!ctx.request.path.contains("/facts"))
            return FilterStatus::Continue;
        QJsonObject report { { QStringLiteral("present"), bool(ctx.clientCertificate) } };
        if (const auto &facts = ctx.clientCertificate) {
            report.insert(QStringLiteral("verified"), facts->verified);
            report.insert(QStringLiteral("problem"), facts->problem);
            report.insert(QStringLiteral("subject"), facts->subject);
            report.insert(QStringLiteral("issuer"), facts->issuer);
            report.insert(QStringLiteral("fromProxyHeader"), facts->fromProxyHeader);
            report.insert(QStringLiteral("sha256"), QString::fromLatin1(facts->sha256Hex));
            report.insert(QStringLiteral("pem"), QString::fromLatin1(facts->pem));
        }
        LocalReply reply;
        reply.contentType = "application/json";
        reply.body = QJsonDocument(report).toJson(QJsonDocument::Compact);
        ctx.localReply = reply;
        return FilterStatus::LocalReply;
    }
};

class ReportClientCertificateFactory final : public HttpFilterFactory
{
public:
    QByteArray name() const override { return "report-client-certificate"; }
    FilterPtr create() const override { return shared(&m_filter); }

private:
    mutable ReportClientCertificateFilter m_filter;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QString &certificatePath)
{
    const QSslCertificate certificate(readFile(certificatePath), QSsl::Pem);
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ProcessResult run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace

// Client certificates on HTTPS listeners and from trusted proxies: the facts filters get in
// ctx.clientCertificate, and what of the client-certificate header reaches the backend. curl and
// openssl s_client are the clients.
class TestClientCertificateFacts : public QObject
{
    Q_OBJECT

private:
    enum class Source
    {
        None,
        Valid,
        Expired,
        NotYetValid,
        Foreign,
        Garbage,
        HugePem,
        BinaryJunk,
    };

    QString certificatePath(Source source) const
    {
        switch (source) {
        case Source::Valid:
            return m_clients->validCertificate;
        case Source::Expired:
            return m_clients->expiredCertificate;
        case Source::NotYetValid:
            return m_clients->notYetValidCertificate;
        case Source::Foreign:
            return m_clients->foreignCertificate;
        default:
            return QString();
        }
    }

    // The header value a TLS-terminating proxy would send: URL-encoded PEM, or something hostile.
    QByteArray headerValue(Source source) const
    {
        switch (source) {
        case Source::None:
            return QByteArray();
        case Source::Garbage:
            return "not%20a%20certificate";
        case Source::HugePem:
            return QByteArray(
                "-----BEGIN CERTIFICATE-----\n" + QByteArray(40000, 'A') + "\n-----END CERTIFICATE-----\n")
                .toPercentEncoding();
        case Source::BinaryJunk:
            return "%00%FF%FE-----BEGIN%20CERTIFICATE-----%0A%00%01%02%0A-----END%20CERTIFICATE-----";
        default:
            return readFile(certificatePath(source)).toPercentEncoding();
        }
    }

    struct Gateway
    {
        std::unique_ptr<Environment> environment;
        QString error;
    };

    Gateway startGateway(const QStringList &trustedProxies, bool trustClientCa = true, bool forward = false)
    {
        EnvironmentSettings settings = testSettings(1);
        settings.httpsPort = 0;
        settings.tls = TlsSettings { m_server->serverCertificate, m_server->serverKey };
        Gateway gateway { std::make_unique<Environment>(settings), QString() };
        gateway.environment->addFilterFactory(std::make_shared<ReportClientCertificateFactory>());
        ApiConfig api = shopApi(httpGroup({ m_backend.url() }));
        api.security.forwardClientCertificate = forward;
        auto config = std::make_shared<GatewayConfig>();
        config->apis.push_back(api);
        if (trustClientCa)
            config->realm.clientCaCertificatesPem = { readFile(m_clients->caCertificate) };
        config->realm.trustedProxies = trustedProxies;
        if (!gateway.environment->start(config, &gateway.error))
            gateway.environment.reset();
        return gateway;
    }

    // curl arguments for HTTPS to the gateway, presenting the client certificate of source if it has one.
    QStringList tlsArguments(Source source) const
    {
        QStringList arguments { QStringLiteral("--cacert"), m_server->caCertificate };
        if (!certificatePath(source).isEmpty())
            arguments << QStringLiteral("--cert") << certificatePath(source) << QStringLiteral("--key")
                      << m_clients->clientKey;
        return arguments;
    }

    static QStringList headerArguments(const QByteArray &value)
    {
        if (value.isEmpty())
            return {};
        return { QStringLiteral("-H"),
            QStringLiteral("X-WSO2-CLIENT-CERTIFICATE: ") + QString::fromLatin1(value) };
    }

    static ProcessResult curl(const QStringList &arguments)
    {
        return run(QStringLiteral("curl"),
            QStringList { QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20") }
                + arguments);
    }

    static QJsonObject json(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

    TestBackend m_backend { TestBackend::Options { "backend", {}, {} } };
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_server;
    std::optional<TestClientCertificates> m_clients;

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.start());
        QVERIFY(m_dir.isValid());
        QString error;
        m_server = TestCertificates::create(m_dir.filePath(QStringLiteral("server-pki")), &error);
        QVERIFY2(m_server, qPrintable(error));
        m_clients = TestClientCertificates::create(m_dir.filePath(QStringLiteral("client-pki")), &error);
        QVERIFY2(m_clients, qPrintable(error));
    }

    void tlsClientCertificate_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<bool>("trustClientCa");
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("subject");
        QTest::newRow("valid") << int(Source::Valid) << true << true << true << QString()
                               << QStringLiteral("O=Gatehouse Tests,CN=Valid Client");
        QTest::newRow("none") << int(Source::None) << true << false << false << QString() << QString();
        QTest::newRow("other CA") << int(Source::Foreign) << true << true << false
                                  << QStringLiteral("not issued by a trusted CA")
                                  << QStringLiteral("CN=Foreign Client");
        QTest::newRow("expired") << int(Source::Expired) << true << true << false << QStringLiteral("expired")
                                 << QStringLiteral("CN=Expired Client");
        QTest::newRow("not yet valid")
            << int(Source::NotYetValid) << true << true << false << QStringLiteral("not yet valid")
            << QStringLiteral("CN=Future Client");
        QTest::newRow("no trusted CAs")
            << int(Source::Valid) << false << true << false << QStringLiteral("no trusted CAs configured")
            << QStringLiteral("O=Gatehouse Tests,CN=Valid Client");
    }

    void tlsClientCertificate()
    {
        QFETCH(int, source);
        QFETCH(bool, trustClientCa);
        QFETCH(bool, present);
        QFETCH(bool, verified);
        QFETCH(QString, problem);
        QFETCH(QString, subject);
        const Gateway gateway = startGateway({}, trustClientCa);
        QVERIFY2(gateway.environment, qPrintable(gateway.error));
        const QString url
            = QStringLiteral("https://127.0.0.1:%1/shop/1.0.0/facts").arg(gateway.environment->httpsPort());
        // Two requests on one keep-alive connection: the second is answered from the connection's verdict.
        const ProcessResult result = curl(tlsArguments(Source(source))
            + QStringList { QStringLiteral("-w"), QStringLiteral("\n"), url, url });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> bodies = result.out.trimmed().split('\n');
        QCOMPARE(bodies.size(), 2);
        for (const QByteArray &body : bodies) {
            const QJsonObject facts = json(body);
            QCOMPARE(facts.value(QStringLiteral("present")).toBool(), present);
            if (!present)
                continue;
            QCOMPARE(facts.value(QStringLiteral("verified")).toBool(), verified);
            QCOMPARE(facts.value(QStringLiteral("problem")).toString(), problem);
            QCOMPARE(facts.value(QStringLiteral("subject")).toString(), subject);
            QCOMPARE(facts.value(QStringLiteral("fromProxyHeader")).toBool(), false);
            QCOMPARE(
                facts.value(QStringLiteral("sha256")).toString(), sha256Of(certificatePath(Source(source))));
            const QSslCertificate leaf(facts.value(QStringLiteral("pem")).toString().toLatin1(), QSsl::Pem);
            QCOMPARE(leaf, QSslCertificate(readFile(certificatePath(Source(source))), QSsl::Pem));
            QVERIFY(facts.value(QStringLiteral("issuer")).toString().contains(QStringLiteral("CA")));
        }
    }

    void handshakeAsksForCertificateWithoutRequiringOne()
    {
        const Gateway gateway = startGateway({});
        QVERIFY2(gateway.environment, qPrintable(gateway.error));
        const ProcessResult result = run(QStringLiteral("openssl"),
            { QStringLiteral("s_client"), QStringLiteral("-connect"),
                QStringLiteral("127.0.0.1:%1").arg(gateway.environment->httpsPort()),
                QStringLiteral("-CAfile"), m_server->caCertificate, QStringLiteral("-msg"),
                QStringLiteral("-ign_eof") },
            "GET /shop/1.0.0/facts HTTP/1.1\r\nHost: gateway.test\r\nConnection: close\r\n\r\n");
        QVERIFY2(result.out.contains("CertificateRequest"), result.out.constData());
        // Qt's OpenSSL backend names no acceptable CAs in the request; clients offer what they have.
        QVERIFY2(result.out.contains("No client certificate CA names sent"), result.out.constData());
        QVERIFY2(result.out.contains("Verify return code: 0 (ok)"), result.out.constData());
        QVERIFY2(result.out.contains("HTTP/1.1 200"), result.out.constData());
        QVERIFY2(result.out.contains("{\"present\":false}"), result.out.constData());
    }

    void proxyHeader_data()
    {
        QTest::addColumn<QStringList>("trustedProxies");
        QTest::addColumn<int>("header");
        QTest::addColumn<int>("tlsCertificate"); // Source::None: plain HTTP
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<bool>("fromProxyHeader");
        QTest::addColumn<QString>("problem");
        const QStringList loopback { QStringLiteral("127.0.0.1") };
        const int none = int(Source::None);
        QTest::newRow("trusted proxy, valid")
            << loopback << int(Source::Valid) << none << true << true << true << QString();
        QTest::newRow("trusted by CIDR")
            << QStringList { QStringLiteral("10.0.0.0/8"), QStringLiteral("127.0.0.0/8") }
            << int(Source::Valid) << none << true << true << true << QString();
        QTest::newRow("bad entries skipped")
            << QStringList { QStringLiteral("proxy.example"), QStringLiteral("300.1.1.1"),
                   QStringLiteral("10.0.0.0/99"), QStringLiteral("127.0.0.1") }
            << int(Source::Valid) << none << true << true << true << QString();
        QTest::newRow("untrusted address") << QStringList { QStringLiteral("10.1.2.3") } << int(Source::Valid)
                                           << none << false << false << false << QString();
        QTest::newRow("no trusted proxies")
            << QStringList() << int(Source::Valid) << none << false << false << false << QString();
        QTest::newRow("trusted proxy, expired")
            << loopback << int(Source::Expired) << none << true << false << true << QStringLiteral("expired");
        QTest::newRow("trusted proxy, other CA") << loopback << int(Source::Foreign) << none << true << false
                                                 << true << QStringLiteral("not issued by a trusted CA");
        QTest::newRow("trusted proxy, garbage") << loopback << int(Source::Garbage) << none << true << false
                                                << true << QStringLiteral("not a PEM certificate");
        QTest::newRow("trusted proxy, huge PEM") << loopback << int(Source::HugePem) << none << true << false
                                                 << true << QStringLiteral("certificate too large");
        QTest::newRow("trusted proxy, binary junk")
            << loopback << int(Source::BinaryJunk) << none << true << false << true
            << QStringLiteral("not a PEM certificate");
        QTest::newRow("TLS certificate, header from untrusted address")
            << QStringList() << int(Source::Expired) << int(Source::Valid) << true << true << false
            << QString();
        QTest::newRow("TLS connection from trusted proxy: header wins")
            << loopback << int(Source::Foreign) << int(Source::Valid) << true << false << true
            << QStringLiteral("not issued by a trusted CA");
    }

    void proxyHeader()
    {
        QFETCH(QStringList, trustedProxies);
        QFETCH(int, header);
        QFETCH(int, tlsCertificate);
        QFETCH(bool, present);
        QFETCH(bool, verified);
        QFETCH(bool, fromProxyHeader);
        QFETCH(QString, problem);
        const Gateway gateway = startGateway(trustedProxies);
        QVERIFY2(gateway.environment, qPrintable(gateway.error));
        const bool tls = Source(tlsCertificate) != Source::None;
        const QString url = tls
            ? QStringLiteral("https://127.0.0.1:%1/shop/1.0.0/facts").arg(gateway.environment->httpsPort())
            : QStringLiteral("http://127.0.0.1:%1/shop/1.0.0/facts").arg(gateway.environment->httpPort());
        const ProcessResult result = curl((tls ? tlsArguments(Source(tlsCertificate)) : QStringList())
            + headerArguments(headerValue(Source(header))) + QStringList { url });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject facts = json(result.out);
        QCOMPARE(facts.value(QStringLiteral("present")).toBool(), present);
        if (!present)
            return;
        QCOMPARE(facts.value(QStringLiteral("verified")).toBool(), verified);
        QCOMPARE(facts.value(QStringLiteral("fromProxyHeader")).toBool(), fromProxyHeader);
        QCOMPARE(facts.value(QStringLiteral("problem")).toString(), problem);
        const Source described = fromProxyHeader ? Source(header) : Source(tlsCertificate);
        if (!certificatePath(described).isEmpty())
            QCOMPARE(facts.value(QStringLiteral("sha256")).toString(), sha256Of(certificatePath(described)));
    }

    void certificateHeaderToBackend_data()
    {
        QTest::addColumn<QStringList>("trustedProxies");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<bool>("https");
        QTest::addColumn<int>("tlsCertificate");
        QTest::addColumn<int>("header");
        QTest::addColumn<bool>("backendGetsValidCertificate");
        const QStringList loopback { QStringLiteral("127.0.0.1") };
        const int none = int(Source::None);
        const int valid = int(Source::Valid);
        QTest::newRow("spoofed, not forwarding") << QStringList() << false << false << none << valid << false;
        QTest::newRow("trusted proxy, not forwarding")
            << loopback << false << false << none << valid << false;
        QTest::newRow("spoofed, forwarding") << QStringList() << true << false << none << valid << false;
        QTest::newRow("trusted proxy, forwarding") << loopback << true << false << none << valid << true;
        QTest::newRow("trusted proxy garbage, forwarding")
            << loopback << true << false << none << int(Source::Garbage) << false;
        QTest::newRow("trusted proxy expired, forwarding")
            << loopback << true << false << none << int(Source::Expired) << false;
        QTest::newRow("TLS certificate, forwarding")
            << QStringList() << true << true << valid << none << true;
        QTest::newRow("TLS certificate, not forwarding")
            << QStringList() << false << true << valid << none << false;
        QTest::newRow("TLS other CA, forwarding")
            << QStringList() << true << true << int(Source::Foreign) << none << false;
        QTest::newRow("TLS without certificate, forwarding")
            << QStringList() << true << true << none << none << false;
        QTest::newRow("TLS without certificate, spoofed header")
            << QStringList() << true << true << none << valid << false;
    }

    void certificateHeaderToBackend()
    {
        QFETCH(QStringList, trustedProxies);
        QFETCH(bool, forward);
        QFETCH(bool, https);
        QFETCH(int, tlsCertificate);
        QFETCH(int, header);
        QFETCH(bool, backendGetsValidCertificate);
        const Gateway gateway = startGateway(trustedProxies, true, forward);
        QVERIFY2(gateway.environment, qPrintable(gateway.error));
        const QString url = https
            ? QStringLiteral("https://127.0.0.1:%1/shop/1.0.0/echo").arg(gateway.environment->httpsPort())
            : QStringLiteral("http://127.0.0.1:%1/shop/1.0.0/echo").arg(gateway.environment->httpPort());
        const ProcessResult result = curl((https ? tlsArguments(Source(tlsCertificate)) : QStringList())
            + headerArguments(headerValue(Source(header))) + QStringList { url });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject echo = json(result.out);
        QCOMPARE(echo.value(QStringLiteral("backend")).toString(), QStringLiteral("backend"));
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        const QString name = QStringLiteral("x-wso2-client-certificate");
        if (!backendGetsValidCertificate) {
            QVERIFY2(!headers.contains(name), qPrintable(headers.value(name).toString()));
            return;
        }
        const QByteArray forwarded = headers.value(name).toString().toLatin1();
        const QByteArray validPem = readFile(m_clients->validCertificate);
        QCOMPARE(forwarded, validPem.toPercentEncoding());
        QCOMPARE(QSslCertificate(QByteArray::fromPercentEncoding(forwarded), QSsl::Pem),
            QSslCertificate(validPem, QSsl::Pem));
    }

    void trustedProxyMatching_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("trusted");
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromLatin1(item);
            return out;
        };
        QTest::newRow("exact IPv4") << list({ "192.0.2.10" }) << QStringLiteral("192.0.2.10") << true;
        QTest::newRow("other IPv4") << list({ "192.0.2.10" }) << QStringLiteral("192.0.2.11") << false;
        QTest::newRow("IPv4 range") << list({ "10.0.0.0/8" }) << QStringLiteral("10.200.3.4") << true;
        QTest::newRow("outside IPv4 range") << list({ "10.0.0.0/8" }) << QStringLiteral("11.0.0.1") << false;
        QTest::newRow("exact IPv6") << list({ "2001:db8::1" }) << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("IPv6 range") << list({ "2001:db8::/32" }) << QStringLiteral("2001:db8:ffff::5")
                                    << true;
        QTest::newRow("outside IPv6 range")
            << list({ "2001:db8::/32" }) << QStringLiteral("2001:db9::5") << false;
        QTest::newRow("IPv4-mapped client")
            << list({ "127.0.0.1" }) << QStringLiteral("::ffff:127.0.0.1") << true;
        QTest::newRow("IPv4-mapped range")
            << list({ "::ffff:10.0.0.0/104" }) << QStringLiteral("10.1.1.1") << true;
        QTest::newRow("bad entries skipped")
            << list({ "proxy.example", " ", "10.0.0.0/40", "1.2.3.4.5", "127.0.0.1" })
            << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("only bad entries")
            << list({ "proxy.example", "0.0.0.0/-1" }) << QStringLiteral("127.0.0.1") << false;
        QTest::newRow("nothing configured") << QStringList() << QStringLiteral("127.0.0.1") << false;
    }

    void trustedProxyMatching()
    {
        QFETCH(QStringList, entries);
        QFETCH(QString, address);
        QFETCH(bool, trusted);
        SecurityRealm realm;
        realm.trustedProxies = entries;
        const ClientCertificateTrust trust(realm);
        QCOMPARE(trust.isTrustedProxy(QHostAddress(address)), trusted);
    }

    void badRealmEntriesAreSkippedAndReported()
    {
        SecurityRealm realm;
        realm.clientCaCertificatesPem
            = { QByteArray("not a certificate"), readFile(m_clients->caCertificate) };
        realm.trustedProxies = { QStringLiteral("proxy.example"), QStringLiteral("127.0.0.1") };
        const ClientCertificateTrust trust(realm);
        QCOMPARE(trust.certificateAuthorityCount(), 1);
        QCOMPARE(trust.skippedEntries().size(), 2);
        const auto examination = trust.examinePem(readFile(m_clients->validCertificate));
        QVERIFY(examination.facts.verified);
        QVERIFY(examination.recheckAfter > QDateTime::currentSecsSinceEpoch());

        const Gateway gateway = startGateway({});
        QVERIFY2(gateway.environment, qPrintable(gateway.error));
        auto config = std::make_shared<GatewayConfig>(*gateway.environment->currentConfig());
        config->realm = realm;
        const DeployResult deployed = gateway.environment->deploy(config);
        QVERIFY(deployed.ok);
        QVERIFY2(deployed.message.contains(QStringLiteral("proxy.example")), qPrintable(deployed.message));
    }
};

QTEST_GUILESS_MAIN(TestClientCertificateFacts)
#include "tst_client_certificates.moc"
