#include "apioverviewpage.h"

#include "apiresourcemodel.h"
#include "apisecurityeditor.h"
#include "designerpage.h"
#include "workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse {

ApiOverviewPage::ApiOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_resourceModel(new ApiResourceModel(this))
    , m_nameLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_resourcesHeading(new QLabel(this))
    , m_legendLabel(new QLabel(this))
    , m_resourceView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_securityEditor(new ApiSecurityEditor(m_tabs))
    , m_designerStack(new QStackedWidget(m_tabs))
{
    QFont headingFont = m_nameLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_nameLabel->setFont(headingFont);
    m_nameLabel->setObjectName(QStringLiteral("nameValue"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setObjectName(QStringLiteral("descriptionValue"));

    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_contextValue = addField(m_form, QStringLiteral("contextValue"));
    m_versionValue = addField(m_form, QStringLiteral("versionValue"));
    m_typeValue = addField(m_form, QStringLiteral("typeValue"));
    m_implementationValue = addField(m_form, QStringLiteral("implementationValue"));
    m_productionValue = addField(m_form, QStringLiteral("productionValue"));
    m_sandboxValue = addField(m_form, QStringLiteral("sandboxValue"));
    m_deploymentsValue = addField(m_form, QStringLiteral("deploymentsValue"));

    QFont sectionFont = m_resourcesHeading->font();
    sectionFont.setBold(true);
    m_resourcesHeading->setFont(sectionFont);
    m_legendLabel->setWordWrap(true);
    m_legendLabel->setStyleSheet(QStringLiteral("color:#1c5fb8;"));

    m_resourceView->setObjectName(QStringLiteral("resourceView"));
    m_resourceView->setModel(m_resourceModel);
    m_resourceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resourceView->setAlternatingRowColors(true);
    m_resourceView->setWordWrap(false);
    m_resourceView->verticalHeader()->hide();
    m_resourceView->verticalHeader()->setDefaultSectionSize(m_resourceView->fontMetrics().height() + 10);
    m_resourceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resourceView->horizontalHeader()->setStretchLastSection(true);

    auto *overview = new QWidget(m_tabs);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addLayout(m_form);
    overviewLayout->addSpacing(10);
    overviewLayout->addWidget(m_resourcesHeading);
    overviewLayout->addWidget(m_resourceView, 1);
    overviewLayout->addWidget(m_legendLabel);
    m_tabs->setObjectName(QStringLiteral("apiTabs"));
    m_tabs->addTab(overview, QIcon(QStringLiteral(":/icons/api.svg")), QString());
    m_tabs->addTab(m_designerStack, QIcon(QStringLiteral(":/icons/api.svg")), QString());
    m_tabs->addTab(m_securityEditor, QIcon(QStringLiteral(":/icons/security.svg")), QString());
    m_designerStack->setObjectName(QStringLiteral("designerStack"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ApiOverviewPage::designerShown);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);

    retranslate();
    clear();
}

QLabel *ApiOverviewPage::addField(QFormLayout *form, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(this);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    form->addRow(label, value);
    return value;
}

QString ApiOverviewPage::fieldText(const QString &fieldObjectName) const
{
    const auto *label = findChild<QLabel *>(fieldObjectName);
    return label ? label->text() : QString();
}

void ApiOverviewPage::showSecurityTab()
{
    m_tabs->setCurrentWidget(m_securityEditor);
}

void ApiOverviewPage::showDesignTab()
{
    m_tabs->setCurrentWidget(m_designerStack);
}

bool ApiOverviewPage::isDesignTabShown() const
{
    return m_tabs->currentWidget() == m_designerStack && designer();
}

DesignerPage *ApiOverviewPage::designer() const
{
    return m_designers.value(m_apiId);
}

QList<DesignerPage *> ApiOverviewPage::designers() const
{
    return m_designers.values();
}

void ApiOverviewPage::closeDesigners()
{
    for (DesignerPage *page : std::as_const(m_designers))
        delete page;
    m_designers.clear();
    m_designerWorkspace = nullptr;
}

bool ApiOverviewPage::showApi(Workspace *workspace, const QString &apiId)
{
    const std::optional<ApiRecord> record = workspace ? workspace->api(apiId) : std::nullopt;
    if (!record) {
        clear();
        return false;
    }
    m_securityEditor->setApi(workspace, apiId);
    m_apiId = apiId;
    if (workspace != m_designerWorkspace) {
        closeDesigners();
        m_designerWorkspace = workspace;
    }
    DesignerPage *designer = m_designers.value(apiId);
    if (!designer) {
        designer = new DesignerPage(m_designerStack);
        designer->setObjectName(QStringLiteral("designer"));
        m_designerStack->addWidget(designer);
        m_designers.insert(apiId, designer);
        connect(designer, &DesignerPage::saved, this, &ApiOverviewPage::apiSaved);
        designer->openApi(workspace, apiId);
        emit designerCreated(designer);
    } else if (!designer->isModified() && !record->sourceDocument.isEmpty()
        && designer->sourceText() != QString::fromUtf8(record->sourceDocument)) {
        designer->openApi(workspace, apiId); // changed elsewhere (gatehousectl, another window)
    }
    m_designerStack->setCurrentWidget(designer);
    emit designerShown();
    const ApiConfig &api = record->definition;
    m_nameLabel->setText(api.name);
    m_descriptionLabel->setText(record->description);
    m_descriptionLabel->setVisible(!record->description.isEmpty());
    m_contextValue->setText(
        api.isDefaultVersion ? tr("%1 (also the default version)").arg(api.context) : api.context);
    m_versionValue->setText(api.version);
    m_typeValue->setText(api.type);
    m_implementationValue->setText(record->implementationType == QLatin1String("MOCKED_OAS")
            ? tr("Mocked from the OpenAPI examples")
            : tr("Backend endpoints"));
    const bool hasProduction
        = api.productionEndpoints.type == EndpointGroupType::Mock || !api.productionEndpoints.targets.empty();
    m_productionValue->setText(
        hasProduction ? ApiResourceModel::describeEndpoints(api.productionEndpoints) : tr("(none)"));
    m_sandboxValue->setText(
        api.sandboxEndpoints ? ApiResourceModel::describeEndpoints(*api.sandboxEndpoints) : tr("(none)"));
    QStringList deployedTo;
    const QList<DeploymentRecord> deployments = workspace->deployments();
    for (const DeploymentRecord &deployment : deployments) {
        if (deployment.apiId == apiId)
            deployedTo.append(
                tr("%1 (revision %2)").arg(deployment.environment, QString::number(deployment.revision)));
    }
    m_deploymentsValue->setText(
        deployedTo.isEmpty() ? tr("not deployed") : deployedTo.join(QStringLiteral(", ")));
    m_resourceModel->setApi(api);
    return true;
}

void ApiOverviewPage::clear()
{
    m_apiId.clear();
    m_nameLabel->setText(tr("No API selected"));
    m_descriptionLabel->clear();
    m_descriptionLabel->hide();
    for (QLabel *value : { m_contextValue, m_versionValue, m_typeValue, m_implementationValue,
             m_productionValue, m_sandboxValue, m_deploymentsValue })
        value->clear();
    m_resourceModel->clear();
    m_securityEditor->setApi(nullptr, QString());
}

void ApiOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApiOverviewPage::retranslate()
{
    const QList<QPair<QLabel *, QString>> labels = {
        { m_contextValue, tr("Context:") },
        { m_versionValue, tr("Version:") },
        { m_typeValue, tr("Type:") },
        { m_implementationValue, tr("Implementation:") },
        { m_productionValue, tr("Production endpoints:") },
        { m_sandboxValue, tr("Sandbox endpoints:") },
        { m_deploymentsValue, tr("Deployed to:") },
    };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    }
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Design"));
    m_tabs->setTabText(2, tr("Security"));
    m_resourcesHeading->setText(tr("Resources and effective endpoints"));
    m_legendLabel->setText(
        tr("Endpoints in italics come from a per-resource or per-operation override "
           "(Choreo Connect's x-wso2-production-endpoints); the others are the API's own."));
    m_resourceModel->retranslate();
}

} // namespace Gatehouse
