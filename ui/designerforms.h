#pragma once

#include "apidesign.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

// Shared by the designer's forms: a field shows the document's value unless the user is typing in it, and
// a finished field edit becomes a DesignEdit.
class DesignerForm : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

signals:
    void editRequested(const Gatehouse::DesignEdit &edit, const QString &description);

protected:
    static void showText(QLineEdit *edit, const QString &text);
    // Emits SetText (or SetList, split on commas) at the pointer the field names when its text changed.
    void bindText(QLineEdit *edit, std::function<QString()> pointer, std::function<QString()> description,
        bool asList = false);
    static void setComboText(QComboBox *combo, const QString &text);
    static void setComboItems(QComboBox *combo, const QStringList &items); // an empty item first
    // Emits makeEdit(text) when the user picks or types a value other than the one the document has.
    void bindCombo(QComboBox *combo, std::function<DesignEdit(const QString &)> makeEdit,
        std::function<QString()> description);
};

// The API as a whole: name, version, context, description, endpoints, throttling tier and security types.
class ApiSettingsForm : public DesignerForm
{
    Q_OBJECT
public:
    explicit ApiSettingsForm(QWidget *parent = nullptr);

    void setDesign(const ApiDesign &design);
    void setThrottlingTiers(const QStringList &tiers);
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *contextEdit() const { return m_context; }
    QCheckBox *schemaValidationCheck() const { return m_schemaValidation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitSecurity();

    QFormLayout *m_form;
    QLineEdit *m_title;
    QLineEdit *m_version;
    QLineEdit *m_context;
    QLineEdit *m_description;
    QLineEdit *m_production;
    QLineEdit *m_sandbox;
    QComboBox *m_tier;
    QCheckBox *m_oauth2;
    QCheckBox *m_apiKey;
    QCheckBox *m_basic;
    QCheckBox *m_schemaValidation;
    QStringList m_securityTypes;
};

// One operation: summary, description, operationId, tier, endpoint, security, scopes, parameters, request
// body and responses.
class OperationForm : public DesignerForm
{
    Q_OBJECT
public:
    explicit OperationForm(QWidget *parent = nullptr);

    void setOperation(const DesignOperation &operation, const QStringList &schemaNames);
    void setThrottlingTiers(const QStringList &tiers);
    void clearOperation();
    QString pointer() const { return m_operation.pointer; }
    QLineEdit *summaryEdit() const { return m_summary; }
    QTableWidget *parameterTable() const { return m_parameters; }
    void addParameter(const QString &name, const QString &in, const QString &type, bool required);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DesignOperation m_operation;
    QFormLayout *m_form;
    QLineEdit *m_summary;
    QLineEdit *m_description;
    QLineEdit *m_operationId;
    QComboBox *m_tier;
    QLineEdit *m_endpoint;
    QCheckBox *m_open;
    QLineEdit *m_scopes;
    QTableWidget *m_parameters;
    QLineEdit *m_newParameterName;
    QComboBox *m_newParameterIn;
    QComboBox *m_newParameterType;
    QPushButton *m_addParameter;
    QPushButton *m_removeParameter;
    QComboBox *m_requestBody;
    QLineEdit *m_responses;
};

} // namespace Gatehouse
