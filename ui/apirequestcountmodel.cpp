#include "apirequestcountmodel.h"

#include <QLocale>

namespace Gatehouse {

namespace {
constexpr int changeIntervalMs = 200;
}

ApiRequestCountModel::ApiRequestCountModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(changeIntervalMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &ApiRequestCountModel::emitChangedRows);
}

void ApiRequestCountModel::record(const AccessLogEntry &entry)
{
    auto found = m_rowByApiId.constFind(entry.apiId);
    int row = 0;
    if (found == m_rowByApiId.constEnd()) {
        row = int(m_counters.size());
        beginInsertRows(QModelIndex(), row, row);
        m_counters.append({ entry.apiId, entry.apiName });
        m_rowByApiId.insert(entry.apiId, row);
        endInsertRows();
    } else {
        row = *found;
        m_changedRows.insert(row);
        if (!m_changeTimer.isActive())
            m_changeTimer.start();
    }
    Counter &counter = m_counters[row];
    ++counter.requests;
    if (entry.status >= 400 || entry.status == 0)
        ++counter.errors;
    counter.totalDurationMs += entry.durationMs;
}

void ApiRequestCountModel::emitChangedRows()
{
    for (int row : std::as_const(m_changedRows)) {
        if (row < rowCount())
            emit dataChanged(index(row, RequestsColumn), index(row, LatencyColumn));
    }
    m_changedRows.clear();
}

void ApiRequestCountModel::clear()
{
    beginResetModel();
    m_counters.clear();
    m_rowByApiId.clear();
    m_changedRows.clear();
    endResetModel();
}

void ApiRequestCountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_counters.isEmpty())
        emit dataChanged(index(0, ApiColumn), index(rowCount() - 1, ApiColumn));
}

QString ApiRequestCountModel::apiLabel(int row) const
{
    const Counter &counter = m_counters.at(row);
    return counter.apiId.isEmpty() ? tr("(no API)") : counter.apiName;
}

qint64 ApiRequestCountModel::requestCount(int row) const
{
    return m_counters.at(row).requests;
}

qint64 ApiRequestCountModel::totalRequests() const
{
    qint64 total = 0;
    for (const Counter &counter : m_counters)
        total += counter.requests;
    return total;
}

int ApiRequestCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counters.size());
}

int ApiRequestCountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiRequestCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Counter &counter = m_counters.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == ApiColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case ApiColumn:
        return apiLabel(index.row());
    case RequestsColumn:
        return counter.requests;
    case ErrorsColumn:
        return counter.errors;
    case LatencyColumn:
        return QLocale().toString(
            counter.requests > 0 ? counter.totalDurationMs / double(counter.requests) : 0.0, 'f', 2);
    default:
        return QVariant();
    }
}

QVariant ApiRequestCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ApiColumn:
        return tr("API");
    case RequestsColumn:
        return tr("Requests");
    case ErrorsColumn:
        return tr("Errors");
    case LatencyColumn:
        return tr("Mean latency (ms)");
    default:
        return QVariant();
    }
}

} // namespace Gatehouse
