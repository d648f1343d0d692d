#include "userlistcommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString UserListCommand::summary() const
{
    return tr("List the Basic Auth users and their roles.");
}

void UserListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int UserListCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    TextTable table({ tr("NAME"), tr("ROLES") });
    for (const BasicUser &user : workspace->users())
        table.addRow({ user.name,
            user.roles.isEmpty() ? QStringLiteral("-") : user.roles.join(QStringLiteral(", ")) });
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
