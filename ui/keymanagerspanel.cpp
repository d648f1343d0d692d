#include "keymanagerspanel.h"

#include "credentialissuer.h"
#include "issuerdialog.h"
#include "pagewidgets.h"
#include "workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

QString keySourceText(const IssuerConfig &issuer)
{
    if (!issuer.jwksUrl.isEmpty())
        return issuer.jwksUrl.toString();
    if (!issuer.jwksFilePath.isEmpty())
        return issuer.jwksFilePath;
    if (!issuer.certificatePem.isEmpty())
        return KeyManagersPanel::tr("PEM certificate or public key");
    if (!issuer.hmacSecret.isEmpty())
        return KeyManagersPanel::tr("HMAC shared secret");
    return QString();
}

QLabel *createValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

KeyManagersPanel::KeyManagersPanel(QWidget *parent)
    : QWidget(parent)
    , m_builtInGroup(new QGroupBox(this))
    , m_builtInIssuerLabel(new QLabel(this))
    , m_builtInIssuerValue(createValueLabel(this, QStringLiteral("builtInIssuerValue")))
    , m_keyIdLabel(new QLabel(this))
    , m_keyIdValue(createValueLabel(this, QStringLiteral("keyIdValue")))
    , m_validityLabel(new QLabel(this))
    , m_validityValue(createValueLabel(this, QStringLiteral("tokenValidityValue")))
    , m_copyJwksButton(new QPushButton(this))
    , m_issuersGroup(new QGroupBox(this))
    , m_issuersHint(PageWidgets::createHint(this))
    , m_issuerTable(PageWidgets::createTable(this, ColumnCount))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
{
    m_copyJwksButton->setObjectName(QStringLiteral("copyJwksButton"));
    auto *builtInForm = new QFormLayout;
    builtInForm->addRow(m_builtInIssuerLabel, m_builtInIssuerValue);
    builtInForm->addRow(m_keyIdLabel, m_keyIdValue);
    builtInForm->addRow(m_validityLabel, m_validityValue);
    auto *builtInLayout = new QHBoxLayout(m_builtInGroup);
    builtInLayout->addLayout(builtInForm, 1);
    builtInLayout->addWidget(m_copyJwksButton, 0, Qt::AlignBottom);

    m_issuerTable->setObjectName(QStringLiteral("issuerTable"));
    m_issuerTable->horizontalHeader()->setSectionResizeMode(KeysColumn, QHeaderView::Stretch);
    m_addButton->setObjectName(QStringLiteral("addIssuerButton"));
    m_editButton->setObjectName(QStringLiteral("editIssuerButton"));
    m_removeButton->setObjectName(QStringLiteral("removeIssuerButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *issuersLayout = new QVBoxLayout(m_issuersGroup);
    issuersLayout->addWidget(m_issuersHint);
    issuersLayout->addWidget(m_issuerTable, 1);
    issuersLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_builtInGroup);
    layout->addWidget(m_issuersGroup, 1);
    layout->addWidget(m_banner);

    connect(m_copyJwksButton, &QPushButton::clicked, this, &KeyManagersPanel::copyJwks);
    connect(m_addButton, &QPushButton::clicked, this, &KeyManagersPanel::addIssuer);
    connect(m_editButton, &QPushButton::clicked, this, &KeyManagersPanel::editSelectedIssuer);
    connect(m_removeButton, &QPushButton::clicked, this, &KeyManagersPanel::removeSelectedIssuer);
    connect(m_issuerTable, &QTableWidget::itemDoubleClicked, this, &KeyManagersPanel::editSelectedIssuer);
    connect(m_issuerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &KeyManagersPanel::updateActions);
    retranslate();
    updateActions();
}

void KeyManagersPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    refresh();
}

void KeyManagersPanel::refresh()
{
    const QString selected = selectedIssuerName();
    m_issuerTable->setRowCount(0);
    m_builtInIssuerValue->clear();
    m_keyIdValue->clear();
    m_validityValue->clear();
    if (!m_workspace) {
        updateActions();
        return;
    }
    if (isVisible())
        loadBuiltInKeyManager();
    const QList<IssuerConfig> issuers = m_workspace->issuers();
    m_issuerTable->setRowCount(int(issuers.size()));
    for (int row = 0; row < issuers.size(); ++row) {
        const IssuerConfig &issuer = issuers.at(row);
        m_issuerTable->setItem(row, NameColumn, PageWidgets::readOnlyItem(issuer.name));
        m_issuerTable->setItem(row, IssuerColumn, PageWidgets::readOnlyItem(issuer.issuer));
        m_issuerTable->setItem(row, KeysColumn, PageWidgets::readOnlyItem(keySourceText(issuer)));
        m_issuerTable->setItem(
            row, AlgorithmsColumn, PageWidgets::readOnlyItem(issuer.algorithms.join(QStringLiteral(", "))));
        m_issuerTable->setItem(row, AudiencesColumn,
            PageWidgets::readOnlyItem(
                issuer.audiences.isEmpty() ? tr("(any)") : issuer.audiences.join(QStringLiteral(", "))));
        if (issuer.name == selected)
            m_issuerTable->selectRow(row);
    }
    updateActions();
}

// The workspace creates its key pair the first time it is asked for, so only once someone looks.
void KeyManagersPanel::loadBuiltInKeyManager()
{
    if (!m_workspace)
        return;
    if (const std::optional<KeyManagerConfig> keyManager = m_workspace->keyManager()) {
        m_builtInIssuerValue->setText(keyManager->issuer);
        m_keyIdValue->setText(QString::fromLatin1(keyManager->keyId));
        m_validityValue->setText(tr("%n second(s)", nullptr, keyManager->tokenValiditySeconds));
    } else {
        m_builtInIssuerValue->setText(tr("not available: %1").arg(m_workspace->lastError()));
    }
}

void KeyManagersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_keyIdValue->text().isEmpty())
        loadBuiltInKeyManager();
}

QString KeyManagersPanel::selectedIssuerName() const
{
    const int row = PageWidgets::selectedRow(m_issuerTable);
    const QTableWidgetItem *item = row >= 0 ? m_issuerTable->item(row, NameColumn) : nullptr;
    return item ? item->text() : QString();
}

IssuerDialog *KeyManagersPanel::openDialog() const
{
    return findChild<IssuerDialog *>();
}

void KeyManagersPanel::addIssuer()
{
    openIssuerDialog(QString());
}

void KeyManagersPanel::editSelectedIssuer()
{
    const QString name = selectedIssuerName();
    if (!name.isEmpty())
        openIssuerDialog(name);
}

void KeyManagersPanel::openIssuerDialog(const QString &existingName)
{
    if (!m_workspace || openDialog())
        return;
    auto *dialog = new IssuerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!existingName.isEmpty()) {
        const QList<IssuerConfig> issuers = m_workspace->issuers();
        for (const IssuerConfig &issuer : issuers) {
            if (issuer.name == existingName)
                dialog->setIssuer(issuer, true);
        }
    }
    dialog->setSaveHandler([this](const IssuerConfig &issuer, QString *error) {
        if (!m_workspace)
            return false;
        const std::optional<KeyManagerConfig> builtIn = m_workspace->keyManager();
        if (builtIn && builtIn->issuer == issuer.issuer) {
            *error = tr("%1 is the issuer of the built-in key manager; an external key manager needs its "
                        "own \"iss\".")
                         .arg(issuer.issuer);
            return false;
        }
        if (!m_workspace->putIssuer(issuer)) {
            *error = m_workspace->lastError();
            return false;
        }
        refresh();
        m_banner->showMessage(MessageBanner::Kind::Info,
            tr("Saved key manager %1. Running environments accept its tokens from now on.").arg(issuer.name));
        emit realmChanged(tr("Saved key manager %1").arg(issuer.name));
        return true;
    });
    dialog->open();
}

void KeyManagersPanel::removeSelectedIssuer()
{
    const QString name = selectedIssuerName();
    if (!m_workspace || name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove Key Manager"),
            tr("Remove key manager %1? Tokens it signs are refused from then on.").arg(name))
        != QMessageBox::Yes)
        return;
    if (!m_workspace->removeIssuer(name)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("Key manager %1 was not removed: %2").arg(name, m_workspace->lastError()));
        return;
    }
    refresh();
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Removed key manager %1.").arg(name));
    emit realmChanged(tr("Removed key manager %1").arg(name));
}

void KeyManagersPanel::copyJwks()
{
    if (!m_workspace)
        return;
    QString error;
    const std::optional<QByteArray> jwks = CredentialIssuer::jwks(*m_workspace, &error);
    if (!jwks) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    PageWidgets::copyToClipboard(QString::fromUtf8(*jwks));
    m_banner->showMessage(MessageBanner::Kind::Info,
        tr("Copied the JWKS of the built-in key manager (its public key only) to the clipboard."));
}

void KeyManagersPanel::updateActions()
{
    const bool haveWorkspace = m_workspace != nullptr;
    const bool selected = !selectedIssuerName().isEmpty();
    m_copyJwksButton->setEnabled(haveWorkspace);
    m_addButton->setEnabled(haveWorkspace);
    m_editButton->setEnabled(haveWorkspace && selected);
    m_removeButton->setEnabled(haveWorkspace && selected);
}

void KeyManagersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KeyManagersPanel::retranslate()
{
    m_builtInGroup->setTitle(tr("Built-in key manager"));
    m_builtInIssuerLabel->setText(tr("Issuer:"));
    m_keyIdLabel->setText(tr("Key id (kid):"));
    m_validityLabel->setText(tr("Token validity:"));
    m_copyJwksButton->setText(tr("Copy &JWKS"));
    m_copyJwksButton->setToolTip(
        tr("Copy the public key as a JSON Web Key Set, for backends that verify the tokens themselves"));
    m_issuersGroup->setTitle(tr("External key managers"));
    m_issuersHint->setText(tr("Tokens whose \"iss\" names one of these key managers are verified with its "
                              "keys; any other issuer is refused."));
    m_issuerTable->setHorizontalHeaderLabels(
        { tr("Name"), tr("Issuer"), tr("Keys"), tr("Algorithms"), tr("Audiences") });
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_removeButton->setText(tr("&Remove"));
    if (m_workspace)
        refresh();
}

} // namespace Gatehouse
