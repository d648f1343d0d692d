#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl introspection set --workspace FILE --endpoint URL [--client-id ID] [--cache-seconds S]
class IntrospectionSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("introspection set"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return {}; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
