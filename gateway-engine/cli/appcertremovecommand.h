#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl app cert-remove --workspace FILE APP SHA256
class AppCertRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("app cert-remove"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override
    {
        return { QStringLiteral("APP"), QStringLiteral("SHA256") };
    }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
