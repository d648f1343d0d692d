#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QUrl>
#include <memory>

// A `gatehousectl run` in the background: collects its output and the listener URLs it prints
// ("<env> <http|https|admin> <url>"). Killed on destruction if still running.
class GatehouseCtlRun
{
public:
    explicit GatehouseCtlRun(const QStringList &arguments);
    ~GatehouseCtlRun();

    QProcess &process() { return *m_process; }
    QByteArray standardOutput() const { return m_standardOutput; }
    QByteArray standardError() const { return m_standardError; }
    bool hasExited() const { return m_process->state() == QProcess::NotRunning; }
    // Empty until the line for that listener has been printed.
    QUrl listenerUrl(const QString &environment, const QString &kind) const;
    qsizetype listenerCount() const { return m_listeners.size(); }
    void sendSignal(int signalNumber);

private:
    void readStandardOutput();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_standardOutput;
    QByteArray m_standardError;
    qsizetype m_parsedUpTo = 0;
    QHash<QString, QUrl> m_listeners;
};
