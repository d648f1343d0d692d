#include "revokedialog.h"

#include "pagewidgets.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatehouse {

RevokeDialog::RevokeDialog(QWidget *parent)
    : QDialog(parent)
    , m_credentialEdit(new QPlainTextEdit(this))
    , m_previewLabel(PageWidgets::createHint(this))
    , m_errorBanner(new MessageBanner(this))
{
    setWindowTitle(tr("Revoke Token or API Key"));
    auto *label = new QLabel(tr("&Token or API key:"), this);
    label->setBuddy(m_credentialEdit);
    m_credentialEdit->setObjectName(QStringLiteral("credentialEdit"));
    m_credentialEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_credentialEdit->setPlaceholderText(tr("Paste the access token or API key"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Revoke"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RevokeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevokeDialog::reject);
    connect(m_credentialEdit, &QPlainTextEdit::textChanged, this, &RevokeDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_credentialEdit, 1);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    updatePreview();
    resize(560, 320);
}

RevokeDialog::~RevokeDialog()
{
    m_credentialEdit->clear();
}

void RevokeDialog::setCredential(const QString &credential)
{
    m_credentialEdit->setPlainText(credential);
}

QString RevokeDialog::errorText() const
{
    return !m_errorBanner->isHidden() ? m_errorBanner->text() : QString();
}

void RevokeDialog::updatePreview()
{
    QString error;
    const std::optional<RevocationRequest> revocation
        = CredentialIssuer::revocationFor(m_credentialEdit->toPlainText(), &error);
    if (!revocation) {
        m_previewLabel->setText(error);
        return;
    }
    const QString until = revocation->token.expiresAt > 0
        ? tr("until it expires on %1")
              .arg(QLocale().toString(
                  QDateTime::fromSecsSinceEpoch(revocation->token.expiresAt), QLocale::ShortFormat))
        : tr("for good (no expiry could be read)");
    m_previewLabel->setText(tr("Revokes %1 %2.").arg(revocation->description, until));
}

void RevokeDialog::accept()
{
    QString error;
    const std::optional<RevocationRequest> revocation
        = CredentialIssuer::revocationFor(m_credentialEdit->toPlainText(), &error);
    if (revocation && m_revokeHandler && !m_revokeHandler(*revocation, &error) && error.isEmpty())
        error = tr("Nothing was revoked.");
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    m_credentialEdit->clear();
    QDialog::accept();
}

} // namespace Gatehouse
