#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl export --workspace FILE API [--format yaml|json] [--output FILE]: the API as OpenAPI 3 with
// WSO2's extensions (OpenApiExporter); what the document cannot say is listed on stderr.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("API") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
