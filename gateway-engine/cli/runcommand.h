#pragma once

#include "command.h"

#include <QHash>

namespace Gatehouse {

// gatehousectl run --workspace FILE [--env NAME ...] [--http-port ENV=PORT ...] [--workers N]
// Runs environments in the foreground until SIGINT/SIGTERM.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;

private:
    // Reads "ENV=PORT" values (or a bare "PORT" when a single environment runs) into overrides.
    static bool parsePortOverrides(const QCommandLineParser &parser, const QString &option,
        const QStringList &environmentNames, QHash<QString, int> *overrides);
    static std::optional<int> parseCount(
        const QCommandLineParser &parser, const QString &option, int minimum, int maximum, int fallback);
};

} // namespace Gatehouse
