#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace Gatehouse {

class Command;

// Finds the command named by the first one or two words of the command line, parses the rest with a
// parser of its own and runs it. Handles the global --help/--version and all usage errors (exit 2).
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(gatehousectl)
public:
    CommandRegistry();
    ~CommandRegistry();

    void add(std::unique_ptr<Command> command);
    // arguments as QCoreApplication::arguments(): the program first.
    int run(const QStringList &arguments);

private:
    Command *find(const QStringList &words, int *wordCount);
    QStringList subcommandsOf(const QString &group) const;
    int runCommand(Command &command, const QString &program, const QStringList &arguments);
    int runHelpCommand(const QString &program, const QStringList &words);
    QString commandHelp(const Command &command, const QString &program) const;
    QString overview() const;
    QString groupOverview(const QString &group) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Gatehouse
