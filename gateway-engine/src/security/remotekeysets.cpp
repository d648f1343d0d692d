#include "remotekeysets.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Gatehouse {

RemoteKeySets::RemoteKeySets(QSslConfiguration tls)
    : m_tls(std::move(tls))
{ }

RemoteKeySets::~RemoteKeySets() = default;

std::shared_ptr<const Jose::KeySet> RemoteKeySets::keySet(const QUrl &url) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(url);
    return it == m_entries.cend() ? nullptr : it->keys;
}

int RemoteKeySets::fetchCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_fetchCount;
}

void RemoteKeySets::notify(const QList<Waiter> &waiters)
{
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            QMetaObject::invokeMethod(waiter.context, waiter.done, Qt::QueuedConnection);
    }
}

void RemoteKeySets::refresh(const QUrl &url, QObject *context, std::function<void()> done)
{
    QMutexLocker lock(&m_mutex);
    Entry &entry = m_entries[url];
    if (entry.fetching) {
        entry.waiters.append({ context, std::move(done) });
        return;
    }
    if (entry.lastFetchEnded.isValid()
        && entry.lastFetchEnded.elapsed() < m_minimumRefetchIntervalMs.load()) {
        lock.unlock();
        notify({ Waiter { context, std::move(done) } });
        return;
    }
    entry.fetching = true;
    entry.waiters.append({ context, std::move(done) });
    ++m_fetchCount;
    QMetaObject::invokeMethod(
        this, [this, url] { startFetch(url); }, Qt::QueuedConnection);
}

void RemoteKeySets::prefetch(const QList<QUrl> &urls)
{
    QMutexLocker lock(&m_mutex);
    for (const QUrl &url : urls) {
        Entry &entry = m_entries[url];
        if (entry.fetching || entry.lastFetchEnded.isValid())
            continue;
        entry.fetching = true;
        ++m_fetchCount;
        QMetaObject::invokeMethod(
            this, [this, url] { startFetch(url); }, Qt::QueuedConnection);
    }
}

void RemoteKeySets::startFetch(const QUrl &url)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(fetchTimeoutMs);
    request.setSslConfiguration(m_tls);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maximumDocumentBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, url, reply] { finishFetch(url, reply); });
}

void RemoteKeySets::finishFetch(const QUrl &url, QNetworkReply *reply)
{
    reply->deleteLater();
    std::optional<Jose::KeySet> keys;
    if (reply->error() == QNetworkReply::NoError) {
        QString error;
        keys = Jose::KeySet::fromJwks(reply->read(maximumDocumentBytes), &error);
        if (!keys)
            qWarning("JWKS from %s is not usable: %s", qPrintable(url.toDisplayString()), qPrintable(error));
    } else {
        qWarning("JWKS from %s could not be fetched: %s", qPrintable(url.toDisplayString()),
            qPrintable(reply->errorString()));
    }
    QList<Waiter> waiters;
    {
        QMutexLocker lock(&m_mutex);
        Entry &entry = m_entries[url];
        if (keys) {
            // A secret published at a URL is no secret: HMAC keys from a JWKS URL are never used.
            QList<Jose::VerificationKeyPtr> publicKeys;
            for (const Jose::VerificationKeyPtr &key : keys->keys()) {
                if (key->type() != Jose::VerificationKey::Type::Hmac)
                    publicKeys.append(key);
            }
            entry.keys = std::make_shared<const Jose::KeySet>(publicKeys);
        }
        entry.fetching = false;
        entry.lastFetchEnded.start();
        waiters.swap(entry.waiters);
    }
    notify(waiters);
}

} // namespace Gatehouse
