#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl token issue --workspace FILE APP [--scopes "a b"] [--validity S] [--sandbox]
class TokenIssueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("token issue"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("APP") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
