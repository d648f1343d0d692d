#include "usersetcommand.h"

#include "console.h"
#include "exitcode.h"
#include "secretinput.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <algorithm>

namespace Gatehouse {

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
    const std::optional<QByteArray> password
        = SecretInput::read(QCoreApplication::translate("gatehousectl", "Password (not shown):"), &error);
    if (!password)
        return failure(tr("cannot set the password of user '%1': %2").arg(name, error));
    if (!workspace->setUserPassword(name, *password, roles))
        return failure(tr("cannot set the password of user '%1': %2").arg(name, workspace->lastError()));
    Console::printLine((existed ? tr("Updated user %1 (roles: %2)") : tr("Created user %1 (roles: %2)"))
                           .arg(name, roles.isEmpty() ? tr("none") : roles.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace Gatehouse
