#include "applicationdialogs.h"

#include "pagewidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatehouse {

NewApplicationDialog::NewApplicationDialog(const QStringList &tiers, QWidget *parent)
    : QDialog(parent)
    , m_nameEdit(new QLineEdit(this))
    , m_tierCombo(new QComboBox(this))
    , m_errorBanner(new MessageBanner(this))
{
    setWindowTitle(tr("New Application"));
    m_nameEdit->setObjectName(QStringLiteral("applicationNameEdit"));
    m_nameEdit->setMaxLength(100);
    m_tierCombo->setObjectName(QStringLiteral("applicationTierCombo"));
    m_tierCombo->setEditable(true);
    m_tierCombo->addItems(tiers);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Throttling tier:"), m_tierCombo);
    auto *hint = PageWidgets::createHint(this);
    hint->setText(tr("The new application gets a consumer key and a consumer secret. The secret is shown "
                     "once, right after creation."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewApplicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewApplicationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void NewApplicationDialog::setName(const QString &name)
{
    m_nameEdit->setText(name);
}

void NewApplicationDialog::setTier(const QString &tier)
{
    m_tierCombo->setCurrentText(tier);
}

QString NewApplicationDialog::errorText() const
{
    return !m_errorBanner->isHidden() ? m_errorBanner->text() : QString();
}

void NewApplicationDialog::accept()
{
    const QString name = m_nameEdit->text();
    const QString tier = m_tierCombo->currentText().trimmed();
    QString error;
    if (name.trimmed().isEmpty() || name.trimmed() != name)
        error = tr("Enter a name for the application, without leading or trailing spaces.");
    else if (tier.isEmpty())
        error = tr("Choose a throttling tier.");
    else if (m_saveHandler && !m_saveHandler(name, tier, &error) && error.isEmpty())
        error = tr("The application was not created.");
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QDialog::accept();
}

namespace {

QLineEdit *createSecretField(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(text) + 24);
    return edit;
}

QWidget *withCopyButton(QLineEdit *edit, const QString &objectName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *button = new QPushButton(ApplicationSecretDialog::tr("Copy"), row);
    button->setObjectName(objectName);
    QObject::connect(
        button, &QPushButton::clicked, edit, [edit] { PageWidgets::copyToClipboard(edit->text()); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ApplicationSecretDialog::ApplicationSecretDialog(const QString &application, const QByteArray &consumerKey,
    const QByteArray &consumerSecret, QWidget *parent)
    : QDialog(parent)
    , m_keyEdit(createSecretField(QString::fromLatin1(consumerKey), QStringLiteral("consumerKeyEdit"), this))
    , m_secretEdit(
          createSecretField(QString::fromLatin1(consumerSecret), QStringLiteral("consumerSecretEdit"), this))
{
    setWindowTitle(tr("Application %1 Created").arg(application));
    auto *warning = new MessageBanner(this);
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->showMessage(MessageBanner::Kind::Warning,
        tr("Copy the consumer secret now and keep it safe. Gatehouse stores only a hash of it and cannot "
           "show "
           "it again; a lost secret means a new application."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Consumer key:"), withCopyButton(m_keyEdit, QStringLiteral("copyKeyButton"), this));
    form->addRow(
        tr("Consumer secret:"), withCopyButton(m_secretEdit, QStringLiteral("copySecretButton"), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("I Have Copied the Secret"));
    connect(buttons, &QDialogButtonBox::rejected, this, &ApplicationSecretDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ApplicationSecretDialog::~ApplicationSecretDialog()
{
    m_secretEdit->clear();
}

QString ApplicationSecretDialog::consumerKey() const
{
    return m_keyEdit->text();
}

QString ApplicationSecretDialog::consumerSecret() const
{
    return m_secretEdit->text();
}

void ApplicationSecretDialog::done(int result)
{
    m_secretEdit->clear();
    QDialog::done(result);
}

} // namespace Gatehouse
