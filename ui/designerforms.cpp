#include "designerforms.h"

#include "pagewidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

namespace Gatehouse {

void DesignerForm::showText(QLineEdit *edit, const QString &text)
{
    if (!edit->isModified() && edit->text() != text)
        edit->setText(text);
}

void DesignerForm::setComboText(QComboBox *combo, const QString &text)
{
    const QSignalBlocker blocker(combo);
    combo->setProperty("documentValue", text);
    if (combo->currentText() != text)
        combo->setCurrentText(text);
}

void DesignerForm::setComboItems(QComboBox *combo, const QStringList &items)
{
    const QSignalBlocker blocker(combo);
    const QString current = combo->currentText();
    combo->clear();
    combo->addItem(QString());
    combo->addItems(items);
    combo->setCurrentText(current);
}

void DesignerForm::bindCombo(QComboBox *combo, std::function<DesignEdit(const QString &)> makeEdit,
    std::function<QString()> description)
{
    const auto changed = [this, combo, makeEdit, description] {
        const QString text = combo->currentText().trimmed();
        if (text == combo->property("documentValue").toString())
            return;
        combo->setProperty("documentValue", text);
        emit editRequested(makeEdit(text), description());
    };
    connect(combo, &QComboBox::activated, this, changed);
    if (combo->lineEdit())
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, changed);
}

void DesignerForm::bindText(
    QLineEdit *edit, std::function<QString()> pointer, std::function<QString()> description, bool asList)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, pointer, description, asList] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        if (asList) {
            emit editRequested(DesignEdit::make(DesignEdit::Kind::SetList, pointer(), QString(),
                                   PageWidgets::splitList(edit->text())),
                description());
        } else {
            emit editRequested(DesignEdit::make(DesignEdit::Kind::SetText, pointer(), edit->text().trimmed()),
                description());
        }
    });
}

ApiSettingsForm::ApiSettingsForm(QWidget *parent)
    : DesignerForm(parent)
    , m_form(new QFormLayout(this))
    , m_title(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_context(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_production(new QLineEdit(this))
    , m_sandbox(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_oauth2(new QCheckBox(QStringLiteral("OAuth2"), this))
    , m_apiKey(new QCheckBox(this))
    , m_basic(new QCheckBox(this))
    , m_schemaValidation(new QCheckBox(this))
{
    const std::pair<QLineEdit *, const char *> names[] = { { m_title, "titleEdit" },
        { m_version, "versionEdit" }, { m_context, "contextEdit" }, { m_description, "descriptionEdit" },
        { m_production, "productionEdit" }, { m_sandbox, "sandboxEdit" } };
    for (const auto &[edit, name] : names)
        edit->setObjectName(QString::fromLatin1(name));
    m_tier->setObjectName(QStringLiteral("apiTierCombo"));
    m_tier->setEditable(true);
    m_context->setPlaceholderText(QStringLiteral("/orders"));
    m_production->setPlaceholderText(QStringLiteral("http://localhost:8080/orders"));

    bindText(
        m_title, [] { return QStringLiteral("/info/title"); }, [] { return tr("Rename API"); });
    bindText(
        m_version, [] { return QStringLiteral("/info/version"); }, [] { return tr("Change version"); });
    bindText(
        m_context, [] { return QStringLiteral("/x-wso2-basePath"); }, [] { return tr("Change context"); });
    bindText(
        m_description, [] { return QStringLiteral("/info/description"); },
        [] { return tr("Change description"); });
    for (auto [edit, key] : { std::pair { m_production, "x-wso2-production-endpoints" },
             std::pair { m_sandbox, "x-wso2-sandbox-endpoints" } }) {
        const QString container = QLatin1Char('/') + QString::fromLatin1(key);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, container] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            const QStringList urls = PageWidgets::splitList(edit->text());
            emit editRequested(urls.isEmpty() ? DesignEdit::make(DesignEdit::Kind::Remove, container)
                                              : DesignEdit::make(DesignEdit::Kind::SetList,
                                                  container + QStringLiteral("/urls"), QString(), urls),
                tr("Change endpoint"));
        });
    }
    bindCombo(
        m_tier,
        [](const QString &tier) {
            return DesignEdit::make(
                DesignEdit::Kind::SetText, QStringLiteral("/x-wso2-throttling-tier"), tier);
        },
        [] { return tr("Change throttling tier"); });
    for (QCheckBox *box : { m_oauth2, m_apiKey, m_basic })
        connect(box, &QCheckBox::clicked, this, &ApiSettingsForm::emitSecurity);
    m_schemaValidation->setObjectName(QStringLiteral("schemaValidationCheck"));
    connect(m_schemaValidation, &QCheckBox::clicked, this, [this](bool on) {
        emit editRequested(DesignEdit::make(DesignEdit::Kind::SetFlag,
                               QStringLiteral("/x-wso2-enable-schema-validation"), QString(), {}, on),
            on ? tr("Validate against the schemas") : tr("Stop validating against the schemas"));
    });

    auto *security = new QHBoxLayout;
    security->addWidget(m_oauth2);
    security->addWidget(m_apiKey);
    security->addWidget(m_basic);
    security->addStretch();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_version);
    m_form->addRow(new QLabel(this), m_context);
    m_form->addRow(new QLabel(this), m_description);
    m_form->addRow(new QLabel(this), new QLabel(QStringLiteral("REST (HTTP)"), this));
    m_form->addRow(new QLabel(this), m_production);
    m_form->addRow(new QLabel(this), m_sandbox);
    m_form->addRow(new QLabel(this), m_tier);
    m_form->addRow(new QLabel(this), security);
    m_form->addRow(new QLabel(this), m_schemaValidation);
    retranslate();
}

void ApiSettingsForm::setDesign(const ApiDesign &design)
{
    showText(m_title, design.title);
    showText(m_version, design.version);
    showText(m_context, design.context);
    showText(m_description, design.description);
    showText(m_production, design.productionUrl);
    showText(m_sandbox, design.sandboxUrl);
    setComboText(m_tier, design.throttlingTier);
    m_securityTypes = design.securityTypes;
    m_oauth2->setChecked(design.securityTypes.contains(QLatin1String("oauth2")));
    m_apiKey->setChecked(design.securityTypes.contains(QLatin1String("api_key")));
    m_basic->setChecked(design.securityTypes.contains(QLatin1String("basic_auth")));
    m_schemaValidation->setChecked(design.schemaValidation);
}

void ApiSettingsForm::setThrottlingTiers(const QStringList &tiers)
{
    setComboItems(m_tier, tiers);
}

void ApiSettingsForm::emitSecurity()
{
    QStringList types;
    // Types the form does not show (mutualssl, ...) are kept.
    for (const QString &type : std::as_const(m_securityTypes)) {
        if (type != QLatin1String("oauth2") && type != QLatin1String("api_key")
            && type != QLatin1String("basic_auth"))
            types << type;
    }
    if (m_oauth2->isChecked())
        types << QStringLiteral("oauth2");
    if (m_apiKey->isChecked())
        types << QStringLiteral("api_key");
    if (m_basic->isChecked())
        types << QStringLiteral("basic_auth");
    const QString container = QStringLiteral("/x-wso2-application-security");
    emit editRequested(types.isEmpty() ? DesignEdit::make(DesignEdit::Kind::Remove, container)
                                       : DesignEdit::make(DesignEdit::Kind::SetList,
                                           container + QStringLiteral("/security-types"), QString(), types),
        tr("Change security"));
}

void ApiSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DesignerForm::changeEvent(event);
}

void ApiSettingsForm::retranslate()
{
    const QString labels[] = { tr("&Name:"), tr("&Version:"), tr("&Context:"), tr("&Description:"),
        tr("Type:"), tr("&Production endpoint:"), tr("Sand&box endpoint:"), tr("&Throttling tier:"),
        tr("Security:"), tr("Validation:") };
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels[row]);
        }
    }
    m_apiKey->setText(tr("API key"));
    m_basic->setText(tr("Basic Auth"));
    m_schemaValidation->setText(tr("Check requests and responses against the schemas"));
    m_schemaValidation->setToolTip(
        tr("API Gateway environments answer 400 to an invalid request and 500 to an invalid response; Choreo "
           "Connect has no schema validation and only warns at deploy."));
    m_production->setToolTip(tr("One URL, or several separated by commas (load balanced)"));
}

OperationForm::OperationForm(QWidget *parent)
    : DesignerForm(parent)
    , m_form(new QFormLayout)
    , m_summary(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_operationId(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_open(new QCheckBox(this))
    , m_scopes(new QLineEdit(this))
    , m_parameters(new QTableWidget(0, 4, this))
    , m_newParameterName(new QLineEdit(this))
    , m_newParameterIn(new QComboBox(this))
    , m_newParameterType(new QComboBox(this))
    , m_addParameter(new QPushButton(this))
    , m_removeParameter(new QPushButton(this))
    , m_requestBody(new QComboBox(this))
    , m_responses(new QLineEdit(this))
{
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_operationId->setObjectName(QStringLiteral("operationIdEdit"));
    m_endpoint->setObjectName(QStringLiteral("operationEndpointEdit"));
    m_open->setObjectName(QStringLiteral("openCheck"));
    m_scopes->setObjectName(QStringLiteral("scopesEdit"));
    m_parameters->setObjectName(QStringLiteral("parameterTable"));
    m_requestBody->setObjectName(QStringLiteral("requestBodyCombo"));
    m_responses->setObjectName(QStringLiteral("responsesEdit"));
    m_tier->setEditable(true);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->verticalHeader()->hide();
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->setMaximumHeight(140);
    m_newParameterIn->addItems({ QStringLiteral("query"), QStringLiteral("header"), QStringLiteral("path"),
        QStringLiteral("cookie") });
    m_newParameterType->addItems(ApiDesignDocument::jsonSchemaTypes());

    const auto operationKey = [this](const char *key) {
        return [this, key]() -> QString {
            return m_operation.pointer + QLatin1Char('/') + QString::fromLatin1(key);
        };
    };
    bindText(m_summary, operationKey("summary"), [] { return tr("Change summary"); });
    bindText(m_description, operationKey("description"), [] { return tr("Change description"); });
    bindText(m_operationId, operationKey("operationId"), [] { return tr("Change operationId"); });
    bindText(
        m_scopes, operationKey("x-scopes"), [] { return tr("Change scopes"); }, true);
    connect(m_endpoint, &QLineEdit::editingFinished, this, [this] {
        if (!m_endpoint->isModified())
            return;
        m_endpoint->setModified(false);
        const QString container = m_operation.pointer + QStringLiteral("/x-wso2-production-endpoints");
        const QStringList urls = PageWidgets::splitList(m_endpoint->text());
        emit editRequested(urls.isEmpty() ? DesignEdit::make(DesignEdit::Kind::Remove, container)
                                          : DesignEdit::make(DesignEdit::Kind::SetList,
                                              container + QStringLiteral("/urls"), QString(), urls),
            tr("Change operation endpoint"));
    });
    bindCombo(
        m_tier,
        [this](const QString &tier) {
            return DesignEdit::make(DesignEdit::Kind::SetText,
                m_operation.pointer + QStringLiteral("/x-wso2-throttling-tier"), tier);
        },
        [] { return tr("Change throttling tier"); });
    connect(m_open, &QCheckBox::clicked, this, [this](bool open) {
        emit editRequested(
            DesignEdit::make(DesignEdit::Kind::SetFlag,
                m_operation.pointer + QStringLiteral("/x-wso2-disable-security"), QString(), {}, open),
            open ? tr("Open operation") : tr("Secure operation"));
    });
    bindCombo(
        m_requestBody,
        [this](const QString &schema) {
            return DesignEdit::make(DesignEdit::Kind::SetRequestBodySchema, m_operation.pointer, schema);
        },
        [] { return tr("Change request body"); });
    connect(m_responses, &QLineEdit::editingFinished, this, [this] {
        if (!m_responses->isModified())
            return;
        m_responses->setModified(false);
        emit editRequested(DesignEdit::make(DesignEdit::Kind::SetResponseCodes, m_operation.pointer,
                               QString(), PageWidgets::splitList(m_responses->text())),
            tr("Change responses"));
    });
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        addParameter(m_newParameterName->text().trimmed(), m_newParameterIn->currentText(),
            m_newParameterType->currentText(), false);
        m_newParameterName->clear();
    });
    connect(m_removeParameter, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->currentRow();
        if (row < 0 || row >= m_operation.parameters.size())
            return;
        emit editRequested(DesignEdit::make(DesignEdit::Kind::Remove, m_operation.parameters.at(row).pointer),
            tr("Remove parameter %1").arg(m_operation.parameters.at(row).name));
    });

    auto *newParameter = new QHBoxLayout;
    newParameter->addWidget(m_newParameterName, 1);
    newParameter->addWidget(m_newParameterIn);
    newParameter->addWidget(m_newParameterType);
    newParameter->addWidget(m_addParameter);
    newParameter->addWidget(m_removeParameter);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_summary);
    m_form->addRow(new QLabel(this), m_description);
    m_form->addRow(new QLabel(this), m_operationId);
    m_form->addRow(new QLabel(this), m_tier);
    m_form->addRow(new QLabel(this), m_endpoint);
    m_form->addRow(new QLabel(this), m_open);
    m_form->addRow(new QLabel(this), m_scopes);
    m_form->addRow(new QLabel(this), m_parameters);
    m_form->addRow(new QLabel(this), newParameter);
    m_form->addRow(new QLabel(this), m_requestBody);
    m_form->addRow(new QLabel(this), m_responses);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    retranslate();
    clearOperation();
}

void OperationForm::addParameter(const QString &name, const QString &in, const QString &type, bool required)
{
    emit editRequested(DesignEdit::make(DesignEdit::Kind::AddParameter, m_operation.pointer, QString(),
                           { name, in, type }, required),
        tr("Add parameter %1").arg(name));
}

void OperationForm::setThrottlingTiers(const QStringList &tiers)
{
    setComboItems(m_tier, tiers);
}

void OperationForm::setOperation(const DesignOperation &operation, const QStringList &schemaNames)
{
    if (operation.pointer != m_operation.pointer) {
        for (QLineEdit *edit : { m_summary, m_description, m_operationId, m_endpoint, m_scopes, m_responses })
            edit->setModified(false);
    }
    m_operation = operation;
    setEnabled(true);
    showText(m_summary, operation.summary);
    showText(m_description, operation.description);
    showText(m_operationId, operation.operationId);
    showText(m_endpoint, operation.productionUrl);
    showText(m_scopes, operation.scopes.join(QStringLiteral(", ")));
    showText(m_responses, operation.responseCodes.join(QStringLiteral(", ")));
    setComboText(m_tier, operation.throttlingTier);
    m_open->setChecked(operation.securityDisabled);
    {
        setComboItems(m_requestBody, schemaNames + ApiDesignDocument::jsonSchemaTypes());
        setComboText(m_requestBody, operation.requestBodySchema);
    }
    m_parameters->setRowCount(int(operation.parameters.size()));
    for (int row = 0; row < operation.parameters.size(); ++row) {
        const DesignParameter &parameter = operation.parameters.at(row);
        const QString cells[] = { parameter.name, parameter.in, parameter.type,
            parameter.required ? tr("required") : QString() };
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (parameter.inherited)
                item->setToolTip(tr("Declared on the resource, for all its operations"));
            m_parameters->setItem(row, column, item);
        }
    }
}

void OperationForm::clearOperation()
{
    m_operation = DesignOperation();
    m_parameters->setRowCount(0);
    setEnabled(false);
}

void OperationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    DesignerForm::changeEvent(event);
}

void OperationForm::retranslate()
{
    const QString labels[] = { tr("Summary:"), tr("Description:"), tr("Operation ID:"),
        tr("Throttling tier:"), tr("Endpoint:"), tr("Security:"), tr("Scopes:"), tr("Parameters:"), QString(),
        tr("Request body:"), tr("Responses:") };
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole)) {
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels[row]);
        }
    }
    m_open->setText(tr("Open: no authentication for this operation"));
    m_endpoint->setPlaceholderText(tr("the API's endpoint"));
    m_scopes->setPlaceholderText(tr("e.g. read:orders, write:orders"));
    m_responses->setPlaceholderText(QStringLiteral("200, 404"));
    m_newParameterName->setPlaceholderText(tr("new parameter name"));
    m_addParameter->setText(tr("Add"));
    m_removeParameter->setText(tr("Remove"));
    m_parameters->setHorizontalHeaderLabels({ tr("Name"), tr("In"), tr("Type"), tr("Required") });
}

} // namespace Gatehouse
