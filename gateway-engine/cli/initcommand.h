#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl init FILE [--demo]
class InitCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("FILE") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
