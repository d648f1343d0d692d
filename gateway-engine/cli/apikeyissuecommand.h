#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl apikey issue --workspace FILE APP [--validity S] [--ip CIDR]... [--referer PATTERN]...
class ApiKeyIssueCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("apikey issue"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("APP") }; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
