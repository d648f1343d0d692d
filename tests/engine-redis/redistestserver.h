#pragma once

#include "throttling/counterstore.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace Gatehouse::TestUtil {

// A real redis-server on a free loopback port, without persistence, for one test.
class RedisTestServer
{
public:
    explicit RedisTestServer(QByteArray password = {});
    ~RedisTestServer();

    static QString executable(); // empty when redis-server is not installed
    // Starts on a free port (or the port it had before, after stop()) and waits until PING answers.
    bool start(QString *error);
    void stop(); // SIGKILL: an outage, not a shutdown
    void pause(); // SIGSTOP: a server that accepts connections but answers nothing
    void resume();
    int port() const { return m_port; }

private:
    bool answersPing(int timeoutMs) const;

    QByteArray m_password;
    int m_port = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

int freeLoopbackPort();

// Runs one charge and waits for the answer on this thread's event loop; nullopt after timeoutMs.
std::optional<CounterVerdict> chargeAndWait(CounterStore &store, std::vector<CounterCharge> charges,
    int timeoutMs = 5000, qint64 *elapsedMs = nullptr);

} // namespace Gatehouse::TestUtil
