#pragma once

#include "environment/accesslogentry.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace Gatehouse {

// Requests per API since the counters were last cleared, with error count and mean latency.
class ApiRequestCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ApiColumn,
        RequestsColumn,
        ErrorsColumn,
        LatencyColumn,
        ColumnCount
    };

    explicit ApiRequestCountModel(QObject *parent = nullptr);

    void record(const Gatehouse::AccessLogEntry &entry);
    void clear();
    void retranslate();

    QString apiLabel(int row) const;
    qint64 requestCount(int row) const;
    qint64 totalRequests() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Counter
    {
        QString apiId;
        QString apiName;
        qint64 requests = 0;
        qint64 errors = 0;
        double totalDurationMs = 0;
    };

    void emitChangedRows();

    QList<Counter> m_counters;
    QHash<QString, int> m_rowByApiId;
    QSet<int> m_changedRows;
    QTimer m_changeTimer;
};

} // namespace Gatehouse
