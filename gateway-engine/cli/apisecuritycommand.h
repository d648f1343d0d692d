#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl api security --workspace FILE API [--schemes ...] [--mtls ...] [--open OP] [--scopes
// OP=SCOPES] ...
class ApiSecurityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("api security"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("API") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
