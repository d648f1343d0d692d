#include "deploymentlistmodel.h"

#include "workspace.h"

#include <QLocale>

namespace Gatehouse {

DeploymentListModel::DeploymentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeploymentListModel::reload(const Workspace *workspace, const QString &environment)
{
    beginResetModel();
    m_environment = environment;
    m_rows.clear();
    if (workspace && !environment.isEmpty()) {
        const QList<DeploymentRecord> deployments = workspace->deployments(environment);
        for (const DeploymentRecord &deployment : deployments) {
            Row row { deployment.apiId, deployment.apiId, QString(), deployment.revision,
                deployment.deployedAt };
            if (const std::optional<ApiRecord> api = workspace->api(deployment.apiId)) {
                row.apiName = api->definition.name;
                row.apiVersion = api->definition.version;
            }
            m_rows.append(row);
        }
    }
    endResetModel();
}

void DeploymentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DeploymentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == ApiIdRole)
        return row.apiId;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case ApiColumn:
        return row.apiName;
    case VersionColumn:
        return row.apiVersion;
    case RevisionColumn:
        return row.revision;
    case DeployedAtColumn:
        return QLocale().toString(row.deployedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return QVariant();
    }
}

QVariant DeploymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ApiColumn:
        return tr("API");
    case VersionColumn:
        return tr("Version");
    case RevisionColumn:
        return tr("Revision");
    case DeployedAtColumn:
        return tr("Deployed at");
    default:
        return QVariant();
    }
}

} // namespace Gatehouse
