#pragma once

#include "security/jose/jose.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Gatehouse {

// JWKS documents fetched from issuers' URLs, shared by all workers of an environment and kept across
// deployments. Lives in its own thread (see Environment); workers read keySet() and ask refresh() when a
// token names a kid that is not known yet. Refetches of one URL are rate-limited.
class RemoteKeySets : public QObject
{
    Q_OBJECT
public:
    explicit RemoteKeySets(QSslConfiguration tls = QSslConfiguration::defaultConfiguration());
    ~RemoteKeySets() override;

    // Thread-safe. Null until the first successful fetch.
    std::shared_ptr<const Jose::KeySet> keySet(const QUrl &url) const;
    // Thread-safe. Fetches url unless a fetch is running (then waits for it) or the last one ended less
    // than minimumRefetchIntervalMs ago. done runs in context's thread when there is nothing more to wait
    // for; it is dropped if context is destroyed first.
    void refresh(const QUrl &url, QObject *context, std::function<void()> done);
    // Thread-safe: starts fetches of URLs not fetched yet (at deploy, so the first request need not wait).
    void prefetch(const QList<QUrl> &urls);
    // For tests: how many fetches have started.
    int fetchCount() const;

    static constexpr int defaultMinimumRefetchIntervalMs = 10'000;
    void setMinimumRefetchInterval(int ms) { m_minimumRefetchIntervalMs.store(ms); }
    static constexpr qint64 maximumDocumentBytes = 512 * 1024;
    static constexpr int fetchTimeoutMs = 5'000;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> done;
    };
    struct Entry
    {
        std::shared_ptr<const Jose::KeySet> keys;
        bool fetching = false;
        QElapsedTimer lastFetchEnded;
        QList<Waiter> waiters;
    };
    void startFetch(const QUrl &url); // in this object's thread
    void finishFetch(const QUrl &url, QNetworkReply *reply);
    static void notify(const QList<Waiter> &waiters);

    mutable QMutex m_mutex;
    QHash<QUrl, Entry> m_entries;
    int m_fetchCount = 0;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr; // created in this object's thread
    std::atomic<int> m_minimumRefetchIntervalMs { defaultMinimumRefetchIntervalMs };
};

} // namespace Gatehouse
