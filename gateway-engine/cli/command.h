#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace Gatehouse {

// One gatehousectl command ("deploy", "env create", ...). The registry builds a parser per command,
// adds --help, lets the command add its options, checks positionals and required options, and only
// then calls execute().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    virtual ~Command();

    virtual QString name() const = 0; // the words that select it: "deploy", "env create"
    virtual QString summary() const = 0; // one line for the command list
    virtual void addArguments(QCommandLineParser &parser) const = 0;
    virtual QStringList positionalNames() const { return {}; } // all required, in order
    virtual QStringList optionalPositionalNames() const { return {}; } // may follow the required ones
    virtual bool repeatsLastPositional() const { return false; } // "FILE...": any number after the first
    virtual QStringList requiredOptions() const { return {}; } // option names without dashes
    virtual int execute(const QCommandLineParser &parser) = 0;

    // "GET /pets/{id}": how commands name an operation.
    static QString operationLabel(const ResourceConfig &resource, const OperationConfig &operation);
    // The operation named "GET /pets" (the method in any case); nullptr when there is none.
    static OperationConfig *findOperation(ApiConfig &api, const QString &label);

protected:
    static int usageError(const QString &message);
    static int failure(const QString &message);

    static void addWorkspaceOption(QCommandLineParser &parser);
    // Opens the existing workspace named by --workspace; prints the error and returns nullptr otherwise.
    static std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser &parser);
    // Look-ups that print "unknown API/environment" and return nothing when the name does not match.
    static std::optional<ApiRecord> resolveApi(const Workspace &workspace, const QString &nameOrId);
    static std::optional<EnvironmentSettings> resolveEnvironment(
        const Workspace &workspace, const QString &name);
    static std::optional<ApplicationRecord> resolveApplication(
        const Workspace &workspace, const QString &nameOrId);
    // Parses a TCP port (0..65535); prints a usage error naming the option when invalid.
    static std::optional<int> parsePort(const QString &text, const QString &optionName);
    // Parses a number of seconds in minimum..maximum; prints a usage error naming the option when invalid.
    static std::optional<int> parseSeconds(
        const QString &text, const QString &optionName, int minimum, int maximum);
    // Reads a whole file named on the command line; prints the failure when it cannot.
    static std::optional<QByteArray> readFile(const QString &path);
    // Splits "a,b, c" into its non-empty, trimmed parts.
    static QStringList commaList(const QString &text);
};

} // namespace Gatehouse
