#include "envscommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

QJsonValue portJson(int port)
{
    return port < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(port);
}

QString portText(int port)
{
    return port < 0 ? QStringLiteral("-") : QString::number(port);
}

} // namespace

QString EnvsCommand::summary() const
{
    return tr("List the gateway environments of a workspace.");
}

void EnvsCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print a JSON array instead of a table.")));
}

int EnvsCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QList<EnvironmentSettings> environments = workspace->environments();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const EnvironmentSettings &environment : environments) {
            QJsonArray deployed;
            for (const DeploymentRecord &deployment : workspace->deployments(environment.name))
                deployed.append(QJsonObject { { QStringLiteral("apiId"), deployment.apiId },
                    { QStringLiteral("revision"), deployment.revision } });
            QJsonValue redis;
            if (const auto &shared = environment.distributedThrottling) {
                redis = QJsonObject {
                    { QStringLiteral("address"),
                        QString(shared->redisHost + QLatin1Char(':') + QString::number(shared->redisPort)) },
                    { QStringLiteral("failureMode"),
                        QString(shared->failureMode == ThrottleFailureMode::FailOpen
                                ? QStringLiteral("open")
                                : QStringLiteral("closed")) }
                };
            }
            array.append(QJsonObject {
                { QStringLiteral("name"), environment.name },
                { QStringLiteral("redis"), redis },
                { QStringLiteral("profile"), profileId(environment.profile) },
                { QStringLiteral("mode"), modeId(environment.mode) },
                { QStringLiteral("httpPort"), portJson(environment.httpPort) },
                { QStringLiteral("httpsPort"), portJson(environment.httpsPort) },
                { QStringLiteral("adminPort"), portJson(environment.adminPort) },
                { QStringLiteral("deployments"), deployed },
            });
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    TextTable table(
        { tr("NAME"), tr("PROFILE"), tr("MODE"), tr("HTTP"), tr("HTTPS"), tr("ADMIN"), tr("APIS") });
    for (const EnvironmentSettings &environment : environments) {
        table.addRow({ environment.name, profileId(environment.profile), modeId(environment.mode),
            portText(environment.httpPort), portText(environment.httpsPort), portText(environment.adminPort),
            QString::number(workspace->deployments(environment.name).size()) });
    }
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
