#include "chargeload.h"

#include "core/steadyclock.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>
#include <vector>

namespace Gatehouse::TestUtil {

namespace {

constexpr int InFlightPerThread = 8;

// One worker thread's share; lives on the stack of that thread's function.
class ChargingThread
{
public:
    ChargingThread(CounterStore &store, const CounterCharge &charge, int total)
        : m_store(store)
        , m_charges { charge }
        , m_total(total)
    { }

    ChargeLoadResult run(int timeoutMs)
    {
        while (m_sent < m_total && m_sent - m_answered < InFlightPerThread)
            sendOne();
        if (m_answered < m_total) {
            QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
            m_loop.exec();
        }
        m_result.unanswered = m_total - m_answered;
        return m_result;
    }

private:
    void sendOne()
    {
        ++m_sent;
        CounterVerdict verdict;
        if (m_store.charge(
                m_charges, steadyNowMs(), &verdict, [this](const CounterVerdict &v) { answered(v); }))
            answered(verdict);
    }

    void answered(const CounterVerdict &verdict)
    {
        ++m_answered;
        (verdict.allowed ? m_result.allowed : m_result.denied) += 1;
        if (verdict.degraded)
            ++m_result.degraded;
        if (m_sent < m_total)
            sendOne();
        else if (m_answered == m_total)
            m_loop.quit();
    }

    CounterStore &m_store;
    const std::vector<CounterCharge> m_charges;
    const int m_total;
    int m_sent = 0;
    int m_answered = 0;
    ChargeLoadResult m_result;
    QEventLoop m_loop;
};

} // namespace

ChargeLoadResult runChargeLoad(
    CounterStore &store, const CounterCharge &charge, int threads, int chargesPerThread, int timeoutMs)
{
    std::vector<ChargeLoadResult> results(std::size_t(threads), ChargeLoadResult {});
    std::vector<std::unique_ptr<QThread>> running;
    for (int i = 0; i < threads; ++i) {
        running.emplace_back(QThread::create([&, i] {
            ChargingThread thread(store, charge, chargesPerThread);
            results[std::size_t(i)] = thread.run(timeoutMs);
        }));
        running.back()->start();
    }
    ChargeLoadResult total;
    for (int i = 0; i < threads; ++i) {
        running[std::size_t(i)]->wait();
        const ChargeLoadResult &one = results[std::size_t(i)];
        total.allowed += one.allowed;
        total.denied += one.denied;
        total.degraded += one.degraded;
        total.unanswered += one.unanswered;
    }
    return total;
}

} // namespace Gatehouse::TestUtil
