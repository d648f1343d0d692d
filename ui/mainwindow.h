#pragma once

#include "workspacetreemodel.h"

#include <QMainWindow>
#include <QTimer>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace Gatehouse {

class ApiOverviewPage;
class ApplicationsPage;
class CategoryPage;
class ComparisonPage;
class DocumentPage;
class PolicyPage;
class EnvironmentManager;
class EnvironmentsPage;
class SecurityPage;
class TestConsolePage;
class TranslationManager;
class WelcomePage;
class Workspace;

// The main window: workspace tree on the left, the page of the selected node on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(TranslationManager *translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString &path, QString *error);
    bool createEmptyWorkspace(const QString &path, QString *error); // replaces an existing file
    bool createDemoWorkspace(const QString &path, QString *error); // replaces an existing file
    void closeWorkspace();
    // Where the demo workspace lives unless the user picks another file (the same as scripts/run-demo.sh).
    static QString defaultDemoWorkspacePath();
    // Opens the demo workspace at defaultDemoWorkspacePath(), creating it on first use.
    bool openDefaultDemoWorkspace(QString *error);
    Workspace *workspace() const { return m_workspace.get(); }

    WorkspaceTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    QWidget *currentPage() const;
    WelcomePage *welcomePage() const { return m_welcomePage; }
    CategoryPage *categoryPage() const { return m_categoryPage; }
    ApiOverviewPage *apiOverviewPage() const { return m_apiPage; }
    DocumentPage *documentPage() const { return m_documentPage; }
    PolicyPage *policyPage() const { return m_policyPage; }
    EnvironmentsPage *environmentsPage() const { return m_environmentsPage; }
    ComparisonPage *comparisonPage() const { return m_comparisonPage; }
    SecurityPage *securityPage() const { return m_securityPage; }
    ApplicationsPage *applicationsPage() const { return m_applicationsPage; }
    TestConsolePage *testConsolePage() const { return m_consolePage; }
    EnvironmentManager *environmentManager() const { return m_environments; }

    bool selectNode(WorkspaceTreeModel::NodeKind kind, const QString &id); // id empty: the category

    // Undo and redo of the editor on the current page (the Edit menu's actions act on it).
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *removePolicyAction() const { return m_removePolicyAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *newApiAction() const { return m_newApiAction; }
    // A new API from a minimal OpenAPI document, shown in the designer (mainwindowdesigner.cpp). The id, or
    // nullopt with *error.
    std::optional<QString> createApi(const QString &name, const QString &version, const QString &context,
        const QString &endpointUrl, QString *error);
    ApiOverviewPage *apiPage() const { return m_apiPage; }
    // Imports an OpenAPI / Swagger file or an apictl project folder or zip on a worker thread, with a
    // progress dialog whose Cancel abandons it; the new API opens in the designer. False when one is running
    // already.
    bool importApi(const QString &path);
    bool isImporting() const { return m_importProgress != nullptr; }
    QAction *importApiAction() const { return m_importApiAction; }
    enum class ApiExportFormat
    {
        OpenApiYaml,
        OpenApiJson,
        ApictlProject, // a folder that must not exist yet
        ApictlArchive // the zip apictl exports
    };
    // Writes the saved API (not a designer's unsaved edits) on a worker thread; what the file cannot carry
    // is shown afterwards. False when one is running already or the API is unknown.
    bool exportApi(const QString &apiId, const QString &path, ApiExportFormat format);
    bool isExporting() const { return m_exporting; }
    QAction *exportApiAction() const { return m_exportApiAction; }

public slots:
    void showApis();
    void showEnvironments();
    void showComparison();
    void showTestConsole();
    void showApplications();
    void showSecurity();
    void refreshFromWorkspace();
    void newPolicy(); // an empty policy form; Save stores it (mainwindowpolicies.cpp)
    bool removeShownPolicy(); // no confirmation: the Remove action asks first

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void restoreWindowState();
    void saveWindowState();
    void onCurrentNodeChanged(const QModelIndex &current);
    void showNode(const QModelIndex &index);
    void populateRecentMenu();
    void updateStatus();
    void checkWorkspaceForChanges();
    void connectSecurityPages();
    void connectPolicyPage(); // mainwindowpolicies.cpp
    void connectDesigners(); // mainwindowdesigner.cpp
    void createDesignerActions();
    void retranslateDesignerActions();
    void newApiInteractive();
    void importApiInteractive();
    void exportApiInteractive();
    void saveCurrentDesign();
    bool confirmUnsavedDesigns(); // false: the user cancelled
    void createEditActions(); // mainwindowpolicies.cpp
    void retranslateEditActions();
    void updateEditActions();
    void showPolicy(const QString &id); // "<level>/<name>"
    void setPageWorkspaces(Workspace *workspace);
    void applySecurityChange(const QString &message);
    void applyRevocations(const QString &message);
    void showCategoryPage(QWidget *page, QAction *viewAction);
    bool adoptWorkspace(std::unique_ptr<Workspace> workspace);
    QString askForNewWorkspacePath(const QString &title, const QString &suggestedName);

    void newWorkspaceInteractive();
    void newDemoWorkspaceInteractive();
    void openDefaultDemoInteractive();
    void openWorkspaceInteractive();
    void openPathInteractive(const QString &path);
    void showSettings();
    void showAbout();

    TranslationManager *m_translations;
    std::unique_ptr<Workspace> m_workspace;
    EnvironmentManager *m_environments;
    WorkspaceTreeModel *m_treeModel;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    CategoryPage *m_categoryPage = nullptr;
    ApiOverviewPage *m_apiPage = nullptr;
    DocumentPage *m_documentPage = nullptr;
    PolicyPage *m_policyPage = nullptr;
    EnvironmentsPage *m_environmentsPage = nullptr;
    ComparisonPage *m_comparisonPage = nullptr;
    SecurityPage *m_securityPage = nullptr;
    ApplicationsPage *m_applicationsPage = nullptr;
    TestConsolePage *m_consolePage = nullptr;
    QLabel *m_runningLabel = nullptr;
    QLabel *m_workspaceLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newDemoAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_apisAction = nullptr;
    QAction *m_environmentsAction = nullptr;
    QAction *m_comparisonAction = nullptr;
    QAction *m_consoleAction = nullptr;
    QAction *m_applicationsAction = nullptr;
    QAction *m_securityAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newPolicyAction = nullptr;
    QAction *m_removePolicyAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_newApiAction = nullptr;
    QAction *m_importApiAction = nullptr;
    QProgressDialog *m_importProgress = nullptr;
    QAction *m_exportApiAction = nullptr;
    bool m_exporting = false;

    QTimer m_workspaceWatch;
    qint64 m_seenDataVersion = -1;
};

} // namespace Gatehouse
