#pragma once

#include <QAbstractItemModel>
#include <QIcon>
#include <QSet>

namespace Gatehouse {

class Workspace;

// The workspace tree: six fixed categories (APIs, security schemes, throttle policies, applications,
// security, environments) with the workspace's items below them. A snapshot: call reload() after changes.
class WorkspaceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        None,
        Category,
        Api,
        SecurityScheme,
        ThrottlePolicy,
        Application,
        Environment,
        Security // a category without items: the workspace's security realm
    };
    Q_ENUM(NodeKind)
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1,
        ItemIdRole,
        ChildKindRole,
        RunningRole
    };
    enum Column
    {
        NameColumn,
        DetailColumn,
        ColumnCount
    };

    explicit WorkspaceTreeModel(QObject *parent = nullptr);

    void reload(const Workspace *workspace); // nullptr empties every category
    void setEnvironmentRunning(const QString &name, bool running);
    void retranslate();

    QModelIndex categoryIndex(NodeKind childKind) const;
    QModelIndex findNode(NodeKind kind, const QString &id) const;
    static NodeKind nodeKind(const QModelIndex &index);
    static QString itemId(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString id;
        QString name;
        QString detail;
    };
    struct Category
    {
        NodeKind childKind;
        QList<Item> items;
    };

    QVariant categoryData(const Category &category, int column, int role) const;
    QVariant itemData(const Category &category, const Item &item, int column, int role) const;
    QString categoryName(NodeKind childKind) const;
    QIcon iconFor(NodeKind kind, bool running) const;

    QList<Category> m_categories;
    QSet<QString> m_runningEnvironments;
};

} // namespace Gatehouse
