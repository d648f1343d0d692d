#include "apischemavalidationcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <algorithm>

namespace Gatehouse {

QString ApiSchemaValidationCommand::summary() const
{
    return tr("Turn WSO2's schema validation of an API on or off (API Gateway environments only).");
}

void ApiSchemaValidationCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("API"), tr("The API: its id, name or name:version."));
    parser.addPositionalArgument(QStringLiteral("STATE"),
        tr("on: requests and responses are checked against the API's OpenAPI schemas; off: they are not."));
}

int ApiSchemaValidationCommand::execute(const QCommandLineParser &parser)
{
    const QString state = parser.positionalArguments().value(1);
    if (state != QLatin1String("on") && state != QLatin1String("off"))
        return usageError(tr("unknown state '%1' (expected on or off)").arg(state));
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    std::optional<ApiRecord> api = resolveApi(*workspace, parser.positionalArguments().constFirst());
    if (!api)
        return ExitFailure;
    ApiConfig &definition = api->definition;
    const bool enable = state == QLatin1String("on");
    if (definition.enableSchemaValidation != enable) {
        definition.enableSchemaValidation = enable;
        if (!workspace->updateApi(*api))
            return failure(tr("cannot change the schema validation of API %1: %2")
                               .arg(definition.name, workspace->lastError()));
    }
    const bool anySchema = std::any_of(
        definition.resources.begin(), definition.resources.end(), [](const ResourceConfig &resource) {
            return std::any_of(resource.operations.begin(), resource.operations.end(),
                [](const OperationConfig &operation) { return !operation.schemas.isEmpty(); });
        });
    if (enable && !anySchema)
        Console::printWarning(
            tr("API %1 declares no parameters, request bodies or responses: there is nothing "
               "to validate until its definition is imported with them")
                .arg(definition.name));
    Console::printLine(tr("API %1:%2: schema validation %3 (deploy a new revision for it to take effect)")
                           .arg(definition.name, definition.version, enable ? tr("on") : tr("off")));
    return ExitOk;
}

} // namespace Gatehouse
