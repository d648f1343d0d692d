#pragma once

#include "operationstats.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

namespace Gatehouse {

struct ApiRequestCount
{
    QString apiId;
    QString apiName;
    QString version;
    quint64 requests = 0;
    quint64 errors = 0; // 4xx and 5xx
};

struct ThrottledCount
{
    QString apiId;
    QString apiName;
    QString policy;
    quint64 throttled = 0;
};

// All of one environment's counters. Outlives deployments, so counters keep counting across redeploys.
// Stats objects are looked up when a deployment is compiled, never on the request path.
class MetricsRegistry
{
public:
    MetricsRegistry(QString environment, int shardCount);

    OperationStats *operationStats(const QString &apiId, const QString &apiName, const QString &version,
        const QByteArray &method, const QString &resource);
    OperationStats *unmatchedStats() { return m_unmatched.get(); }

    void connectionOpened()
    {
        m_connectionsTotal.fetch_add(1, std::memory_order_relaxed);
        m_connectionsOpen.fetch_add(1, std::memory_order_relaxed);
    }
    void connectionClosed() { m_connectionsOpen.fetch_sub(1, std::memory_order_relaxed); }
    qint64 openConnections() const { return m_connectionsOpen.load(std::memory_order_relaxed); }

    QList<ApiRequestCount> requestCountsByApi() const;
    // Requests refused by a throttle policy. Counters are looked up when a deployment is compiled; the
    // request path only increments them.
    std::atomic<quint64> *throttledCounter(
        const QString &apiId, const QString &apiName, const QString &policy);
    QList<ThrottledCount> throttledCounts() const;
    QByteArray prometheusText() const;

private:
    struct Entry
    {
        QString apiId;
        QString apiName;
        QString version;
        std::unique_ptr<OperationStats> stats;
    };
    static QByteArray escapeLabel(const QString &value);

    QString m_environment;
    int m_shardCount;
    mutable QMutex m_mutex;
    QHash<QByteArray, int> m_index;
    std::vector<Entry> m_entries;
    std::unique_ptr<OperationStats> m_unmatched;
    struct ThrottledEntry
    {
        QString apiId;
        QString apiName;
        QString policy;
        std::atomic<quint64> count { 0 };
    };
    QHash<QString, ThrottledEntry *> m_throttledIndex;
    std::deque<ThrottledEntry> m_throttled;
    std::atomic<quint64> m_connectionsTotal { 0 };
    std::atomic<qint64> m_connectionsOpen { 0 };
};

} // namespace Gatehouse
