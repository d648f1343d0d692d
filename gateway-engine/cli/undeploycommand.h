#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl undeploy --workspace FILE API --env NAME
class UndeployCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("undeploy"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("API") }; }
    QStringList requiredOptions() const override
    {
        return { QStringLiteral("workspace"), QStringLiteral("env") };
    }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
