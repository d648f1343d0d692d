#include "appcreatecommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString AppCreateCommand::summary() const
{
    return tr("Create an application of the built-in key manager and print its consumer key and secret.");
}

void AppCreateCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new application."));
    parser.addOption(QCommandLineOption(QStringLiteral("tier"),
        tr("Application throttle tier (default: Unlimited)."), tr("TIER"), QStringLiteral("Unlimited")));
}

int AppCreateCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QString name = parser.positionalArguments().constFirst();
    const std::optional<CreatedApplication> created
        = workspace->addApplication(name, parser.value(QStringLiteral("tier")));
    if (!created)
        return failure(tr("cannot create application '%1': %2").arg(name, workspace->lastError()));

    const ApplicationConfig &application = created->record.application;
    Console::printLine(tr("Created application %1 (tier %2, id %3)")
                           .arg(application.name, application.tier, application.id));
    Console::printLine(tr("Consumer key:    %1").arg(QString::fromLatin1(application.consumerKey)));
    Console::printLine(tr("Consumer secret: %1").arg(QString::fromLatin1(created->consumerSecret)));
    Console::printLine(tr("The consumer secret is shown only this once: the workspace keeps only its hash."));
    return ExitOk;
}

} // namespace Gatehouse
