#include "userdialog.h"

#include "pagewidgets.h"
#include "security/passwordhash.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Gatehouse {

namespace {
constexpr int maximumUserNameLength = 128;
}

UserDialog::UserDialog(QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_rolesEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmationEdit(new QLineEdit(this))
    , m_errorBanner(new MessageBanner(this))
{
    setWindowTitle(tr("Basic Auth User"));
    m_nameEdit->setObjectName(QStringLiteral("userNameEdit"));
    m_rolesEdit->setObjectName(QStringLiteral("rolesEdit"));
    m_rolesEdit->setPlaceholderText(tr("optional, e.g. admin, reader"));
    for (QLineEdit *edit : { m_passwordEdit, m_confirmationEdit }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmationEdit->setObjectName(QStringLiteral("confirmationEdit"));
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_nameEdit);
    form->addRow(tr("&Roles:"), m_rolesEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("Con&firm password:"), m_confirmationEdit);
    auto *hint = PageWidgets::createHint(this);
    hint->setText(tr("Only a salted hash of the password is stored; nobody can read it back. To change it, "
                     "set a new one."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

UserDialog::~UserDialog()
{
    clearPasswords();
}

void UserDialog::setExistingUser(const QString &name, const QStringList &roles)
{
    setWindowTitle(tr("Set Password of %1").arg(name));
    m_nameEdit->setText(name);
    m_nameEdit->setReadOnly(true);
    setRoles(roles);
    m_passwordEdit->setFocus();
}

void UserDialog::setName(const QString &name)
{
    m_nameEdit->setText(name);
}

void UserDialog::setRoles(const QStringList &roles)
{
    m_rolesEdit->setText(roles.join(QStringLiteral(", ")));
}

void UserDialog::setPasswords(const QString &password, const QString &confirmation)
{
    m_passwordEdit->setText(password);
    m_confirmationEdit->setText(confirmation);
}

QString UserDialog::errorText() const
{
    return !m_errorBanner->isHidden() && m_errorBanner->kind() == MessageBanner::Kind::Error
        ? m_errorBanner->text()
        : QString();
}

QString UserDialog::validationError() const
{
    const QString name = m_nameEdit->text();
    if (name.isEmpty() || name.size() > maximumUserNameLength || name.contains(QLatin1Char(':'))
        || name.trimmed() != name)
        return tr("Enter a user name of 1 to %1 characters, without ':' and without leading or trailing "
                  "spaces.")
            .arg(maximumUserNameLength);
    if (m_passwordEdit->text().isEmpty())
        return tr("Enter a password.");
    if (m_passwordEdit->text() != m_confirmationEdit->text())
        return tr("The two passwords differ; type the same password twice.");
    return QString();
}

void UserDialog::accept()
{
    if (m_hashing)
        return;
    if (const QString error = validationError(); !error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    setHashing(true);
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher] {
        watcher->deleteLater();
        setHashing(false);
        save(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [password = m_passwordEdit->text().toUtf8()] { return PasswordHash::hash(password); }));
}

void UserDialog::save(const QByteArray &passwordHash)
{
    QString error;
    if (m_saveHandler
        && !m_saveHandler(
            m_nameEdit->text(), passwordHash, PageWidgets::splitList(m_rolesEdit->text()), &error)
        && error.isEmpty())
        error = tr("The user was not saved.");
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    clearPasswords();
    QDialog::accept();
}

void UserDialog::setHashing(bool hashing)
{
    m_hashing = hashing;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hashing);
    for (QLineEdit *edit : { m_nameEdit, m_rolesEdit, m_passwordEdit, m_confirmationEdit })
        edit->setEnabled(!hashing);
    if (hashing)
        m_errorBanner->showMessage(MessageBanner::Kind::Info, tr("Hashing the password…"));
    else
        m_errorBanner->clearMessage();
}

void UserDialog::clearPasswords()
{
    m_passwordEdit->clear();
    m_confirmationEdit->clear();
}

} // namespace Gatehouse
