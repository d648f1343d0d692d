#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class MessageBanner;
class UserDialog;
class Workspace;

// The workspace's Basic Auth users: names and roles only; passwords are set, never shown.
class UsersPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RolesColumn,
        ColumnCount
    };

    explicit UsersPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    QTableWidget *userTable() const { return m_table; }
    UserDialog *openDialog() const;
    MessageBanner *banner() const { return m_banner; }
    bool selectUser(const QString &name);

public slots:
    void addUser();
    void setPasswordOfSelectedUser();
    void removeSelectedUser();

signals:
    void realmChanged(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void openUserDialog(const QString &existingName);
    QString selectedUserName() const;

    Workspace *m_workspace = nullptr;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_passwordButton;
    QPushButton *m_removeButton;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
