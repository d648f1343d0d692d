#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;

namespace Gatehouse {

class MessageBanner;

// Name and throttling tier of a new application. The save handler creates it; the dialog stays open
// with the reason when that fails.
class NewApplicationDialog : public QDialog
{
    Q_OBJECT
public:
    using SaveHandler = std::function<bool(const QString &name, const QString &tier, QString *error)>;

    explicit NewApplicationDialog(const QStringList &tiers, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setTier(const QString &tier);
    void setSaveHandler(SaveHandler handler) { m_saveHandler = std::move(handler); }
    QString errorText() const;

public slots:
    void accept() override;

private:
    QLineEdit *m_nameEdit;
    QComboBox *m_tierCombo;
    MessageBanner *m_errorBanner;
    SaveHandler m_saveHandler;
};

// Shows a new application's consumer key and secret, the only time the secret is ever visible: the
// workspace keeps a hash of it. Closing the dialog forgets it.
class ApplicationSecretDialog : public QDialog
{
    Q_OBJECT
public:
    ApplicationSecretDialog(const QString &application, const QByteArray &consumerKey,
        const QByteArray &consumerSecret, QWidget *parent = nullptr);
    ~ApplicationSecretDialog() override;

    QString consumerKey() const;
    QString consumerSecret() const;

protected:
    void done(int result) override;

private:
    QLineEdit *m_keyEdit;
    QLineEdit *m_secretEdit;
};

} // namespace Gatehouse
