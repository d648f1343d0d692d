#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl user list --workspace FILE
class UserListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("user list"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
