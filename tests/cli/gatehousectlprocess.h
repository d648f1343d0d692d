#pragma once

#include <QByteArray>
#include <QStringList>
#include <optional>

// Runs the built gatehousectl binary and collects what it printed.
class GatehouseCtlProcess
{
public:
    struct Result
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray standardOutput;
        QByteArray standardError;
    };

    static QString binaryPath();
    // Runs to completion (or kills it after timeoutMs and reports a crash).
    static Result run(const QStringList &arguments, int timeoutMs = 60'000);
    // The same with extra environment variables ("NAME=value").
    static Result runWithEnvironment(
        const QStringList &arguments, const QStringList &environment, int timeoutMs = 60'000);
    // The same with input written to its standard input, which is then closed.
    static Result runWithInput(const QStringList &arguments, const QByteArray &input, int timeoutMs = 60'000);

private:
    static Result execute(const QStringList &arguments, const QStringList &environment,
        const std::optional<QByteArray> &input, int timeoutMs);
};

// Fails the test unless the run ended with expectedExit, printing what it wrote.
#define VERIFY_RESULT(result, expectedExit)                                                                  \
    QVERIFY2(!(result).crashed && (result).exitCode == (expectedExit),                                       \
        qPrintable(QStringLiteral("exit %1\nstdout: %2\nstderr: %3")                                         \
                       .arg((result).exitCode)                                                               \
                       .arg(QString::fromUtf8((result).standardOutput),                                      \
                           QString::fromUtf8((result).standardError))))
