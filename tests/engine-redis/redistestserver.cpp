#include "redistestserver.h"

#include "core/steadyclock.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <csignal>

namespace Gatehouse::TestUtil {

RedisTestServer::RedisTestServer(QByteArray password)
    : m_password(std::move(password))
{ }

RedisTestServer::~RedisTestServer()
{
    stop();
}

QString RedisTestServer::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool RedisTestServer::start(QString *error)
{
    const QString program = executable();
    if (program.isEmpty()) {
        *error = QStringLiteral("redis-server is not installed; it is in scripts/packages.sh (redis-server), "
                                "install it with scripts/deps.sh");
        return false;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        const bool restart = m_port != 0;
        if (!restart)
            m_port = freeLoopbackPort();
        QStringList args { QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
            QStringLiteral("no"), QStringLiteral("--daemonize"), QStringLiteral("no"),
            QStringLiteral("--dir"), m_dir.path() };
        if (!m_password.isEmpty())
            args << QStringLiteral("--requirepass") << QString::fromUtf8(m_password);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->start(program, args);
        if (!m_process->waitForStarted(5000)) {
            *error = QStringLiteral("redis-server did not start: ") + m_process->errorString();
            return false;
        }
        if (answersPing(10'000))
            return true;
        stop();
        if (restart) // the port of an outage test must stay; give a lingering one time to go
            QThread::msleep(500);
        else
            m_port = 0;
    }
    *error = QStringLiteral("redis-server did not answer PING on 127.0.0.1");
    return false;
}

bool RedisTestServer::answersPing(int timeoutMs) const
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process->state() != QProcess::Running)
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (socket.waitForConnected(500)) {
            socket.write("PING\r\n");
            // "+PONG", or "-NOAUTH" from a server with a password: either way it is serving.
            if (socket.waitForReadyRead(1000) && !socket.readAll().isEmpty())
                return true;
        }
        QThread::msleep(50);
    }
    return false;
}

void RedisTestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        resume();
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

void RedisTestServer::pause()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void RedisTestServer::resume()
{
    if (m_process)
        ::kill(pid_t(m_process->processId()), SIGCONT);
}

std::optional<CounterVerdict> chargeAndWait(
    CounterStore &store, std::vector<CounterCharge> charges, int timeoutMs, qint64 *elapsedMs)
{
    struct Answer
    {
        std::optional<CounterVerdict> verdict;
        QEventLoop loop;
    };
    auto answer = std::make_shared<Answer>();
    QElapsedTimer clock;
    clock.start();
    CounterVerdict verdict;
    const bool synchronous = store.charge(charges, steadyNowMs(), &verdict,
        [weak = std::weak_ptr<Answer>(answer)](const CounterVerdict &result) {
            if (const auto alive = weak.lock()) {
                alive->verdict = result;
                alive->loop.quit();
            }
        });
    if (synchronous)
        answer->verdict = verdict;
    else {
        QTimer::singleShot(timeoutMs, &answer->loop, &QEventLoop::quit);
        answer->loop.exec();
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return answer->verdict;
}

} // namespace Gatehouse::TestUtil
