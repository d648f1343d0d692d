#include "rediscounterstore.h"

#include "core/steadyclock.h"
#include "gcrascript.h"
#include "localgcracells.h"
#include "redisconnection.h"
#include "replymailbox.h"

#include <QtGlobal>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <hiredis/hiredis.h>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace Gatehouse {

namespace {

struct QueuedCharge
{
    std::vector<CounterCharge> charges;
    qint64 nowMs = 0; // the caller's clock, for the local fallback
    qint64 deadlineMs = 0; // steady clock: answer by then, from Redis or degraded
    std::shared_ptr<ReplyMailbox> mailbox;
    std::function<void(const CounterVerdict &)> done;
};

} // namespace

// Threading: one std::thread owns the hiredis connection and makes blocking, pipelined calls with socket
// timeouts. Workers only append to a queue; the thread takes everything queued at once, writes it as one
// pipeline and reads the replies, so the requests of many workers share a round trip while the previous
// batch is in flight. Blocking calls keep the code to the part of hiredis that 0.14 and 1.x share (the
// async API's event hooks and connect options differ between them), and a thread that does nothing else
// may block. Every charge has a deadline (queued time + timeoutMs); reading stops at the deadline, and
// what is not answered by then is answered by the failure mode.
class RedisCounterStore::Private
{
public:
    explicit Private(const DistributedThrottling &settings)
        : failOpen(settings.failureMode == ThrottleFailureMode::FailOpen)
        , timeoutMs(std::max(1, settings.timeoutMs))
        , keyPrefix(settings.keyPrefix.toUtf8())
        , connection(settings.redisHost, settings.redisPort, settings.redisPassword)
    { }

    void run();

    const bool failOpen;
    const int timeoutMs;
    const QByteArray keyPrefix;

    std::mutex mutex;
    std::condition_variable wake;
    std::vector<QueuedCharge> queue;
    bool stopping = false;
    std::atomic<bool> connected { false };
    std::thread thread;

private:
    // Connection thread only, from here on.
    void serve(std::vector<QueuedCharge> &batch);
    void send(const std::vector<QueuedCharge *> &charges, bool useEval, bool mayRetryOnNewConnection);
    bool tryConnect();
    void noteUnreachable(const QString &error);
    void noteBadReply(const QString &error);
    void answer(QueuedCharge &charge, const CounterVerdict &verdict);
    void answerDegraded(QueuedCharge &charge);

    RedisConnection connection;
    LocalGcraCells localCells;
    qint64 nextAttemptMs = 0;
    int reconnectDelayMs = minimumReconnectDelayMs;
    bool outageReported = false;
    QString lastReportedError;
    qint64 lastBadReplyReportMs = -1'000'000;
};

void RedisCounterStore::Private::run()
{
    // hiredis writes with write(2): a peer that went away must give EPIPE here, not kill the process.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

    std::vector<QueuedCharge> batch;
    for (;;) {
        {
            std::unique_lock lock(mutex);
            const auto ready = [this] { return stopping || !queue.empty(); };
            if (connection.isConnected())
                wake.wait(lock, ready);
            else // wake up for the next reconnect attempt too, so it reconnects without traffic
                wake.wait_for(lock,
                    std::chrono::milliseconds(std::max<qint64>(0, nextAttemptMs - steadyNowMs())), ready);
            batch.swap(queue);
            if (stopping) {
                lock.unlock();
                for (QueuedCharge &charge : batch)
                    answerDegraded(charge);
                return;
            }
        }
        if (!connection.isConnected() && steadyNowMs() >= nextAttemptMs)
            tryConnect();
        if (!batch.empty())
            serve(batch);
        batch.clear();
    }
}

void RedisCounterStore::Private::serve(std::vector<QueuedCharge> &batch)
{
    const qint64 now = steadyNowMs();
    std::vector<QueuedCharge *> live;
    live.reserve(batch.size());
    for (QueuedCharge &charge : batch) {
        if (charge.deadlineMs <= now || !connection.isConnected())
            answerDegraded(charge);
        else
            live.push_back(&charge);
    }
    if (!live.empty())
        send(live, false, true);
}

void RedisCounterStore::Private::send(
    const std::vector<QueuedCharge *> &charges, bool useEval, bool mayRetryOnNewConnection)
{
    std::vector<QList<QByteArray>> commands;
    std::vector<qint64> deadlines;
    commands.reserve(charges.size());
    deadlines.reserve(charges.size());
    for (const QueuedCharge *charge : charges) {
        commands.push_back(RedisGcra::command(charge->charges, keyPrefix, useEval));
        deadlines.push_back(charge->deadlineMs);
    }
    const std::vector<RedisReplyPtr> replies = connection.pipeline(commands, deadlines);

    // A connection idle since Redis restarted fails on first use; one more try on a new one hides that.
    if (replies.empty() && mayRetryOnNewConnection && steadyNowMs() < deadlines.front()) {
        connected = false;
        if (tryConnect())
            send(charges, useEval, false);
        else
            for (QueuedCharge *charge : charges)
                answerDegraded(*charge);
        return;
    }

    std::vector<QueuedCharge *> unknownScript;
    for (std::size_t i = 0; i < replies.size(); ++i) {
        const redisReply &reply = *replies[i];
        if (const std::optional<CounterVerdict> verdict = RedisGcra::verdictFromReply(reply)) {
            reconnectDelayMs = minimumReconnectDelayMs;
            answer(*charges[i], *verdict);
            continue;
        }
        const QByteArray error = reply.type == REDIS_REPLY_ERROR
            ? QByteArray(reply.str, qsizetype(reply.len))
            : QByteArrayLiteral("unexpected reply shape");
        if (error.startsWith("NOSCRIPT") && !useEval) {
            unknownScript.push_back(charges[i]);
            continue;
        }
        if (error.startsWith("NOAUTH") || error.startsWith("WRONGPASS")) {
            if (connection.isConnected())
                noteUnreachable(QString::fromUtf8(error)); // and reconnect, with AUTH when a password is set
        } else {
            noteBadReply(QString::fromUtf8(error));
        }
        answerDegraded(*charges[i]);
    }
    if (replies.size() < charges.size()) {
        noteUnreachable(connection.lastError());
        for (std::size_t i = replies.size(); i < charges.size(); ++i)
            answerDegraded(*charges[i]);
    }
    if (!unknownScript.empty() && connection.isConnected())
        send(unknownScript, true, false);
    else
        for (QueuedCharge *charge : unknownScript)
            answerDegraded(*charge);
}

bool RedisCounterStore::Private::tryConnect()
{
    if (!connection.connect(timeoutMs)) {
        noteUnreachable(connection.lastError());
        return false;
    }
    connected = true;
    localCells.clear(); // Redis is the one count again
    if (outageReported)
        qInfo("Distributed throttling: Redis at %s answers again", qPrintable(connection.address()));
    outageReported = false;
    lastReportedError.clear();
    return true;
}

void RedisCounterStore::Private::noteUnreachable(const QString &error)
{
    connected = false;
    connection.disconnect();
    nextAttemptMs = steadyNowMs() + reconnectDelayMs;
    reconnectDelayMs = std::min(reconnectDelayMs * 2, maximumReconnectDelayMs);
    if (outageReported && error == lastReportedError)
        return;
    outageReported = true;
    lastReportedError = error;
    qWarning("Distributed throttling: Redis at %s is unreachable (%s); %s until it answers again",
        qPrintable(connection.address()), qPrintable(error),
        failOpen ? "counting in this process" : "denying throttled requests");
}

void RedisCounterStore::Private::noteBadReply(const QString &error)
{
    const qint64 now = steadyNowMs();
    if (now - lastBadReplyReportMs < 10'000)
        return;
    lastBadReplyReportMs = now;
    qWarning("Distributed throttling: Redis at %s refused a charge: %s", qPrintable(connection.address()),
        qPrintable(error.left(200)));
}

void RedisCounterStore::Private::answer(QueuedCharge &charge, const CounterVerdict &verdict)
{
    if (!charge.done)
        return;
    charge.mailbox->post([done = std::move(charge.done), verdict] { done(verdict); });
}

void RedisCounterStore::Private::answerDegraded(QueuedCharge &charge)
{
    CounterVerdict verdict;
    if (failOpen) {
        verdict = localCells.charge(charge.charges, charge.nowMs);
    } else {
        verdict.allowed = false;
        verdict.deniedIndex = 0;
        verdict.retryAfterMs = failClosedRetryAfterMs;
        verdict.resetMs = failClosedRetryAfterMs;
    }
    verdict.degraded = true;
    answer(charge, verdict);
}

RedisCounterStore::RedisCounterStore(const DistributedThrottling &settings)
    : d(std::make_unique<Private>(settings))
{
    d->thread = std::thread([this] { d->run(); });
}

RedisCounterStore::~RedisCounterStore()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_one();
    d->thread.join();
}

bool RedisCounterStore::charge(std::span<const CounterCharge> charges, qint64 nowMs, CounterVerdict *verdict,
    std::function<void(const CounterVerdict &)> done)
{
    if (charges.empty()) {
        *verdict = CounterVerdict {};
        return true;
    }
    QueuedCharge queued;
    queued.charges.assign(charges.begin(), charges.end());
    queued.nowMs = nowMs;
    queued.deadlineMs = steadyNowMs() + d->timeoutMs;
    queued.mailbox = ReplyMailbox::forCurrentThread();
    queued.done = std::move(done);
    {
        std::lock_guard lock(d->mutex);
        d->queue.push_back(std::move(queued));
    }
    d->wake.notify_one();
    return false;
}

bool RedisCounterStore::isConnected() const
{
    return d->connected;
}

} // namespace Gatehouse
