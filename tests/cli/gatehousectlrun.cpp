#include "gatehousectlrun.h"

#include "gatehousectlprocess.h"

#include <QRegularExpression>
#include <csignal>

GatehouseCtlRun::GatehouseCtlRun(const QStringList &arguments)
    : m_process(std::make_unique<QProcess>())
{
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
        [this] { readStandardOutput(); });
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
        [this] { m_standardError += m_process->readAllStandardError(); });
    m_process->start(GatehouseCtlProcess::binaryPath(), QStringList { QStringLiteral("run") } + arguments);
}

GatehouseCtlRun::~GatehouseCtlRun()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

QUrl GatehouseCtlRun::listenerUrl(const QString &environment, const QString &kind) const
{
    return m_listeners.value(environment + QLatin1Char(' ') + kind);
}

void GatehouseCtlRun::sendSignal(int signalNumber)
{
    ::kill(static_cast<pid_t>(m_process->processId()), signalNumber);
}

void GatehouseCtlRun::readStandardOutput()
{
    m_standardOutput += m_process->readAllStandardOutput();
    static const QRegularExpression listenerLine(QStringLiteral("^(\\S+) (http|https|admin) (\\w+://\\S+)$"));
    qsizetype lineEnd = 0;
    while ((lineEnd = m_standardOutput.indexOf('\n', m_parsedUpTo)) >= 0) {
        const QString line = QString::fromUtf8(m_standardOutput.mid(m_parsedUpTo, lineEnd - m_parsedUpTo));
        m_parsedUpTo = lineEnd + 1;
        const QRegularExpressionMatch match = listenerLine.match(line);
        if (match.hasMatch())
            m_listeners.insert(
                match.captured(1) + QLatin1Char(' ') + match.captured(2), QUrl(match.captured(3)));
    }
}
