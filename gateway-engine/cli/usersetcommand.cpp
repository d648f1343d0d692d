#include "usersetcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <algorithm>
#include <termios.h>
#include <unistd.h>

namespace Gatehouse {

namespace {

constexpr qint64 maximumPasswordBytes = 4096;

// Reads the password from standard input: a pipe or file as is (one trailing newline removed), a
// terminal after a prompt with echo switched off. Never from the command line, where ps would show it.
std::optional<QByteArray> readPassword(QString *error)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved {};
    bool echoSwitchedOff = false;
    if (terminal) {
        Console::printRawError(QCoreApplication::translate("gatehousectl", "Password (not shown):"));
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

} // namespace

QString UserSetCommand::summary() const
{
    return tr(
        "Create a Basic Auth user or change its password and roles (password read from standard input).");
}

void UserSetCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user name."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("roles"), tr("Comma-separated roles (replace the user's roles)."), tr("ROLES")));
    parser.addOption(QCommandLineOption(QStringLiteral("password-stdin"),
        tr("Read the password from standard input (the only way; accepted for scripts that say so).")));
}

int UserSetCommand::execute(const QCommandLineParser &parser)
{
    const QString name = parser.positionalArguments().constFirst();
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    // Without --roles a password change keeps the roles the user has.
    const QList<BasicUser> users = workspace->users();
    const auto existing = std::find_if(
        users.cbegin(), users.cend(), [&](const BasicUser &user) { return user.name == name; });
    const bool existed = existing != users.cend();
    const QStringList roles = parser.isSet(QStringLiteral("roles"))
        ? commaList(parser.value(QStringLiteral("roles")))
        : (existed ? existing->roles : QStringList());
    QString error;
    const std::optional<QByteArray> password = readPassword(&error);
    if (!password)
        return failure(tr("cannot set the password of user '%1': %2").arg(name, error));
    if (!workspace->setUserPassword(name, *password, roles))
        return failure(tr("cannot set the password of user '%1': %2").arg(name, workspace->lastError()));
    Console::printLine((existed ? tr("Updated user %1 (roles: %2)") : tr("Created user %1 (roles: %2)"))
                           .arg(name, roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace Gatehouse
