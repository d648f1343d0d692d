#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtTest>
#include <atomic>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

namespace {

struct PipelineCounters
{
    std::atomic<int> logged { 0 };
    std::atomic<int> destroyed { 0 };
};

// Exercises every phase: pauses asynchronously, answers locally, edits the request and the response.
class ProbeFilter final : public HttpFilter
{
public:
    explicit ProbeFilter(PipelineCounters &counters)
        : m_counters(counters)
    { }

    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override
    {
        if (ctx.request.headers.contains("x-block")) {
            ctx.localReply
                = wso2ErrorReply(403, "900908", "Resource forbidden", "blocked by the probe filter");
            return FilterStatus::LocalReply;
        }
        const QByteArray delay = ctx.request.headers.value("x-delay");
        if (delay.isEmpty())
            return FilterStatus::Continue;
        m_timerContext = std::make_unique<QObject>();
        QTimer::singleShot(delay.toInt(), m_timerContext.get(), [&ctx, &callbacks] {
            ctx.request.headers.append("X-Async", "resumed");
            callbacks.resume();
        });
        return FilterStatus::Stop;
    }

    FilterStatus onResponseHeaders(RequestContext &ctx) override
    {
        ctx.response.headers.append("X-Filtered", "yes");
        return FilterStatus::Continue;
    }

    void onLog(const RequestContext &) override { ++m_counters.logged; }

    void onDestroy() override
    {
        m_timerContext.reset(); // cancels a pending resume
        ++m_counters.destroyed;
    }

private:
    PipelineCounters &m_counters;
    std::unique_ptr<QObject> m_timerContext;
};

class ProbeFilterFactory final : public HttpFilterFactory
{
public:
    explicit ProbeFilterFactory(PipelineCounters &counters)
        : m_counters(counters)
    { }
    QByteArray name() const override { return QByteArrayLiteral("probe"); }
    FilterPtr create() const override { return owned(new ProbeFilter(m_counters)); }

private:
    PipelineCounters &m_counters;
};

} // namespace

// The filter contract: Continue, Stop + resume, LocalReply, response editing, onLog and onDestroy.
class TestFilterPipeline : public QObject
{
    Q_OBJECT

    TestBackend m_backend;
    PipelineCounters m_counters;
    std::unique_ptr<Environment> m_env;
    int m_requestsSent = 0;

    // A request is logged and destroyed on its worker after its response is on the wire: wait for all.
    void settle()
    {
        QTRY_COMPARE(m_counters.logged.load(), m_requestsSent);
        QTRY_COMPARE(m_counters.destroyed.load(), m_requestsSent);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.start());
        m_env = std::make_unique<Environment>(testSettings(2));
        m_env->addFilterFactory(std::make_shared<ProbeFilterFactory>(m_counters));
        QVERIFY(m_env->start(configWith({ shopApi(httpGroup({ m_backend.url() })) }), nullptr));
    }

    void asyncFilterResumesTheChain()
    {
        BlockingHttpClient client(m_env->httpPort());
        const auto response = client.request("GET", "/shop/1.0.0/slow", "X-Delay: 80\r\n");
        ++m_requestsSent;
        QVERIFY(response.ok);
        QCOMPARE(response.head.status, 200);
        const QJsonObject headers
            = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("x-async")).toString(), QStringLiteral("resumed"));
        QCOMPARE(response.head.headers.value("x-filtered"), QByteArray("yes"));
    }

    void localReplyNeverReachesTheBackend()
    {
        const int before = m_backend.requestCount();
        BlockingHttpClient client(m_env->httpPort());
        const auto response = client.request("POST", "/shop/1.0.0/orders", "X-Block: 1\r\n", "payload");
        ++m_requestsSent;
        QCOMPARE(response.head.status, 403);
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(QStringLiteral("code")).toString(),
            QStringLiteral("900908"));
        QCOMPARE(m_backend.requestCount(), before);
        // The connection stays usable: the small body was taken off the wire.
        QCOMPARE(client.request("GET", "/shop/1.0.0/next").head.status, 200);
        ++m_requestsSent;
    }

    void onLogRunsForEveryRequest()
    {
        settle();
        BlockingHttpClient client(m_env->httpPort());
        QCOMPARE(client.request("GET", "/shop/1.0.0/a").head.status, 200);
        QCOMPARE(client.request("GET", "/elsewhere").head.status, 404);
        QCOMPARE(client.request("GET", "/shop/1.0.0/b", "X-Block: 1\r\n").head.status, 403);
        m_requestsSent += 3;
        settle(); // proxied, unrouted and locally answered requests all reach onLog and onDestroy
    }

    void clientLeavingDuringStopCancelsTheFilter()
    {
        settle();
        const int destroyedBefore = m_counters.destroyed.load();
        const int backendBefore = m_backend.requestCount();
        {
            BlockingHttpClient client(m_env->httpPort());
            QVERIFY(client.sendRaw("GET /shop/1.0.0/abandoned HTTP/1.1\r\nHost: x\r\nX-Delay: 300\r\n\r\n"));
        } // closed while the filter waits
        ++m_requestsSent;
        QTRY_COMPARE(m_counters.destroyed.load(), destroyedBefore + 1);
        QTest::qWait(400); // past the filter's timer: it must not fire into a dead request
        QCOMPARE(m_backend.requestCount(), backendBefore);
        BlockingHttpClient client(m_env->httpPort());
        QCOMPARE(client.request("GET", "/shop/1.0.0/alive").head.status, 200);
    }

    void cleanupTestCase() { m_env.reset(); }
};

QTEST_GUILESS_MAIN(TestFilterPipeline)
#include "tst_filter_pipeline.moc"
