#include "mainwindow.h"
#include "recentworkspaces.h"
#include "translationmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <algorithm>
#include <cstdio>

namespace {

// Without a display Qt aborts inside the QApplication constructor, so look before constructing it.
bool displayAvailable(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QCoreApplication::setApplicationName(QStringLiteral("gatehouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Gatehouse"));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.gatehouse.Gatehouse")); // matches the installed entry
}

struct CommandLine
{
    QString workspacePath;
    bool demo = false;
};

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Design APIs, run them on local WSO2-style gateways and compare Choreo Connect with the API "
        "Gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate(
            "main", "Create WORKSPACE with the bundled demo content if it does not exist."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace file to open (default: the last one opened)."),
        QCoreApplication::translate("main", "[WORKSPACE]"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "Only one workspace can be opened at a time.")));
        std::exit(1);
    }
    CommandLine commandLine;
    commandLine.workspacePath = positional.value(0);
    commandLine.demo = parser.isSet(demoOption);
    return commandLine;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!displayAvailable(argc, argv)) {
        // Still answer --help and --version, and explain the headless way in the user's language.
        QCoreApplication app(argc, argv);
        setUpApplication();
        Gatehouse::TranslationManager translations;
        translations.apply(Gatehouse::TranslationManager::storedLanguage());
        parseCommandLine(app);
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main",
                "gatehouse: no display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set), so "
                "the desktop application cannot start.\nTo serve a workspace without a display, run:\n"
                "  gatehousectl run --workspace FILE")));
        return 2;
    }

    QApplication app(argc, argv);
    setUpApplication();
    Gatehouse::TranslationManager translations;
    translations.apply(Gatehouse::TranslationManager::storedLanguage());
    const CommandLine commandLine = parseCommandLine(app);

    Gatehouse::MainWindow window(&translations);
    window.show();

    QString path = commandLine.workspacePath;
    QString error;
    bool opened = true;
    if (!path.isEmpty()) {
        const bool createDemo = commandLine.demo && !QFileInfo::exists(path);
        opened = createDemo ? window.createDemoWorkspace(path, &error) : window.openWorkspace(path, &error);
    } else {
        const QStringList recent = Gatehouse::RecentWorkspaces::paths();
        const auto existing = std::find_if(recent.cbegin(), recent.cend(),
            [](const QString &candidate) { return QFileInfo::exists(candidate); });
        if (existing != recent.cend()) {
            path = *existing;
            opened = window.openWorkspace(path, &error);
        } else if (recent.isEmpty()) {
            // First start: show something useful right away.
            path = Gatehouse::MainWindow::defaultDemoWorkspacePath();
            opened = window.openDefaultDemoWorkspace(&error);
        }
    }
    if (!opened) {
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Gatehouse"),
            QCoreApplication::translate("main", "Could not open %1:\n%2")
                .arg(QDir::toNativeSeparators(path), error));
    }
    return app.exec();
}
