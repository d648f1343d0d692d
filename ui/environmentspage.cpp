#include "environmentspage.h"

#include "accesslogmodel.h"
#include "apirequestcountmodel.h"
#include "deploymentlistmodel.h"
#include "environmentdialog.h"
#include "environmentlistmodel.h"
#include "environmentmanager.h"
#include "requestratechart.h"
#include "throttledrequestsmodel.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

QTableView *createTableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QString messageStyle(EnvironmentsPage::MessageKind kind)
{
    switch (kind) {
    case EnvironmentsPage::MessageKind::Info:
        return QStringLiteral(
            "background:#e6f0fb;border:1px solid #9bbce6;border-radius:4px;padding:6px;color:#17365d;");
    case EnvironmentsPage::MessageKind::Warning:
        return QStringLiteral(
            "background:#fdf3dd;border:1px solid #e3b55a;border-radius:4px;padding:6px;color:#5a3d00;");
    case EnvironmentsPage::MessageKind::Error:
        return QStringLiteral(
            "background:#fbe5e4;border:1px solid #e0908c;border-radius:4px;padding:6px;color:#6b1410;");
    }
    return QString();
}

} // namespace

EnvironmentsPage::EnvironmentsPage(EnvironmentManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_environmentModel(new EnvironmentListModel(manager, this))
    , m_deploymentModel(new DeploymentListModel(this))
    , m_accessLogModel(new AccessLogModel(this))
    , m_requestCountModel(new ApiRequestCountModel(this))
    , m_throttledModel(new ThrottledRequestsModel(this))
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createEnvironmentSection());
    splitter->addWidget(createDeploymentSection());
    splitter->addWidget(createTrafficSection());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    const int rowHeight = fontMetrics().height() + 10;
    splitter->setSizes({ rowHeight * 6, rowHeight * 7, rowHeight * 17 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_manager, &EnvironmentManager::requestLogged, m_accessLogModel, &AccessLogModel::append);
    connect(
        m_manager, &EnvironmentManager::requestLogged, m_requestCountModel, &ApiRequestCountModel::record);
    connect(m_manager, &EnvironmentManager::requestLogged, m_throttledModel, &ThrottledRequestsModel::record);
    connect(
        m_manager, &EnvironmentManager::environmentStarted, this, &EnvironmentsPage::onEnvironmentStarted);
    connect(
        m_manager, &EnvironmentManager::environmentStopped, this, &EnvironmentsPage::onEnvironmentStopped);
    connect(m_manager, &EnvironmentManager::environmentStopping, this, &EnvironmentsPage::updateActions);
    connect(m_environmentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EnvironmentsPage::onSelectionChanged);
    connect(m_deploymentView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_deploymentView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            selectApi(m_deploymentModel->apiId(rows.constFirst().row()));
    });

    retranslate();
    updateActions();
}

QWidget *EnvironmentsPage::createEnvironmentSection()
{
    auto *section = new QWidget(this);
    m_environmentView = createTableView(m_environmentModel, section);
    m_environmentView->setObjectName(QStringLiteral("environmentView"));
    m_environmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_environmentView->horizontalHeader()->setSectionResizeMode(
        EnvironmentListModel::UrlsColumn, QHeaderView::Stretch);
    connect(m_environmentView, &QTableView::doubleClicked, this, [this] {
        if (m_manager->isRunning(selectedEnvironment()))
            stopSelected();
        else
            startSelected();
    });

    m_startButton = new QPushButton(QIcon(QStringLiteral(":/icons/start.svg")), QString(), section);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), section);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_startButton, &QPushButton::clicked, this, &EnvironmentsPage::startSelected);
    connect(m_stopButton, &QPushButton::clicked, this, &EnvironmentsPage::stopSelected);
    m_newButton = new QPushButton(section);
    m_newButton->setObjectName(QStringLiteral("newEnvironmentButton"));
    m_editButton = new QPushButton(section);
    m_editButton->setObjectName(QStringLiteral("editEnvironmentButton"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { createEnvironmentDialog(true)->open(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (EnvironmentDialog *dialog = createEnvironmentDialog(false))
            dialog->open();
    });

    m_messageLabel = new QLabel(section);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_messageLabel->setOpenExternalLinks(true);
    m_messageLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch(1);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_environmentView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_messageLabel);
    return section;
}

QWidget *EnvironmentsPage::createDeploymentSection()
{
    m_deploymentGroup = new QGroupBox(this);
    m_apiLabel = new QLabel(m_deploymentGroup);
    m_apiCombo = new QComboBox(m_deploymentGroup);
    m_apiCombo->setObjectName(QStringLiteral("apiCombo"));
    m_apiCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_apiLabel->setBuddy(m_apiCombo);
    m_deployButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/deploy.svg")), QString(), m_deploymentGroup);
    m_deployButton->setObjectName(QStringLiteral("deployButton"));
    m_undeployButton = new QPushButton(m_deploymentGroup);
    m_undeployButton->setObjectName(QStringLiteral("undeployButton"));
    connect(m_deployButton, &QPushButton::clicked, this, &EnvironmentsPage::deploySelectedApi);
    connect(m_undeployButton, &QPushButton::clicked, this, &EnvironmentsPage::undeploySelectedApi);
    connect(m_apiCombo, &QComboBox::currentIndexChanged, this, &EnvironmentsPage::updateActions);

    m_deploymentView = createTableView(m_deploymentModel, m_deploymentGroup);
    m_deploymentView->setObjectName(QStringLiteral("deploymentView"));
    m_deploymentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_apiLabel);
    controls->addWidget(m_apiCombo);
    controls->addWidget(m_deployButton);
    controls->addWidget(m_undeployButton);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(m_deploymentGroup);
    layout->addLayout(controls);
    layout->addWidget(m_deploymentView, 1);
    return m_deploymentGroup;
}

QWidget *EnvironmentsPage::createTrafficSection()
{
    m_trafficTabs = new QTabWidget(this);

    auto *logPage = new QWidget(m_trafficTabs);
    m_accessLogView = createTableView(m_accessLogModel, logPage);
    m_accessLogView->setObjectName(QStringLiteral("accessLogView"));
    m_accessLogView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *header = m_accessLogView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = m_accessLogView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(AccessLogModel::TimeColumn, digit * 16);
    header->resizeSection(AccessLogModel::EnvironmentColumn, digit * 16);
    header->resizeSection(AccessLogModel::MethodColumn, digit * 10);
    header->resizeSection(AccessLogModel::PathColumn, digit * 36);
    header->resizeSection(AccessLogModel::StatusColumn, digit * 9);
    header->resizeSection(AccessLogModel::DurationColumn, digit * 16);
    header->resizeSection(AccessLogModel::ApiColumn, digit * 18);
    header->resizeSection(AccessLogModel::SecurityColumn, digit * 24);
    m_clearLogButton = new QPushButton(logPage);
    m_followLogCheck = new QCheckBox(logPage);
    m_followLogCheck->setChecked(true);
    connect(m_clearLogButton, &QPushButton::clicked, this, [this] {
        m_accessLogModel->clear();
        m_requestCountModel->clear();
        m_throttledModel->clear();
    });
    connect(m_accessLogModel, &QAbstractItemModel::rowsInserted, this, [this] {
        // Queued: the view updates its scroll range only after this signal has been handled.
        if (m_followLogCheck->isChecked())
            QMetaObject::invokeMethod(m_accessLogView, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    auto *logControls = new QHBoxLayout;
    logControls->addWidget(m_followLogCheck);
    logControls->addStretch(1);
    logControls->addWidget(m_clearLogButton);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->addWidget(m_accessLogView, 1);
    logLayout->addLayout(logControls);

    auto *countsPage = new QSplitter(Qt::Horizontal, m_trafficTabs);
    m_requestCountView = createTableView(m_requestCountModel, countsPage);
    m_requestCountView->setObjectName(QStringLiteral("requestCountView"));
    m_requestCountView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_requestCountView->horizontalHeader()->setSectionResizeMode(
        ApiRequestCountModel::ApiColumn, QHeaderView::Stretch);
    m_requestCountView->horizontalHeader()->setStretchLastSection(false);
    m_rateChart = new RequestRateChart(m_requestCountModel, countsPage);
    countsPage->addWidget(m_requestCountView);
    countsPage->addWidget(m_rateChart);
    countsPage->setStretchFactor(0, 2);
    countsPage->setStretchFactor(1, 3);
    countsPage->setSizes({ 400, 700 });

    auto *throttledView = createTableView(m_throttledModel, m_trafficTabs);
    throttledView->setObjectName(QStringLiteral("throttledRequestsView"));
    throttledView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    throttledView->horizontalHeader()->setSectionResizeMode(
        ThrottledRequestsModel::PolicyColumn, QHeaderView::Stretch);

    m_trafficTabs->addTab(logPage, QString());
    m_trafficTabs->addTab(countsPage, QString());
    m_trafficTabs->addTab(throttledView, QString());
    return m_trafficTabs;
}

void EnvironmentsPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_accessLogModel->clear();
    m_requestCountModel->clear();
    m_throttledModel->clear();
    m_messageLabel->hide();
    m_lastMessage.clear();
    refresh();
}

void EnvironmentsPage::refresh()
{
    const QString selected = selectedEnvironment();
    m_environmentModel->setEnvironments(
        m_workspace ? m_workspace->environments() : QList<EnvironmentSettings>());
    if (!selectEnvironment(selected) && m_environmentModel->rowCount() > 0)
        m_environmentView->selectRow(0);
    reloadApis();
    m_deploymentModel->reload(m_workspace, selectedEnvironment());
    updateActions();
}

void EnvironmentsPage::reloadApis()
{
    const QString current = m_apiCombo->currentData().toString();
    m_apiCombo->clear();
    if (!m_workspace)
        return;
    const QList<ApiRecord> apis = m_workspace->apis();
    for (const ApiRecord &api : apis) {
        m_apiCombo->addItem(QIcon(QStringLiteral(":/icons/api.svg")),
            tr("%1 %2", "API name and version").arg(api.definition.name, api.definition.version),
            api.definition.id);
    }
    selectApi(current);
}

bool EnvironmentsPage::selectEnvironment(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_environmentModel->rowOf(name);
    if (row < 0)
        return false;
    m_environmentView->selectRow(row);
    return true;
}

QString EnvironmentsPage::selectedEnvironment() const
{
    const QModelIndexList rows = m_environmentView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return QString();
    return m_environmentModel->environment(rows.constFirst().row()).name;
}

bool EnvironmentsPage::selectApi(const QString &apiId)
{
    const int index = m_apiCombo->findData(apiId);
    if (index < 0)
        return false;
    m_apiCombo->setCurrentIndex(index);
    return true;
}

void EnvironmentsPage::onSelectionChanged()
{
    m_deploymentModel->reload(m_workspace, selectedEnvironment());
    retranslate();
    updateActions();
}

EnvironmentDialog *EnvironmentsPage::createEnvironmentDialog(bool isNew)
{
    if (!m_workspace)
        return nullptr;
    EnvironmentSettings settings;
    if (!isNew) {
        const auto selected = m_workspace->environment(selectedEnvironment());
        if (!selected)
            return nullptr;
        settings = *selected;
    }
    auto *dialog = new EnvironmentDialog(settings, isNew, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this, isNew](const EnvironmentSettings &changed, QString *error) {
        const bool saved
            = isNew ? m_workspace->addEnvironment(changed) : m_workspace->updateEnvironment(changed);
        if (!saved) {
            *error = m_workspace->lastError();
            return false;
        }
        emit workspaceModified(); // first: the main window's refresh selects what its tree shows
        refresh();
        selectEnvironment(changed.name);
        if (isNew)
            showMessage(MessageKind::Info, tr("Created environment %1.").arg(changed.name));
        else if (m_manager->isRunning(changed.name))
            showMessage(MessageKind::Info,
                tr("Saved environment %1. Stop and start it to apply the new settings.").arg(changed.name));
        else
            showMessage(MessageKind::Info, tr("Saved environment %1.").arg(changed.name));
        return true;
    });
    return dialog;
}

void EnvironmentsPage::updateActions()
{
    const QString environment = selectedEnvironment();
    const bool running = m_manager->isRunning(environment);
    const bool stopping = m_manager->isStopping(environment);
    m_newButton->setEnabled(m_workspace != nullptr);
    m_editButton->setEnabled(!environment.isEmpty());
    m_startButton->setEnabled(!environment.isEmpty() && !running && !stopping);
    m_stopButton->setEnabled(running);
    const bool haveApi = m_apiCombo->currentIndex() >= 0;
    m_deployButton->setEnabled(!environment.isEmpty() && haveApi);
    m_undeployButton->setEnabled(!environment.isEmpty() && haveApi);
}

void EnvironmentsPage::startSelected()
{
    const QString environment = selectedEnvironment();
    if (environment.isEmpty())
        return;
    QString error;
    QStringList warnings;
    if (!m_manager->start(environment, &error, &warnings)) {
        showMessage(MessageKind::Error, error.toHtmlEscaped());
        return;
    }
    QStringList links;
    const QStringList urls = m_manager->listenerUrls(environment);
    for (const QString &url : urls)
        links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
    QString text
        = tr("%1 is running on %2.").arg(environment.toHtmlEscaped(), links.join(QStringLiteral(", ")));
    if (!warnings.isEmpty()) {
        text += QStringLiteral("<br>")
            + tr("%n warning(s) from compiling the deployed APIs:", nullptr, int(warnings.size()));
        for (const QString &warning : std::as_const(warnings))
            text += QStringLiteral("<br>") + warning.toHtmlEscaped();
    }
    showMessage(warnings.isEmpty() ? MessageKind::Info : MessageKind::Warning, text);
}

void EnvironmentsPage::stopSelected()
{
    const QString environment = selectedEnvironment();
    if (environment.isEmpty() || !m_manager->isRunning(environment))
        return;
    m_manager->stop(environment);
    updateActions();
}

void EnvironmentsPage::onEnvironmentStarted(const QString &)
{
    updateActions();
}

void EnvironmentsPage::onEnvironmentStopped(const QString &name)
{
    showMessage(MessageKind::Info, tr("%1 stopped.").arg(name.toHtmlEscaped()));
    updateActions();
}

void EnvironmentsPage::deploySelectedApi()
{
    const QString environment = selectedEnvironment();
    const QString apiId = m_apiCombo->currentData().toString();
    if (!m_workspace || environment.isEmpty() || apiId.isEmpty())
        return;
    const QString apiText = m_apiCombo->currentText().toHtmlEscaped();
    QStringList warnings;
    const std::optional<int> revision = m_workspace->deploy(apiId, environment, 0, &warnings);
    if (!revision) {
        showMessage(MessageKind::Error,
            tr("%1 was not deployed to %2: %3")
                .arg(apiText, environment.toHtmlEscaped(), m_workspace->lastError().toHtmlEscaped()));
        return;
    }
    m_deploymentModel->reload(m_workspace, environment);
    emit workspaceModified();
    const DeployResult result = m_manager->reloadConfig(environment);
    if (!result.ok) {
        showMessage(MessageKind::Error,
            tr("Revision %1 of %2 is recorded for %3, but the running environment "
               "refused it: %4")
                .arg(QString::number(*revision), apiText, environment.toHtmlEscaped(),
                    result.message.toHtmlEscaped()));
        return;
    }
    if (!result.message.isEmpty())
        warnings.append(result.message);
    QString text = tr("Deployed revision %1 of %2 to %3.")
                       .arg(QString::number(*revision), apiText, environment.toHtmlEscaped());
    for (const QString &warning : std::as_const(warnings))
        text += QStringLiteral("<br>") + warning.toHtmlEscaped();
    showMessage(warnings.isEmpty() ? MessageKind::Info : MessageKind::Warning, text);
}

void EnvironmentsPage::undeploySelectedApi()
{
    const QString environment = selectedEnvironment();
    const QString apiId = m_apiCombo->currentData().toString();
    if (!m_workspace || environment.isEmpty() || apiId.isEmpty())
        return;
    const QString apiText = m_apiCombo->currentText().toHtmlEscaped();
    if (!m_workspace->undeploy(apiId, environment)) {
        showMessage(MessageKind::Error,
            tr("%1 was not undeployed from %2: %3")
                .arg(apiText, environment.toHtmlEscaped(), m_workspace->lastError().toHtmlEscaped()));
        return;
    }
    m_deploymentModel->reload(m_workspace, environment);
    emit workspaceModified();
    const DeployResult result = m_manager->reloadConfig(environment);
    if (!result.ok) {
        showMessage(MessageKind::Error,
            tr("%1 is undeployed from %2 in the workspace, but the running "
               "environment refused the change: %3")
                .arg(apiText, environment.toHtmlEscaped(), result.message.toHtmlEscaped()));
        return;
    }
    showMessage(MessageKind::Info, tr("Undeployed %1 from %2.").arg(apiText, environment.toHtmlEscaped()));
}

void EnvironmentsPage::showMessage(MessageKind kind, const QString &text)
{
    m_lastMessage = text;
    m_lastMessageKind = kind;
    m_messageLabel->setStyleSheet(messageStyle(kind));
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void EnvironmentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnvironmentsPage::retranslate()
{
    m_heading->setText(tr("Environments"));
    m_startButton->setText(tr("&Start"));
    m_startButton->setToolTip(tr("Start the selected environment"));
    m_stopButton->setText(tr("S&top"));
    m_stopButton->setToolTip(tr("Stop the selected environment after in-flight requests finish"));
    m_newButton->setText(tr("&New…"));
    m_newButton->setToolTip(tr("Create an environment"));
    m_editButton->setText(tr("Settin&gs…"));
    m_editButton->setToolTip(
        tr("Profile, ports, workers and shared rate-limit counters of the selected environment"));
    const QString environment = selectedEnvironment();
    m_deploymentGroup->setTitle(
        environment.isEmpty() ? tr("Deployments") : tr("Deployments on %1").arg(environment));
    m_apiLabel->setText(tr("&API:"));
    m_deployButton->setText(tr("&Deploy"));
    m_deployButton->setToolTip(tr("Deploy a new revision of the chosen API to the selected environment"));
    m_undeployButton->setText(tr("&Undeploy"));
    m_undeployButton->setToolTip(tr("Remove the chosen API from the selected environment"));
    m_trafficTabs->setTabText(0, tr("Access log"));
    m_trafficTabs->setTabText(1, tr("Requests per API"));
    m_trafficTabs->setTabText(2, tr("Throttled"));
    m_throttledModel->retranslate();
    m_clearLogButton->setText(tr("Clear"));
    m_followLogCheck->setText(tr("Follow new requests"));
    m_environmentModel->retranslate();
    m_deploymentModel->retranslate();
    m_accessLogModel->retranslate();
    m_requestCountModel->retranslate();
}

} // namespace Gatehouse
