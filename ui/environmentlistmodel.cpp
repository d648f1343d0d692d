#include "environmentlistmodel.h"

#include "environmentmanager.h"

#include <QColor>
#include <QIcon>

namespace Gatehouse {

EnvironmentListModel::EnvironmentListModel(EnvironmentManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_manager(manager)
{
    connect(m_manager, &EnvironmentManager::environmentStarted, this, &EnvironmentListModel::refreshRow);
    connect(m_manager, &EnvironmentManager::environmentStopping, this, &EnvironmentListModel::refreshRow);
    connect(m_manager, &EnvironmentManager::environmentStopped, this, &EnvironmentListModel::refreshRow);
}

void EnvironmentListModel::setEnvironments(const QList<EnvironmentSettings> &environments)
{
    beginResetModel();
    m_environments = environments;
    endResetModel();
}

int EnvironmentListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_environments.size(); ++row) {
        if (m_environments.at(row).name == name)
            return row;
    }
    return -1;
}

void EnvironmentListModel::refreshRow(const QString &name)
{
    const int row = rowOf(name);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EnvironmentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_environments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString EnvironmentListModel::describePorts(const EnvironmentSettings &settings)
{
    auto port = [](int value) { return value == 0 ? tr("any free port") : QString::number(value); };
    QStringList parts;
    if (settings.httpPort >= 0)
        parts.append(tr("HTTP %1").arg(port(settings.httpPort)));
    if (settings.httpsPort >= 0)
        parts.append(tr("HTTPS %1").arg(port(settings.httpsPort)));
    if (settings.adminPort >= 0)
        parts.append(tr("admin %1").arg(port(settings.adminPort)));
    return parts.isEmpty() ? tr("no listeners") : parts.join(QStringLiteral(", "));
}

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int EnvironmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EnvironmentSettings &settings = m_environments.at(index.row());
    const bool running = m_manager->isRunning(settings.name);
    const bool stopping = m_manager->isStopping(settings.name);
    switch (role) {
    case NameRole:
        return settings.name;
    case RunningRole:
        return running;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(running ? QStringLiteral(":/icons/environment-running.svg")
                                 : QStringLiteral(":/icons/environment.svg"));
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && running)
            return QColor(0x2e, 0x9d, 0x4f);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == UrlsColumn)
            return m_manager->listenerUrls(settings.name).join(QLatin1Char('\n'));
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case NameColumn:
        return settings.name;
    case ProfileColumn:
        return profileDisplayName(settings.profile);
    case ModeColumn:
        return settings.mode == EnvironmentMode::Mutable ? tr("mutable") : tr("immutable");
    case PortsColumn:
        return describePorts(settings);
    case StatusColumn:
        if (running)
            return tr("Running");
        return stopping ? tr("Stopping…") : tr("Stopped");
    case UrlsColumn:
        return m_manager->listenerUrls(settings.name).join(QStringLiteral(", "));
    default:
        return QVariant();
    }
}

QVariant EnvironmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProfileColumn:
        return tr("Profile");
    case ModeColumn:
        return tr("Mode");
    case PortsColumn:
        return tr("Ports");
    case StatusColumn:
        return tr("Status");
    case UrlsColumn:
        return tr("Listening on");
    default:
        return QVariant();
    }
}

} // namespace Gatehouse
