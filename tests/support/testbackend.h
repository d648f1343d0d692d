#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>
#include <atomic>

class QThread;

namespace Gatehouse {

class TestBackendServer;
class TestBackendConnection;

// A real HTTP/1.1 backend on a loopback port, running on its own thread so tests may block on clients.
// Paths (anywhere in the request path):
//   /status/N   answers status N          /delay/MS   answers after MS milliseconds
//   /bytes/N    N bytes, Content-Length    /chunked/N  N bytes, chunked
//   /close/N    N bytes, ended by close    /drop       closes without answering
//   /hang       never answers              anything else: a JSON echo of the request
// The echo: {"backend", "method", "path", "query", "headers": {lower-case name: value}, "body_bytes",
// "body_sha256"}.
class TestBackend
{
public:
    struct Options
    {
        QByteArray name = "backend";
        QString certificatePath; // TLS when both are set
        QString privateKeyPath;
    };

    explicit TestBackend(Options options);
    TestBackend();
    ~TestBackend();
    TestBackend(const TestBackend &) = delete;
    TestBackend &operator=(const TestBackend &) = delete;

    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QString()) const;

    int requestCount() const { return m_requests.load(); }
    int connectionCount() const { return m_connections.load(); }
    QByteArray lastRequestHead() const;

private:
    friend class TestBackendServer;
    friend class TestBackendConnection;
    Options m_options;
    QThread *m_thread = nullptr;
    TestBackendServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<int> m_requests { 0 };
    std::atomic<int> m_connections { 0 };
    mutable QMutex m_mutex;
    QByteArray m_lastHead;
};

} // namespace Gatehouse
