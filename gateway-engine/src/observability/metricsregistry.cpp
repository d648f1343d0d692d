#include "metricsregistry.h"

#include <QMutexLocker>

namespace Gatehouse {

MetricsRegistry::MetricsRegistry(QString environment, int shardCount)
    : m_environment(std::move(environment))
    , m_shardCount(shardCount)
    , m_unmatched(std::make_unique<OperationStats>("environment=\"" + escapeLabel(m_environment)
              + "\",api=\"\",version=\"\",method=\"\",resource=\"\"",
          shardCount))
{ }

QByteArray MetricsRegistry::escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

OperationStats *MetricsRegistry::operationStats(const QString &apiId, const QString &apiName,
    const QString &version, const QByteArray &method, const QString &resource)
{
    const QByteArray labels = "environment=\"" + escapeLabel(m_environment) + "\",api=\""
        + escapeLabel(apiName) + "\",version=\"" + escapeLabel(version) + "\",method=\"" + method
        + "\",resource=\"" + escapeLabel(resource) + '"';
    QMutexLocker lock(&m_mutex);
    const auto it = m_index.constFind(labels);
    if (it != m_index.constEnd())
        return m_entries[std::size_t(*it)].stats.get();
    m_index.insert(labels, int(m_entries.size()));
    m_entries.push_back({ apiId, apiName, version, std::make_unique<OperationStats>(labels, m_shardCount) });
    return m_entries.back().stats.get();
}

QList<ApiRequestCount> MetricsRegistry::requestCountsByApi() const
{
    QList<ApiRequestCount> counts;
    QHash<QString, qsizetype> byApi;
    QMutexLocker lock(&m_mutex);
    for (const Entry &entry : m_entries) {
        const OperationStats::Snapshot s = entry.stats->read();
        const QString key = entry.apiId + QLatin1Char('\n') + entry.version;
        auto it = byApi.find(key);
        if (it == byApi.end()) {
            it = byApi.insert(key, counts.size());
            counts.append({ entry.apiId, entry.apiName, entry.version, 0, 0 });
        }
        ApiRequestCount &count = counts[*it];
        count.requests += s.total();
        count.errors += s.byStatusClass[3] + s.byStatusClass[4];
    }
    return counts;
}

std::atomic<quint64> *MetricsRegistry::throttledCounter(
    const QString &apiId, const QString &apiName, const QString &policy)
{
    const QString key = apiId + QLatin1Char('\n') + policy;
    QMutexLocker lock(&m_mutex);
    if (ThrottledEntry *entry = m_throttledIndex.value(key))
        return &entry->count;
    ThrottledEntry &entry = m_throttled.emplace_back();
    entry.apiId = apiId;
    entry.apiName = apiName;
    entry.policy = policy;
    m_throttledIndex.insert(key, &entry);
    return &entry.count;
}

QList<ThrottledCount> MetricsRegistry::throttledCounts() const
{
    QList<ThrottledCount> counts;
    QMutexLocker lock(&m_mutex);
    for (const ThrottledEntry &entry : m_throttled)
        counts.append(
            { entry.apiId, entry.apiName, entry.policy, entry.count.load(std::memory_order_relaxed) });
    return counts;
}

QByteArray MetricsRegistry::prometheusText() const
{
    QByteArray out;
    out.reserve(4096);
    std::vector<std::pair<QByteArray, OperationStats::Snapshot>> rows;
    {
        QMutexLocker lock(&m_mutex);
        rows.reserve(m_entries.size() + 1);
        for (const Entry &entry : m_entries)
            rows.emplace_back(entry.stats->labels(), entry.stats->read());
    }
    rows.emplace_back(m_unmatched->labels(), m_unmatched->read());

    out += "# HELP gatehouse_requests_total Requests served, by API operation and status class.\n"
           "# TYPE gatehouse_requests_total counter\n";
    for (const auto &[labels, s] : rows) {
        for (int c = 0; c < OperationStats::statusClasses; ++c) {
            if (s.byStatusClass[std::size_t(c)] == 0)
                continue;
            out += "gatehouse_requests_total{" + labels + ",code=\"" + QByteArray::number(c + 1) + "xx\"} "
                + QByteArray::number(s.byStatusClass[std::size_t(c)]) + '\n';
        }
    }
    out += "# HELP gatehouse_request_duration_seconds Time from the first byte of the request to the last "
           "byte "
           "of the response.\n# TYPE gatehouse_request_duration_seconds histogram\n";
    for (const auto &[labels, s] : rows) {
        if (s.total() == 0)
            continue;
        quint64 cumulative = 0;
        for (std::size_t b = 0; b < s.buckets.size(); ++b) {
            cumulative += s.buckets[b];
            const QByteArray le = b < OperationStats::bucketBoundsSeconds.size()
                ? QByteArray::number(OperationStats::bucketBoundsSeconds[b])
                : QByteArrayLiteral("+Inf");
            out += "gatehouse_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} "
                + QByteArray::number(cumulative) + '\n';
        }
        out += "gatehouse_request_duration_seconds_sum{" + labels + "} "
            + QByteArray::number(s.sumSeconds, 'g', 12) + '\n';
        out += "gatehouse_request_duration_seconds_count{" + labels + "} " + QByteArray::number(s.total())
            + '\n';
    }
    const QByteArray env = "{environment=\"" + escapeLabel(m_environment) + "\"} ";
    out += "# HELP gatehouse_connections_total Downstream connections accepted.\n"
           "# TYPE gatehouse_connections_total counter\ngatehouse_connections_total"
        + env + QByteArray::number(m_connectionsTotal.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP gatehouse_connections_open Downstream connections open now.\n"
           "# TYPE gatehouse_connections_open gauge\ngatehouse_connections_open"
        + env + QByteArray::number(m_connectionsOpen.load(std::memory_order_relaxed)) + '\n';
    out += "# HELP gatehouse_throttled_total Requests refused by a throttle policy, by API and policy.\n"
           "# TYPE gatehouse_throttled_total counter\n";
    for (const ThrottledCount &count : throttledCounts()) {
        if (count.throttled == 0)
            continue;
        out += "gatehouse_throttled_total{environment=\"" + escapeLabel(m_environment) + "\",api=\""
            + escapeLabel(count.apiName) + "\",policy=\"" + escapeLabel(count.policy) + "\"} "
            + QByteArray::number(count.throttled) + '\n';
    }
    return out;
}

} // namespace Gatehouse
