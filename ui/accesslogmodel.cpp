#include "accesslogmodel.h"

#include <QColor>
#include <QLocale>

namespace Gatehouse {

namespace {
constexpr int flushIntervalMs = 100;
}

AccessLogModel::AccessLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AccessLogModel::flush);
}

void AccessLogModel::setMaxRows(int maxRows)
{
    m_maxRows = qMax(1, maxRows);
    trimTo(m_maxRows);
}

void AccessLogModel::append(const AccessLogEntry &entry)
{
    m_pending.push_back(entry);
    while (m_pending.size() > size_t(m_maxRows))
        m_pending.pop_front();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void AccessLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    trimTo(m_maxRows - int(m_pending.size()));
    const int first = rowCount();
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    for (AccessLogEntry &entry : m_pending)
        m_entries.push_back(std::move(entry));
    m_pending.clear();
    endInsertRows();
}

void AccessLogModel::trimTo(int rows)
{
    const int excess = rowCount() - qMax(0, rows);
    if (excess <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, excess - 1);
    m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
    endRemoveRows();
}

void AccessLogModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void AccessLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AccessLogEntry &entry = m_entries.at(size_t(index.row()));
    if (role == Qt::ForegroundRole) {
        if (entry.status >= 500)
            return QColor(0xc0, 0x2b, 0x27);
        if (entry.status >= 400)
            return QColor(0xb3, 0x6b, 0x00);
        return QVariant();
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == PathColumn)
        return QString::fromUtf8(entry.path);
    if (role == Qt::ToolTipRole && index.column() == SecurityColumn)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case TimeColumn:
        return entry.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case EnvironmentColumn:
        return entry.environment;
    case MethodColumn:
        return QString::fromLatin1(entry.method);
    case PathColumn:
        return QString::fromUtf8(entry.path);
    case StatusColumn:
        return entry.status;
    case DurationColumn:
        return QLocale().toString(entry.durationMs, 'f', 1);
    case ApiColumn:
        return entry.apiName.isEmpty() ? tr("(no API)") : entry.apiName;
    case SecurityColumn:
        if (!entry.authFailure.isEmpty())
            return tr("refused: %1").arg(QString::fromUtf8(entry.authFailure));
        if (entry.authMethod.isEmpty())
            return QString();
        return entry.application.isEmpty()
            ? QString::fromLatin1(entry.authMethod)
            : tr("%1 · %2", "authentication method · application")
                  .arg(QString::fromLatin1(entry.authMethod), entry.application);
    case UpstreamColumn:
        if (!entry.errorCode.isEmpty())
            return tr("error %1").arg(QString::fromLatin1(entry.errorCode));
        return entry.upstream.isEmpty() ? tr("local reply") : QString::fromUtf8(entry.upstream);
    default:
        return QVariant();
    }
}

QVariant AccessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EnvironmentColumn:
        return tr("Environment");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration (ms)");
    case ApiColumn:
        return tr("API");
    case SecurityColumn:
        return tr("Security");
    case UpstreamColumn:
        return tr("Upstream");
    default:
        return QVariant();
    }
}

} // namespace Gatehouse
