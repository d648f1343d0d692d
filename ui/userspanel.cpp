#include "userspanel.h"

#include "pagewidgets.h"
#include "userdialog.h"
#include "workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

UsersPanel::UsersPanel(QWidget *parent)
    : QWidget(parent)
    , m_hint(PageWidgets::createHint(this))
    , m_table(PageWidgets::createTable(this, ColumnCount))
    , m_addButton(new QPushButton(this))
    , m_passwordButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
{
    m_table->setObjectName(QStringLiteral("userTable"));
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_removeButton->setObjectName(QStringLiteral("removeUserButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_passwordButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersPanel::setPasswordOfSelectedUser);
    connect(m_removeButton, &QPushButton::clicked, this, &UsersPanel::removeSelectedUser);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &UsersPanel::setPasswordOfSelectedUser);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::updateActions);
    retranslate();
    updateActions();
}

void UsersPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_banner->clearMessage();
    refresh();
}

void UsersPanel::refresh()
{
    const QString selected = selectedUserName();
    m_table->setRowCount(0);
    const QList<BasicUser> users = m_workspace ? m_workspace->users() : QList<BasicUser>();
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        m_table->setItem(row, NameColumn, PageWidgets::readOnlyItem(users.at(row).name));
        m_table->setItem(row, RolesColumn,
            PageWidgets::readOnlyItem(users.at(row).roles.isEmpty()
                    ? tr("(none)")
                    : users.at(row).roles.join(QStringLiteral(", "))));
    }
    selectUser(selected);
    updateActions();
}

bool UsersPanel::selectUser(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->text() == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UsersPanel::selectedUserName() const
{
    const int row = PageWidgets::selectedRow(m_table);
    return row >= 0 ? m_table->item(row, NameColumn)->text() : QString();
}

UserDialog *UsersPanel::openDialog() const
{
    return findChild<UserDialog *>();
}

void UsersPanel::addUser()
{
    openUserDialog(QString());
}

void UsersPanel::setPasswordOfSelectedUser()
{
    const QString name = selectedUserName();
    if (!name.isEmpty())
        openUserDialog(name);
}

void UsersPanel::openUserDialog(const QString &existingName)
{
    if (!m_workspace || openDialog())
        return;
    auto *dialog = new UserDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!existingName.isEmpty()) {
        const QList<BasicUser> users = m_workspace->users();
        for (const BasicUser &user : users) {
            if (user.name == existingName)
                dialog->setExistingUser(user.name, user.roles);
        }
    }
    const bool adding = existingName.isEmpty();
    dialog->setSaveHandler([this, adding](const QString &name, const QByteArray &passwordHash,
                               const QStringList &roles, QString *error) {
        if (!m_workspace)
            return false;
        if (adding && selectUser(name)) {
            *error = tr("A user named %1 exists already; select it and set its password instead.").arg(name);
            return false;
        }
        if (!m_workspace->setUserPasswordHash(name, passwordHash, roles)) {
            *error = m_workspace->lastError();
            return false;
        }
        refresh();
        selectUser(name);
        const QString message
            = adding ? tr("Added user %1.").arg(name) : tr("Set a new password for %1.").arg(name);
        m_banner->showMessage(MessageBanner::Kind::Info, message);
        emit realmChanged(message);
        return true;
    });
    dialog->open();
}

void UsersPanel::removeSelectedUser()
{
    const QString name = selectedUserName();
    if (!m_workspace || name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove User"), tr("Remove the Basic Auth user %1?").arg(name))
        != QMessageBox::Yes)
        return;
    if (!m_workspace->removeUser(name)) {
        m_banner->showMessage(
            MessageBanner::Kind::Error, tr("%1 was not removed: %2").arg(name, m_workspace->lastError()));
        return;
    }
    refresh();
    const QString message = tr("Removed user %1.").arg(name);
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    emit realmChanged(message);
}

void UsersPanel::updateActions()
{
    const bool selected = !selectedUserName().isEmpty();
    m_addButton->setEnabled(m_workspace);
    m_passwordButton->setEnabled(m_workspace && selected);
    m_removeButton->setEnabled(m_workspace && selected);
}

void UsersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPanel::retranslate()
{
    m_hint->setText(tr("Users for APIs secured with Basic Auth (API Gateway environments). Passwords are "
                       "stored as salted hashes."));
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Roles") });
    m_addButton->setText(tr("&Add User…"));
    m_passwordButton->setText(tr("Set &Password…"));
    m_removeButton->setText(tr("&Remove"));
    if (m_workspace)
        refresh();
}

} // namespace Gatehouse
