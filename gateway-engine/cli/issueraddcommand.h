#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl issuer add --workspace FILE NAME --issuer ISS (--jwks-url URL | --jwks-file F | --certificate
// PEM) ...
class IssuerAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("issuer add"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    QStringList requiredOptions() const override
    {
        return { QStringLiteral("workspace"), QStringLiteral("issuer") };
    }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
