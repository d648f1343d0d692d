#include "gatehousectlprocess.h"

#include <QProcess>

QString GatehouseCtlProcess::binaryPath()
{
    return QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehousectl");
}

GatehouseCtlProcess::Result GatehouseCtlProcess::run(const QStringList &arguments, int timeoutMs)
{
    return runWithEnvironment(arguments, {}, timeoutMs);
}

GatehouseCtlProcess::Result GatehouseCtlProcess::runWithEnvironment(
    const QStringList &arguments, const QStringList &environment, int timeoutMs)
{
    return execute(arguments, environment, std::nullopt, timeoutMs);
}

GatehouseCtlProcess::Result GatehouseCtlProcess::runWithInput(
    const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return execute(arguments, {}, input, timeoutMs);
}

GatehouseCtlProcess::Result GatehouseCtlProcess::execute(const QStringList &arguments,
    const QStringList &environment, const std::optional<QByteArray> &input, int timeoutMs)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            variables.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(variables);
    }
    process.start(binaryPath(), arguments);
    if (input) {
        process.waitForStarted();
        process.write(*input);
        process.closeWriteChannel();
    }
    Result result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}
