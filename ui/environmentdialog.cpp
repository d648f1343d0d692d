#include "environmentdialog.h"

#include "pagewidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

// -1 shows as "none" (no listener), 0 as "any free port".
QSpinBox *createPortSpin(QWidget *parent, bool allowNone)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(allowNone ? -1 : 0, 65535);
    spin->setSpecialValueText(
        allowNone ? EnvironmentDialog::tr("none") : EnvironmentDialog::tr("any free port"));
    spin->setToolTip(EnvironmentDialog::tr("0 picks a free port when the environment starts"));
    return spin;
}

} // namespace

EnvironmentDialog::EnvironmentDialog(const EnvironmentSettings &settings, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_nameEdit(new QLineEdit(settings.name, this))
    , m_profileCombo(new QComboBox(this))
    , m_httpPortSpin(createPortSpin(this, true))
    , m_adminPortSpin(createPortSpin(this, true))
    , m_workersSpin(new QSpinBox(this))
    , m_redisGroup(new QGroupBox(this))
    , m_redisHostEdit(new QLineEdit(this))
    , m_redisPortSpin(new QSpinBox(this))
    , m_keyPrefixEdit(new QLineEdit(this))
    , m_failureModeCombo(new QComboBox(this))
    , m_timeoutSpin(new QSpinBox(this))
    , m_errorBanner(new MessageBanner(this))
{
    setWindowTitle(isNew ? tr("New Environment") : tr("Environment %1").arg(settings.name));
    m_nameEdit->setObjectName(QStringLiteral("environmentNameEdit"));
    m_nameEdit->setReadOnly(!isNew);
    m_nameEdit->setMaxLength(64);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->addItem(tr("Choreo Connect"), QVariant::fromValue(int(GatewayProfile::ChoreoConnect)));
    m_profileCombo->addItem(tr("API Gateway"), QVariant::fromValue(int(GatewayProfile::ApiGateway)));
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(int(settings.profile)));
    m_httpPortSpin->setValue(settings.httpPort);
    m_adminPortSpin->setValue(settings.adminPort);
    m_adminPortSpin->setToolTip(tr("Serves /metrics and /health; 0 picks a free port"));
    m_workersSpin->setRange(0, 64);
    m_workersSpin->setSpecialValueText(tr("one per core"));
    m_workersSpin->setValue(settings.workerCount);

    const DistributedThrottling redis = settings.distributedThrottling.value_or(DistributedThrottling {});
    m_redisGroup->setObjectName(QStringLiteral("redisGroup"));
    m_redisGroup->setTitle(tr("Share rate-limit counters through &Redis"));
    m_redisGroup->setCheckable(true);
    m_redisGroup->setChecked(settings.distributedThrottling.has_value());
    m_redisHostEdit->setText(redis.redisHost);
    m_redisPortSpin->setRange(1, 65535);
    m_redisPortSpin->setValue(redis.redisPort);
    m_keyPrefixEdit->setText(redis.keyPrefix);
    m_keyPrefixEdit->setToolTip(tr("Gateways with the same prefix share counters"));
    m_failureModeCombo->setObjectName(QStringLiteral("failureModeCombo"));
    m_failureModeCombo->addItem(
        tr("Let requests through, counted locally (fail open)"), int(ThrottleFailureMode::FailOpen));
    m_failureModeCombo->addItem(
        tr("Refuse them with 429 (fail closed)"), int(ThrottleFailureMode::FailClosed));
    m_failureModeCombo->setCurrentIndex(m_failureModeCombo->findData(int(redis.failureMode)));
    m_timeoutSpin->setRange(10, 10000);
    m_timeoutSpin->setSuffix(tr(" ms"));
    m_timeoutSpin->setValue(redis.timeoutMs);
    auto *redisForm = new QFormLayout(m_redisGroup);
    redisForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    redisForm->addRow(tr("&Host:"), m_redisHostEdit);
    redisForm->addRow(tr("&Port:"), m_redisPortSpin);
    redisForm->addRow(tr("&Key prefix:"), m_keyPrefixEdit);
    redisForm->addRow(tr("When Redis is &unreachable:"), m_failureModeCombo);
    redisForm->addRow(tr("&Timeout:"), m_timeoutSpin);
    auto *passwordHint = PageWidgets::createHint(m_redisGroup);
    passwordHint->setText(tr("A password is read from GATEHOUSE_REDIS_PASSWORD when the environment starts; "
                             "the workspace never stores it."));
    redisForm->addRow(passwordHint);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Gateway profile:"), m_profileCombo);
    form->addRow(tr("&HTTP port:"), m_httpPortSpin);
    form->addRow(tr("&Admin port:"), m_adminPortSpin);
    form->addRow(tr("&Workers:"), m_workersSpin);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Create") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_redisGroup);
    layout->addWidget(m_errorBanner);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

EnvironmentSettings EnvironmentDialog::settings() const
{
    EnvironmentSettings settings = m_original;
    settings.name = m_nameEdit->text().trimmed();
    settings.profile = GatewayProfile(m_profileCombo->currentData().toInt());
    settings.httpPort = m_httpPortSpin->value();
    settings.adminPort = m_adminPortSpin->value();
    settings.workerCount = m_workersSpin->value();
    if (m_redisGroup->isChecked()) {
        DistributedThrottling redis = m_original.distributedThrottling.value_or(DistributedThrottling {});
        redis.redisHost = m_redisHostEdit->text().trimmed();
        redis.redisPort = m_redisPortSpin->value();
        redis.keyPrefix = m_keyPrefixEdit->text();
        redis.failureMode = ThrottleFailureMode(m_failureModeCombo->currentData().toInt());
        redis.timeoutMs = m_timeoutSpin->value();
        settings.distributedThrottling = redis;
    } else {
        settings.distributedThrottling.reset();
    }
    return settings;
}

QString EnvironmentDialog::errorText() const
{
    return !m_errorBanner->isHidden() ? m_errorBanner->text() : QString();
}

void EnvironmentDialog::accept()
{
    const EnvironmentSettings settings = this->settings();
    QString error;
    if (settings.name.isEmpty())
        error = tr("Enter a name for the environment.");
    else if (settings.distributedThrottling && settings.distributedThrottling->redisHost.isEmpty())
        error = tr("Enter the Redis host, or turn off shared counters.");
    else if (settings.httpPort < 0 && settings.httpsPort < 0)
        error = tr("The environment needs an HTTP port (or an HTTPS listener, set with gatehousectl).");
    else if (m_saveHandler && !m_saveHandler(settings, &error) && error.isEmpty())
        error = tr("The environment was not saved.");
    if (!error.isEmpty()) {
        m_errorBanner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    QDialog::accept();
}

} // namespace Gatehouse
