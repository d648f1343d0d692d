#include "categorypage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Gatehouse {

CategoryPage::CategoryPage(WorkspaceTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QTreeView(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_description->setWordWrap(true);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color:palette(mid);font-style:italic;"));

    m_view->setObjectName(QStringLiteral("categoryView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::activated, this, &CategoryPage::itemActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategoryPage::applyRoot);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CategoryPage::applyRoot);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    retranslate();
}

void CategoryPage::showCategory(WorkspaceTreeModel::NodeKind childKind)
{
    m_category = childKind;
    applyRoot();
    retranslate();
}

void CategoryPage::applyRoot()
{
    const QModelIndex root = m_model->categoryIndex(m_category);
    m_view->setRootIndex(root);
    m_emptyLabel->setVisible(m_model->rowCount(root) == 0);
}

void CategoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CategoryPage::retranslate()
{
    using NodeKind = WorkspaceTreeModel::NodeKind;
    m_heading->setText(m_model->categoryIndex(m_category).data().toString());
    switch (m_category) {
    case NodeKind::Api:
        m_description->setText(
            tr("The APIs of this workspace. Open one to see its resources, methods and the "
               "endpoints each of them uses."));
        break;
    case NodeKind::SecurityScheme:
        m_description->setText(
            tr("Security schemes (OAuth2, API keys, Basic authentication, mutual TLS) that "
               "APIs can require."));
        break;
    case NodeKind::ThrottlePolicy:
        m_description->setText(tr("Rate-limiting policies for APIs, resources and subscriptions."));
        break;
    case NodeKind::Application:
        m_description->setText(tr("Applications that consume the APIs, with their keys and subscriptions."));
        break;
    case NodeKind::Environment:
        m_description->setText(tr("Gateway environments that serve the deployed APIs."));
        break;
    case NodeKind::None:
    case NodeKind::Category:
    case NodeKind::Security:
        m_description->clear();
        break;
    }
    m_emptyLabel->setText(tr("This workspace has none yet."));
}

} // namespace Gatehouse
