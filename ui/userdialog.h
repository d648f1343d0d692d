#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLineEdit;

namespace Gatehouse {

class MessageBanner;

// Adds a Basic Auth user or sets a user's password (and roles). The password is typed twice and never
// shown; only its hash reaches the workspace. The slow salted hash is computed on a worker thread; the save
// handler runs on the GUI thread once it is ready.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<bool(
        const QString &name, const QByteArray &passwordHash, const QStringList &roles, QString *error)>;

    explicit UserDialog(QWidget *parent = nullptr);
    ~UserDialog() override;

    void setExistingUser(const QString &name, const QStringList &roles); // the name cannot change
    void setName(const QString &name);
    void setRoles(const QStringList &roles);
    void setPasswords(const QString &password, const QString &confirmation);
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    QString errorText() const;
    bool isHashing() const { return m_hashing; }

public slots:
    void accept() override;

private:
    QString validationError() const;
    void clearPasswords();
    void save(const QByteArray &passwordHash);
    void setHashing(bool hashing);

    QLineEdit *m_nameEdit;
    QLineEdit *m_rolesEdit;
    QLineEdit *m_passwordEdit;
    QLineEdit *m_confirmationEdit;
    MessageBanner *m_errorBanner;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_hashing = false;
    SaveHandler m_saveHandler;
};

} // namespace Gatehouse
