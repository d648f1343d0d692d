#pragma once

#include "config/environmentsettings.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace Gatehouse {

class MessageBanner;

// Creates an environment or changes one: name, profile, ports, workers, and whether rate-limit counters are
// shared through Redis (host, port, key prefix, what happens when Redis is unreachable). Settings the
// dialog does not show (TLS, limits, access log) are kept as they were. The save handler stores them; the
// dialog stays open with the reason when that fails.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<bool(const EnvironmentSettings &settings, QString *error)>;

    // An existing environment's name cannot change; a new one starts from `settings`.
    EnvironmentDialog(const EnvironmentSettings &settings, bool isNew, QWidget *parent = nullptr);

    EnvironmentSettings settings() const; // as the widgets show it
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QComboBox *profileCombo() const { return m_profileCombo; }
    QGroupBox *redisGroup() const { return m_redisGroup; }
    QLineEdit *redisHostEdit() const { return m_redisHostEdit; }
    QSpinBox *redisPortSpin() const { return m_redisPortSpin; }
    QComboBox *failureModeCombo() const { return m_failureModeCombo; }

public slots:
    void accept() override;

private:
    EnvironmentSettings m_original;
    QLineEdit *m_nameEdit;
    QComboBox *m_profileCombo;
    QSpinBox *m_httpPortSpin;
    QSpinBox *m_adminPortSpin;
    QSpinBox *m_workersSpin;
    QGroupBox *m_redisGroup;
    QLineEdit *m_redisHostEdit;
    QSpinBox *m_redisPortSpin;
    QLineEdit *m_keyPrefixEdit;
    QComboBox *m_failureModeCombo;
    QSpinBox *m_timeoutSpin;
    MessageBanner *m_errorBanner;
    SaveHandler m_saveHandler;
};

} // namespace Gatehouse
