#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl revoke --workspace FILE TOKEN | --jti JTI [--expires EPOCH]
class RevokeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList optionalPositionalNames() const override { return { QStringLiteral("TOKEN") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
