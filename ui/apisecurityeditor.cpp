#include "apisecurityeditor.h"

#include "pagewidgets.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr int maximumCorsMaxAgeSeconds = 86400 * 7;

bool isHeaderName(const QString &name)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    return token.match(name).hasMatch();
}

bool hasScheme(const ApiSecurity &security, AuthScheme scheme)
{
    return std::find(security.schemes.begin(), security.schemes.end(), scheme) != security.schemes.end();
}

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

} // namespace

ApiSecurityEditor::ApiSecurityEditor(QWidget *parent)
    : QWidget(parent)
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_banner(new MessageBanner(this))
{
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(createSchemesGroup());
    left->addWidget(createHeadersGroup());
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(createCorsGroup(), 1, Qt::AlignTop);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(createOperationsGroup(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_saveButton->setObjectName(QStringLiteral("saveSecurityButton"));
    m_revertButton->setObjectName(QStringLiteral("revertSecurityButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ApiSecurityEditor::save);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_modified)
            save();
    });
    connect(m_revertButton, &QPushButton::clicked, this, &ApiSecurityEditor::revert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);

    retranslate();
    setApi(nullptr, QString());
}

QWidget *ApiSecurityEditor::createSchemesGroup()
{
    m_schemesGroup = new QGroupBox(this);
    m_oauth2Check = new QCheckBox(m_schemesGroup);
    m_oauth2Check->setObjectName(QStringLiteral("oauth2Check"));
    m_apiKeyCheck = new QCheckBox(m_schemesGroup);
    m_apiKeyCheck->setObjectName(QStringLiteral("apiKeyCheck"));
    m_basicCheck = new QCheckBox(m_schemesGroup);
    m_basicCheck->setObjectName(QStringLiteral("basicAuthCheck"));
    m_mutualTlsLabel = new QLabel(m_schemesGroup);
    m_mutualTlsCombo = new QComboBox(m_schemesGroup);
    m_mutualTlsCombo->setObjectName(QStringLiteral("mutualTlsCombo"));
    for (MutualTlsMode mode : { MutualTlsMode::Off, MutualTlsMode::Optional, MutualTlsMode::Mandatory })
        m_mutualTlsCombo->addItem(QString(), mutualTlsModeId(mode));
    m_mutualTlsLabel->setBuddy(m_mutualTlsCombo);
    m_applicationMandatoryCheck = new QCheckBox(m_schemesGroup);
    m_applicationMandatoryCheck->setObjectName(QStringLiteral("applicationMandatoryCheck"));
    m_backendJwtCheck = new QCheckBox(m_schemesGroup);
    m_backendJwtCheck->setObjectName(QStringLiteral("backendJwtCheck"));
    m_openHint = PageWidgets::createHint(m_schemesGroup);
    m_profileBanner = new MessageBanner(m_schemesGroup);
    m_profileBanner->setObjectName(QStringLiteral("profileNotice"));

    auto *schemes = new QHBoxLayout;
    schemes->addWidget(m_oauth2Check);
    schemes->addWidget(m_apiKeyCheck);
    schemes->addWidget(m_basicCheck);
    schemes->addStretch(1);
    auto *mutualTls = new QHBoxLayout;
    mutualTls->addWidget(m_mutualTlsLabel);
    mutualTls->addWidget(m_mutualTlsCombo);
    mutualTls->addStretch(1);
    auto *layout = new QVBoxLayout(m_schemesGroup);
    layout->addLayout(schemes);
    layout->addWidget(m_openHint);
    layout->addLayout(mutualTls);
    layout->addWidget(m_applicationMandatoryCheck);
    layout->addWidget(m_backendJwtCheck);
    layout->addWidget(m_profileBanner);

    for (QCheckBox *check :
        { m_oauth2Check, m_apiKeyCheck, m_basicCheck, m_applicationMandatoryCheck, m_backendJwtCheck })
        connect(check, &QCheckBox::toggled, this, &ApiSecurityEditor::markModified);
    connect(m_mutualTlsCombo, &QComboBox::currentIndexChanged, this, &ApiSecurityEditor::markModified);
    connect(m_basicCheck, &QCheckBox::toggled, this, &ApiSecurityEditor::updateProfileNotice);
    return m_schemesGroup;
}

QWidget *ApiSecurityEditor::createHeadersGroup()
{
    m_headersGroup = new QGroupBox(this);
    m_authorizationHeaderLabel = new QLabel(m_headersGroup);
    m_authorizationHeaderEdit = new QLineEdit(m_headersGroup);
    m_authorizationHeaderEdit->setObjectName(QStringLiteral("authorizationHeaderEdit"));
    m_apiKeyHeaderLabel = new QLabel(m_headersGroup);
    m_apiKeyHeaderEdit = new QLineEdit(m_headersGroup);
    m_apiKeyHeaderEdit->setObjectName(QStringLiteral("apiKeyHeaderEdit"));
    m_apiKeyQueryLabel = new QLabel(m_headersGroup);
    m_apiKeyQueryEdit = new QLineEdit(m_headersGroup);
    m_apiKeyQueryEdit->setObjectName(QStringLiteral("apiKeyQueryEdit"));
    m_forwardAuthorizationCheck = new QCheckBox(m_headersGroup);
    m_forwardAuthorizationCheck->setObjectName(QStringLiteral("forwardAuthorizationCheck"));
    m_forwardCertificateCheck = new QCheckBox(m_headersGroup);
    m_forwardCertificateCheck->setObjectName(QStringLiteral("forwardCertificateCheck"));

    auto *form = new QFormLayout(m_headersGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_authorizationHeaderLabel->setBuddy(m_authorizationHeaderEdit);
    m_apiKeyHeaderLabel->setBuddy(m_apiKeyHeaderEdit);
    m_apiKeyQueryLabel->setBuddy(m_apiKeyQueryEdit);
    form->addRow(m_authorizationHeaderLabel, m_authorizationHeaderEdit);
    form->addRow(m_apiKeyHeaderLabel, m_apiKeyHeaderEdit);
    form->addRow(m_apiKeyQueryLabel, m_apiKeyQueryEdit);
    form->addRow(m_forwardAuthorizationCheck);
    form->addRow(m_forwardCertificateCheck);
    for (QLineEdit *edit : { m_authorizationHeaderEdit, m_apiKeyHeaderEdit, m_apiKeyQueryEdit })
        connect(edit, &QLineEdit::textEdited, this, &ApiSecurityEditor::markModified);
    for (QCheckBox *check : { m_forwardAuthorizationCheck, m_forwardCertificateCheck })
        connect(check, &QCheckBox::toggled, this, &ApiSecurityEditor::markModified);
    return m_headersGroup;
}

QWidget *ApiSecurityEditor::createCorsGroup()
{
    m_corsGroup = new QGroupBox(this);
    m_corsGroup->setObjectName(QStringLiteral("corsGroup"));
    m_corsGroup->setCheckable(true);
    m_originsLabel = new QLabel(m_corsGroup);
    m_originsEdit = new QLineEdit(m_corsGroup);
    m_originsEdit->setObjectName(QStringLiteral("corsOriginsEdit"));
    m_methodsLabel = new QLabel(m_corsGroup);
    m_methodsEdit = new QLineEdit(m_corsGroup);
    m_methodsEdit->setObjectName(QStringLiteral("corsMethodsEdit"));
    m_headersLabel = new QLabel(m_corsGroup);
    m_corsHeadersEdit = new QLineEdit(m_corsGroup);
    m_corsHeadersEdit->setObjectName(QStringLiteral("corsHeadersEdit"));
    m_exposeLabel = new QLabel(m_corsGroup);
    m_exposeHeadersEdit = new QLineEdit(m_corsGroup);
    m_exposeHeadersEdit->setObjectName(QStringLiteral("corsExposeHeadersEdit"));
    m_credentialsCheck = new QCheckBox(m_corsGroup);
    m_credentialsCheck->setObjectName(QStringLiteral("corsCredentialsCheck"));
    m_maxAgeLabel = new QLabel(m_corsGroup);
    m_maxAgeSpin = new QSpinBox(m_corsGroup);
    m_maxAgeSpin->setObjectName(QStringLiteral("corsMaxAgeSpin"));
    m_maxAgeSpin->setRange(0, maximumCorsMaxAgeSeconds);

    auto *form = new QFormLayout(m_corsGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_originsLabel, m_originsEdit);
    form->addRow(m_methodsLabel, m_methodsEdit);
    form->addRow(m_headersLabel, m_corsHeadersEdit);
    form->addRow(m_exposeLabel, m_exposeHeadersEdit);
    form->addRow(m_maxAgeLabel, m_maxAgeSpin);
    form->addRow(m_credentialsCheck);
    connect(m_corsGroup, &QGroupBox::toggled, this, &ApiSecurityEditor::markModified);
    for (QLineEdit *edit : { m_originsEdit, m_methodsEdit, m_corsHeadersEdit, m_exposeHeadersEdit })
        connect(edit, &QLineEdit::textEdited, this, &ApiSecurityEditor::markModified);
    connect(m_credentialsCheck, &QCheckBox::toggled, this, &ApiSecurityEditor::markModified);
    connect(m_maxAgeSpin, &QSpinBox::valueChanged, this, &ApiSecurityEditor::markModified);
    return m_corsGroup;
}

QWidget *ApiSecurityEditor::createOperationsGroup()
{
    m_operationsGroup = new QGroupBox(this);
    m_operationTable = PageWidgets::createTable(m_operationsGroup, OperationColumnCount);
    m_operationTable->setObjectName(QStringLiteral("operationTable"));
    m_operationTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_operationTable->setMinimumHeight(m_operationTable->verticalHeader()->defaultSectionSize() * 6);
    connect(m_operationTable, &QTableWidget::itemChanged, this, &ApiSecurityEditor::markModified);
    auto *layout = new QVBoxLayout(m_operationsGroup);
    layout->addWidget(m_operationTable, 1);
    return m_operationsGroup;
}

void ApiSecurityEditor::setApi(Workspace *workspace, const QString &apiId)
{
    const bool sameApi = workspace == m_workspace && apiId == m_apiId && !apiId.isEmpty();
    m_workspace = workspace;
    if (sameApi && m_modified) {
        updateProfileNotice();
        return;
    }
    m_apiId = apiId;
    m_banner->clearMessage();
    const std::optional<ApiRecord> record
        = workspace && !apiId.isEmpty() ? workspace->api(apiId) : std::optional<ApiRecord>();
    load(record.value_or(ApiRecord()));
    setEnabled(record.has_value());
}

void ApiSecurityEditor::load(const ApiRecord &record)
{
    m_loading = true;
    const ApiSecurity &security = record.definition.security;
    m_oauth2Check->setChecked(hasScheme(security, AuthScheme::OAuth2));
    m_apiKeyCheck->setChecked(hasScheme(security, AuthScheme::ApiKey));
    m_basicCheck->setChecked(hasScheme(security, AuthScheme::BasicAuth));
    m_mutualTlsCombo->setCurrentIndex(m_mutualTlsCombo->findData(mutualTlsModeId(security.mutualTls)));
    m_applicationMandatoryCheck->setChecked(security.applicationSecurityMandatory);
    m_backendJwtCheck->setChecked(security.sendBackendJwt);
    m_authorizationHeaderEdit->setText(QString::fromLatin1(security.authorizationHeader));
    m_apiKeyHeaderEdit->setText(QString::fromLatin1(security.apiKeyHeader));
    m_apiKeyQueryEdit->setText(QString::fromLatin1(security.apiKeyQueryParameter));
    m_forwardAuthorizationCheck->setChecked(security.forwardAuthorizationHeader);
    m_forwardCertificateCheck->setChecked(security.forwardClientCertificate);

    const CorsConfig cors = security.cors.value_or(CorsConfig());
    m_corsGroup->setChecked(security.cors.has_value());
    m_originsEdit->setText(joined(cors.allowOrigins));
    m_methodsEdit->setText(joined(cors.allowMethods));
    m_corsHeadersEdit->setText(joined(cors.allowHeaders));
    m_exposeHeadersEdit->setText(joined(cors.exposeHeaders));
    m_credentialsCheck->setChecked(cors.allowCredentials);
    m_maxAgeSpin->setValue(cors.maxAgeSeconds);

    m_operationTable->setRowCount(0);
    for (const ResourceConfig &resource : record.definition.resources) {
        for (const OperationConfig &operation : resource.operations) {
            const int row = m_operationTable->rowCount();
            m_operationTable->insertRow(row);
            m_operationTable->setItem(row, ResourceColumn, PageWidgets::readOnlyItem(resource.pathTemplate));
            m_operationTable->setItem(
                row, MethodColumn, PageWidgets::readOnlyItem(QString::fromLatin1(operation.method)));
            auto *open = new QTableWidgetItem;
            open->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            open->setCheckState(operation.security.disabled ? Qt::Checked : Qt::Unchecked);
            m_operationTable->setItem(row, OpenColumn, open);
            auto *scopes = new QTableWidgetItem(operation.security.scopes.join(QLatin1Char(' ')));
            scopes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            m_operationTable->setItem(row, ScopesColumn, scopes);
        }
    }
    m_loading = false;
    m_modified = false;
    updateDependentControls();
    updateProfileNotice();
}

ApiSecurity ApiSecurityEditor::security() const
{
    ApiSecurity security;
    if (m_oauth2Check->isChecked())
        security.schemes.push_back(AuthScheme::OAuth2);
    if (m_apiKeyCheck->isChecked())
        security.schemes.push_back(AuthScheme::ApiKey);
    if (m_basicCheck->isChecked())
        security.schemes.push_back(AuthScheme::BasicAuth);
    security.mutualTls
        = mutualTlsModeFromId(m_mutualTlsCombo->currentData().toString()).value_or(MutualTlsMode::Off);
    security.applicationSecurityMandatory = m_applicationMandatoryCheck->isChecked();
    security.sendBackendJwt = m_backendJwtCheck->isChecked();
    security.authorizationHeader = m_authorizationHeaderEdit->text().trimmed().toLatin1();
    security.apiKeyHeader = m_apiKeyHeaderEdit->text().trimmed().toLatin1();
    security.apiKeyQueryParameter = m_apiKeyQueryEdit->text().trimmed().toLatin1();
    security.forwardAuthorizationHeader = m_forwardAuthorizationCheck->isChecked();
    security.forwardClientCertificate = m_forwardCertificateCheck->isChecked();
    if (m_corsGroup->isChecked()) {
        CorsConfig cors;
        cors.allowOrigins = PageWidgets::splitList(m_originsEdit->text());
        cors.allowMethods = PageWidgets::splitList(m_methodsEdit->text().toUpper());
        cors.allowHeaders = PageWidgets::splitList(m_corsHeadersEdit->text());
        cors.exposeHeaders = PageWidgets::splitList(m_exposeHeadersEdit->text());
        cors.allowCredentials = m_credentialsCheck->isChecked();
        cors.maxAgeSeconds = m_maxAgeSpin->value();
        security.cors = cors;
    }
    return security;
}

void ApiSecurityEditor::setSchemeEnabled(AuthScheme scheme, bool enabled)
{
    switch (scheme) {
    case AuthScheme::OAuth2:
        m_oauth2Check->setChecked(enabled);
        break;
    case AuthScheme::ApiKey:
        m_apiKeyCheck->setChecked(enabled);
        break;
    case AuthScheme::BasicAuth:
        m_basicCheck->setChecked(enabled);
        break;
    }
}

int ApiSecurityEditor::operationRow(const QString &pathTemplate, const QByteArray &method) const
{
    for (int row = 0; row < m_operationTable->rowCount(); ++row) {
        if (m_operationTable->item(row, ResourceColumn)->text() == pathTemplate
            && m_operationTable->item(row, MethodColumn)->text() == QLatin1String(method))
            return row;
    }
    return -1;
}

void ApiSecurityEditor::setOperationOpen(int row, bool open)
{
    if (QTableWidgetItem *item = m_operationTable->item(row, OpenColumn))
        item->setCheckState(open ? Qt::Checked : Qt::Unchecked);
}

void ApiSecurityEditor::setOperationScopes(int row, const QString &scopes)
{
    if (QTableWidgetItem *item = m_operationTable->item(row, ScopesColumn))
        item->setText(scopes);
}

QString ApiSecurityEditor::validationError() const
{
    const ApiSecurity wanted = security();
    if (!isHeaderName(QString::fromLatin1(wanted.authorizationHeader)))
        return tr("The authorization header needs a valid HTTP header name, e.g. Authorization.");
    if (hasScheme(wanted, AuthScheme::ApiKey) && !isHeaderName(QString::fromLatin1(wanted.apiKeyHeader)))
        return tr("The API key header needs a valid HTTP header name, e.g. apikey.");
    if (!wanted.apiKeyQueryParameter.isEmpty()
        && !isHeaderName(QString::fromLatin1(wanted.apiKeyQueryParameter)))
        return tr("The API key query parameter may hold letters, digits and - _ . ~ only (or stay empty).");
    if (wanted.cors) {
        if (wanted.cors->allowOrigins.isEmpty())
            return tr("CORS needs at least one allowed origin (* for any).");
        for (const QString &origin : wanted.cors->allowOrigins) {
            if (origin != QLatin1String("*") && !origin.startsWith(QLatin1String("http://"))
                && !origin.startsWith(QLatin1String("https://")))
                return tr("The CORS origin %1 must be * or start with http:// or https://.").arg(origin);
        }
        if (wanted.cors->allowOrigins.contains(QStringLiteral("*")) && wanted.cors->allowCredentials)
            return tr("Browsers refuse credentials with the origin *: list the allowed origins instead.");
        for (const QStringList *names :
            { &wanted.cors->allowMethods, &wanted.cors->allowHeaders, &wanted.cors->exposeHeaders }) {
            for (const QString &name : *names) {
                if (!isHeaderName(name))
                    return tr("%1 is not a valid HTTP method or header name.").arg(name);
            }
        }
    }
    for (int row = 0; row < m_operationTable->rowCount(); ++row) {
        const QStringList scopes = m_operationTable->item(row, ScopesColumn)
                                       ->text()
                                       .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &scope : scopes) {
            if (scope.contains(QLatin1Char('"')) || scope.contains(QLatin1Char('\\')))
                return tr("The scope %1 of %2 %3 contains a quote or backslash.")
                    .arg(scope, m_operationTable->item(row, MethodColumn)->text(),
                        m_operationTable->item(row, ResourceColumn)->text());
        }
    }
    return QString();
}

QString ApiSecurityEditor::profileNotice() const
{
    if (!m_basicCheck->isChecked() || !m_workspace)
        return QString();
    QStringList choreoConnect;
    const QList<EnvironmentSettings> environments = m_workspace->environments();
    for (const EnvironmentSettings &environment : environments) {
        if (environment.profile == GatewayProfile::ChoreoConnect)
            choreoConnect.append(environment.name);
    }
    QString notice = tr("Choreo Connect has no built-in Basic Auth; a custom filter can be developed. "
                        "Gatehouse refuses to deploy this API to Choreo Connect environments while Basic "
                        "Auth is on; API Gateway environments support it.");
    if (!choreoConnect.isEmpty())
        notice += QLatin1Char(' ')
            + tr("Choreo Connect environments here: %1.").arg(choreoConnect.join(QStringLiteral(", ")));
    return notice;
}

void ApiSecurityEditor::updateProfileNotice()
{
    const QString notice = profileNotice();
    if (notice.isEmpty())
        m_profileBanner->clearMessage();
    else
        m_profileBanner->showMessage(MessageBanner::Kind::Warning, notice);
}

void ApiSecurityEditor::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    m_banner->clearMessage();
    updateDependentControls();
}

void ApiSecurityEditor::updateDependentControls()
{
    const bool anyScheme
        = m_oauth2Check->isChecked() || m_apiKeyCheck->isChecked() || m_basicCheck->isChecked();
    const bool mutualTls = m_mutualTlsCombo->currentData().toString() != mutualTlsModeId(MutualTlsMode::Off);
    m_openHint->setVisible(!anyScheme && !mutualTls);
    m_applicationMandatoryCheck->setEnabled(anyScheme && mutualTls);
    m_apiKeyHeaderEdit->setEnabled(m_apiKeyCheck->isChecked());
    m_apiKeyQueryEdit->setEnabled(m_apiKeyCheck->isChecked());
    m_forwardCertificateCheck->setEnabled(mutualTls);
    m_saveButton->setEnabled(m_modified);
    m_revertButton->setEnabled(m_modified);
}

bool ApiSecurityEditor::save()
{
    if (!m_workspace || m_apiId.isEmpty())
        return false;
    const QString invalid = validationError();
    if (!invalid.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Error, invalid);
        return false;
    }
    std::optional<ApiRecord> record = m_workspace->api(m_apiId);
    if (!record) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The API is no longer in the workspace: %1").arg(m_workspace->lastError()));
        return false;
    }
    record->definition.security = security();
    for (ResourceConfig &resource : record->definition.resources) {
        for (OperationConfig &operation : resource.operations) {
            const int row = operationRow(resource.pathTemplate, operation.method);
            if (row < 0)
                continue; // added elsewhere since loading: left as it is
            operation.security.disabled
                = m_operationTable->item(row, OpenColumn)->checkState() == Qt::Checked;
            operation.security.scopes
                = m_operationTable->item(row, ScopesColumn)
                      ->text()
                      .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        }
    }
    if (!m_workspace->updateApi(*record)) {
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("The security settings were not saved: %1").arg(m_workspace->lastError()));
        return false; // the edits stay on screen
    }
    m_modified = false;
    updateDependentControls();
    const QString message
        = tr("Saved the security of %1. Deploy a new revision to apply it to an environment.")
              .arg(record->definition.name);
    m_banner->showMessage(MessageBanner::Kind::Info, message);
    emit saved(message);
    return true;
}

void ApiSecurityEditor::revert()
{
    m_modified = false;
    setApi(m_workspace, m_apiId);
}

void ApiSecurityEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApiSecurityEditor::retranslate()
{
    m_schemesGroup->setTitle(tr("Application security"));
    m_oauth2Check->setText(tr("OAuth2"));
    m_oauth2Check->setToolTip(tr("Bearer access tokens (JWT) from the built-in or an external key manager"));
    m_apiKeyCheck->setText(tr("API key"));
    m_basicCheck->setText(tr("Basic Auth"));
    m_basicCheck->setToolTip(tr("The workspace's Basic Auth users (API Gateway profile only)"));
    m_openHint->setText(tr("No scheme ticked: the API is open to anyone."));
    m_mutualTlsLabel->setText(tr("&Mutual SSL:"));
    m_mutualTlsCombo->setItemText(0, tr("Off"));
    m_mutualTlsCombo->setItemText(1, tr("Optional"));
    m_mutualTlsCombo->setItemText(2, tr("Mandatory"));
    m_applicationMandatoryCheck->setText(tr("Application security mandatory"));
    m_applicationMandatoryCheck->setToolTip(
        tr("With Mutual SSL on: a request needs a valid credential as well as the client certificate"));
    m_backendJwtCheck->setText(tr("Send a backend &JWT"));
    m_backendJwtCheck->setToolTip(tr("Signed claims about the caller, for the backend (X-JWT-Assertion)"));
    m_headersGroup->setTitle(tr("Where credentials are read"));
    m_authorizationHeaderLabel->setText(tr("Authori&zation header:"));
    m_apiKeyHeaderLabel->setText(tr("API key &header:"));
    m_apiKeyQueryLabel->setText(tr("API key &query parameter:"));
    m_apiKeyQueryEdit->setPlaceholderText(tr("empty: not accepted in the query"));
    m_forwardAuthorizationCheck->setText(tr("Pass the credential header on to the backend"));
    m_forwardCertificateCheck->setText(tr("Pass the client certificate on to the backend"));
    m_corsGroup->setTitle(tr("&CORS"));
    m_originsLabel->setText(tr("Allowed origins:"));
    m_methodsLabel->setText(tr("Allowed methods:"));
    m_headersLabel->setText(tr("Allowed headers:"));
    m_exposeLabel->setText(tr("Exposed headers:"));
    m_maxAgeLabel->setText(tr("Max age:"));
    m_maxAgeSpin->setSuffix(tr(" s"));
    m_maxAgeSpin->setSpecialValueText(tr("not sent"));
    m_credentialsCheck->setText(tr("Allow credentials"));
    m_operationsGroup->setTitle(tr("Operations"));
    m_operationTable->setHorizontalHeaderLabels(
        { tr("Resource"), tr("Method"), tr("Open (no security)"), tr("Scopes (space-separated, any one)") });
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the security settings in the workspace (Ctrl+S)"));
    m_revertButton->setText(tr("Re&vert"));
    updateProfileNotice();
}

} // namespace Gatehouse
