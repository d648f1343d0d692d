#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class ApplicationSecretDialog;
class CredentialsPanel;
class MessageBanner;
class NewApplicationDialog;
class Workspace;

// The built-in key manager's applications: create (the secret is shown once), subscribe to APIs, map
// client certificates, generate and revoke credentials, remove.
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    enum ApplicationColumn
    {
        NameColumn,
        TierColumn,
        ConsumerKeyColumn,
        SubscriptionsColumn,
        ApplicationColumnCount
    };

    explicit ApplicationsPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();
    bool selectApplication(const QString &applicationId);
    QString selectedApplicationId() const;

    QTableWidget *applicationTable() const { return m_applicationTable; }
    QTableWidget *subscriptionTable() const { return m_subscriptionTable; }
    CredentialsPanel *credentialsPanel() const { return m_credentials; }
    MessageBanner *banner() const { return m_banner; }
    NewApplicationDialog *newApplicationDialog() const;
    ApplicationSecretDialog *secretDialog() const;
    bool selectSubscriptionApi(const QString &apiId);
    void setSubscriptionTier(const QString &tier);
    // Maps the PEM certificate in the file to the selected application (Mutual SSL).
    bool mapCertificateFile(const QString &path);

public slots:
    void newApplication();
    void removeSelectedApplication();
    void subscribeSelectedApi();
    void unsubscribeSelectedApi();
    void mapCertificateInteractive();
    void unmapSelectedCertificate();

signals:
    // Applications, subscriptions or certificate mappings changed: environments need the realm again.
    void realmChanged(const QString &statusMessage);
    void revocationsChanged(const QString &statusMessage);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createApplicationList();
    QWidget *createDetails();
    void retranslate();
    void updateDetails();
    void updateActions();
    void reportChange(const QString &message);
    void reportFailure(const QString &message);

    Workspace *m_workspace = nullptr;
    QLabel *m_heading;
    QLabel *m_hint;
    QTableWidget *m_applicationTable = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_detailsHeading = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPushButton *m_copyKeyButton = nullptr;
    QGroupBox *m_subscriptionGroup = nullptr;
    QTableWidget *m_subscriptionTable = nullptr;
    QComboBox *m_apiCombo = nullptr;
    QComboBox *m_tierCombo = nullptr;
    QPushButton *m_subscribeButton = nullptr;
    QPushButton *m_unsubscribeButton = nullptr;
    QGroupBox *m_certificateGroup = nullptr;
    QTableWidget *m_certificateTable = nullptr;
    QPushButton *m_mapButton = nullptr;
    QPushButton *m_unmapButton = nullptr;
    QGroupBox *m_credentialGroup = nullptr;
    CredentialsPanel *m_credentials = nullptr;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
