#include "credentialspanel.h"

#include "credentialissuer.h"
#include "pagewidgets.h"
#include "revokedialog.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr int maximumValiditySeconds = 10 * 365 * 86400;

bool isAddressOrRange(const QString &text)
{
    if (text.contains(QLatin1Char('/')))
        return QHostAddress::parseSubnet(text).first.protocol()
            != QAbstractSocket::UnknownNetworkLayerProtocol;
    return !QHostAddress(text).isNull();
}

} // namespace

CredentialsPanel::CredentialsPanel(QWidget *parent)
    : QWidget(parent)
    , m_keyTypeLabel(new QLabel(this))
    , m_keyTypeCombo(new QComboBox(this))
    , m_banner(new MessageBanner(this))
{
    m_keyTypeCombo->setObjectName(QStringLiteral("keyTypeCombo"));
    m_keyTypeCombo->addItem(QString(), QStringLiteral("PRODUCTION"));
    m_keyTypeCombo->addItem(QString(), QStringLiteral("SANDBOX"));
    m_keyTypeLabel->setBuddy(m_keyTypeCombo);
    auto *keyType = new QHBoxLayout;
    keyType->addWidget(m_keyTypeLabel);
    keyType->addWidget(m_keyTypeCombo);
    keyType->addStretch(1);
    auto *generators = new QHBoxLayout;
    generators->addWidget(createTokenGroup(), 1);
    generators->addWidget(createApiKeyGroup(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(keyType);
    layout->addLayout(generators);
    layout->addWidget(createResultGroup(), 1);
    layout->addWidget(m_banner);
    retranslate();
    setApplication(QString());
}

CredentialsPanel::~CredentialsPanel()
{
    clearCredential();
}

QWidget *CredentialsPanel::createTokenGroup()
{
    m_tokenGroup = new QGroupBox(this);
    m_scopesLabel = new QLabel(m_tokenGroup);
    m_scopesEdit = new QLineEdit(m_tokenGroup);
    m_scopesEdit->setObjectName(QStringLiteral("scopesEdit"));
    m_tokenValidityLabel = new QLabel(m_tokenGroup);
    m_tokenValiditySpin = new QSpinBox(m_tokenGroup);
    m_tokenValiditySpin->setObjectName(QStringLiteral("tokenValiditySpin"));
    m_tokenValiditySpin->setRange(0, maximumValiditySeconds);
    m_generateTokenButton = new QPushButton(m_tokenGroup);
    m_generateTokenButton->setObjectName(QStringLiteral("generateTokenButton"));
    connect(m_generateTokenButton, &QPushButton::clicked, this, &CredentialsPanel::generateToken);
    auto *form = new QFormLayout(m_tokenGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scopesLabel->setBuddy(m_scopesEdit);
    m_tokenValidityLabel->setBuddy(m_tokenValiditySpin);
    form->addRow(m_scopesLabel, m_scopesEdit);
    form->addRow(m_tokenValidityLabel, m_tokenValiditySpin);
    form->addRow(m_generateTokenButton);
    return m_tokenGroup;
}

QWidget *CredentialsPanel::createApiKeyGroup()
{
    m_apiKeyGroup = new QGroupBox(this);
    m_apiKeyValidityLabel = new QLabel(m_apiKeyGroup);
    m_apiKeyValiditySpin = new QSpinBox(m_apiKeyGroup);
    m_apiKeyValiditySpin->setObjectName(QStringLiteral("apiKeyValiditySpin"));
    m_apiKeyValiditySpin->setRange(0, maximumValiditySeconds);
    m_ipsLabel = new QLabel(m_apiKeyGroup);
    m_ipsEdit = new QLineEdit(m_apiKeyGroup);
    m_ipsEdit->setObjectName(QStringLiteral("permittedIpsEdit"));
    m_referersLabel = new QLabel(m_apiKeyGroup);
    m_referersEdit = new QLineEdit(m_apiKeyGroup);
    m_referersEdit->setObjectName(QStringLiteral("permittedReferersEdit"));
    m_generateApiKeyButton = new QPushButton(m_apiKeyGroup);
    m_generateApiKeyButton->setObjectName(QStringLiteral("generateApiKeyButton"));
    connect(m_generateApiKeyButton, &QPushButton::clicked, this, &CredentialsPanel::generateApiKey);
    auto *form = new QFormLayout(m_apiKeyGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_apiKeyValidityLabel->setBuddy(m_apiKeyValiditySpin);
    m_ipsLabel->setBuddy(m_ipsEdit);
    m_referersLabel->setBuddy(m_referersEdit);
    form->addRow(m_apiKeyValidityLabel, m_apiKeyValiditySpin);
    form->addRow(m_ipsLabel, m_ipsEdit);
    form->addRow(m_referersLabel, m_referersEdit);
    form->addRow(m_generateApiKeyButton);
    return m_apiKeyGroup;
}

QWidget *CredentialsPanel::createResultGroup()
{
    m_resultGroup = new QGroupBox(this);
    m_resultLabel = PageWidgets::createHint(m_resultGroup);
    m_resultLabel->setObjectName(QStringLiteral("credentialDescription"));
    m_credentialText = new QPlainTextEdit(m_resultGroup);
    m_credentialText->setObjectName(QStringLiteral("credentialText"));
    m_credentialText->setReadOnly(true);
    m_credentialText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_credentialText->setMinimumHeight(m_credentialText->fontMetrics().height() * 4);
    m_copyButton = new QPushButton(m_resultGroup);
    m_copyButton->setObjectName(QStringLiteral("copyCredentialButton"));
    m_revokeButton = new QPushButton(m_resultGroup);
    m_revokeButton->setObjectName(QStringLiteral("revokeCredentialButton"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        PageWidgets::copyToClipboard(credential());
        emit statusMessage(tr("Copied to the clipboard"));
    });
    connect(m_revokeButton, &QPushButton::clicked, this, &CredentialsPanel::revokeInteractive);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_revokeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_resultGroup);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_credentialText, 1);
    layout->addLayout(buttons);
    return m_resultGroup;
}

void CredentialsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    clearCredential();
}

void CredentialsPanel::setApplication(const QString &applicationId)
{
    if (applicationId != m_applicationId)
        clearCredential();
    m_applicationId = applicationId;
    const bool haveApplication = m_workspace && !applicationId.isEmpty();
    m_generateTokenButton->setEnabled(haveApplication);
    m_generateApiKeyButton->setEnabled(haveApplication);
    m_revokeButton->setEnabled(m_workspace);
}

QString CredentialsPanel::credential() const
{
    return m_credentialText->toPlainText();
}

void CredentialsPanel::setScopes(const QString &scopes)
{
    m_scopesEdit->setText(scopes);
}

void CredentialsPanel::setTokenValiditySeconds(int seconds)
{
    m_tokenValiditySpin->setValue(seconds);
}

void CredentialsPanel::setSandbox(bool sandbox)
{
    m_keyTypeCombo->setCurrentIndex(sandbox ? 1 : 0);
}

void CredentialsPanel::setApiKeyRestrictions(const QString &ips, const QString &referers)
{
    m_ipsEdit->setText(ips);
    m_referersEdit->setText(referers);
}

QString CredentialsPanel::keyType() const
{
    return m_keyTypeCombo->currentData().toString();
}

bool CredentialsPanel::generateToken()
{
    if (!m_workspace || m_applicationId.isEmpty())
        return false;
    AccessTokenOptions options;
    options.scopes = m_scopesEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    options.validitySeconds = m_tokenValiditySpin->value();
    options.keyType = keyType();
    QString error;
    const std::optional<IssuedToken> token
        = CredentialIssuer::accessToken(*m_workspace, m_applicationId, options, &error);
    if (!token) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return false;
    }
    showCredential(*token, tr("%1 access token").arg(m_keyTypeCombo->currentText()));
    return true;
}

bool CredentialsPanel::generateApiKey()
{
    if (!m_workspace || m_applicationId.isEmpty())
        return false;
    ApiKeyOptions options;
    options.validitySeconds = m_apiKeyValiditySpin->value();
    options.permittedIps = PageWidgets::splitList(m_ipsEdit->text());
    options.permittedReferers = PageWidgets::splitList(m_referersEdit->text());
    options.keyType = keyType();
    for (const QString &ip : std::as_const(options.permittedIps)) {
        if (!isAddressOrRange(ip)) {
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("%1 is not an IP address or a CIDR range such as 10.0.0.0/8.").arg(ip));
            return false;
        }
    }
    QString error;
    const std::optional<IssuedToken> key
        = CredentialIssuer::apiKey(*m_workspace, m_applicationId, options, &error);
    if (!key) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return false;
    }
    showCredential(*key, tr("%1 API key").arg(m_keyTypeCombo->currentText()));
    return true;
}

void CredentialsPanel::showCredential(const IssuedToken &issued, const QString &description)
{
    m_credentialText->setPlainText(QString::fromLatin1(issued.token));
    const QString expiry = issued.expiresAt > 0
        ? tr("expires %1")
              .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(issued.expiresAt), QLocale::ShortFormat))
        : tr("never expires");
    m_resultLabel->setText(
        tr("%1, token id %2, %3.").arg(description, QString::fromLatin1(issued.jti), expiry));
    m_copyButton->setEnabled(true);
    m_banner->clearMessage();
    emit statusMessage(tr("Generated a new %1").arg(description));
}

void CredentialsPanel::clearCredential()
{
    m_credentialText->clear();
    m_resultLabel->setText(tr("Generate a token or an API key; it appears here."));
    m_copyButton->setEnabled(false);
}

RevokeDialog *CredentialsPanel::openRevokeDialog() const
{
    return findChild<RevokeDialog *>();
}

void CredentialsPanel::revokeInteractive()
{
    if (!m_workspace || openRevokeDialog())
        return;
    auto *dialog = new RevokeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCredential(credential());
    dialog->setRevokeHandler([this](const RevocationRequest &revocation, QString *error) {
        if (!m_workspace || !m_workspace->revoke(revocation.token)) {
            *error = m_workspace ? m_workspace->lastError() : QString();
            return false;
        }
        const QString message = tr("Revoked %1.").arg(revocation.description);
        m_banner->showMessage(MessageBanner::Kind::Info, message);
        emit revocationsChanged(message);
        return true;
    });
    dialog->open();
}

void CredentialsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CredentialsPanel::retranslate()
{
    m_keyTypeLabel->setText(tr("&Key type:"));
    m_keyTypeCombo->setItemText(0, tr("Production"));
    m_keyTypeCombo->setItemText(1, tr("Sandbox"));
    m_tokenGroup->setTitle(tr("Access token"));
    m_scopesLabel->setText(tr("Sco&pes:"));
    m_scopesEdit->setPlaceholderText(tr("space-separated, e.g. read:pets write:pets"));
    m_tokenValidityLabel->setText(tr("&Valid for:"));
    m_tokenValiditySpin->setSuffix(tr(" s"));
    m_tokenValiditySpin->setSpecialValueText(tr("key manager default"));
    m_generateTokenButton->setText(tr("Generate &Token"));
    m_generateTokenButton->setToolTip(tr("Sign a new access token for the selected application (Ctrl+T)"));
    m_apiKeyGroup->setTitle(tr("API key"));
    m_apiKeyValidityLabel->setText(tr("Valid &for:"));
    m_apiKeyValiditySpin->setSuffix(tr(" s"));
    m_apiKeyValiditySpin->setSpecialValueText(tr("never expires"));
    m_ipsLabel->setText(tr("Allowed &IPs:"));
    m_ipsEdit->setPlaceholderText(tr("any; or e.g. 127.0.0.1, 10.0.0.0/8"));
    m_referersLabel->setText(tr("Allowed &referers:"));
    m_referersEdit->setPlaceholderText(tr("any; or e.g. https://app.example.com/*"));
    m_generateApiKeyButton->setText(tr("Generate API &Key"));
    m_generateApiKeyButton->setToolTip(
        tr("Sign a new API key for the selected application and its subscriptions (Ctrl+K)"));
    m_resultGroup->setTitle(tr("Credential"));
    m_copyButton->setText(tr("&Copy"));
    m_revokeButton->setText(tr("Re&voke…"));
    m_revokeButton->setToolTip(tr("Revoke this credential or a pasted one"));
    if (credential().isEmpty())
        clearCredential();
}

} // namespace Gatehouse
