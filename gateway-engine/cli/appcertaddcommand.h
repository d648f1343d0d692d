#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl app cert-add --workspace FILE APP PEMFILE
class AppCertAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("app cert-add"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override
    {
        return { QStringLiteral("APP"), QStringLiteral("PEMFILE") };
    }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
