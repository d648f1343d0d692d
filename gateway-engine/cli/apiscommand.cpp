#include "apiscommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

QString ApisCommand::summary() const
{
    return tr("List the APIs of a workspace.");
}

void ApisCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print a JSON array instead of a table.")));
}

int ApisCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QList<ApiRecord> apis = workspace->apis();
    const QList<DeploymentRecord> deployments = workspace->deployments();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApiRecord &api : apis) {
            const ApiConfig &definition = api.definition;
            QJsonArray deployedTo;
            for (const DeploymentRecord &deployment : deployments) {
                if (deployment.apiId == definition.id)
                    deployedTo.append(QJsonObject { { QStringLiteral("environment"), deployment.environment },
                        { QStringLiteral("revision"), deployment.revision } });
            }
            array.append(QJsonObject {
                { QStringLiteral("id"), definition.id },
                { QStringLiteral("name"), definition.name },
                { QStringLiteral("version"), definition.version },
                { QStringLiteral("context"), definition.context },
                { QStringLiteral("type"), definition.type },
                { QStringLiteral("implementationType"), api.implementationType },
                { QStringLiteral("deployments"), deployedTo },
            });
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    TextTable table({ tr("ID"), tr("NAME"), tr("VERSION"), tr("CONTEXT"), tr("TYPE") });
    for (const ApiRecord &api : apis) {
        const ApiConfig &definition = api.definition;
        table.addRow(
            { definition.id, definition.name, definition.version, definition.context, definition.type });
    }
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
