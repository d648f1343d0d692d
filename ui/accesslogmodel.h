#pragma once

#include "environment/accesslogentry.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <deque>

namespace Gatehouse {

// The live access log: newest row at the bottom, bounded to maxRows. Entries arriving in a burst are
// batched into one insertion so a busy gateway does not flood the view.
class AccessLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        EnvironmentColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        DurationColumn,
        ApiColumn,
        SecurityColumn, // how security admitted or refused the request
        UpstreamColumn,
        ColumnCount
    };

    explicit AccessLogModel(QObject *parent = nullptr);

    int maxRows() const { return m_maxRows; }
    void setMaxRows(int maxRows);
    const AccessLogEntry &entry(int row) const { return m_entries.at(size_t(row)); }

    void append(const Gatehouse::AccessLogEntry &entry); // shown at the next flush
    void flush();
    void clear();
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trimTo(int rows);

    std::deque<AccessLogEntry> m_entries;
    std::deque<AccessLogEntry> m_pending;
    int m_maxRows = 5000;
    QTimer m_flushTimer;
};

} // namespace Gatehouse
