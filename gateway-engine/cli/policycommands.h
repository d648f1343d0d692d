#pragma once

#include "command.h"

namespace Gatehouse {

// gatehousectl policy list [--level LEVEL] [--json]
class PolicyListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("policy list"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

// gatehousectl policy import FILE... (apictl "throttling policy" YAML/JSON; all files or none)
class PolicyImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("policy import"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("FILE") }; }
    bool repeatsLastPositional() const override { return true; }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

// gatehousectl policy export LEVEL NAME [--format yaml|json|admin-json]
class PolicyExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("policy export"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override
    {
        return { QStringLiteral("LEVEL"), QStringLiteral("NAME") };
    }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

// gatehousectl policy attach NAME --api API [--operation "GET /path"]   (advanced policies; "" detaches)
class PolicyAttachCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("policy attach"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    QStringList requiredOptions() const override
    {
        return { QStringLiteral("workspace"), QStringLiteral("api") };
    }
    int execute(const QCommandLineParser &parser) override;
};

// gatehousectl policy remove LEVEL NAME
class PolicyRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    QString name() const override { return QStringLiteral("policy remove"); }
    QString summary() const override;
    void addArguments(QCommandLineParser &parser) const override;
    QStringList positionalNames() const override
    {
        return { QStringLiteral("LEVEL"), QStringLiteral("NAME") };
    }
    QStringList requiredOptions() const override { return { QStringLiteral("workspace") }; }
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Gatehouse
