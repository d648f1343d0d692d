#include "policycommands.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "throttlepolicyfile.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

QString limitText(const ThrottleLimit &limit)
{
    const QString amount = limit.type == ThrottleLimitType::Bandwidth
        ? QStringLiteral("%1 %2").arg(limit.dataAmount).arg(dataUnitId(limit.dataUnit))
        : QString::number(limit.count);
    return QStringLiteral("%1/%2%3").arg(amount,
        limit.unitTime == 1 ? QString() : QString::number(limit.unitTime),
        throttleTimeUnitId(limit.timeUnit));
}

std::optional<ThrottlePolicyLevel> levelOrUsageError(const QString &text)
{
    const std::optional<ThrottlePolicyLevel> level = throttlePolicyLevelFromId(text);
    if (!level)
        Console::printError(QCoreApplication::translate("gatehousectl",
            "unknown policy level '%1' (expected advanced, subscription, application or custom)")
                                .arg(text));
    return level;
}

} // namespace

QString PolicyListCommand::summary() const
{
    return tr("List the throttle policies (WSO2's defaults included).");
}

void PolicyListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption({ QStringLiteral("level"), tr("Only this level."), tr("LEVEL") });
    parser.addOption({ QStringLiteral("json"), tr("Print the policies as WSO2 admin JSON.") });
}

int PolicyListCommand::execute(const QCommandLineParser &parser)
{
    std::optional<ThrottlePolicyLevel> only;
    if (parser.isSet(QStringLiteral("level"))) {
        only = levelOrUsageError(parser.value(QStringLiteral("level")));
        if (!only)
            return ExitUsage;
    }
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    QJsonArray array;
    const QHash<QString, QStringList> references = workspace->throttlePolicyUsages();
    const auto usagesOf = [&](const ThrottlePolicy &policy) {
        return policy.level == ThrottlePolicyLevel::Custom
            ? workspace->throttlePolicyUsages(policy.level, policy.name)
            : references.value(throttlePolicyId(policy.level, policy.name));
    };
    TextTable table({ tr("LEVEL"), tr("NAME"), tr("LIMIT"), tr("GROUPS"), tr("USED BY") });
    for (const ThrottlePolicy &policy : workspace->throttlePolicies()) {
        if (only && policy.level != *only)
            continue;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json = QJsonDocument::fromJson(ThrottlePolicyFile::toAdminJson(policy)).object();
            json.insert(QStringLiteral("level"), throttlePolicyLevelId(policy.level));
            json.insert(QStringLiteral("usedBy"), QJsonArray::fromStringList(usagesOf(policy)));
            array.append(json);
        } else {
            table.addRow({ throttlePolicyLevelId(policy.level), policy.name,
                policy.name == QLatin1String(UnlimitedPolicyName) ? tr("unlimited")
                                                                  : limitText(policy.defaultLimit),
                QString::number(policy.conditionalGroups.size()), QString::number(usagesOf(policy).size()) });
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        Console::print(table.toString());
    return ExitOk;
}

QString PolicyImportCommand::summary() const
{
    return tr("Import apictl throttling policy files (YAML or JSON); nothing is stored if one is wrong.");
}

void PolicyImportCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Policy files; more may follow."), tr("FILE..."));
}

int PolicyImportCommand::execute(const QCommandLineParser &parser)
{
    std::vector<ThrottlePolicy> policies;
    bool failed = false;
    for (const QString &path : parser.positionalArguments()) {
        const std::optional<QByteArray> text = readFile(path);
        if (!text)
            return ExitFailure;
        const ThrottlePolicyFileResult read = ThrottlePolicyFile::read(*text, path);
        for (const Diagnostic &diagnostic : read.diagnostics)
            Console::printRawError(diagnostic.toString());
        failed = failed || read.policies.empty();
        policies.insert(policies.end(), read.policies.begin(), read.policies.end());
    }
    if (failed)
        return failure(tr("nothing was imported"));
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->putThrottlePolicies(policies))
        return failure(tr("nothing was imported: %1").arg(workspace->lastError()));
    for (const ThrottlePolicy &policy : policies)
        Console::printLine(tr("Imported %1 policy %2").arg(throttlePolicyLevelId(policy.level), policy.name));
    return ExitOk;
}

QString PolicyExportCommand::summary() const
{
    return tr("Print a throttle policy as an apictl file or WSO2 admin JSON.");
}

void PolicyExportCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("LEVEL"), tr("advanced, subscription, application or custom."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The policy's name."));
    parser.addOption(
        { QStringLiteral("format"), tr("yaml (apictl, the default), json (apictl) or admin-json."),
            tr("FORMAT"), QStringLiteral("yaml") });
}

int PolicyExportCommand::execute(const QCommandLineParser &parser)
{
    const std::optional<ThrottlePolicyLevel> level = levelOrUsageError(parser.positionalArguments().at(0));
    if (!level)
        return ExitUsage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("yaml") && format != QLatin1String("json")
        && format != QLatin1String("admin-json"))
        return usageError(tr("--format must be yaml, json or admin-json"));
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QString name = parser.positionalArguments().at(1);
    const std::optional<ThrottlePolicy> policy = workspace->throttlePolicy(*level, name);
    if (!policy)
        return failure(tr("no %1 policy named '%2'").arg(throttlePolicyLevelId(*level), name));
    const QByteArray text = format == QLatin1String("yaml") ? ThrottlePolicyFile::toApictlYaml(*policy)
        : format == QLatin1String("json")                   ? ThrottlePolicyFile::toApictlJson(*policy)
                                                            : ThrottlePolicyFile::toAdminJson(*policy);
    Console::print(QString::fromUtf8(text));
    return ExitOk;
}

QString PolicyAttachCommand::summary() const
{
    return tr("Attach an advanced policy to an API or one of its operations (\"\" detaches).");
}

void PolicyAttachCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The advanced policy's name, or \"\" for none."));
    parser.addOption({ QStringLiteral("api"), tr("The API (id, name or name:version)."), tr("API") });
    parser.addOption({ QStringLiteral("operation"), tr("Only this operation, e.g. \"GET /pets/{id}\"."),
        tr("OPERATION") });
}

int PolicyAttachCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    const QString name = parser.positionalArguments().constFirst();
    if (!name.isEmpty() && !workspace->throttlePolicy(ThrottlePolicyLevel::Advanced, name))
        return failure(tr("no advanced policy named '%1' (see 'policy list --level advanced')").arg(name));
    std::optional<ApiRecord> api = resolveApi(*workspace, parser.value(QStringLiteral("api")));
    if (!api)
        return ExitFailure;
    QString target = tr("API %1").arg(api->definition.name);
    if (parser.isSet(QStringLiteral("operation"))) {
        OperationConfig *operation
            = findOperation(api->definition, parser.value(QStringLiteral("operation")));
        if (!operation)
            return failure(tr("API %1 has no operation '%2'")
                               .arg(api->definition.name, parser.value(QStringLiteral("operation"))));
        operation->throttlingPolicy = name;
        target = tr("%1 of API %2").arg(parser.value(QStringLiteral("operation")), api->definition.name);
    } else {
        api->definition.throttlingPolicy = name;
    }
    if (!workspace->updateApi(*api))
        return failure(workspace->lastError());
    Console::printLine(name.isEmpty()
            ? tr("%1 has no throttle policy now; deploy a new revision to apply it").arg(target)
            : tr("%1 uses %2 now; deploy a new revision to apply it").arg(target, name));
    return ExitOk;
}

QString PolicyRemoveCommand::summary() const
{
    return tr("Remove a throttle policy stored in the workspace (a WSO2 default comes back).");
}

void PolicyRemoveCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("LEVEL"), tr("advanced, subscription, application or custom."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The policy's name."));
}

int PolicyRemoveCommand::execute(const QCommandLineParser &parser)
{
    const std::optional<ThrottlePolicyLevel> level = levelOrUsageError(parser.positionalArguments().at(0));
    if (!level)
        return ExitUsage;
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->removeThrottlePolicy(*level, parser.positionalArguments().at(1)))
        return failure(workspace->lastError());
    Console::printLine(
        tr("Removed %1 policy %2").arg(throttlePolicyLevelId(*level), parser.positionalArguments().at(1)));
    return ExitOk;
}

} // namespace Gatehouse
