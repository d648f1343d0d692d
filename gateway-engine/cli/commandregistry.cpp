#include "commandregistry.h"

#include "command.h"
#include "console.h"
#include "exitcode.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <algorithm>

namespace Gatehouse {

namespace {

bool isHelpFlag(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
        || argument == QLatin1String("-?");
}

QString padded(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(width - text.size(), 0) + 2, QLatin1Char(' '));
}

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("gatehousectl", "Show this help.")));
}

} // namespace

CommandRegistry::CommandRegistry() = default;
CommandRegistry::~CommandRegistry() = default;

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

int CommandRegistry::run(const QStringList &arguments)
{
    const QString program = arguments.isEmpty() ? QStringLiteral("gatehousectl") : arguments.first();
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty()) {
        Console::printRawError(overview());
        return ExitUsage;
    }
    const QString &first = rest.first();
    if (isHelpFlag(first)) {
        Console::print(overview());
        return ExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Console::printLine(QStringLiteral("gatehousectl " GATEHOUSE_VERSION));
        return ExitOk;
    }
    if (first == QLatin1String("help"))
        return runHelpCommand(program, rest.mid(1));
    if (first.startsWith(QLatin1Char('-'))) {
        Console::printError(tr("unknown option '%1'").arg(first));
        Console::printRawError(tr("Run 'gatehousectl --help' for the list of commands."));
        return ExitUsage;
    }

    int wordCount = 0;
    if (Command *command = find(rest, &wordCount))
        return runCommand(*command, program, rest.mid(wordCount));

    if (!subcommandsOf(first).isEmpty()) {
        if (rest.size() > 1 && isHelpFlag(rest.at(1))) {
            Console::print(groupOverview(first));
            return ExitOk;
        }
        if (rest.size() == 1 || rest.at(1).startsWith(QLatin1Char('-')))
            Console::printError(tr("'%1' needs a subcommand").arg(first));
        else
            Console::printError(tr("unknown command '%1 %2'").arg(first, rest.at(1)));
        Console::printRawError(groupOverview(first));
        return ExitUsage;
    }
    Console::printError(tr("unknown command '%1'").arg(first));
    Console::printRawError(tr("Run 'gatehousectl --help' for the list of commands."));
    return ExitUsage;
}

Command *CommandRegistry::find(const QStringList &words, int *wordCount)
{
    for (int count = 2; count >= 1; --count) {
        if (words.size() < count)
            continue;
        const QString name = QStringList(words.mid(0, count)).join(QLatin1Char(' '));
        for (const auto &command : m_commands) {
            if (command->name() == name) {
                *wordCount = count;
                return command.get();
            }
        }
    }
    return nullptr;
}

QStringList CommandRegistry::subcommandsOf(const QString &group) const
{
    QStringList names;
    const QString prefix = group + QLatin1Char(' ');
    for (const auto &command : m_commands) {
        if (command->name().startsWith(prefix))
            names.append(command->name());
    }
    return names;
}

int CommandRegistry::runCommand(Command &command, const QString &program, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addHelpOption(parser);
    command.addArguments(parser);

    if (!parser.parse(QStringList { program } + arguments)) {
        Console::printError(parser.errorText());
        Console::printRawError(tr("Run 'gatehousectl %1 --help' for its usage.").arg(command.name()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::print(commandHelp(command, program));
        return ExitOk;
    }

    const QStringList positionals = parser.positionalArguments();
    const QStringList expected = command.positionalNames();
    const qsizetype allowed = expected.size() + command.optionalPositionalNames().size();
    QString problem;
    if (positionals.size() < expected.size())
        problem = tr("missing argument %1").arg(expected.at(positionals.size()));
    else if (positionals.size() > allowed && !command.repeatsLastPositional())
        problem = tr("unexpected argument '%1'").arg(positionals.at(allowed));
    for (const QString &option : command.requiredOptions()) {
        if (problem.isEmpty() && !parser.isSet(option))
            problem = tr("missing required option --%1").arg(option);
    }
    if (!problem.isEmpty()) {
        Console::printError(problem);
        Console::printRawError(tr("Run 'gatehousectl %1 --help' for its usage.").arg(command.name()));
        return ExitUsage;
    }
    return command.execute(parser);
}

int CommandRegistry::runHelpCommand(const QString &program, const QStringList &words)
{
    if (words.isEmpty()) {
        Console::print(overview());
        return ExitOk;
    }
    int wordCount = 0;
    if (const Command *command = find(words, &wordCount); command && wordCount == words.size()) {
        Console::print(commandHelp(*command, program));
        return ExitOk;
    }
    if (words.size() == 1 && !subcommandsOf(words.first()).isEmpty()) {
        Console::print(groupOverview(words.first()));
        return ExitOk;
    }
    Console::printError(tr("unknown command '%1'").arg(words.join(QLatin1Char(' '))));
    return ExitUsage;
}

QString CommandRegistry::commandHelp(const Command &command, const QString &program) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    addHelpOption(parser);
    command.addArguments(parser);
    QString text = parser.helpText();
    // QCommandLineParser's usage line names the program as started; name it as documented, with the command.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    for (const QString &started : { program, QFileInfo(program).fileName() }) {
        const qsizetype at = text.indexOf(started + QLatin1Char(' '));
        if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd)) {
            text.replace(at, started.size(), QStringLiteral("gatehousectl ") + command.name());
            break;
        }
    }
    return text;
}

QString CommandRegistry::overview() const
{
    qsizetype width = QStringLiteral("-v, --version").size();
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());

    QString text = tr("Usage: gatehousectl <command> [options] [arguments]") + QStringLiteral("\n\n")
        + tr("Manages Gatehouse workspaces and runs their gateway environments without the GUI.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands)
        text
            += QStringLiteral("  ") + padded(command->name(), width) + command->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  ") + padded(QStringLiteral("-h, --help"), width) + tr("Show this help.")
        + QLatin1Char('\n');
    text += QStringLiteral("  ") + padded(QStringLiteral("-v, --version"), width) + tr("Show the version.")
        + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Run 'gatehousectl <command> --help' for the options of a command.")
        + QLatin1Char('\n');
    return text;
}

QString CommandRegistry::groupOverview(const QString &group) const
{
    const QStringList names = subcommandsOf(group);
    qsizetype width = 0;
    for (const QString &name : names)
        width = std::max(width, name.size());
    QString text = tr("Usage: gatehousectl %1 <subcommand> [options] [arguments]").arg(group)
        + QStringLiteral("\n\n") + tr("Subcommands:") + QLatin1Char('\n');
    for (const auto &command : m_commands) {
        if (names.contains(command->name()))
            text += QStringLiteral("  ") + padded(command->name(), width) + command->summary()
                + QLatin1Char('\n');
    }
    return text;
}

} // namespace Gatehouse
