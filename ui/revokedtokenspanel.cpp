#include "revokedtokenspanel.h"

#include "pagewidgets.h"
#include "revokedialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

RevokedTokensPanel::RevokedTokensPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(PageWidgets::createHint(this))
    , m_table(PageWidgets::createTable(this, ColumnCount))
    , m_revokeButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
{
    m_table->setObjectName(QStringLiteral("revocationTable"));
    m_table->horizontalHeader()->setSectionResizeMode(CredentialColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revokeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    connect(m_revokeButton, &QPushButton::clicked, this, &RevokedTokensPanel::revokeInteractive);
    retranslate();
}

void RevokedTokensPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    m_revokeButton->setEnabled(workspace);
    refresh();
}

void RevokedTokensPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_workspace)
        return;
    const std::optional<QList<RevocationRecord>> revoked = m_workspace->revokedTokens();
    if (!revoked) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The revoked tokens cannot be read: %1").arg(m_workspace->lastError()));
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(revoked->size()));
    for (int row = 0; row < revoked->size(); ++row) {
        const RevokedToken &token = revoked->at(row).token;
        const QString credential = !token.jti.isEmpty()
            ? tr("token id %1").arg(QString::fromUtf8(token.jti))
            : tr("SHA-256 %1…").arg(QString::fromLatin1(token.tokenSha256.left(16)));
        const QString expires = token.expiresAt > 0
            ? locale.toString(QDateTime::fromSecsSinceEpoch(token.expiresAt), QLocale::ShortFormat)
            : tr("never");
        m_table->setItem(row, CredentialColumn, PageWidgets::readOnlyItem(credential));
        m_table->setItem(row, ExpiresColumn, PageWidgets::readOnlyItem(expires));
        m_table->setItem(row, RevokedAtColumn,
            PageWidgets::readOnlyItem(
                locale.toString(revoked->at(row).revokedAt.toLocalTime(), QLocale::ShortFormat)));
    }
}

RevokeDialog *RevokedTokensPanel::openDialog() const
{
    return findChild<RevokeDialog *>();
}

void RevokedTokensPanel::revokeInteractive()
{
    if (!m_workspace || openDialog())
        return;
    auto *dialog = new RevokeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRevokeHandler([this](const RevocationRequest &revocation, QString *error) {
        if (!m_workspace || !m_workspace->revoke(revocation.token)) {
            *error = m_workspace ? m_workspace->lastError() : QString();
            return false;
        }
        refresh();
        const QString message = tr("Revoked %1.").arg(revocation.description);
        m_banner->showMessage(MessageBanner::Kind::Info, message);
        emit revocationsChanged(message);
        return true;
    });
    dialog->open();
}

void RevokedTokensPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RevokedTokensPanel::retranslate()
{
    m_hint->setText(tr("Revoked access tokens and API keys, until they would have expired. Running "
                       "environments refuse them immediately, without a new deployment."));
    m_table->setHorizontalHeaderLabels({ tr("Credential"), tr("Expires"), tr("Revoked at") });
    m_revokeButton->setText(tr("Re&voke…"));
    if (m_workspace)
        refresh();
}

} // namespace Gatehouse
