#pragma once

#include "workspacetreemodel.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Gatehouse {

// Lists the items of one workspace category (APIs, security schemes, ...) with their details.
class CategoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryPage(WorkspaceTreeModel *model, QWidget *parent = nullptr);

    void showCategory(WorkspaceTreeModel::NodeKind childKind);
    WorkspaceTreeModel::NodeKind category() const { return m_category; }
    QTreeView *view() const { return m_view; }

signals:
    void itemActivated(const QModelIndex &treeIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyRoot();

    WorkspaceTreeModel *m_model;
    WorkspaceTreeModel::NodeKind m_category = WorkspaceTreeModel::NodeKind::Api;
    QLabel *m_heading;
    QLabel *m_description;
    QLabel *m_emptyLabel;
    QTreeView *m_view;
};

} // namespace Gatehouse
