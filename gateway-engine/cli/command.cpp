#include "command.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace Gatehouse {

Command::~Command() = default;

int Command::usageError(const QString &message)
{
    Console::printError(message);
    return ExitUsage;
}

int Command::failure(const QString &message)
{
    Console::printError(message);
    return ExitFailure;
}

void Command::addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({ QStringLiteral("w"), QStringLiteral("workspace") },
        tr("The workspace file (SQLite)."), tr("FILE")));
}

std::unique_ptr<Workspace> Command::openWorkspace(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("workspace"));
    if (!QFileInfo::exists(path)) {
        failure(tr("workspace '%1' does not exist (create it with 'gatehousectl init %1')").arg(path));
        return nullptr;
    }
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace)
        failure(tr("cannot open workspace '%1': %2").arg(path, error));
    return workspace;
}

std::optional<ApiRecord> Command::resolveApi(const Workspace &workspace, const QString &nameOrId)
{
    std::optional<ApiRecord> api = workspace.findApi(nameOrId);
    if (!api)
        failure(tr("unknown API '%1' (give its id, name or name:version; 'gatehousectl apis' lists them)")
                    .arg(nameOrId));
    return api;
}

std::optional<EnvironmentSettings> Command::resolveEnvironment(
    const Workspace &workspace, const QString &name)
{
    std::optional<EnvironmentSettings> environment = workspace.environment(name);
    if (!environment)
        failure(tr("unknown environment '%1' ('gatehousectl envs' lists them)").arg(name));
    return environment;
}

std::optional<ApplicationRecord> Command::resolveApplication(
    const Workspace &workspace, const QString &nameOrId)
{
    std::optional<ApplicationRecord> application = workspace.application(nameOrId);
    if (!application)
        failure(tr("unknown application '%1' ('gatehousectl app list' lists them)").arg(nameOrId));
    return application;
}

std::optional<int> Command::parseSeconds(
    const QString &text, const QString &optionName, int minimum, int maximum)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < minimum || seconds > maximum) {
        usageError(tr("invalid number of seconds '%1' for --%2 (expected %3..%4)")
                       .arg(text, optionName)
                       .arg(minimum)
                       .arg(maximum));
        return std::nullopt;
    }
    return seconds;
}

std::optional<QByteArray> Command::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failure(tr("cannot read '%1': %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

QStringList Command::commaList(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts;
}

std::optional<int> Command::parsePort(const QString &text, const QString &optionName)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 0 || port > 65535) {
        usageError(tr("invalid port '%1' for --%2 (expected 0..65535)").arg(text, optionName));
        return std::nullopt;
    }
    return port;
}

QString Command::operationLabel(const ResourceConfig &resource, const OperationConfig &operation)
{
    return QString::fromLatin1(operation.method) + QLatin1Char(' ') + resource.pathTemplate;
}

OperationConfig *Command::findOperation(ApiConfig &api, const QString &label)
{
    const QString wanted = label.simplified();
    const QByteArray method = wanted.section(QLatin1Char(' '), 0, 0).toUpper().toLatin1();
    const QString path = wanted.section(QLatin1Char(' '), 1);
    for (ResourceConfig &resource : api.resources) {
        if (resource.pathTemplate != path)
            continue;
        for (OperationConfig &operation : resource.operations) {
            if (operation.method == method)
                return &operation;
        }
    }
    return nullptr;
}

} // namespace Gatehouse
