#include "issuerdialog.h"

#include "pagewidgets.h"
#include "security/jose/jose.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr int minimumHmacSecretBytes = 32;
constexpr int maximumClockSkewSeconds = 3600;

const QList<Jose::Algorithm> allAlgorithms { Jose::Algorithm::RS256, Jose::Algorithm::RS384,
    Jose::Algorithm::RS512, Jose::Algorithm::PS256, Jose::Algorithm::PS384, Jose::Algorithm::PS512,
    Jose::Algorithm::ES256, Jose::Algorithm::ES384, Jose::Algorithm::ES512, Jose::Algorithm::HS256,
    Jose::Algorithm::HS384, Jose::Algorithm::HS512 };

bool isValidIssuerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    return pattern.match(name).hasMatch();
}

bool isClaimName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s]{1,100}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

IssuerDialog::IssuerDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_issuerEdit(new QLineEdit(this))
    , m_sourceCombo(new QComboBox(this))
    , m_audiencesEdit(new QLineEdit(this))
    , m_clockSkewSpin(new QSpinBox(this))
    , m_consumerKeyClaimEdit(new QLineEdit(this))
    , m_scopesClaimEdit(new QLineEdit(this))
    , m_errorBanner(new MessageBanner(this))
{
    setWindowTitle(tr("Key Manager"));
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. keycloak"));
    m_issuerEdit->setObjectName(QStringLiteral("issuerEdit"));
    m_issuerEdit->setPlaceholderText(tr("the tokens' \"iss\", e.g. https://idp.example.com/realms/api"));
    m_sourceCombo->setObjectName(QStringLiteral("keySourceCombo"));
    m_sourceCombo->addItem(tr("JWKS URL"), int(KeySource::JwksUrl));
    m_sourceCombo->addItem(tr("JWKS file"), int(KeySource::JwksFile));
    m_sourceCombo->addItem(tr("Certificate or public key (PEM)"), int(KeySource::Certificate));
    m_sourceCombo->addItem(tr("HMAC shared secret"), int(KeySource::HmacSecret));
    m_audiencesEdit->setObjectName(QStringLiteral("audiencesEdit"));
    m_audiencesEdit->setPlaceholderText(tr("empty: \"aud\" is not checked"));
    m_clockSkewSpin->setObjectName(QStringLiteral("clockSkewSpin"));
    m_clockSkewSpin->setRange(0, maximumClockSkewSeconds);
    m_clockSkewSpin->setSuffix(tr(" s"));
    m_consumerKeyClaimEdit->setObjectName(QStringLiteral("consumerKeyClaimEdit"));
    m_scopesClaimEdit->setObjectName(QStringLiteral("scopesClaimEdit"));
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Issuer (iss):"), m_issuerEdit);
    form->addRow(tr("&Keys from:"), m_sourceCombo);
    form->addRow(QString(), createKeySourcePages());
    form->addRow(tr("&Algorithms:"), createAlgorithmBoxes());
    form->addRow(tr("A&udiences:"), m_audiencesEdit);
    form->addRow(tr("&Clock skew:"), m_clockSkewSpin);
    form->addRow(tr("C&onsumer key claim:"), m_consumerKeyClaimEdit);
    form->addRow(tr("&Scopes claim:"), m_scopesClaimEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IssuerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssuerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &IssuerDialog::showKeySourcePage);
    setIssuer(IssuerConfig(), false);
    resize(620, sizeHint().height());
}

QWidget *IssuerDialog::createKeySourcePages()
{
    m_sourcePages = new QStackedWidget(this);

    m_jwksUrlEdit = new QLineEdit(m_sourcePages);
    m_jwksUrlEdit->setObjectName(QStringLiteral("jwksUrlEdit"));
    m_jwksUrlEdit->setPlaceholderText(QStringLiteral("https://idp.example.com/.well-known/jwks.json"));
    m_sourcePages->addWidget(m_jwksUrlEdit);

    auto *filePage = new QWidget(m_sourcePages);
    m_jwksFileEdit = new QLineEdit(filePage);
    m_jwksFileEdit->setObjectName(QStringLiteral("jwksFileEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), filePage);
    connect(browse, &QPushButton::clicked, this, &IssuerDialog::chooseJwksFile);
    auto *fileLayout = new QHBoxLayout(filePage);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_jwksFileEdit, 1);
    fileLayout->addWidget(browse);
    m_sourcePages->addWidget(filePage);

    auto *certificatePage = new QWidget(m_sourcePages);
    m_certificateEdit = new QPlainTextEdit(certificatePage);
    m_certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    m_certificateEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certificateEdit->setPlaceholderText(
        tr("-----BEGIN CERTIFICATE----- … or -----BEGIN PUBLIC KEY----- …"));
    m_certificateEdit->setMaximumHeight(m_certificateEdit->fontMetrics().height() * 7);
    auto *import = new QPushButton(tr("&Import File…"), certificatePage);
    connect(import, &QPushButton::clicked, this, &IssuerDialog::importCertificate);
    auto *certificateLayout = new QHBoxLayout(certificatePage);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    certificateLayout->addWidget(m_certificateEdit, 1);
    certificateLayout->addWidget(import, 0, Qt::AlignTop);
    m_sourcePages->addWidget(certificatePage);

    m_hmacSecretEdit = new QLineEdit(m_sourcePages);
    m_hmacSecretEdit->setObjectName(QStringLiteral("hmacSecretEdit"));
    m_hmacSecretEdit->setEchoMode(QLineEdit::Password);
    m_hmacSecretEdit->setPlaceholderText(tr("at least %n byte(s)", nullptr, minimumHmacSecretBytes));
    m_sourcePages->addWidget(m_hmacSecretEdit);
    return m_sourcePages;
}

// Only the shown page counts for the size, so a one-line URL field does not get the height of the PEM box.
void IssuerDialog::showKeySourcePage(int index)
{
    for (int page = 0; page < m_sourcePages->count(); ++page)
        m_sourcePages->widget(page)->setSizePolicy(
            QSizePolicy::Preferred, page == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_sourcePages->setCurrentIndex(index);
    if (isVisible())
        resize(width(), sizeHint().height());
}

QWidget *IssuerDialog::createAlgorithmBoxes()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < allAlgorithms.size(); ++i) {
        const QString name = QString::fromLatin1(Jose::algorithmName(allAlgorithms.at(i)));
        auto *check = new QCheckBox(name, box);
        check->setObjectName(QStringLiteral("algorithm") + name);
        m_algorithmBoxes.append(check);
        grid->addWidget(check, i / 6, i % 6);
    }
    return box;
}

void IssuerDialog::setIssuer(const IssuerConfig &issuer, bool editing)
{
    m_nameEdit->setText(issuer.name);
    m_nameEdit->setReadOnly(editing);
    m_issuerEdit->setText(issuer.issuer);
    m_jwksUrlEdit->setText(issuer.jwksUrl.toString());
    m_jwksFileEdit->setText(issuer.jwksFilePath);
    m_certificateEdit->setPlainText(QString::fromUtf8(issuer.certificatePem));
    m_hmacSecretEdit->setText(QString::fromUtf8(issuer.hmacSecret));
    KeySource source = KeySource::JwksUrl;
    if (!issuer.jwksFilePath.isEmpty())
        source = KeySource::JwksFile;
    else if (!issuer.certificatePem.isEmpty())
        source = KeySource::Certificate;
    else if (!issuer.hmacSecret.isEmpty())
        source = KeySource::HmacSecret;
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(source)));
    showKeySourcePage(m_sourceCombo->currentIndex());
    for (QCheckBox *check : std::as_const(m_algorithmBoxes))
        check->setChecked(issuer.algorithms.contains(check->text()));
    m_audiencesEdit->setText(issuer.audiences.join(QStringLiteral(", ")));
    m_clockSkewSpin->setValue(issuer.clockSkewSeconds);
    m_consumerKeyClaimEdit->setText(issuer.consumerKeyClaim);
    m_scopesClaimEdit->setText(issuer.scopesClaim);
    m_errorBanner->clearMessage();
}

IssuerDialog::KeySource IssuerDialog::keySource() const
{
    return KeySource(m_sourceCombo->currentData().toInt());
}

IssuerConfig IssuerDialog::issuer() const
{
    IssuerConfig issuer;
    issuer.name = m_nameEdit->text().trimmed();
    issuer.issuer = m_issuerEdit->text().trimmed();
    // Only the chosen source is kept: the key manager needs exactly one.
    switch (keySource()) {
    case KeySource::JwksUrl:
        issuer.jwksUrl = QUrl(m_jwksUrlEdit->text().trimmed(), QUrl::StrictMode);
        break;
    case KeySource::JwksFile:
        issuer.jwksFilePath = m_jwksFileEdit->text().trimmed();
        break;
    case KeySource::Certificate:
        issuer.certificatePem = m_certificateEdit->toPlainText().trimmed().toUtf8();
        if (!issuer.certificatePem.isEmpty())
            issuer.certificatePem += '\n';
        break;
    case KeySource::HmacSecret:
        issuer.hmacSecret = m_hmacSecretEdit->text().toUtf8();
        break;
    }
    issuer.algorithms.clear();
    for (const QCheckBox *check : m_algorithmBoxes) {
        if (check->isChecked())
            issuer.algorithms.append(check->text());
    }
    issuer.audiences = PageWidgets::splitList(m_audiencesEdit->text());
    issuer.clockSkewSeconds = m_clockSkewSpin->value();
    issuer.consumerKeyClaim = m_consumerKeyClaimEdit->text().trimmed();
    issuer.scopesClaim = m_scopesClaimEdit->text().trimmed();
    return issuer;
}

QString IssuerDialog::validationError() const
{
    const IssuerConfig config = issuer();
    if (!isValidIssuerName(config.name))
        return tr("Give the key manager a name of letters, digits, '.', '_' and '-' (at most 100).");
    if (config.issuer.isEmpty())
        return tr("Enter the issuer: the exact \"iss\" value of the tokens this key manager signs.");

    QString error;
    Jose::VerificationKeyPtr pemKey;
    switch (keySource()) {
    case KeySource::JwksUrl:
        if (!config.jwksUrl.isValid() || config.jwksUrl.host().isEmpty()
            || (config.jwksUrl.scheme() != QLatin1String("https")
                && config.jwksUrl.scheme() != QLatin1String("http")))
            return tr("Enter the JWKS URL as an http:// or https:// address.");
        break;
    case KeySource::JwksFile: {
        if (config.jwksFilePath.isEmpty() || !QFileInfo(config.jwksFilePath).isAbsolute())
            return tr("Choose the JWKS file (an absolute path).");
        QFile file(config.jwksFilePath);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(config.jwksFilePath, file.errorString());
        if (!Jose::KeySet::fromJwks(file.readAll(), &error))
            return tr("%1 is not a usable JWKS: %2").arg(config.jwksFilePath, error);
        break;
    }
    case KeySource::Certificate:
        if (config.certificatePem.isEmpty())
            return tr("Paste or import the key manager's PEM certificate or public key.");
        pemKey = Jose::VerificationKey::fromPem(config.certificatePem, &error);
        if (!pemKey)
            return tr("The certificate or public key is unusable: %1").arg(error);
        break;
    case KeySource::HmacSecret:
        if (config.hmacSecret.size() < minimumHmacSecretBytes)
            return tr("The HMAC secret needs at least %n byte(s).", nullptr, minimumHmacSecretBytes);
        break;
    }

    if (config.algorithms.isEmpty())
        return tr("Tick at least one signature algorithm.");
    const bool hmacSource = keySource() == KeySource::HmacSecret;
    for (const QString &name : config.algorithms) {
        const std::optional<Jose::Algorithm> algorithm = Jose::algorithmFromName(name.toLatin1());
        if (!algorithm)
            return tr("%1 is not a known signature algorithm.").arg(name);
        if (Jose::isHmac(*algorithm) != hmacSource)
            return hmacSource
                ? tr("An HMAC secret verifies HS256, HS384 and HS512 only; untick %1.").arg(name)
                : tr("%1 needs an HMAC secret; untick it or choose \"HMAC shared secret\".").arg(name);
        if (pemKey && !pemKey->supports(*algorithm))
            return tr("The certificate's key cannot verify %1 signatures; untick it.").arg(name);
    }
    if (!isClaimName(config.consumerKeyClaim))
        return tr("Enter the claim that carries the consumer key (e.g. azp), without spaces.");
    if (!isClaimName(config.scopesClaim))
        return tr("Enter the claim that carries the scopes (e.g. scope or scp), without spaces.");
    return QString();
}

QString IssuerDialog::errorText() const
{
    return !m_errorBanner->isHidden() ? m_errorBanner->text() : QString();
}

void IssuerDialog::accept()
{
    QString error = validationError();
    if (error.isEmpty() && m_saveHandler && !m_saveHandler(issuer(), &error) && error.isEmpty())
        error = tr("The key manager was not saved.");
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QDialog::accept();
}

void IssuerDialog::chooseJwksFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("JWKS File"), m_jwksFileEdit->text(),
        tr("JSON Web Key Sets (*.json *.jwks);;All files (*)"));
    if (!path.isEmpty())
        m_jwksFileEdit->setText(QFileInfo(path).absoluteFilePath());
}

void IssuerDialog::importCertificate()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Certificate"), QString(), tr("PEM files (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorBanner->showMessage(
            MessageBanner::Kind::Error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_certificateEdit->setPlainText(QString::fromUtf8(file.readAll()));
}

} // namespace Gatehouse
