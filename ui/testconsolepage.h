#pragma once

#include "config/gatewayconfig.h"
#include "consoleclient.h"
#include "environment/accesslogentry.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Gatehouse {

class ConsoleCredentialsBox;
class ConsoleResponseView;
class EnvironmentManager;
class MessageBanner;
class Workspace;

// Sends requests to the APIs deployed on running environments, with credentials attached on demand, and
// explains the gateway's security decision from the error body and the environment's access log.
class TestConsolePage : public QWidget
{
    Q_OBJECT
public:
    explicit TestConsolePage(EnvironmentManager *manager, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh(); // running environments, their deployed APIs, applications and users

    bool selectEnvironment(const QString &name);
    bool selectApi(const QString &apiId);
    bool selectOperation(const QString &pathTemplate, const QByteArray &method);
    void setPath(const QString &path);
    void setRequestHeaders(const QString &lines); // "Name: value" per line
    void setBody(const QByteArray &body);
    ConsoleCredentialsBox *credentials() const { return m_credentials; }
    ConsoleResponseView *responseView() const { return m_response; }
    MessageBanner *banner() const { return m_banner; }
    bool isBusy() const { return m_client->isBusy(); }
    std::optional<ConsoleResponse> lastResponse() const { return m_lastResponse; }
    std::optional<AccessLogEntry> lastLogEntry() const { return m_logEntry; }

public slots:
    bool send();
    void cancel();

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createRequestSection();
    void retranslate();
    void reloadEnvironments();
    void onEnvironmentChanged();
    void onApiChanged();
    void onOperationChanged();
    void onFinished(const Gatehouse::ConsoleResponse &response);
    void onRequestLogged(const Gatehouse::AccessLogEntry &entry);
    void updateVerdict(bool final);
    void updateActions();
    const ApiConfig *currentApi() const;
    std::optional<HeaderList> parseHeaders(QString *error) const;

    EnvironmentManager *m_manager;
    Workspace *m_workspace = nullptr;
    ConsoleClient *m_client;
    QList<ApiConfig> m_deployedApis; // the revisions the selected environment serves

    QLabel *m_heading;
    QLabel *m_environmentLabel = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QComboBox *m_listenerCombo = nullptr;
    QLabel *m_apiLabel = nullptr;
    QComboBox *m_apiCombo = nullptr;
    QComboBox *m_operationCombo = nullptr;
    QLabel *m_requestLabel = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_headersLabel = nullptr;
    QPlainTextEdit *m_headersEdit = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    ConsoleCredentialsBox *m_credentials = nullptr;
    QCheckBox *m_trustServerCheck = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    MessageBanner *m_banner;
    ConsoleResponseView *m_response;

    QByteArray m_pendingRequestId;
    std::optional<ConsoleResponse> m_lastResponse;
    std::optional<AccessLogEntry> m_logEntry;
    QTimer m_logWait; // how long to wait for the access-log entry after the response
};

} // namespace Gatehouse
