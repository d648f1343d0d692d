#pragma once

#include "config/securityconfig.h"
#include "consoleclient.h"

#include <QGroupBox>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Gatehouse {

class Workspace;

// What the console attaches to a request for the chosen API.
struct AttachedCredentials
{
    HeaderList headers;
    QString queryName; // an API key in the query when the API reads no API key header
    QString queryValue;
    QString clientCertificatePath;
    QString clientKeyPath;
    QString description; // for the request summary, without the secret
};

// How the test console authenticates: nothing, a fresh access token or API key of an application,
// a Basic Auth user, and optionally a client certificate (HTTPS).
class ConsoleCredentialsBox : public QGroupBox
{
    Q_OBJECT
public:
    enum class Mode
    {
        None,
        AccessToken,
        ApiKey,
        Basic
    };

    explicit ConsoleCredentialsBox(QWidget *parent = nullptr);
    ~ConsoleCredentialsBox() override;

    void setWorkspace(Workspace *workspace);
    void refresh(); // applications and users from the workspace

    Mode mode() const;
    void setMode(Mode mode);
    bool selectApplication(const QString &applicationId);
    void setScopes(const QString &scopes);
    void setBasicCredentials(const QString &user, const QString &password);
    void setClientCertificate(const QString &certificatePath, const QString &keyPath);

    // Issues a fresh token or key where needed. nullopt and *error when that fails.
    std::optional<AttachedCredentials> attach(const ApiSecurity &security, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile(QLineEdit *edit, const QString &title);

    Workspace *m_workspace = nullptr;
    QLabel *m_modeLabel;
    QComboBox *m_modeCombo;
    QStackedWidget *m_pages;
    QLabel *m_applicationLabel;
    QComboBox *m_applicationCombo;
    QLabel *m_scopesLabel;
    QLineEdit *m_scopesEdit;
    QLabel *m_userLabel;
    QComboBox *m_userCombo;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_certificateCheck;
    QLineEdit *m_certificateEdit;
    QLineEdit *m_keyEdit;
    QLabel *m_certificateLabel;
    QLabel *m_keyLabel;
};

} // namespace Gatehouse
