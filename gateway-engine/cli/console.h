#pragma once

#include <QString>

namespace Gatehouse {

// Line-oriented output of gatehousectl. Every line is flushed at once so that a parent process
// (a test, a CI job) reading our pipe sees it immediately.
class Console
{
public:
    static void printLine(const QString &line); // stdout
    static void printError(const QString &message); // stderr, "gatehousectl: " prefix
    static void printWarning(const QString &message); // stderr, "gatehousectl: warning: " prefix
    static void printRawError(const QString &line); // stderr, as is (compiler-style diagnostics)
    static void print(const QString &text); // stdout, no newline added
};

} // namespace Gatehouse
