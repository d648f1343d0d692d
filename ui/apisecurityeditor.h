#pragma once

#include "config/gatewayconfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Gatehouse {

class MessageBanner;
class Workspace;
struct ApiRecord;

// The security of one API and of each of its operations, edited in place and saved with one
// Workspace::updateApi (one transaction). Environments get it with the next deployed revision.
class ApiSecurityEditor : public QWidget
{
    Q_OBJECT
public:
    enum OperationColumn
    {
        ResourceColumn,
        MethodColumn,
        OpenColumn,
        ScopesColumn,
        OperationColumnCount
    };

    explicit ApiSecurityEditor(QWidget *parent = nullptr);

    // Unsaved edits of the same API are kept (the workspace was refreshed underneath); another API or
    // nullptr replaces them.
    void setApi(Workspace *workspace, const QString &apiId);
    QString apiId() const { return m_apiId; }
    bool isModified() const { return m_modified; }

    ApiSecurity security() const; // as the widgets show it
    void setSchemeEnabled(AuthScheme scheme, bool enabled);
    int operationRow(const QString &pathTemplate, const QByteArray &method) const; // -1 when unknown
    void setOperationOpen(int row, bool open);
    void setOperationScopes(int row, const QString &scopes);
    QString validationError() const;
    QString profileNotice() const; // the Choreo Connect + Basic Auth explanation, when it applies
    MessageBanner *banner() const { return m_banner; }

public slots:
    bool save();
    void revert();

signals:
    void saved(const QString &statusMessage);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSchemesGroup();
    QWidget *createHeadersGroup();
    QWidget *createCorsGroup();
    QWidget *createOperationsGroup();
    void load(const ApiRecord &record);
    void retranslate();
    void markModified();
    void updateDependentControls();
    void updateProfileNotice();

    Workspace *m_workspace = nullptr;
    QString m_apiId;
    bool m_modified = false;
    bool m_loading = false;

    QGroupBox *m_schemesGroup = nullptr;
    QCheckBox *m_oauth2Check = nullptr;
    QCheckBox *m_apiKeyCheck = nullptr;
    QCheckBox *m_basicCheck = nullptr;
    QLabel *m_mutualTlsLabel = nullptr;
    QComboBox *m_mutualTlsCombo = nullptr;
    QCheckBox *m_applicationMandatoryCheck = nullptr;
    QCheckBox *m_backendJwtCheck = nullptr;
    QLabel *m_openHint = nullptr;
    MessageBanner *m_profileBanner = nullptr;

    QGroupBox *m_headersGroup = nullptr;
    QLabel *m_authorizationHeaderLabel = nullptr;
    QLineEdit *m_authorizationHeaderEdit = nullptr;
    QLabel *m_apiKeyHeaderLabel = nullptr;
    QLineEdit *m_apiKeyHeaderEdit = nullptr;
    QLabel *m_apiKeyQueryLabel = nullptr;
    QLineEdit *m_apiKeyQueryEdit = nullptr;
    QCheckBox *m_forwardAuthorizationCheck = nullptr;
    QCheckBox *m_forwardCertificateCheck = nullptr;

    QGroupBox *m_corsGroup = nullptr;
    QLabel *m_originsLabel = nullptr;
    QLineEdit *m_originsEdit = nullptr;
    QLabel *m_methodsLabel = nullptr;
    QLineEdit *m_methodsEdit = nullptr;
    QLabel *m_headersLabel = nullptr;
    QLineEdit *m_corsHeadersEdit = nullptr;
    QLabel *m_exposeLabel = nullptr;
    QLineEdit *m_exposeHeadersEdit = nullptr;
    QCheckBox *m_credentialsCheck = nullptr;
    QLabel *m_maxAgeLabel = nullptr;
    QSpinBox *m_maxAgeSpin = nullptr;

    QGroupBox *m_operationsGroup = nullptr;
    QTableWidget *m_operationTable = nullptr;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    MessageBanner *m_banner = nullptr;
};

} // namespace Gatehouse
