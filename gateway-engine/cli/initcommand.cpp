#include "initcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Gatehouse {

QString InitCommand::summary() const
{
    return tr("Create a new workspace file, empty or with the demo APIs and environments.");
}

void InitCommand::addArguments(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to create."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("demo"), tr("Fill the workspace with the bundled demo APIs and environments.")));
}

int InitCommand::execute(const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path))
        return failure(tr("'%1' already exists; refusing to overwrite it").arg(path));

    const bool demo = parser.isSet(QStringLiteral("demo"));
    QString error;
    const std::unique_ptr<Workspace> workspace
        = demo ? Workspace::createDemo(path, &error) : Workspace::open(path, &error);
    if (!workspace) {
        // Leave nothing half-made behind: the file did not exist before.
        for (const QString &suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
            QFile::remove(path + suffix);
        return failure(tr("cannot create workspace '%1': %2").arg(path, error));
    }

    if (demo) {
        Console::printLine(tr("Created demo workspace %1 (APIs: %2, environments: %3)")
                               .arg(path)
                               .arg(workspace->apis().size())
                               .arg(workspace->environments().size()));
    } else {
        Console::printLine(tr("Created workspace %1").arg(path));
    }
    return ExitOk;
}

} // namespace Gatehouse
