#include "console.h"

#include <QCoreApplication>
#include <cstdio>

namespace Gatehouse {

namespace {

void writeFlushed(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::printLine(const QString &line)
{
    writeFlushed(stdout, line + QLatin1Char('\n'));
}

void Console::printError(const QString &message)
{
    writeFlushed(stderr, QStringLiteral("gatehousectl: ") + message + QLatin1Char('\n'));
}

void Console::printWarning(const QString &message)
{
    printError(QCoreApplication::translate("gatehousectl", "warning: %1").arg(message));
}

void Console::printRawError(const QString &line)
{
    writeFlushed(stderr, line + QLatin1Char('\n'));
}

void Console::print(const QString &text)
{
    writeFlushed(stdout, text);
}

} // namespace Gatehouse
