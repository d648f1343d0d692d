#include "gatehousectlprocess.h"

#include <QProcess>

QString GatehouseCtlProcess::binaryPath()
{
    return QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehousectl");
}

GatehouseCtlProcess::Result GatehouseCtlProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(binaryPath(), arguments);
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
