#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl lint FILE... [--json]: FILE:LINE:COL: severity: message for every problem; exit 1 when any
// is an error. Needs no workspace, so CI can lint definitions before importing them.
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("FILE") }; }
    bool repeatsLastPositional() const override { return true; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
