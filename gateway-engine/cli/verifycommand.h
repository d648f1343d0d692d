#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl verify [--row ID]... [--profile ID] [--json]
class VerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
