#include "mainwindow.h"

#include "apioverviewpage.h"
#include "applicationspage.h"
#include "categorypage.h"
#include "comparisonpage.h"
#include "documentpage.h"
#include "environmentmanager.h"
#include "environmentspage.h"
#include "policypage.h"
#include "recentworkspaces.h"
#include "securitypage.h"
#include "settingsdialog.h"
#include "testconsolepage.h"
#include "translationmanager.h"
#include "welcomepage.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Gatehouse {

namespace {

constexpr int workspaceWatchIntervalMs = 1500;

QString documentKind(WorkspaceTreeModel::NodeKind kind)
{
    switch (kind) {
    case WorkspaceTreeModel::NodeKind::SecurityScheme:
        return QStringLiteral("security_scheme");
    case WorkspaceTreeModel::NodeKind::ThrottlePolicy:
        return QStringLiteral("throttle_policy");
    default:
        return QString();
    }
}

bool removeWorkspaceFiles(const QString &path, QString *error)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = MainWindow::tr("Cannot replace %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace

MainWindow::MainWindow(TranslationManager *translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_environments(new EnvironmentManager(this))
    , m_treeModel(new WorkspaceTreeModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gatehouse.svg")));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("workspaceTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnHidden(WorkspaceTreeModel::DetailColumn, true);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->setMinimumWidth(200);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentNodeChanged(current); });

    m_pages = new QStackedWidget(this);
    m_welcomePage = new WelcomePage(m_pages);
    m_categoryPage = new CategoryPage(m_treeModel, m_pages);
    m_apiPage = new ApiOverviewPage(m_pages);
    m_documentPage = new DocumentPage(m_pages);
    m_policyPage = new PolicyPage(m_pages);
    m_environmentsPage = new EnvironmentsPage(m_environments, m_pages);
    m_comparisonPage = new ComparisonPage(m_pages);
    m_securityPage = new SecurityPage(m_pages);
    m_applicationsPage = new ApplicationsPage(m_pages);
    m_consolePage = new TestConsolePage(m_environments, m_pages);
    for (QWidget *page : { static_cast<QWidget *>(m_welcomePage), static_cast<QWidget *>(m_categoryPage),
             static_cast<QWidget *>(m_apiPage), static_cast<QWidget *>(m_documentPage),
             static_cast<QWidget *>(m_environmentsPage), static_cast<QWidget *>(m_comparisonPage),
             static_cast<QWidget *>(m_securityPage), static_cast<QWidget *>(m_applicationsPage),
             static_cast<QWidget *>(m_consolePage), static_cast<QWidget *>(m_policyPage) })
        m_pages->addWidget(page);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 260, 1000 });
    setCentralWidget(m_splitter);

    m_runningLabel = new QLabel(this);
    m_workspaceLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_runningLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    connect(m_welcomePage, &WelcomePage::newDemoWorkspaceRequested, this,
        &MainWindow::newDemoWorkspaceInteractive);
    connect(m_welcomePage, &WelcomePage::newWorkspaceRequested, this, &MainWindow::newWorkspaceInteractive);
    connect(m_welcomePage, &WelcomePage::openWorkspaceRequested, this, &MainWindow::openWorkspaceInteractive);
    connect(m_welcomePage, &WelcomePage::openRecentRequested, this, &MainWindow::openPathInteractive);
    connect(m_categoryPage, &CategoryPage::itemActivated, this,
        [this](const QModelIndex &index) { m_tree->setCurrentIndex(index); });
    connect(
        m_environmentsPage, &EnvironmentsPage::workspaceModified, this, &MainWindow::refreshFromWorkspace);
    connect(m_environments, &EnvironmentManager::environmentStarted, this, [this](const QString &name) {
        m_treeModel->setEnvironmentRunning(name, true);
        updateStatus();
    });
    connect(m_environments, &EnvironmentManager::environmentStopped, this, [this](const QString &name) {
        m_treeModel->setEnvironmentRunning(name, false);
        updateStatus();
    });

    connectSecurityPages();
    connectPolicyPage();

    m_workspaceWatch.setInterval(workspaceWatchIntervalMs);
    connect(&m_workspaceWatch, &QTimer::timeout, this, &MainWindow::checkWorkspaceForChanges);

    createActions();
    createEditActions();
    createDesignerActions();
    connectDesigners();
    createMenus();
    retranslate();
    closeWorkspace();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    m_environments->setWorkspace(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceInteractive);
    m_newDemoAction = new QAction(this);
    connect(m_newDemoAction, &QAction::triggered, this, &MainWindow::newDemoWorkspaceInteractive);
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceInteractive);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    auto *viewGroup = new QActionGroup(this);
    m_apisAction = new QAction(QIcon(QStringLiteral(":/icons/api.svg")), QString(), viewGroup);
    m_apisAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_apisAction, &QAction::triggered, this, &MainWindow::showApis);
    m_environmentsAction
        = new QAction(QIcon(QStringLiteral(":/icons/environment.svg")), QString(), viewGroup);
    m_environmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_environmentsAction, &QAction::triggered, this, &MainWindow::showEnvironments);
    m_comparisonAction = new QAction(QIcon(QStringLiteral(":/icons/comparison.svg")), QString(), viewGroup);
    m_comparisonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_comparisonAction, &QAction::triggered, this, &MainWindow::showComparison);
    m_consoleAction = new QAction(QIcon(QStringLiteral(":/icons/start.svg")), QString(), viewGroup);
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_consoleAction, &QAction::triggered, this, &MainWindow::showTestConsole);
    m_applicationsAction
        = new QAction(QIcon(QStringLiteral(":/icons/application.svg")), QString(), viewGroup);
    m_applicationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(m_applicationsAction, &QAction::triggered, this, &MainWindow::showApplications);
    m_securityAction = new QAction(QIcon(QStringLiteral(":/icons/security.svg")), QString(), viewGroup);
    m_securityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(m_securityAction, &QAction::triggered, this, &MainWindow::showSecurity);
    for (QAction *action : viewGroup->actions())
        action->setCheckable(true);

    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_newDemoAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_newApiAction);
    m_fileMenu->addAction(m_importApiAction);
    m_fileMenu->addAction(m_exportApiAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    populateRecentMenu();
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_newPolicyAction);
    m_editMenu->addAction(m_removePolicyAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_apisAction);
    m_viewMenu->addAction(m_environmentsAction);
    m_viewMenu->addAction(m_comparisonAction);
    m_viewMenu->addAction(m_consoleAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_applicationsAction);
    m_viewMenu->addAction(m_securityAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->addAction(m_settingsAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);

    auto *toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_apisAction);
    toolBar->addAction(m_environmentsAction);
    toolBar->addAction(m_comparisonAction);
    toolBar->addAction(m_consoleAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Workspace…"));
    m_newDemoAction->setText(tr("New &Demo Workspace…"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a workspace file"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    retranslateEditActions();
    retranslateDesignerActions();
    m_viewMenu->setTitle(tr("&View"));
    m_apisAction->setText(tr("&APIs"));
    m_environmentsAction->setText(tr("&Environments"));
    m_comparisonAction->setText(tr("&Comparison"));
    m_consoleAction->setText(tr("&Test Console"));
    m_consoleAction->setToolTip(tr("Send requests to running environments and see the security verdict"));
    m_applicationsAction->setText(tr("A&pplications"));
    m_securityAction->setText(tr("Se&curity"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_settingsAction->setText(tr("&Configure Gatehouse…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Gatehouse"));
    m_aboutQtAction->setText(tr("About &Qt"));
    if (auto *toolBar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->setWindowTitle(tr("Main toolbar"));
    m_treeModel->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_workspace)
            showNode(m_tree->currentIndex());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmUnsavedDesigns()) {
        event->ignore();
        return;
    }
    saveWindowState();
    m_environments->stopAll();
    event->accept();
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> workspace = Workspace::open(path, error);
    return workspace && adoptWorkspace(std::move(workspace));
}

bool MainWindow::createEmptyWorkspace(const QString &path, QString *error)
{
    if (!removeWorkspaceFiles(path, error))
        return false;
    return openWorkspace(path, error);
}

bool MainWindow::createDemoWorkspace(const QString &path, QString *error)
{
    if (!removeWorkspaceFiles(path, error))
        return false;
    std::unique_ptr<Workspace> workspace = Workspace::createDemo(path, error);
    return workspace && adoptWorkspace(std::move(workspace));
}

QString MainWindow::defaultDemoWorkspacePath()
{
    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dataDirectory).filePath(QStringLiteral("gatehouse/demo.gatehouse"));
}

bool MainWindow::openDefaultDemoWorkspace(QString *error)
{
    const QString path = defaultDemoWorkspacePath();
    if (QFileInfo::exists(path))
        return openWorkspace(path, error);
    QDir().mkpath(QFileInfo(path).absolutePath());
    std::unique_ptr<Workspace> workspace = Workspace::createDemo(path, error);
    return workspace && adoptWorkspace(std::move(workspace));
}

bool MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_environments->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_environments->setWorkspace(m_workspace.get());
    m_environmentsPage->setWorkspace(m_workspace.get());
    setPageWorkspaces(m_workspace.get());
    m_seenDataVersion = m_workspace->dataVersion();
    RecentWorkspaces::add(m_workspace->path());
    m_treeModel->reload(m_workspace.get());
    m_tree->expandAll();
    m_workspaceWatch.start();
    setWindowTitle(tr("%1 — Gatehouse").arg(QFileInfo(m_workspace->path()).fileName()));
    setWindowFilePath(m_workspace->path());
    updateStatus();
    showApis();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_workspace->path())), 5000);
    return true;
}

void MainWindow::closeWorkspace()
{
    m_workspaceWatch.stop();
    m_environments->setWorkspace(nullptr);
    m_environmentsPage->setWorkspace(nullptr);
    setPageWorkspaces(nullptr);
    m_apiPage->closeDesigners();
    if (m_importProgress) { // its result must not reach the next workspace
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    }
    m_workspace.reset();
    m_treeModel->reload(nullptr);
    m_welcomePage->setRecentWorkspaces(RecentWorkspaces::paths());
    m_pages->setCurrentWidget(m_welcomePage);
    setWindowTitle(tr("Gatehouse"));
    setWindowFilePath(QString());
    updateStatus();
}

void MainWindow::refreshFromWorkspace()
{
    if (!m_workspace)
        return;
    const QModelIndex current = m_tree->currentIndex();
    const WorkspaceTreeModel::NodeKind kind = WorkspaceTreeModel::nodeKind(current);
    const QString id
        = kind == WorkspaceTreeModel::NodeKind::Category ? QString() : WorkspaceTreeModel::itemId(current);
    const auto childKind
        = current.data(WorkspaceTreeModel::ChildKindRole).value<WorkspaceTreeModel::NodeKind>();
    const bool comparisonShown
        = m_pages->currentWidget() == m_comparisonPage || m_pages->currentWidget() == m_consolePage;

    m_seenDataVersion = m_workspace->dataVersion();
    m_treeModel->reload(m_workspace.get());
    const QStringList running = m_environments->runningEnvironments();
    for (const QString &name : running)
        m_treeModel->setEnvironmentRunning(name, true);
    m_tree->expandAll();
    m_environmentsPage->refresh();
    m_securityPage->refresh();
    m_applicationsPage->refresh();
    m_consolePage->refresh();

    const QSignalBlocker blocker(m_tree->selectionModel());
    QModelIndex restored = kind == WorkspaceTreeModel::NodeKind::Category
        ? m_treeModel->categoryIndex(childKind)
        : m_treeModel->findNode(kind, id);
    m_tree->setCurrentIndex(restored);
    if (!comparisonShown && restored.isValid())
        showNode(restored);
}

void MainWindow::checkWorkspaceForChanges()
{
    if (!m_workspace || m_workspace->dataVersion() == m_seenDataVersion)
        return;
    // Another process (gatehousectl, a second window) changed the workspace.
    refreshFromWorkspace();
    const QStringList updated = m_environments->syncWithWorkspace();
    if (!updated.isEmpty())
        statusBar()->showMessage(
            tr("Applied deployments made elsewhere to %1").arg(updated.join(QStringLiteral(", "))), 5000);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

bool MainWindow::selectNode(WorkspaceTreeModel::NodeKind kind, const QString &id)
{
    const QModelIndex index
        = id.isEmpty() ? m_treeModel->categoryIndex(kind) : m_treeModel->findNode(kind, id);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    showNode(index);
    return true;
}

void MainWindow::onCurrentNodeChanged(const QModelIndex &current)
{
    if (current.isValid())
        showNode(current);
}

void MainWindow::showNode(const QModelIndex &index)
{
    using NodeKind = WorkspaceTreeModel::NodeKind;
    if (!m_workspace) {
        m_pages->setCurrentWidget(m_welcomePage);
        return;
    }
    const NodeKind kind = WorkspaceTreeModel::nodeKind(index);
    const QString id = WorkspaceTreeModel::itemId(index);
    switch (kind) {
    case NodeKind::Category: {
        const auto childKind = index.data(WorkspaceTreeModel::ChildKindRole).value<NodeKind>();
        if (childKind == NodeKind::Environment) {
            m_pages->setCurrentWidget(m_environmentsPage);
            m_environmentsAction->setChecked(true);
            return;
        }
        if (childKind == NodeKind::Security) {
            m_pages->setCurrentWidget(m_securityPage);
            m_securityAction->setChecked(true);
            return;
        }
        if (childKind == NodeKind::Application) {
            m_pages->setCurrentWidget(m_applicationsPage);
            m_applicationsAction->setChecked(true);
            return;
        }
        m_categoryPage->showCategory(childKind);
        m_pages->setCurrentWidget(m_categoryPage);
        m_apisAction->setChecked(childKind == NodeKind::Api);
        break;
    }
    case NodeKind::Api:
        m_apiPage->showApi(m_workspace.get(), id);
        m_pages->setCurrentWidget(m_apiPage);
        m_apisAction->setChecked(true);
        break;
    case NodeKind::Application:
        m_applicationsPage->selectApplication(id);
        m_pages->setCurrentWidget(m_applicationsPage);
        m_applicationsAction->setChecked(true);
        break;
    case NodeKind::ThrottlePolicy:
        showPolicy(id);
        break;
    case NodeKind::SecurityScheme: {
        const QList<NamedDocument> documents = m_workspace->documents(documentKind(kind));
        for (const NamedDocument &document : documents) {
            if (document.name == id)
                m_documentPage->showDocument(index.parent().data().toString(), document.name, document.json);
        }
        m_pages->setCurrentWidget(m_documentPage);
        break;
    }
    case NodeKind::Environment:
        m_environmentsPage->selectEnvironment(id);
        m_pages->setCurrentWidget(m_environmentsPage);
        m_environmentsAction->setChecked(true);
        break;
    case NodeKind::None:
    case NodeKind::Security:
        break;
    }
}

void MainWindow::showApis()
{
    const QModelIndex category = m_treeModel->categoryIndex(WorkspaceTreeModel::NodeKind::Api);
    const QModelIndex firstApi = m_treeModel->index(0, 0, category);
    const QModelIndex target = firstApi.isValid() ? firstApi : category;
    if (m_tree->currentIndex() == target)
        showNode(target);
    else
        m_tree->setCurrentIndex(target);
}

void MainWindow::showEnvironments()
{
    const QModelIndex category = m_treeModel->categoryIndex(WorkspaceTreeModel::NodeKind::Environment);
    if (m_tree->currentIndex() == category)
        showNode(category);
    else
        m_tree->setCurrentIndex(category);
}

void MainWindow::showComparison()
{
    m_pages->setCurrentWidget(m_comparisonPage);
    m_comparisonAction->setChecked(true);
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_tree->selectionModel()->clear();
}

void MainWindow::updateStatus()
{
    const int running = int(m_environments->runningEnvironments().size());
    m_runningLabel->setText(
        running == 0 ? tr("No environment running") : tr("%n environment(s) running", nullptr, running));
    m_workspaceLabel->setText(
        m_workspace ? QDir::toNativeSeparators(m_workspace->path()) : tr("No workspace"));
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentWorkspaces::paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QAction *action
            = m_recentMenu->addAction(tr("&%1 %2", "shortcut number, file name")
                                          .arg(QString::number(i + 1), QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPathInteractive(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        RecentWorkspaces::clear();
        m_welcomePage->setRecentWorkspaces({});
    });
}

QString MainWindow::askForNewWorkspacePath(const QString &title, const QString &suggestedName)
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(directory).filePath(suggestedName),
        tr("Gatehouse workspaces (*.gatehouse);;All files (*)"));
}

void MainWindow::newWorkspaceInteractive()
{
    const QString path = askForNewWorkspacePath(tr("New Workspace"), tr("workspace.gatehouse"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createEmptyWorkspace(path, &error))
        QMessageBox::warning(this, tr("New Workspace"), tr("Could not create %1:\n%2").arg(path, error));
}

void MainWindow::newDemoWorkspaceInteractive()
{
    const QString path = askForNewWorkspacePath(tr("New Demo Workspace"), tr("demo.gatehouse"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createDemoWorkspace(path, &error))
        QMessageBox::warning(this, tr("New Demo Workspace"), tr("Could not create %1:\n%2").arg(path, error));
}

void MainWindow::openDefaultDemoInteractive()
{
    QString error;
    if (!openDefaultDemoWorkspace(&error))
        QMessageBox::warning(
            this, tr("Open Workspace"), tr("Could not open %1:\n%2").arg(defaultDemoWorkspacePath(), error));
}

void MainWindow::openWorkspaceInteractive()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
        tr("Gatehouse workspaces (*.gatehouse *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openPathInteractive(path);
}

void MainWindow::openPathInteractive(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open Workspace"), tr("%1 no longer exists.").arg(path));
        RecentWorkspaces::remove(path);
        m_welcomePage->setRecentWorkspaces(RecentWorkspaces::paths());
        return;
    }
    QString error;
    if (!openWorkspace(path, &error))
        QMessageBox::warning(this, tr("Open Workspace"), tr("Could not open %1:\n%2").arg(path, error));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_translations, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gatehouse"),
        tr("<h3>Gatehouse %1</h3>"
           "<p>Design APIs, run them on local gateway environments and compare how Choreo Connect and the "
           "API Gateway serve them.</p>"
           "<p>For servers and CI jobs without a display, run <code>gatehousectl run --workspace "
           "FILE</code>.</p>")
            .arg(QStringLiteral(GATEHOUSE_VERSION)));
}

} // namespace Gatehouse
