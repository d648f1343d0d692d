// MainWindow: the API designer's actions (new API, import, export, save), its undo stacks in the Edit menu's
// group, and the question about unsaved designs on close.
#include "apictlproject.h"
#include "apidesign.h"
#include "apioverviewpage.h"
#include "designerpage.h"
#include "mainwindow.h"
#include "openapiexporter.h"
#include "openapiimporter.h"
#include "savefile.h"
#include "workspace.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Gatehouse {

void MainWindow::createDesignerActions()
{
    m_saveAction = new QAction(this); // Ctrl+S is the designer's own shortcut, as on the other editors

    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveCurrentDesign);
    m_newApiAction = new QAction(QIcon(QStringLiteral(":/icons/api.svg")), QString(), this);
    m_newApiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newApiAction, &QAction::triggered, this, &MainWindow::newApiInteractive);
    m_importApiAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this);
    m_importApiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importApiAction, &QAction::triggered, this, &MainWindow::importApiInteractive);
    m_exportApiAction = new QAction(this);
    m_exportApiAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportApiAction, &QAction::triggered, this, &MainWindow::exportApiInteractive);
}

void MainWindow::retranslateDesignerActions()
{
    m_saveAction->setText(tr("&Save API\tCtrl+S"));
    m_saveAction->setToolTip(tr("Store the designed API and make a revision"));
    m_newApiAction->setText(tr("New &API…"));
    m_importApiAction->setText(tr("&Import API…"));
    m_importApiAction->setToolTip(
        tr("An OpenAPI 3 or Swagger 2.0 file (YAML or JSON), or an apictl project folder or zip"));
    m_exportApiAction->setText(tr("&Export API…"));
    m_exportApiAction->setToolTip(
        tr("The shown API as OpenAPI 3 with WSO2's extensions, or as an apictl project"));
}

void MainWindow::connectDesigners()
{
    connect(m_apiPage, &ApiOverviewPage::designerCreated, this,
        [this](DesignerPage *designer) { m_undoGroup->addStack(designer->undoStack()); });
    connect(m_apiPage, &ApiOverviewPage::designerShown, this, &MainWindow::updateEditActions);
    connect(m_apiPage, &ApiOverviewPage::apiSaved, this, [this](const QString &, int revision) {
        statusBar()->showMessage(
            tr("Saved the API as revision %1. Deploy it from Environments.").arg(revision), 5000);
        refreshFromWorkspace();
    });
}

std::optional<QString> MainWindow::createApi(const QString &name, const QString &version,
    const QString &context, const QString &endpointUrl, QString *error)
{
    if (!m_workspace) {
        *error = tr("No workspace is open.");
        return std::nullopt;
    }
    const QByteArray document = ApiDesignDocument::newApiDocument(name, version, context, endpointUrl);
    const OpenApiImportResult imported
        = OpenApiImporter::importText(document, name + QStringLiteral(".yaml"));
    if (!imported.api) {
        QStringList problems;
        for (const Diagnostic &diagnostic : imported.diagnostics)
            problems << diagnostic.message;
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    const std::optional<QString> id = m_workspace->addApi(*imported.api);
    if (!id) {
        *error = m_workspace->lastError();
        return std::nullopt;
    }
    refreshFromWorkspace();
    selectNode(WorkspaceTreeModel::NodeKind::Api, *id);
    m_apiPage->showDesignTab();
    updateEditActions();
    return id;
}

void MainWindow::newApiInteractive()
{
    if (!m_workspace)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New API"));
    auto *name = new QLineEdit(&dialog);
    auto *version = new QLineEdit(QStringLiteral("1.0.0"), &dialog);
    auto *context = new QLineEdit(&dialog);
    auto *endpoint = new QLineEdit(&dialog);
    context->setPlaceholderText(QStringLiteral("/orders"));
    endpoint->setPlaceholderText(tr("http://localhost:8080/orders (optional)"));
    connect(name, &QLineEdit::textEdited, context, [context](const QString &text) {
        if (!context->isModified())
            context->setText(
                QLatin1Char('/') + text.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('-')));
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Version:"), version);
    form->addRow(tr("&Context:"), context);
    form->addRow(tr("&Endpoint:"), endpoint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        if (createApi(name->text().trimmed(), version->text().trimmed(), context->text().trimmed(),
                endpoint->text().trimmed(), &error))
            dialog.accept();
        else
            QMessageBox::warning(&dialog, tr("New API"), error);
    });
    dialog.exec();
}

void MainWindow::importApiInteractive()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import API"), QString(),
        tr("API definitions (*.yaml *.yml *.json *.zip api.yaml api.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // An apictl project is chosen through its api.yaml or api.json.
    const QFileInfo chosen(path);
    const QString folder = chosen.absolutePath();
    importApi(chosen.baseName() == QLatin1String("api") && ApictlProject::isProject(folder) ? folder : path);
}

bool MainWindow::importApi(const QString &path)
{
    if (!m_workspace || m_importProgress)
        return false;
    m_importProgress
        = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setWindowTitle(tr("Import API"));
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setWindowModality(Qt::WindowModal);
    auto *watcher = new QFutureWatcher<ApictlImportResult>(this);
    const QPointer<QProgressDialog> progress = m_importProgress;
    connect(m_importProgress, &QProgressDialog::canceled, this, [this] {
        // yaml-cpp cannot be interrupted: the worker finishes and its result is dropped.
        statusBar()->showMessage(tr("Import cancelled."), 5000);
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
    });
    connect(watcher, &QFutureWatcher<ApictlImportResult>::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        if (!progress || progress != m_importProgress || !m_workspace)
            return; // cancelled, or the workspace changed meanwhile
        m_importProgress->deleteLater();
        m_importProgress = nullptr;
        ApictlImportResult result = watcher->result();
        QStringList problems;
        for (const Diagnostic &diagnostic : std::as_const(result.diagnostics)) {
            if (diagnostic.severity == Diagnostic::Severity::Error)
                problems << diagnostic.toString();
        }
        std::optional<QString> id;
        if (problems.isEmpty() && result.api) {
            id = m_workspace->addApi(std::move(*result.api));
            if (!id)
                problems << m_workspace->lastError();
        }
        if (!id) {
            statusBar()->showMessage(tr("Import of %1 failed.").arg(QFileInfo(path).fileName()), 10000);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import API"),
                tr("%1 was not imported.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("importErrors"));
            box->setDetailedText(problems.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        refreshFromWorkspace();
        selectNode(WorkspaceTreeModel::NodeKind::Api, *id);
        m_apiPage->showDesignTab();
        updateEditActions();
        statusBar()->showMessage(tr("Imported %1.").arg(QFileInfo(path).fileName()), 5000);
    });
    watcher->setFuture(QtConcurrent::run([path] { return ApictlProject::importPath(path); }));
    return true;
}

void MainWindow::exportApiInteractive()
{
    if (!m_workspace || m_apiPage->apiId().isEmpty())
        return;
    const std::optional<ApiRecord> api = m_workspace->findApi(m_apiPage->apiId());
    if (!api)
        return;
    const QString yaml = tr("OpenAPI YAML (*.yaml)");
    const QString json = tr("OpenAPI JSON (*.json)");
    const QString project = tr("apictl project folder (*)");
    const QString archive = tr("apictl project zip (*.zip)");
    QString filter = yaml;
    const QString suggested = QStringLiteral("%1-%2").arg(api->definition.name, api->definition.version);
    QString path = QFileDialog::getSaveFileName(this, tr("Export API"),
        suggested.simplified().replace(QLatin1Char(' '), QLatin1Char('_')),
        QStringList { yaml, json, archive, project }.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    ApiExportFormat format = ApiExportFormat::ApictlProject;
    QString extension;
    if (filter == yaml) {
        format = ApiExportFormat::OpenApiYaml;
        extension = QStringLiteral(".yaml");
    } else if (filter == json) {
        format = ApiExportFormat::OpenApiJson;
        extension = QStringLiteral(".json");
    } else if (filter == archive) {
        format = ApiExportFormat::ApictlArchive;
        extension = QStringLiteral(".zip");
    }
    if (!extension.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += extension;
    exportApi(api->definition.id, path, format);
}

bool MainWindow::exportApi(const QString &apiId, const QString &path, ApiExportFormat format)
{
    if (!m_workspace || m_exporting)
        return false;
    const std::optional<ApiRecord> api = m_workspace->findApi(apiId);
    if (!api)
        return false;
    struct Outcome
    {
        bool written = false;
        QString error;
        QStringList notExported;
    };
    const QStringList environments = m_workspace->environmentsServing(apiId);
    const auto work = [record = *api, environments, path, format]() -> Outcome {
        Outcome outcome;
        if (format == ApiExportFormat::ApictlProject || format == ApiExportFormat::ApictlArchive) {
            const auto project = format == ApiExportFormat::ApictlArchive
                ? ApictlProject::writeArchive(
                    record, environments, path, OpenApiExporter::Format::Yaml, &outcome.error)
                : ApictlProject::write(
                    record, environments, path, OpenApiExporter::Format::Yaml, &outcome.error);
            outcome.written = bool(project);
            if (project)
                outcome.notExported = project->notExported;
            return outcome;
        }
        const auto exported = OpenApiExporter::exportApi(record,
            format == ApiExportFormat::OpenApiJson ? OpenApiExporter::Format::Json
                                                   : OpenApiExporter::Format::Yaml,
            &outcome.error);
        if (!exported)
            return outcome;
        outcome.notExported = exported->notExported;
        QString fileError;
        outcome.written = saveWhole(path, exported->document, &fileError);
        if (!outcome.written)
            outcome.error = tr("cannot write %1: %2").arg(path, fileError);
        return outcome;
    };
    m_exporting = true;
    statusBar()->showMessage(tr("Exporting %1…").arg(api->definition.name));
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_exporting = false;
        const Outcome outcome = watcher->result();
        const QString shown = QDir::toNativeSeparators(path);
        if (!outcome.written) {
            statusBar()->showMessage(tr("Export failed."), 10000);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export API"),
                tr("%1 was not written.").arg(shown), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportErrors"));
            box->setDetailedText(outcome.error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        statusBar()->showMessage(tr("Exported to %1.").arg(shown), 5000);
        if (outcome.notExported.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Export API"),
            tr("%1 was written, but it does not carry everything: another import would differ in these "
               "settings.")
                .arg(shown),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportWarnings"));
        box->setDetailedText(outcome.notExported.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    watcher->setFuture(QtConcurrent::run(work));
    return true;
}

void MainWindow::saveCurrentDesign()
{
    if (m_pages->currentWidget() == m_apiPage && m_apiPage->isDesignTabShown())
        m_apiPage->designer()->save();
}

bool MainWindow::confirmUnsavedDesigns()
{
    QList<DesignerPage *> unsaved;
    for (DesignerPage *designer : m_apiPage->designers()) {
        if (designer->isModified())
            unsaved << designer;
    }
    if (unsaved.isEmpty())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::question(this, tr("Unsaved API Designs"),
        tr("%n API design(s) have changes that are not saved. Save them?", nullptr, int(unsaved.size())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        for (DesignerPage *designer : std::as_const(unsaved)) {
            if (!designer->save())
                return false; // its banner says why; the window stays open
        }
    }
    return true;
}

} // namespace Gatehouse
