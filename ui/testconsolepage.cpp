#include "testconsolepage.h"

#include "consolecredentialsbox.h"
#include "consoleresponseview.h"
#include "environmentmanager.h"
#include "pagewidgets.h"
#include "securityverdict.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr int accessLogWaitMs = 3000;

QString routePath(const ApiConfig &api, const QString &pathTemplate)
{
    QString context = api.context;
    if (!context.startsWith(QLatin1Char('/')))
        context.prepend(QLatin1Char('/'));
    if (context.endsWith(QLatin1Char('/')))
        context.chop(1);
    return context + QLatin1Char('/') + api.version + pathTemplate;
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

TestConsolePage::TestConsolePage(EnvironmentManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_client(new ConsoleClient(this))
    , m_heading(PageWidgets::createHeading(this))
    , m_banner(new MessageBanner(this))
    , m_response(new ConsoleResponseView(this))
{
    m_banner->setObjectName(QStringLiteral("consoleBanner"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createRequestSection());
    splitter->addWidget(m_response);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    m_logWait.setSingleShot(true);
    m_logWait.setInterval(accessLogWaitMs);
    connect(&m_logWait, &QTimer::timeout, this, [this] { updateVerdict(true); });
    connect(m_client, &ConsoleClient::finished, this, &TestConsolePage::onFinished);
    connect(m_manager, &EnvironmentManager::requestLogged, this, &TestConsolePage::onRequestLogged);
    connect(m_manager, &EnvironmentManager::environmentStarted, this, &TestConsolePage::reloadEnvironments);
    connect(m_manager, &EnvironmentManager::environmentStopped, this, &TestConsolePage::reloadEnvironments);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &TestConsolePage::send);
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, this, &TestConsolePage::send);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &TestConsolePage::cancel);

    retranslate();
    refresh();
}

QWidget *TestConsolePage::createRequestSection()
{
    auto *section = new QWidget(this);
    m_environmentLabel = new QLabel(section);
    m_environmentCombo = new QComboBox(section);
    m_environmentCombo->setObjectName(QStringLiteral("consoleEnvironmentCombo"));
    m_environmentLabel->setBuddy(m_environmentCombo);
    m_listenerCombo = new QComboBox(section);
    m_listenerCombo->setObjectName(QStringLiteral("consoleListenerCombo"));
    m_apiLabel = new QLabel(section);
    m_apiCombo = new QComboBox(section);
    m_apiCombo->setObjectName(QStringLiteral("consoleApiCombo"));
    m_apiLabel->setBuddy(m_apiCombo);
    m_operationCombo = new QComboBox(section);
    m_operationCombo->setObjectName(QStringLiteral("consoleOperationCombo"));
    m_requestLabel = new QLabel(section);
    m_methodCombo = new QComboBox(section);
    m_methodCombo->setObjectName(QStringLiteral("consoleMethodCombo"));
    m_methodCombo->setEditable(true);
    m_methodCombo->addItems(
        { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
            QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS") });
    m_pathEdit = new QLineEdit(section);
    m_pathEdit->setObjectName(QStringLiteral("consolePathEdit"));
    m_requestLabel->setBuddy(m_pathEdit);
    m_headersLabel = new QLabel(section);
    m_headersEdit = new QPlainTextEdit(section);
    m_headersEdit->setObjectName(QStringLiteral("consoleHeadersEdit"));
    m_headersEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headersLabel->setBuddy(m_headersEdit);
    m_bodyLabel = new QLabel(section);
    m_bodyEdit = new QPlainTextEdit(section);
    m_bodyEdit->setObjectName(QStringLiteral("consoleBodyEdit"));
    m_bodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyLabel->setBuddy(m_bodyEdit);
    const int lineHeight = m_headersEdit->fontMetrics().height();
    m_headersEdit->setMinimumHeight(lineHeight * 4);
    m_bodyEdit->setMinimumHeight(lineHeight * 4);
    m_credentials = new ConsoleCredentialsBox(section);
    m_trustServerCheck = new QCheckBox(section);
    m_trustServerCheck->setObjectName(QStringLiteral("trustServerCheck"));
    m_trustServerCheck->setChecked(true);

    m_sendButton = new QPushButton(QIcon(QStringLiteral(":/icons/start.svg")), QString(), section);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_cancelButton = new QPushButton(QIcon(QStringLiteral(":/icons/stop.svg")), QString(), section);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(section);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    connect(m_sendButton, &QPushButton::clicked, this, &TestConsolePage::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &TestConsolePage::cancel);

    connect(
        m_environmentCombo, &QComboBox::currentIndexChanged, this, &TestConsolePage::onEnvironmentChanged);
    connect(m_apiCombo, &QComboBox::currentIndexChanged, this, &TestConsolePage::onApiChanged);
    connect(m_operationCombo, &QComboBox::activated, this, &TestConsolePage::onOperationChanged);

    auto *target = new QGridLayout;
    target->addWidget(m_environmentLabel, 0, 0);
    target->addWidget(m_environmentCombo, 0, 1);
    target->addWidget(m_listenerCombo, 0, 2);
    target->addWidget(m_apiLabel, 1, 0);
    target->addWidget(m_apiCombo, 1, 1);
    target->addWidget(m_operationCombo, 1, 2);
    target->addWidget(m_requestLabel, 2, 0);
    target->addWidget(m_methodCombo, 2, 1);
    target->addWidget(m_pathEdit, 2, 2);
    target->setColumnStretch(2, 1);

    auto *texts = new QGridLayout;
    texts->addWidget(m_headersLabel, 0, 0);
    texts->addWidget(m_bodyLabel, 0, 1);
    texts->addWidget(m_headersEdit, 1, 0);
    texts->addWidget(m_bodyEdit, 1, 1);

    auto *left = new QVBoxLayout;
    left->addLayout(target);
    left->addLayout(texts, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_credentials, 1);
    right->addWidget(m_trustServerCheck);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    return section;
}

void TestConsolePage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    cancel();
    m_banner->clearMessage();
    m_response->clear();
    m_lastResponse.reset();
    m_logEntry.reset();
    m_credentials->setWorkspace(workspace);
    refresh();
}

void TestConsolePage::refresh()
{
    m_credentials->refresh();
    reloadEnvironments();
}

void TestConsolePage::reloadEnvironments()
{
    const QString current = m_environmentCombo->currentText();
    {
        const QSignalBlocker blocker(m_environmentCombo);
        m_environmentCombo->clear();
        if (m_workspace)
            m_environmentCombo->addItems(m_manager->runningEnvironments());
        const int index = m_environmentCombo->findText(current);
        m_environmentCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    onEnvironmentChanged();
}

void TestConsolePage::onEnvironmentChanged()
{
    const QString environment = m_environmentCombo->currentText();
    const QString listener = m_listenerCombo->currentText();
    m_listenerCombo->clear();
    const QStringList urls = environment.isEmpty() ? QStringList() : m_manager->listenerUrls(environment);
    for (const QString &url : urls)
        m_listenerCombo->addItem(withoutTrailingSlash(url));
    const int listenerIndex = m_listenerCombo->findText(listener);
    if (listenerIndex >= 0)
        m_listenerCombo->setCurrentIndex(listenerIndex);

    const QString api = m_apiCombo->currentData().toString();
    m_deployedApis.clear();
    if (m_workspace && !environment.isEmpty()) {
        const QList<DeploymentRecord> deployments = m_workspace->deployments(environment);
        for (const DeploymentRecord &deployment : deployments) {
            const QList<RevisionRecord> revisions = m_workspace->revisions(deployment.apiId);
            for (const RevisionRecord &revision : revisions) {
                if (revision.revision == deployment.revision)
                    m_deployedApis.append(revision.snapshot);
            }
        }
    }
    {
        const QSignalBlocker blocker(m_apiCombo);
        m_apiCombo->clear();
        for (const ApiConfig &deployed : std::as_const(m_deployedApis))
            m_apiCombo->addItem(QIcon(QStringLiteral(":/icons/api.svg")),
                tr("%1 %2", "API name and version").arg(deployed.name, deployed.version), deployed.id);
        const int index = m_apiCombo->findData(api);
        m_apiCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_apiCombo->currentData().toString() != api || m_operationCombo->count() == 0)
        onApiChanged();
    updateActions();
}

const ApiConfig *TestConsolePage::currentApi() const
{
    const QString id = m_apiCombo->currentData().toString();
    for (const ApiConfig &api : m_deployedApis) {
        if (api.id == id)
            return &api;
    }
    return nullptr;
}

void TestConsolePage::onApiChanged()
{
    m_operationCombo->clear();
    const ApiConfig *api = currentApi();
    if (api) {
        for (const ResourceConfig &resource : api->resources) {
            for (const OperationConfig &operation : resource.operations) {
                m_operationCombo->addItem(
                    tr("%1 %2", "method and resource path")
                        .arg(QString::fromLatin1(operation.method), resource.pathTemplate),
                    QStringList { resource.pathTemplate, QString::fromLatin1(operation.method) });
            }
        }
    }
    onOperationChanged();
}

void TestConsolePage::onOperationChanged()
{
    const ApiConfig *api = currentApi();
    const QStringList operation = m_operationCombo->currentData().toStringList();
    if (!api || operation.size() != 2) {
        m_pathEdit->setText(api ? routePath(*api, QString()) : QString());
        return;
    }
    m_methodCombo->setCurrentText(operation.at(1));
    m_pathEdit->setText(routePath(*api, operation.at(0)));
}

bool TestConsolePage::selectEnvironment(const QString &name)
{
    const int index = m_environmentCombo->findText(name);
    if (index >= 0)
        m_environmentCombo->setCurrentIndex(index);
    return index >= 0;
}

bool TestConsolePage::selectApi(const QString &apiId)
{
    const int index = m_apiCombo->findData(apiId);
    if (index >= 0)
        m_apiCombo->setCurrentIndex(index);
    return index >= 0;
}

bool TestConsolePage::selectOperation(const QString &pathTemplate, const QByteArray &method)
{
    const int index = m_operationCombo->findData(QStringList { pathTemplate, QString::fromLatin1(method) });
    if (index < 0)
        return false;
    m_operationCombo->setCurrentIndex(index);
    onOperationChanged();
    return true;
}

void TestConsolePage::setPath(const QString &path)
{
    m_pathEdit->setText(path);
}

void TestConsolePage::setRequestHeaders(const QString &lines)
{
    m_headersEdit->setPlainText(lines);
}

void TestConsolePage::setBody(const QByteArray &body)
{
    m_bodyEdit->setPlainText(QString::fromUtf8(body));
}

std::optional<HeaderList> TestConsolePage::parseHeaders(QString *error) const
{
    static const QRegularExpression headerName(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    HeaderList headers;
    const QStringList lines = m_headersEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!headerName.match(name).hasMatch()) {
            *error = tr("Write each header as \"Name: value\" on its own line (\"%1\" is not).")
                         .arg(line.trimmed());
            return std::nullopt;
        }
        headers.append({ name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    return headers;
}

bool TestConsolePage::send()
{
    if (m_client->isBusy())
        return false;
    auto fail = [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Error, message);
        emit statusMessage(message);
        return false;
    };
    if (!m_workspace)
        return fail(tr("Open a workspace first."));
    const QString environment = m_environmentCombo->currentText();
    if (environment.isEmpty() || m_listenerCombo->currentText().isEmpty())
        return fail(tr("No environment is running: start one on the Environments page."));
    QString path = m_pathEdit->text().trimmed();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]*\\}"));
    if (const QRegularExpressionMatch match = parameter.match(path); match.hasMatch())
        return fail(tr("Replace the path parameter %1 with a value.").arg(match.captured()));
    QString error;
    const std::optional<HeaderList> headers = parseHeaders(&error);
    if (!headers)
        return fail(error);
    const ApiConfig *api = currentApi();
    const std::optional<AttachedCredentials> credentials
        = m_credentials->attach(api ? api->security : ApiSecurity(), &error);
    if (!credentials)
        return fail(error);

    QString base = m_listenerCombo->currentText();
    if (!credentials->clientCertificatePath.isEmpty() && base.startsWith(QLatin1String("http://"))) {
        const int https = m_listenerCombo->findText(QStringLiteral("https://"), Qt::MatchStartsWith);
        if (https < 0)
            return fail(tr("%1 has no HTTPS listener, which a client certificate needs.").arg(environment));
        base = m_listenerCombo->itemText(https);
    }
    ConsoleRequest request;
    request.url = QUrl(base + path, QUrl::TolerantMode);
    if (!credentials->queryName.isEmpty()) {
        QUrlQuery query(request.url);
        query.addQueryItem(credentials->queryName, credentials->queryValue);
        request.url.setQuery(query);
    }
    request.method = m_methodCombo->currentText().trimmed().toUpper().toLatin1();
    request.headers = *headers + credentials->headers;
    request.body = m_bodyEdit->toPlainText().toUtf8();
    request.requestId = "console-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.clientCertificatePath = credentials->clientCertificatePath;
    request.clientKeyPath = credentials->clientKeyPath;
    request.acceptAnyServerCertificate = m_trustServerCheck->isChecked();

    m_pendingRequestId = request.requestId;
    m_lastResponse.reset();
    m_logEntry.reset();
    m_logWait.stop();
    if (!m_client->send(request, &error))
        return fail(error);

    QString summary = QString::fromLatin1(request.method) + QLatin1Char(' ')
        + request.url.toDisplayString(QUrl::RemoveQuery);
    summary += QStringLiteral("\nX-Request-ID: ") + QString::fromLatin1(request.requestId);
    for (const auto &[name, value] : *headers)
        summary += QLatin1Char('\n') + QString::fromLatin1(name) + QStringLiteral(": ")
            + QString::fromUtf8(value);
    summary += QLatin1Char('\n') + tr("Credentials: %1").arg(credentials->description);
    if (!request.body.isEmpty())
        summary += QStringLiteral("\n\n") + QString::fromUtf8(request.body);
    m_banner->clearMessage();
    m_response->showSending(summary);
    updateActions();
    emit statusMessage(tr("Sending %1 %2…").arg(QString::fromLatin1(request.method), path));
    return true;
}

void TestConsolePage::cancel()
{
    if (m_client->isBusy())
        m_client->cancel();
}

void TestConsolePage::onFinished(const ConsoleResponse &response)
{
    m_lastResponse = response;
    m_response->showResponse(response);
    updateActions();
    if (response.cancelled) {
        emit statusMessage(tr("Request cancelled"));
        return;
    }
    if (!response.completed) {
        emit statusMessage(tr("No response: %1").arg(response.networkError));
        return;
    }
    emit statusMessage(tr("%1 %2 in %3 ms")
                           .arg(QString::number(response.status), QString::fromLatin1(response.reason),
                               QString::number(response.elapsedMs, 'f', 1)));
    if (m_logEntry) {
        updateVerdict(true);
    } else {
        updateVerdict(false);
        m_logWait.start();
    }
}

void TestConsolePage::onRequestLogged(const AccessLogEntry &entry)
{
    if (m_pendingRequestId.isEmpty() || entry.requestId != m_pendingRequestId)
        return;
    m_logEntry = entry;
    if (m_lastResponse && m_lastResponse->completed) {
        m_logWait.stop();
        updateVerdict(true);
    }
}

void TestConsolePage::updateVerdict(bool final)
{
    if (!m_lastResponse || !m_lastResponse->completed)
        return;
    SecurityVerdict verdict
        = SecurityVerdict::describe(m_lastResponse->status, m_lastResponse->body, m_logEntry);
    if (final && !m_logEntry) {
        if (verdict.outcome == SecurityVerdict::Outcome::Unknown)
            verdict.headline = tr("No security error in the response.");
        verdict.details.append(
            tr("The environment logged no request with id %1.").arg(QString::fromLatin1(m_pendingRequestId)));
    }
    m_response->showVerdict(verdict);
}

void TestConsolePage::updateActions()
{
    const bool busy = m_client->isBusy();
    m_sendButton->setEnabled(!busy && m_environmentCombo->count() > 0);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
}

void TestConsolePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TestConsolePage::retranslate()
{
    m_heading->setText(tr("Test Console"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_environmentCombo->setPlaceholderText(tr("(none running)"));
    m_apiLabel->setText(tr("&API:"));
    m_apiCombo->setPlaceholderText(tr("(nothing deployed)"));
    m_requestLabel->setText(tr("&Request:"));
    m_pathEdit->setPlaceholderText(tr("/context/version/resource?query"));
    m_headersLabel->setText(tr("&Headers (Name: value):"));
    m_bodyLabel->setText(tr("&Body:"));
    m_trustServerCheck->setText(tr("Trust the environment's own TLS certificate"));
    m_sendButton->setText(tr("Se&nd"));
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setToolTip(tr("Abort the running request (Esc)"));
}

} // namespace Gatehouse
