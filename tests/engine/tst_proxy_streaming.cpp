#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "testbackend.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

// Bodies in both directions, keep-alive pooling and TLS on both sides, with curl as an independent client.
class TestProxyStreaming : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

    static QByteArray runCurl(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess curl;
        curl.start(QStringLiteral("curl"), QStringList { QStringLiteral("-sS") } + arguments);
        if (!curl.waitForFinished(60000))
            curl.kill();
        if (exitCode)
            *exitCode = curl.exitCode();
        return curl.readAllStandardOutput();
    }

    TestBackend m_backend { TestBackend::Options { "plain", {}, {} } };
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_pki;

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.start());
        QVERIFY(m_dir.isValid());
        QString error;
        m_pki = TestCertificates::create(m_dir.filePath(QStringLiteral("pki")), &error);
        QVERIFY2(m_pki, qPrintable(error));
    }

    void requestBodies_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("chunked");
        QTest::newRow("small, content-length") << qint64(100) << false;
        QTest::newRow("8 MiB, content-length") << qint64(8 << 20) << false;
        QTest::newRow("small, chunked") << qint64(100) << true;
        QTest::newRow("8 MiB, chunked") << qint64(8 << 20) << true;
    }

    void requestBodies()
    {
        QFETCH(qint64, size);
        QFETCH(bool, chunked);
        QByteArray body(qsizetype(size), Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char('a' + (i * 7) % 26);
        const QString file = m_dir.filePath(QStringLiteral("upload.bin"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(body);
        out.close();

        EnvironmentSettings settings = testSettings(2);
        settings.limits.maxBodyBytes = 64 << 20;
        Environment env(settings);
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        QStringList arguments { QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("--data-binary"),
            QLatin1Char('@') + file,
            QStringLiteral("http://127.0.0.1:%1/shop/1.0.0/upload").arg(env.httpPort()) };
        if (chunked)
            arguments << QStringLiteral("-H") << QStringLiteral("Transfer-Encoding: chunked");
        int exitCode = -1;
        const QJsonObject echo = json(runCurl(arguments, &exitCode));
        QCOMPARE(exitCode, 0);
        QCOMPARE(echo.value(QStringLiteral("body_bytes")).toInteger(), size);
        QCOMPARE(echo.value(QStringLiteral("body_sha256")).toString().toLatin1(),
            QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        const QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.contains(QStringLiteral("transfer-encoding")), chunked);
    }

    void responseBodies_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QByteArray>("framingToClient");
        QTest::newRow("content-length 20 MB")
            << QByteArray("/bytes/20000000") << qint64(20000000) << QByteArray("content-length");
        QTest::newRow("chunked 3 MB")
            << QByteArray("/chunked/3000000") << qint64(3000000) << QByteArray("transfer-encoding");
        QTest::newRow("until close 1 MB")
            << QByteArray("/close/1000000") << qint64(1000000) << QByteArray("transfer-encoding");
    }

    void responseBodies()
    {
        QFETCH(QByteArray, path);
        QFETCH(qint64, size);
        QFETCH(QByteArray, framingToClient);
        Environment env(testSettings(2));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort(), 30000);
        const auto response = client.request("GET", "/shop/1.0.0" + path);
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, 200);
        QCOMPARE(qint64(response.body.size()), size);
        QVERIFY(response.head.headers.contains(framingToClient));
        // The connection is still usable afterwards.
        QCOMPARE(client.request("GET", "/shop/1.0.0/echo").head.status, 200);
    }

    void headRequestHasNoBody()
    {
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        const auto response = client.request("HEAD", "/shop/1.0.0/bytes/5000");
        QVERIFY(response.ok);
        QCOMPARE(response.head.headers.value("content-length"), QByteArray("5000"));
        QVERIFY(response.body.isEmpty());
        QCOMPARE(client.request("GET", "/shop/1.0.0/echo").head.status, 200);
    }

    void keepAliveConnectionsArePooled()
    {
        TestBackend backend(TestBackend::Options { "pooled", {}, {} });
        QVERIFY(backend.start());
        Environment env(testSettings(1));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ backend.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        // Requests with and without bodies: a body must not cost either side its keep-alive connection.
        for (int i = 0; i < 25; ++i) {
            const auto response = i % 2
                ? client.request("POST", "/shop/1.0.0/echo", {}, QByteArray(i * 100, 'p'))
                : client.request("GET", "/shop/1.0.0/echo");
            QCOMPARE(response.head.status, 200);
            QVERIFY(!response.closedByServer);
        }
        QCOMPARE(backend.requestCount(), 25);
        QCOMPARE(backend.connectionCount(), 1);
    }

    void curlReusesItsConnection()
    {
        Environment env(testSettings(2));
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
        const QString url = QStringLiteral("http://127.0.0.1:%1/shop/1.0.0/echo").arg(env.httpPort());
        QProcess curl;
        curl.start(QStringLiteral("curl"), { QStringLiteral("-sv"), url, url });
        QVERIFY(curl.waitForFinished(30000));
        QCOMPARE(curl.exitCode(), 0);
        const QByteArray log = curl.readAllStandardError();
        QVERIFY2(log.contains("Re-using existing") || log.contains("Reusing existing"), log.constData());
    }

    void httpsBackendVerifiedAgainstCaBundle_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("trusted CA") << true;
        QTest::newRow("unrelated CA") << false;
    }

    void httpsBackendVerifiedAgainstCaBundle()
    {
        QFETCH(bool, trusted);
        TestBackend tlsBackend(TestBackend::Options { "tls", m_pki->serverCertificate, m_pki->serverKey });
        QVERIFY(tlsBackend.start());
        EnvironmentSettings settings = testSettings(1);
        settings.upstreamCaBundlePath = trusted ? m_pki->caCertificate : m_pki->otherCaCertificate;
        Environment env(settings);
        QVERIFY(env.start(configWith({ shopApi(httpGroup({ tlsBackend.url() })) }), nullptr));
        BlockingHttpClient client(env.httpPort());
        const auto response = client.request("GET", "/shop/1.0.0/secure");
        QVERIFY(response.ok);
        if (trusted) {
            QCOMPARE(response.head.status, 200);
            QCOMPARE(response.head.headers.value("x-backend"), QByteArray("tls"));
        } else {
            QCOMPARE(response.head.status, 503);
            QCOMPARE(json(response.body).value(QStringLiteral("code")).toString(), QStringLiteral("101503"));
            QCOMPARE(tlsBackend.requestCount(), 0);
        }
    }

    void httpsListenerServesCurl()
    {
        EnvironmentSettings settings = testSettings(2);
        settings.httpsPort = 0;
        settings.tls = TlsSettings { m_pki->serverCertificate, m_pki->serverKey };
        Environment env(settings);
        QString error;
        QVERIFY2(
            env.start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), &error), qPrintable(error));
        QVERIFY(env.httpsPort() != 0);
        int exitCode = -1;
        const QJsonObject echo
            = json(runCurl({ QStringLiteral("--cacert"), m_pki->caCertificate,
                               QStringLiteral("https://127.0.0.1:%1/shop/1.0.0/tls").arg(env.httpsPort()) },
                &exitCode));
        QCOMPARE(exitCode, 0);
        QCOMPARE(echo.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("x-forwarded-proto"))
                     .toString(),
            QStringLiteral("https"));
        // curl refuses the gateway's certificate when it does not trust the CA.
        runCurl({ QStringLiteral("--cacert"), m_pki->otherCaCertificate,
                    QStringLiteral("https://127.0.0.1:%1/shop/1.0.0/tls").arg(env.httpsPort()) },
            &exitCode);
        QCOMPARE(exitCode, 60);
    }
};

QTEST_GUILESS_MAIN(TestProxyStreaming)
#include "tst_proxy_streaming.moc"
