#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl import --workspace FILE OPENAPI_FILE [--name N] [--context C]
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("OPENAPI_FILE") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
