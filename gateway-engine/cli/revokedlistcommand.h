#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl revoked list --workspace FILE
class RevokedListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("revoked list"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
