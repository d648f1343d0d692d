#pragma once

#include "security/tokenissuer.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Gatehouse {

class MessageBanner;
class RevokeDialog;
class Workspace;

// One click for an access token or an API key of the selected application, signed by the workspace's
// built-in key manager; the result with a Copy button; and revocation of it or of a pasted credential.
class CredentialsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsPanel(QWidget *parent = nullptr);
    ~CredentialsPanel() override;

    void setWorkspace(Workspace *workspace);
    void setApplication(const QString &applicationId); // empty: nothing selected
    QString credential() const; // the last generated token or key (shown in the result box)
    RevokeDialog *openRevokeDialog() const;

    void setScopes(const QString &scopes);
    void setTokenValiditySeconds(int seconds);
    void setSandbox(bool sandbox);
    void setApiKeyRestrictions(const QString &ips, const QString &referers);

public slots:
    bool generateToken();
    bool generateApiKey();
    void revokeInteractive(); // pre-filled with the shown credential

signals:
    void revocationsChanged(const QString &statusMessage);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createTokenGroup();
    QWidget *createApiKeyGroup();
    QWidget *createResultGroup();
    void retranslate();
    void showCredential(const IssuedToken &issued, const QString &description);
    void clearCredential();
    QString keyType() const;

    Workspace *m_workspace = nullptr;
    QString m_applicationId;
    QLabel *m_keyTypeLabel;
    QComboBox *m_keyTypeCombo;
    QGroupBox *m_tokenGroup = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QLineEdit *m_scopesEdit = nullptr;
    QLabel *m_tokenValidityLabel = nullptr;
    QSpinBox *m_tokenValiditySpin = nullptr;
    QPushButton *m_generateTokenButton = nullptr;
    QGroupBox *m_apiKeyGroup = nullptr;
    QLabel *m_apiKeyValidityLabel = nullptr;
    QSpinBox *m_apiKeyValiditySpin = nullptr;
    QLabel *m_ipsLabel = nullptr;
    QLineEdit *m_ipsEdit = nullptr;
    QLabel *m_referersLabel = nullptr;
    QLineEdit *m_referersEdit = nullptr;
    QPushButton *m_generateApiKeyButton = nullptr;
    QGroupBox *m_resultGroup = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPlainTextEdit *m_credentialText = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    MessageBanner *m_banner;
};

} // namespace Gatehouse
