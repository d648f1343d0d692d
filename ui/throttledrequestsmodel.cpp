#include "throttledrequestsmodel.h"

#include <QLocale>

namespace Gatehouse {

ThrottledRequestsModel::ThrottledRequestsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool ThrottledRequestsModel::isThrottled(const AccessLogEntry &entry)
{
    return entry.status == 429 && entry.errorCode.startsWith("9008");
}

QString ThrottledRequestsModel::keyOf(
    const QString &environment, const QString &apiName, const QString &policy)
{
    return environment + QChar(0x1f) + apiName + QChar(0x1f) + policy;
}

void ThrottledRequestsModel::record(const AccessLogEntry &entry)
{
    if (!isThrottled(entry))
        return;
    const QString apiName = entry.apiId.isEmpty() ? tr("(no API)") : entry.apiName;
    const QString key = keyOf(entry.environment, apiName, entry.throttledBy);
    auto found = m_rowByKey.constFind(key);
    int row = 0;
    if (found == m_rowByKey.cend()) {
        row = int(m_counters.size());
        beginInsertRows(QModelIndex(), row, row);
        m_counters.append({ entry.environment, apiName, entry.throttledBy, entry.errorCode, 0, {} });
        m_rowByKey.insert(key, row);
        endInsertRows();
    } else {
        row = *found;
    }
    Counter &counter = m_counters[row];
    ++counter.count;
    counter.last = entry.timestamp;
    emit dataChanged(index(row, CountColumn), index(row, LastColumn));
}

void ThrottledRequestsModel::clear()
{
    beginResetModel();
    m_counters.clear();
    m_rowByKey.clear();
    endResetModel();
}

void ThrottledRequestsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

qint64 ThrottledRequestsModel::throttled(
    const QString &environment, const QString &apiName, const QString &policy) const
{
    const auto found = m_rowByKey.constFind(keyOf(environment, apiName, policy));
    return found == m_rowByKey.cend() ? 0 : m_counters.at(*found).count;
}

qint64 ThrottledRequestsModel::total() const
{
    qint64 sum = 0;
    for (const Counter &counter : m_counters)
        sum += counter.count;
    return sum;
}

int ThrottledRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counters.size());
}

int ThrottledRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThrottledRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Counter &counter = m_counters.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case EnvironmentColumn:
        return counter.environment;
    case ApiColumn:
        return counter.apiName;
    case PolicyColumn:
        return counter.policy.isEmpty() ? tr("(unknown)") : counter.policy;
    case CodeColumn:
        return QString::fromLatin1(counter.code);
    case CountColumn:
        return QLocale().toString(counter.count);
    case LastColumn:
        return QLocale().toString(counter.last.toLocalTime().time(), QLocale::LongFormat);
    }
    return QVariant();
}

QVariant ThrottledRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QVariant();
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case ApiColumn:
        return tr("API");
    case PolicyColumn:
        return tr("Policy");
    case CodeColumn:
        return tr("Code");
    case CountColumn:
        return tr("Throttled");
    case LastColumn:
        return tr("Last");
    }
    return QVariant();
}

} // namespace Gatehouse
