#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl env create --workspace FILE NAME --profile choreo-connect|api-gateway [--mode ...] [ports]
class EnvCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("env create"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    QStringList requiredOptions() const override
    {
        return { QStringLiteral("workspace"), QStringLiteral("profile") };
    }
    int execute(const QCommandLineParser &parser) override;

    // Names appear in "ENV=PORT" options and URLs: letters, digits, '.', '_' and '-'.
    static bool isValidEnvironmentName(const QString &name);
};

} // namespace Gatehouse
