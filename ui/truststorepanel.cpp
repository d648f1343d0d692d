#include "truststorepanel.h"

#include "pagewidgets.h"
#include "workspace.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {
constexpr int maximumPemFileBytes = 1024 * 1024;
}

TrustStorePanel::TrustStorePanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(PageWidgets::createHint(this))
    , m_table(PageWidgets::createTable(this, ColumnCount))
    , m_importButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
{
    m_table->setObjectName(QStringLiteral("caTable"));
    m_table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_importButton->setObjectName(QStringLiteral("importCaButton"));
    m_removeButton->setObjectName(QStringLiteral("removeCaButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);

    connect(m_importButton, &QPushButton::clicked, this, &TrustStorePanel::importCaFilesInteractive);
    connect(m_removeButton, &QPushButton::clicked, this, &TrustStorePanel::removeSelectedCa);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &TrustStorePanel::updateActions);
    retranslate();
    updateActions();
}

void TrustStorePanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    refresh();
}

void TrustStorePanel::refresh()
{
    const QByteArray selected = selectedFingerprint();
    m_table->setRowCount(0);
    const QList<ClientCaRecord> cas = m_workspace ? m_workspace->clientCas() : QList<ClientCaRecord>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    m_table->setRowCount(int(cas.size()));
    for (int row = 0; row < cas.size(); ++row) {
        const ClientCaRecord &ca = cas.at(row);
        const bool expired = ca.notAfter.isValid() && ca.notAfter < now;
        const QString expiry = locale.toString(ca.notAfter.toLocalTime(), QLocale::ShortFormat);
        const QList<QTableWidgetItem *> items { PageWidgets::readOnlyItem(ca.subject),
            PageWidgets::readOnlyItem(ca.issuer),
            PageWidgets::readOnlyItem(expired ? tr("%1 (expired)").arg(expiry) : expiry),
            PageWidgets::readOnlyItem(QString::fromLatin1(ca.sha256)) };
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem *item = items.at(column);
            item->setData(Qt::UserRole, ca.sha256);
            if (expired) {
                item->setForeground(QColor(0x9c, 0x1c, 0x14));
                item->setBackground(QColor(0xfb, 0xe5, 0xe4));
                item->setToolTip(tr("Expired: client certificates issued by this CA are refused."));
            }
            m_table->setItem(row, column, item);
        }
        if (ca.sha256 == selected)
            m_table->selectRow(row);
    }
    updateActions();
}

QByteArray TrustStorePanel::selectedFingerprint() const
{
    const int row = PageWidgets::selectedRow(m_table);
    return row >= 0 ? m_table->item(row, SubjectColumn)->data(Qt::UserRole).toByteArray() : QByteArray();
}

bool TrustStorePanel::importCaFile(const QString &path)
{
    if (!m_workspace)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray pem = file.read(maximumPemFileBytes + 1);
    if (pem.size() > maximumPemFileBytes) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, tr("%1 is too large for a PEM certificate file.").arg(path));
        return false;
    }
    const std::optional<QList<ClientCaRecord>> added = m_workspace->addClientCa(pem);
    if (!added) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("No CA was imported from %1: %2").arg(path, m_workspace->lastError()));
        return false;
    }
    refresh();
    QStringList subjects;
    for (const ClientCaRecord &ca : *added)
        subjects.append(ca.subject);
    const QString message = tr("Trusted %n CA certificate(s): %1", nullptr, int(added->size()))
                                .arg(subjects.join(QStringLiteral("; ")));
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    emit realmChanged(message);
    return true;
}

void TrustStorePanel::importCaFilesInteractive()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import CA Certificates"), QString(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    for (const QString &path : paths) {
        if (!importCaFile(path))
            break; // keep the reason on screen
    }
}

void TrustStorePanel::removeSelectedCa()
{
    const QByteArray fingerprint = selectedFingerprint();
    if (!m_workspace || fingerprint.isEmpty())
        return;
    const QString subject = m_table->item(PageWidgets::selectedRow(m_table), SubjectColumn)->text();
    if (QMessageBox::question(this, tr("Remove CA"),
            tr("Stop trusting %1? Client certificates it issued are refused from then on.").arg(subject))
        != QMessageBox::Yes)
        return;
    if (!m_workspace->removeClientCa(fingerprint)) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, tr("%1 was not removed: %2").arg(subject, m_workspace->lastError()));
        return;
    }
    refresh();
    const QString message = tr("Removed CA %1.").arg(subject);
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    emit realmChanged(message);
}

void TrustStorePanel::updateActions()
{
    m_importButton->setEnabled(m_workspace);
    m_removeButton->setEnabled(m_workspace && !selectedFingerprint().isEmpty());
}

void TrustStorePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrustStorePanel::retranslate()
{
    m_hint->setText(tr("Certificate authorities trusted for Mutual SSL: a client certificate must be issued "
                       "by one of them (or be one of them) and be valid today."));
    m_table->setHorizontalHeaderLabels({ tr("Subject"), tr("Issuer"), tr("Expires"), tr("SHA-256") });
    m_importButton->setText(tr("&Import PEM…"));
    m_removeButton->setText(tr("&Remove"));
    if (m_workspace)
        refresh();
}

} // namespace Gatehouse
