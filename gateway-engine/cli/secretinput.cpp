#include "secretinput.h"

#include "console.h"

#include <QCoreApplication>
#include <QFile>
#include <termios.h>
#include <unistd.h>

namespace Gatehouse::SecretInput {

namespace {
constexpr qint64 maximumPasswordBytes = 4096;
}

// Reads a secret from standard input: a pipe or file as is (one trailing newline removed), a
// terminal after a prompt with echo switched off. Never from the command line, where ps would show it.
std::optional<QByteArray> read(const QString &prompt, QString *error)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    bool echoSwitchedOff = false;
    if (terminal) {
        Console::printRawError(prompt);
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            echoSwitchedOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
    }
    QFile input;
    QByteArray password;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        if (terminal) {
            password = input.readLine(maximumPasswordBytes + 2);
        } else {
            while (password.size() <= maximumPasswordBytes) {
                const QByteArray chunk = input.read(maximumPasswordBytes + 2 - password.size());
                if (chunk.isEmpty())
                    break;
                password += chunk;
            }
        }
    }
    if (echoSwitchedOff) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        Console::printRawError(QString());
    }
    if (password.endsWith('\n'))
        password.chop(1);
    if (password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        *error = QCoreApplication::translate("gatehousectl", "no password on standard input");
    else if (password.size() > maximumPasswordBytes)
        *error = QCoreApplication::translate("gatehousectl", "the password is longer than %1 bytes")
                     .arg(maximumPasswordBytes);
    else if (password.contains('\n') || password.contains('\0'))
        *error = QCoreApplication::translate("gatehousectl", "the password must be a single line");
    else
        return password;
    return std::nullopt;
}

} // namespace Gatehouse::SecretInput
