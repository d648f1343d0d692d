#include "consolecredentialsbox.h"

#include "credentialissuer.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

QString abbreviated(const QByteArray &secret)
{
    return QString::fromLatin1(secret.left(12)) + QStringLiteral("…");
}

QWidget *fileRow(QLineEdit *edit, QToolButton *browse, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

ConsoleCredentialsBox::ConsoleCredentialsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_modeLabel(new QLabel(this))
    , m_modeCombo(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_applicationLabel(new QLabel(this))
    , m_applicationCombo(new QComboBox(this))
    , m_scopesLabel(new QLabel(this))
    , m_scopesEdit(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_userCombo(new QComboBox(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_certificateCheck(new QCheckBox(this))
    , m_certificateEdit(new QLineEdit(this))
    , m_keyEdit(new QLineEdit(this))
    , m_certificateLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
{
    m_modeCombo->setObjectName(QStringLiteral("credentialModeCombo"));
    for (int i = 0; i < 4; ++i)
        m_modeCombo->addItem(QString(), i);
    m_modeLabel->setBuddy(m_modeCombo);
    m_applicationCombo->setObjectName(QStringLiteral("credentialApplicationCombo"));
    m_applicationLabel->setBuddy(m_applicationCombo);
    m_scopesEdit->setObjectName(QStringLiteral("credentialScopesEdit"));
    m_scopesLabel->setBuddy(m_scopesEdit);
    m_userCombo->setObjectName(QStringLiteral("credentialUserCombo"));
    m_userCombo->setEditable(true);
    m_userLabel->setBuddy(m_userCombo);
    m_passwordEdit->setObjectName(QStringLiteral("credentialPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_certificateCheck->setObjectName(QStringLiteral("clientCertificateCheck"));
    m_certificateEdit->setObjectName(QStringLiteral("clientCertificateEdit"));
    m_keyEdit->setObjectName(QStringLiteral("clientKeyEdit"));

    // Page 0: nothing. Page 1: an application (token: with scopes). Page 2: a Basic Auth user.
    m_pages->addWidget(new QWidget(m_pages));
    auto *applicationPage = new QWidget(m_pages);
    auto *applicationForm = new QFormLayout(applicationPage);
    applicationForm->setContentsMargins(0, 0, 0, 0);
    applicationForm->addRow(m_applicationLabel, m_applicationCombo);
    applicationForm->addRow(m_scopesLabel, m_scopesEdit);
    m_pages->addWidget(applicationPage);
    auto *basicPage = new QWidget(m_pages);
    auto *basicForm = new QFormLayout(basicPage);
    basicForm->setContentsMargins(0, 0, 0, 0);
    basicForm->addRow(m_userLabel, m_userCombo);
    basicForm->addRow(m_passwordLabel, m_passwordEdit);
    m_pages->addWidget(basicPage);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const Mode current = mode();
        m_pages->setCurrentIndex(current == Mode::None ? 0 : current == Mode::Basic ? 2 : 1);
        m_scopesEdit->setEnabled(current == Mode::AccessToken);
    });

    auto *browseCertificate = new QToolButton(this);
    browseCertificate->setText(tr("…"));
    auto *browseKey = new QToolButton(this);
    browseKey->setText(tr("…"));
    connect(browseCertificate, &QToolButton::clicked, this,
        [this] { chooseFile(m_certificateEdit, tr("Client Certificate")); });
    connect(
        browseKey, &QToolButton::clicked, this, [this] { chooseFile(m_keyEdit, tr("Client Private Key")); });
    auto *certificateForm = new QFormLayout;
    certificateForm->addRow(m_certificateLabel, fileRow(m_certificateEdit, browseCertificate, this));
    certificateForm->addRow(m_keyLabel, fileRow(m_keyEdit, browseKey, this));
    auto *certificateFields = new QWidget(this);
    certificateFields->setLayout(certificateForm);
    certificateFields->setEnabled(false);
    connect(m_certificateCheck, &QCheckBox::toggled, certificateFields, &QWidget::setEnabled);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_modeCombo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(m_pages);
    layout->addWidget(m_certificateCheck);
    layout->addWidget(certificateFields);
    layout->addStretch(1);
    retranslate();
    setMode(Mode::None);
}

ConsoleCredentialsBox::~ConsoleCredentialsBox()
{
    m_passwordEdit->clear();
}

void ConsoleCredentialsBox::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_passwordEdit->clear();
    refresh();
}

void ConsoleCredentialsBox::refresh()
{
    const QString application = m_applicationCombo->currentData().toString();
    const QString user = m_userCombo->currentText();
    m_applicationCombo->clear();
    m_userCombo->clear();
    if (!m_workspace)
        return;
    const QList<ApplicationRecord> applications = m_workspace->applications();
    for (const ApplicationRecord &record : applications)
        m_applicationCombo->addItem(
            QIcon(QStringLiteral(":/icons/application.svg")), record.application.name, record.application.id);
    selectApplication(application);
    const QList<BasicUser> users = m_workspace->users();
    for (const BasicUser &basicUser : users)
        m_userCombo->addItem(basicUser.name);
    m_userCombo->setCurrentText(user);
}

ConsoleCredentialsBox::Mode ConsoleCredentialsBox::mode() const
{
    return Mode(m_modeCombo->currentData().toInt());
}

void ConsoleCredentialsBox::setMode(Mode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

bool ConsoleCredentialsBox::selectApplication(const QString &applicationId)
{
    const int index = m_applicationCombo->findData(applicationId);
    if (index >= 0)
        m_applicationCombo->setCurrentIndex(index);
    return index >= 0;
}

void ConsoleCredentialsBox::setScopes(const QString &scopes)
{
    m_scopesEdit->setText(scopes);
}

void ConsoleCredentialsBox::setBasicCredentials(const QString &user, const QString &password)
{
    m_userCombo->setCurrentText(user);
    m_passwordEdit->setText(password);
}

void ConsoleCredentialsBox::setClientCertificate(const QString &certificatePath, const QString &keyPath)
{
    m_certificateCheck->setChecked(!certificatePath.isEmpty());
    m_certificateEdit->setText(certificatePath);
    m_keyEdit->setText(keyPath);
}

std::optional<AttachedCredentials> ConsoleCredentialsBox::attach(
    const ApiSecurity &security, QString *error) const
{
    AttachedCredentials attached;
    const QString application = m_applicationCombo->currentData().toString();
    const QByteArray authorization
        = security.authorizationHeader.isEmpty() ? QByteArray("Authorization") : security.authorizationHeader;
    switch (mode()) {
    case Mode::None:
        attached.description = tr("no credentials");
        break;
    case Mode::AccessToken: {
        if (!m_workspace || application.isEmpty()) {
            *error = tr("Choose the application whose token the console sends.");
            return std::nullopt;
        }
        AccessTokenOptions options;
        options.scopes = m_scopesEdit->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const std::optional<IssuedToken> token
            = CredentialIssuer::accessToken(*m_workspace, application, options, error);
        if (!token)
            return std::nullopt;
        attached.headers.append({ authorization, "Bearer " + token->token });
        attached.description = tr("a fresh access token of %1 (%2: Bearer %3)")
                                   .arg(m_applicationCombo->currentText(), QString::fromLatin1(authorization),
                                       abbreviated(token->token));
        break;
    }
    case Mode::ApiKey: {
        if (!m_workspace || application.isEmpty()) {
            *error = tr("Choose the application whose API key the console sends.");
            return std::nullopt;
        }
        const std::optional<IssuedToken> key = CredentialIssuer::apiKey(*m_workspace, application, {}, error);
        if (!key)
            return std::nullopt;
        if (!security.apiKeyHeader.isEmpty()) {
            attached.headers.append({ security.apiKeyHeader, key->token });
            attached.description
                = tr("a fresh API key of %1 (%2: %3)")
                      .arg(m_applicationCombo->currentText(), QString::fromLatin1(security.apiKeyHeader),
                          abbreviated(key->token));
        } else {
            attached.queryName = QString::fromLatin1(security.apiKeyQueryParameter);
            attached.queryValue = QString::fromLatin1(key->token);
            attached.description = tr("a fresh API key of %1 (query parameter %2)")
                                       .arg(m_applicationCombo->currentText(), attached.queryName);
        }
        break;
    }
    case Mode::Basic: {
        const QString user = m_userCombo->currentText();
        if (user.isEmpty()) {
            *error = tr("Enter the Basic Auth user name.");
            return std::nullopt;
        }
        const QByteArray pair = user.toUtf8() + ':' + m_passwordEdit->text().toUtf8();
        attached.headers.append({ authorization, "Basic " + pair.toBase64() });
        attached.description
            = tr("Basic Auth as %1 (%2: Basic ••••)").arg(user, QString::fromLatin1(authorization));
        break;
    }
    }
    if (m_certificateCheck->isChecked()) {
        if (m_certificateEdit->text().isEmpty() || m_keyEdit->text().isEmpty()) {
            *error = tr("Choose the client certificate and its private key (PEM files).");
            return std::nullopt;
        }
        attached.clientCertificatePath = m_certificateEdit->text();
        attached.clientKeyPath = m_keyEdit->text();
        attached.description += tr(", client certificate %1").arg(m_certificateEdit->text());
    }
    return attached;
}

void ConsoleCredentialsBox::chooseFile(QLineEdit *edit, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(
        this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void ConsoleCredentialsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ConsoleCredentialsBox::retranslate()
{
    setTitle(tr("Credentials"));
    m_modeLabel->setText(tr("&Send:"));
    m_modeCombo->setItemText(int(Mode::None), tr("No credentials"));
    m_modeCombo->setItemText(int(Mode::AccessToken), tr("A fresh access token of an application"));
    m_modeCombo->setItemText(int(Mode::ApiKey), tr("A fresh API key of an application"));
    m_modeCombo->setItemText(int(Mode::Basic), tr("Basic Auth user and password"));
    m_applicationLabel->setText(tr("A&pplication:"));
    m_scopesLabel->setText(tr("Sco&pes:"));
    m_scopesEdit->setPlaceholderText(tr("space-separated, optional"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_certificateCheck->setText(tr("Client certificate (Mutual SSL, HTTPS only)"));
    m_certificateLabel->setText(tr("Certificate:"));
    m_keyLabel->setText(tr("Private key:"));
}

} // namespace Gatehouse
