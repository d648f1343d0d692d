#include "applicationspage.h"

#include "applicationdialogs.h"
#include "credentialspanel.h"
#include "pagewidgets.h"
#include "workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

const QStringList applicationTiers { QStringLiteral("Unlimited"), QStringLiteral("50PerMin"),
    QStringLiteral("20PerMin"), QStringLiteral("10PerMin") };
const QStringList subscriptionTiers { QStringLiteral("Unlimited"), QStringLiteral("Gold"),
    QStringLiteral("Silver"), QStringLiteral("Bronze") };

QString apiLabel(const ApiConfig &api)
{
    return ApplicationsPage::tr("%1 %2", "API name and version").arg(api.name, api.version);
}

} // namespace

ApplicationsPage::ApplicationsPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(PageWidgets::createHeading(this))
    , m_hint(PageWidgets::createHint(this))
    , m_banner(new MessageBanner(this))
{
    m_banner->setObjectName(QStringLiteral("applicationsBanner"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createApplicationList());
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(createDetails());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);

    auto *tokenShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this);
    tokenShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(tokenShortcut, &QShortcut::activated, m_credentials, &CredentialsPanel::generateToken);
    auto *apiKeyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    apiKeyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(apiKeyShortcut, &QShortcut::activated, m_credentials, &CredentialsPanel::generateApiKey);
    connect(
        m_credentials, &CredentialsPanel::revocationsChanged, this, &ApplicationsPage::revocationsChanged);
    connect(m_credentials, &CredentialsPanel::statusMessage, this, &ApplicationsPage::statusMessage);

    retranslate();
    updateDetails();
}

QWidget *ApplicationsPage::createApplicationList()
{
    auto *section = new QWidget(this);
    m_applicationTable = PageWidgets::createTable(section, ApplicationColumnCount);
    m_applicationTable->setObjectName(QStringLiteral("applicationTable"));
    m_newButton = new QPushButton(QIcon(QStringLiteral(":/icons/application.svg")), QString(), section);
    m_newButton->setObjectName(QStringLiteral("newApplicationButton"));
    m_removeButton = new QPushButton(section);
    m_removeButton->setObjectName(QStringLiteral("removeApplicationButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ApplicationsPage::newApplication);
    connect(m_removeButton, &QPushButton::clicked, this, &ApplicationsPage::removeSelectedApplication);
    connect(m_applicationTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApplicationsPage::updateDetails);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_applicationTable, 1);
    layout->addLayout(buttons);
    return section;
}

QWidget *ApplicationsPage::createDetails()
{
    auto *details = new QWidget;
    m_detailsHeading = new QLabel(details);
    QFont bold = m_detailsHeading->font();
    bold.setBold(true);
    m_detailsHeading->setFont(bold);
    m_detailsLabel = new QLabel(details);
    m_detailsLabel->setObjectName(QStringLiteral("applicationDetails"));
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true);
    m_copyKeyButton = new QPushButton(details);
    m_copyKeyButton->setObjectName(QStringLiteral("copyConsumerKeyButton"));
    connect(m_copyKeyButton, &QPushButton::clicked, this, [this] {
        const int row = PageWidgets::selectedRow(m_applicationTable);
        if (row < 0)
            return;
        PageWidgets::copyToClipboard(m_applicationTable->item(row, ConsumerKeyColumn)->text());
        emit statusMessage(tr("Copied the consumer key"));
    });
    auto *identity = new QHBoxLayout;
    identity->addWidget(m_detailsLabel, 1);
    identity->addWidget(m_copyKeyButton, 0, Qt::AlignTop);

    m_subscriptionGroup = new QGroupBox(details);
    m_subscriptionTable = PageWidgets::createTable(m_subscriptionGroup, 2);
    m_subscriptionTable->setObjectName(QStringLiteral("subscriptionTable"));
    const int rowHeight = m_subscriptionTable->verticalHeader()->defaultSectionSize();
    m_subscriptionTable->setMinimumHeight(rowHeight * 3);
    m_subscriptionTable->setMaximumHeight(rowHeight * 6);
    m_apiCombo = new QComboBox(m_subscriptionGroup);
    m_apiCombo->setObjectName(QStringLiteral("subscribeApiCombo"));
    m_apiCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tierCombo = new QComboBox(m_subscriptionGroup);
    m_tierCombo->setObjectName(QStringLiteral("subscribeTierCombo"));
    m_tierCombo->setEditable(true);
    m_tierCombo->addItems(subscriptionTiers);
    m_subscribeButton = new QPushButton(m_subscriptionGroup);
    m_subscribeButton->setObjectName(QStringLiteral("subscribeButton"));
    m_unsubscribeButton = new QPushButton(m_subscriptionGroup);
    m_unsubscribeButton->setObjectName(QStringLiteral("unsubscribeButton"));
    connect(m_subscribeButton, &QPushButton::clicked, this, &ApplicationsPage::subscribeSelectedApi);
    connect(m_unsubscribeButton, &QPushButton::clicked, this, &ApplicationsPage::unsubscribeSelectedApi);
    connect(m_subscriptionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApplicationsPage::updateActions);
    auto *subscribe = new QHBoxLayout;
    subscribe->addWidget(m_apiCombo, 1);
    subscribe->addWidget(m_tierCombo);
    subscribe->addWidget(m_subscribeButton);
    subscribe->addWidget(m_unsubscribeButton);
    auto *subscriptionLayout = new QVBoxLayout(m_subscriptionGroup);
    subscriptionLayout->addWidget(m_subscriptionTable, 1);
    subscriptionLayout->addLayout(subscribe);

    m_certificateGroup = new QGroupBox(details);
    m_certificateTable = PageWidgets::createTable(m_certificateGroup, 1);
    m_certificateTable->setObjectName(QStringLiteral("certificateTable"));
    m_certificateTable->setMinimumHeight(rowHeight * 2);
    m_certificateTable->setMaximumHeight(rowHeight * 4);
    m_mapButton = new QPushButton(m_certificateGroup);
    m_mapButton->setObjectName(QStringLiteral("mapCertificateButton"));
    m_unmapButton = new QPushButton(m_certificateGroup);
    m_unmapButton->setObjectName(QStringLiteral("unmapCertificateButton"));
    connect(m_mapButton, &QPushButton::clicked, this, &ApplicationsPage::mapCertificateInteractive);
    connect(m_unmapButton, &QPushButton::clicked, this, &ApplicationsPage::unmapSelectedCertificate);
    connect(m_certificateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApplicationsPage::updateActions);
    auto *certificateButtons = new QHBoxLayout;
    certificateButtons->addWidget(m_mapButton);
    certificateButtons->addWidget(m_unmapButton);
    certificateButtons->addStretch(1);
    auto *certificateLayout = new QVBoxLayout(m_certificateGroup);
    certificateLayout->addWidget(m_certificateTable, 1);
    certificateLayout->addLayout(certificateButtons);

    m_credentialGroup = new QGroupBox(details);
    m_credentials = new CredentialsPanel(m_credentialGroup);
    auto *credentialLayout = new QVBoxLayout(m_credentialGroup);
    credentialLayout->addWidget(m_credentials);

    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_detailsHeading);
    layout->addLayout(identity);
    layout->addWidget(m_subscriptionGroup);
    layout->addWidget(m_certificateGroup);
    layout->addWidget(m_credentialGroup, 1);
    return details;
}

void ApplicationsPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    m_credentials->setWorkspace(workspace);
    refresh();
}

void ApplicationsPage::refresh()
{
    const QString selected = selectedApplicationId();
    {
        const QSignalBlocker blocker(m_applicationTable->selectionModel());
        m_applicationTable->setRowCount(0);
        const QList<ApplicationRecord> applications
            = m_workspace ? m_workspace->applications() : QList<ApplicationRecord>();
        m_applicationTable->setRowCount(int(applications.size()));
        for (int row = 0; row < applications.size(); ++row) {
            const ApplicationConfig &application = applications.at(row).application;
            auto *name = PageWidgets::readOnlyItem(application.name);
            name->setData(Qt::UserRole, application.id);
            name->setIcon(QIcon(QStringLiteral(":/icons/application.svg")));
            m_applicationTable->setItem(row, NameColumn, name);
            m_applicationTable->setItem(row, TierColumn, PageWidgets::readOnlyItem(application.tier));
            m_applicationTable->setItem(row, ConsumerKeyColumn,
                PageWidgets::readOnlyItem(QString::fromLatin1(application.consumerKey)));
            m_applicationTable->setItem(row, SubscriptionsColumn,
                PageWidgets::readOnlyItem(QString::number(application.subscriptions.size())));
        }
    }
    const QString currentApi = m_apiCombo->currentData().toString();
    m_apiCombo->clear();
    const QList<ApiRecord> apis = m_workspace ? m_workspace->apis() : QList<ApiRecord>();
    for (const ApiRecord &api : apis)
        m_apiCombo->addItem(
            QIcon(QStringLiteral(":/icons/api.svg")), apiLabel(api.definition), api.definition.id);
    selectSubscriptionApi(currentApi);
    if (!selectApplication(selected) && m_applicationTable->rowCount() > 0)
        m_applicationTable->selectRow(0);
    updateDetails();
}

bool ApplicationsPage::selectApplication(const QString &applicationId)
{
    for (int row = 0; row < m_applicationTable->rowCount(); ++row) {
        if (m_applicationTable->item(row, NameColumn)->data(Qt::UserRole).toString() == applicationId) {
            m_applicationTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QString ApplicationsPage::selectedApplicationId() const
{
    const int row = PageWidgets::selectedRow(m_applicationTable);
    return row >= 0 ? m_applicationTable->item(row, NameColumn)->data(Qt::UserRole).toString() : QString();
}

bool ApplicationsPage::selectSubscriptionApi(const QString &apiId)
{
    const int index = m_apiCombo->findData(apiId);
    if (index >= 0)
        m_apiCombo->setCurrentIndex(index);
    return index >= 0;
}

void ApplicationsPage::setSubscriptionTier(const QString &tier)
{
    m_tierCombo->setCurrentText(tier);
}

void ApplicationsPage::updateDetails()
{
    const QString id = selectedApplicationId();
    const std::optional<ApplicationRecord> record
        = m_workspace && !id.isEmpty() ? m_workspace->application(id) : std::nullopt;
    m_subscriptionTable->setRowCount(0);
    m_certificateTable->setRowCount(0);
    m_credentials->setApplication(record ? id : QString());
    if (!record) {
        m_detailsHeading->setText(tr("No application selected"));
        m_detailsLabel->setText(
            tr("Create an application to subscribe to APIs and get tokens and API keys."));
        updateActions();
        return;
    }
    const ApplicationConfig &application = record->application;
    m_detailsHeading->setText(application.name);
    m_detailsLabel->setText(
        tr("Consumer key: %1\nTier: %2 · created %3")
            .arg(QString::fromLatin1(application.consumerKey), application.tier,
                QLocale().toString(record->createdAt.toLocalTime(), QLocale::ShortFormat)));
    m_subscriptionTable->setRowCount(int(application.subscriptions.size()));
    for (int row = 0; row < int(application.subscriptions.size()); ++row) {
        const SubscriptionConfig &subscription = application.subscriptions.at(size_t(row));
        const std::optional<ApiRecord> api = m_workspace->api(subscription.apiId);
        auto *item = PageWidgets::readOnlyItem(api ? apiLabel(api->definition) : subscription.apiId);
        item->setData(Qt::UserRole, subscription.apiId);
        m_subscriptionTable->setItem(row, 0, item);
        m_subscriptionTable->setItem(row, 1, PageWidgets::readOnlyItem(subscription.tier));
    }
    m_certificateTable->setRowCount(int(application.clientCertificateSha256.size()));
    for (int row = 0; row < application.clientCertificateSha256.size(); ++row)
        m_certificateTable->setItem(
            row, 0, PageWidgets::readOnlyItem(application.clientCertificateSha256.at(row)));
    updateActions();
}

void ApplicationsPage::updateActions()
{
    const bool haveWorkspace = m_workspace;
    const bool haveApplication = !selectedApplicationId().isEmpty();
    m_newButton->setEnabled(haveWorkspace);
    m_removeButton->setEnabled(haveApplication);
    m_copyKeyButton->setEnabled(haveApplication);
    m_subscribeButton->setEnabled(haveApplication && m_apiCombo->count() > 0);
    m_unsubscribeButton->setEnabled(haveApplication && PageWidgets::selectedRow(m_subscriptionTable) >= 0);
    m_mapButton->setEnabled(haveApplication);
    m_unmapButton->setEnabled(haveApplication && PageWidgets::selectedRow(m_certificateTable) >= 0);
}

NewApplicationDialog *ApplicationsPage::newApplicationDialog() const
{
    return findChild<NewApplicationDialog *>();
}

ApplicationSecretDialog *ApplicationsPage::secretDialog() const
{
    return findChild<ApplicationSecretDialog *>();
}

void ApplicationsPage::newApplication()
{
    if (!m_workspace || newApplicationDialog())
        return;
    auto *dialog = new NewApplicationDialog(applicationTiers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveHandler([this](const QString &name, const QString &tier, QString *error) {
        if (!m_workspace)
            return false;
        std::optional<CreatedApplication> created = m_workspace->addApplication(name, tier);
        if (!created) {
            *error = m_workspace->lastError();
            return false;
        }
        refresh();
        selectApplication(created->record.application.id);
        reportChange(tr("Created application %1.").arg(name));
        // After the name dialog has closed: the secret gets a dialog of its own, shown once.
        auto *secret = new ApplicationSecretDialog(
            name, created->record.application.consumerKey, created->consumerSecret, this);
        secret->setAttribute(Qt::WA_DeleteOnClose);
        created->consumerSecret.fill('\0');
        QMetaObject::invokeMethod(secret, &QDialog::open, Qt::QueuedConnection);
        return true;
    });
    dialog->open();
}

void ApplicationsPage::removeSelectedApplication()
{
    const QString id = selectedApplicationId();
    if (!m_workspace || id.isEmpty())
        return;
    const QString name
        = m_applicationTable->item(PageWidgets::selectedRow(m_applicationTable), NameColumn)->text();
    if (QMessageBox::question(this, tr("Remove Application"),
            tr("Remove application %1 with its subscriptions? Its tokens and API keys stop working.")
                .arg(name))
        != QMessageBox::Yes)
        return;
    if (!m_workspace->removeApplication(id)) {
        reportFailure(tr("%1 was not removed: %2").arg(name, m_workspace->lastError()));
        return;
    }
    refresh();
    reportChange(tr("Removed application %1.").arg(name));
}

void ApplicationsPage::subscribeSelectedApi()
{
    const QString id = selectedApplicationId();
    const QString apiId = m_apiCombo->currentData().toString();
    const QString tier = m_tierCombo->currentText().trimmed();
    if (!m_workspace || id.isEmpty() || apiId.isEmpty())
        return;
    if (tier.isEmpty()) {
        reportFailure(tr("Choose a subscription tier."));
        return;
    }
    if (!m_workspace->subscribe(id, apiId, tier)) {
        reportFailure(
            tr("Not subscribed to %1: %2").arg(m_apiCombo->currentText(), m_workspace->lastError()));
        return;
    }
    const QString api = m_apiCombo->currentText();
    refresh();
    reportChange(tr("Subscribed to %1 with tier %2.").arg(api, tier));
}

void ApplicationsPage::unsubscribeSelectedApi()
{
    const QString id = selectedApplicationId();
    const int row = PageWidgets::selectedRow(m_subscriptionTable);
    if (!m_workspace || id.isEmpty() || row < 0)
        return;
    const QString apiId = m_subscriptionTable->item(row, 0)->data(Qt::UserRole).toString();
    const QString api = m_subscriptionTable->item(row, 0)->text();
    if (!m_workspace->unsubscribe(id, apiId)) {
        reportFailure(tr("Not unsubscribed from %1: %2").arg(api, m_workspace->lastError()));
        return;
    }
    refresh();
    reportChange(tr("Unsubscribed from %1.").arg(api));
}

bool ApplicationsPage::mapCertificateFile(const QString &path)
{
    const QString id = selectedApplicationId();
    if (!m_workspace || id.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportFailure(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const std::optional<QByteArray> fingerprint = m_workspace->mapCertificate(id, file.read(1024 * 1024));
    if (!fingerprint) {
        reportFailure(tr("The certificate was not mapped: %1").arg(m_workspace->lastError()));
        return false;
    }
    refresh();
    reportChange(tr("Mapped the client certificate %1… to the application.")
                     .arg(QString::fromLatin1(fingerprint->left(16))));
    return true;
}

void ApplicationsPage::mapCertificateInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Map Client Certificate"), QString(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        mapCertificateFile(path);
}

void ApplicationsPage::unmapSelectedCertificate()
{
    const QString id = selectedApplicationId();
    const int row = PageWidgets::selectedRow(m_certificateTable);
    if (!m_workspace || id.isEmpty() || row < 0)
        return;
    const QByteArray fingerprint = m_certificateTable->item(row, 0)->text().toLatin1();
    if (!m_workspace->unmapCertificate(id, fingerprint)) {
        reportFailure(tr("The certificate was not unmapped: %1").arg(m_workspace->lastError()));
        return;
    }
    refresh();
    reportChange(tr("Unmapped the client certificate %1….").arg(QString::fromLatin1(fingerprint.left(16))));
}

void ApplicationsPage::reportChange(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    emit realmChanged(message);
}

void ApplicationsPage::reportFailure(const QString &message)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
}

void ApplicationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationsPage::retranslate()
{
    m_heading->setText(tr("Applications"));
    m_hint->setText(tr("Applications of the built-in key manager. Environments admit their tokens and API "
                       "keys for the APIs they are subscribed to."));
    m_applicationTable->setHorizontalHeaderLabels(
        { tr("Name"), tr("Tier"), tr("Consumer key"), tr("Subscriptions") });
    m_newButton->setText(tr("&New Application…"));
    m_removeButton->setText(tr("&Remove"));
    m_copyKeyButton->setText(tr("Copy Key"));
    m_subscriptionGroup->setTitle(tr("Subscriptions"));
    m_subscriptionTable->setHorizontalHeaderLabels({ tr("API"), tr("Tier") });
    m_subscribeButton->setText(tr("&Subscribe"));
    m_unsubscribeButton->setText(tr("&Unsubscribe"));
    m_certificateGroup->setTitle(tr("Client certificates (Mutual SSL)"));
    m_certificateTable->setHorizontalHeaderLabels({ tr("SHA-256 fingerprint") });
    m_mapButton->setText(tr("&Map Certificate…"));
    m_unmapButton->setText(tr("Unma&p"));
    m_credentialGroup->setTitle(tr("Credentials"));
    updateDetails();
}

} // namespace Gatehouse
