#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl api schema-validation --workspace FILE API on|off
class ApiSchemaValidationCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("api schema-validation"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override
    {
        return { QStringLiteral("API"), QStringLiteral("STATE") };
    }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
