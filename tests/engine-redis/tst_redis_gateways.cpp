// End to end: three gateway processes share one 100 requests/minute API policy through Redis. Requests
// spread over the three get about 100 200s in total, and no 429 reaches the backend.
#include "blockinghttpclient.h"
#include "redistestserver.h"
#include "testbackend.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

struct Statuses
{
    int ok = 0;
    int throttled = 0;
    int other = 0;
};

} // namespace

class TestRedisGateways : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeGatewaysShareOneApiLimit();
    void redisOutageIsNeither500NorHang();

private:
    std::vector<quint16> m_ports;
    RedisTestServer m_redis;
    TestBackend m_backend;
    std::vector<std::unique_ptr<QProcess>> m_gateways;
};

void TestRedisGateways::initTestCase()
{
    QString error;
    if (!m_redis.start(&error))
        QFAIL(qPrintable(error));
    QVERIFY(m_backend.start());
}

void TestRedisGateways::cleanupTestCase()
{
    for (const auto &gateway : m_gateways) {
        gateway->terminate();
        if (!gateway->waitForFinished(5000))
            gateway->kill();
    }
}

void TestRedisGateways::threeGatewaysShareOneApiLimit()
{
    const QString node = QCoreApplication::applicationDirPath() + QStringLiteral("/redis_gateway_node");
    QVERIFY2(QFile::exists(node), qPrintable(node));
    std::vector<quint16> ports;
    for (int i = 0; i < 3; ++i) {
        auto gateway = std::make_unique<QProcess>();
        gateway->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gateway->start(node,
            { QStringLiteral("--redis-port"), QString::number(m_redis.port()), QStringLiteral("--backend"),
                m_backend.url().toString() });
        QVERIFY2(gateway->waitForStarted(10'000), qPrintable(gateway->errorString()));
        m_gateways.push_back(std::move(gateway));
    }
    for (const auto &gateway : m_gateways) {
        while (!gateway->canReadLine())
            QVERIFY2(gateway->waitForReadyRead(30'000), "a gateway did not print its port");
        const QByteArray line = gateway->readLine().trimmed();
        QVERIFY2(line.startsWith("port "), line.constData());
        ports.push_back(quint16(line.mid(5).toUInt()));
    }
    m_ports = ports;

    // 60 requests to each gateway at once: 180 against a limit of 100. The limit refills one request
    // every 600 ms, so the run must stay short for the 2% bound to mean anything; it takes well under 1 s.
    constexpr int RequestsPerGateway = 60;
    const int backendBefore = m_backend.requestCount();
    std::vector<Statuses> statuses(ports.size());
    std::vector<std::unique_ptr<QThread>> clients;
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < ports.size(); ++i) {
        clients.emplace_back(QThread::create([&statuses, &ports, i] {
            BlockingHttpClient client(ports[i]);
            for (int n = 0; n < RequestsPerGateway; ++n) {
                const BlockingHttpClient::Response response = client.request("GET", "/shop/1.0.0/items");
                const int status = response.ok ? response.head.status : 0;
                (status == 200          ? statuses[i].ok
                        : status == 429 ? statuses[i].throttled
                                        : statuses[i].other)
                    += 1;
            }
        }));
        clients.back()->start();
    }
    for (const auto &client : clients)
        QVERIFY(client->wait(120'000));
    const qint64 elapsedMs = clock.elapsed();

    Statuses total;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        qInfo("gateway %zu: %d ok, %d throttled, %d other", i, statuses[i].ok, statuses[i].throttled,
            statuses[i].other);
        total.ok += statuses[i].ok;
        total.throttled += statuses[i].throttled;
        total.other += statuses[i].other;
    }
    qInfo("%d ok of %d requests in %lld ms", total.ok, 3 * RequestsPerGateway, elapsedMs);
    QCOMPARE(total.other, 0); // neither 500s nor broken connections
    QCOMPARE(total.ok + total.throttled, 3 * RequestsPerGateway);
    QVERIFY2(total.ok >= 98 && total.ok <= 102, qPrintable(QString::number(total.ok)));
    QCOMPARE(m_backend.requestCount() - backendBefore, total.ok); // no 429 reached the backend
}

void TestRedisGateways::redisOutageIsNeither500NorHang()
{
    QVERIFY(!m_ports.empty());
    m_redis.stop();
    // The gateways fail open (the default) and count in their own process: 100 a minute each.
    const int backendBefore = m_backend.requestCount();
    Statuses total;
    QElapsedTimer clock;
    clock.start();
    for (const quint16 port : m_ports) {
        BlockingHttpClient client(port);
        for (int n = 0; n < 10; ++n) {
            const BlockingHttpClient::Response response = client.request("GET", "/shop/1.0.0/items");
            const int status = response.ok ? response.head.status : 0;
            (status == 200 ? total.ok : status == 429 ? total.throttled : total.other) += 1;
        }
    }
    qInfo("during the outage: %d ok, %d throttled, %d other in %lld ms", total.ok, total.throttled,
        total.other, clock.elapsed());
    QCOMPARE(total.other, 0);
    QCOMPARE(total.ok, 30);
    QCOMPARE(m_backend.requestCount() - backendBefore, total.ok);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestRedisGateways)
#include "tst_redis_gateways.moc"
