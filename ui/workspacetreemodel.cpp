#include "workspacetreemodel.h"

#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

// Category rows carry this internal id; item rows carry their category row + 1.
constexpr quintptr categoryInternalId = 0;

QString documentSummary(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (const char *key : { "type", "description", "tier" }) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

} // namespace

WorkspaceTreeModel::WorkspaceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    for (NodeKind kind : { NodeKind::Api, NodeKind::SecurityScheme, NodeKind::ThrottlePolicy,
             NodeKind::Application, NodeKind::Security, NodeKind::Environment })
        m_categories.append({ kind, {} });
}

void WorkspaceTreeModel::reload(const Workspace *workspace)
{
    beginResetModel();
    for (Category &category : m_categories)
        category.items.clear();
    if (workspace) {
        for (Category &category : m_categories) {
            switch (category.childKind) {
            case NodeKind::Api: {
                const QList<ApiRecord> apis = workspace->apis();
                for (const ApiRecord &api : apis) {
                    const ApiConfig &definition = api.definition;
                    category.items.append({ definition.id,
                        tr("%1 %2", "API name and version").arg(definition.name, definition.version),
                        tr("%1 · %2", "API context · type").arg(definition.context, definition.type) });
                }
                break;
            }
            case NodeKind::Environment: {
                const QList<EnvironmentSettings> environments = workspace->environments();
                for (const EnvironmentSettings &environment : environments) {
                    category.items.append({ environment.name, environment.name,
                        tr("%1 · %2", "profile · mode")
                            .arg(profileDisplayName(environment.profile),
                                environment.mode == EnvironmentMode::Mutable ? tr("mutable")
                                                                             : tr("immutable")) });
                }
                break;
            }
            case NodeKind::Application: {
                const QList<ApplicationRecord> applications = workspace->applications();
                for (const ApplicationRecord &record : applications) {
                    const ApplicationConfig &application = record.application;
                    category.items.append({ application.id, application.name,
                        tr("%1 · %n subscription(s)", "tier · subscriptions",
                            int(application.subscriptions.size()))
                            .arg(application.tier) });
                }
                break;
            }
            case NodeKind::ThrottlePolicy: {
                for (const ThrottlePolicy &policy : workspace->throttlePolicies()) {
                    category.items.append({ throttlePolicyId(policy.level, policy.name), policy.name,
                        throttlePolicyLevelId(policy.level) });
                }
                break;
            }
            case NodeKind::SecurityScheme: {
                const QList<NamedDocument> documents
                    = workspace->documents(QStringLiteral("security_scheme"));
                for (const NamedDocument &document : documents)
                    category.items.append({ document.name, document.name, documentSummary(document.json) });
                break;
            }
            case NodeKind::None:
            case NodeKind::Category:
            case NodeKind::Security:
                break;
            }
        }
    }
    endResetModel();
}

void WorkspaceTreeModel::setEnvironmentRunning(const QString &name, bool running)
{
    if (running == m_runningEnvironments.contains(name))
        return;
    if (running)
        m_runningEnvironments.insert(name);
    else
        m_runningEnvironments.remove(name);
    const QModelIndex node = findNode(NodeKind::Environment, name);
    if (node.isValid())
        emit dataChanged(node, node.siblingAtColumn(DetailColumn));
}

void WorkspaceTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(int(m_categories.size()) - 1, ColumnCount - 1));
    for (int row = 0; row < m_categories.size(); ++row) {
        const QModelIndex category = index(row, 0);
        const int children = rowCount(category);
        if (children > 0)
            emit dataChanged(index(0, 0, category), index(children - 1, ColumnCount - 1, category));
    }
}

QModelIndex WorkspaceTreeModel::categoryIndex(NodeKind childKind) const
{
    for (int row = 0; row < m_categories.size(); ++row) {
        if (m_categories.at(row).childKind == childKind)
            return index(row, 0);
    }
    return QModelIndex();
}

QModelIndex WorkspaceTreeModel::findNode(NodeKind kind, const QString &id) const
{
    if (kind == NodeKind::Category)
        return QModelIndex();
    const QModelIndex category = categoryIndex(kind);
    if (!category.isValid())
        return QModelIndex();
    const QList<Item> &items = m_categories.at(category.row()).items;
    for (int row = 0; row < items.size(); ++row) {
        if (items.at(row).id == id)
            return index(row, 0, category);
    }
    return QModelIndex();
}

WorkspaceTreeModel::NodeKind WorkspaceTreeModel::nodeKind(const QModelIndex &index)
{
    return index.isValid() ? index.data(NodeKindRole).value<NodeKind>() : NodeKind::None;
}

QString WorkspaceTreeModel::itemId(const QModelIndex &index)
{
    return index.data(ItemIdRole).toString();
}

QModelIndex WorkspaceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_categories.size() ? createIndex(row, column, categoryInternalId) : QModelIndex();
    if (parent.internalId() != categoryInternalId || parent.column() != 0)
        return QModelIndex();
    if (row >= m_categories.at(parent.row()).items.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex WorkspaceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == categoryInternalId)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, categoryInternalId);
}

int WorkspaceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_categories.size());
    if (parent.internalId() != categoryInternalId || parent.column() != 0)
        return 0;
    return int(m_categories.at(parent.row()).items.size());
}

int WorkspaceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WorkspaceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == categoryInternalId)
        return categoryData(m_categories.at(index.row()), index.column(), role);
    const Category &category = m_categories.at(int(index.internalId() - 1));
    return itemData(category, category.items.at(index.row()), index.column(), role);
}

QVariant WorkspaceTreeModel::categoryData(const Category &category, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return categoryName(category.childKind);
        if (category.childKind == NodeKind::Security)
            return tr("key managers, users, trust store, revoked tokens");
        return tr("%n item(s)", nullptr, int(category.items.size()));
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(iconFor(category.childKind, false)) : QVariant();
    case NodeKindRole:
        return QVariant::fromValue(NodeKind::Category);
    case ChildKindRole:
        return QVariant::fromValue(category.childKind);
    default:
        return QVariant();
    }
}

QVariant WorkspaceTreeModel::itemData(const Category &category, const Item &item, int column, int role) const
{
    const bool running
        = category.childKind == NodeKind::Environment && m_runningEnvironments.contains(item.id);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return item.name;
        if (running)
            return tr("%1 · running", "environment details · state").arg(item.detail);
        return item.detail;
    case Qt::ToolTipRole:
        return item.detail.isEmpty() ? item.name
                                     : tr("%1\n%2", "name newline details").arg(item.name, item.detail);
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(iconFor(category.childKind, running)) : QVariant();
    case NodeKindRole:
        return QVariant::fromValue(category.childKind);
    case ItemIdRole:
        return item.id;
    case RunningRole:
        return running;
    default:
        return QVariant();
    }
}

QString WorkspaceTreeModel::categoryName(NodeKind childKind) const
{
    switch (childKind) {
    case NodeKind::Api:
        return tr("APIs");
    case NodeKind::SecurityScheme:
        return tr("Security schemes");
    case NodeKind::ThrottlePolicy:
        return tr("Throttle policies");
    case NodeKind::Application:
        return tr("Applications");
    case NodeKind::Environment:
        return tr("Environments");
    case NodeKind::Security:
        return tr("Security");
    case NodeKind::None:
    case NodeKind::Category:
        break;
    }
    return QString();
}

QIcon WorkspaceTreeModel::iconFor(NodeKind kind, bool running) const
{
    switch (kind) {
    case NodeKind::Api:
        return QIcon(QStringLiteral(":/icons/api.svg"));
    case NodeKind::SecurityScheme:
    case NodeKind::Security:
        return QIcon(QStringLiteral(":/icons/security.svg"));
    case NodeKind::ThrottlePolicy:
        return QIcon(QStringLiteral(":/icons/throttle.svg"));
    case NodeKind::Application:
        return QIcon(QStringLiteral(":/icons/application.svg"));
    case NodeKind::Environment:
        return QIcon(running ? QStringLiteral(":/icons/environment-running.svg")
                             : QStringLiteral(":/icons/environment.svg"));
    case NodeKind::None:
    case NodeKind::Category:
        break;
    }
    return QIcon();
}

QVariant WorkspaceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace Gatehouse
