#pragma once

#include "environment/accesslogentry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace Gatehouse {

// Requests refused by rate limiting (429), counted per environment, API and policy as the access log
// streams in, so the Environments page shows which policy is biting, live.
class ThrottledRequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EnvironmentColumn,
        ApiColumn,
        PolicyColumn,
        CodeColumn,
        CountColumn,
        LastColumn,
        ColumnCount
    };

    explicit ThrottledRequestsModel(QObject *parent = nullptr);

    void record(const Gatehouse::AccessLogEntry &entry); // ignores requests that were not throttled
    void clear();
    void retranslate();
    qint64 throttled(const QString &environment, const QString &apiName, const QString &policy) const;
    qint64 total() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isThrottled(const AccessLogEntry &entry);

private:
    struct Counter
    {
        QString environment;
        QString apiName;
        QString policy;
        QByteArray code;
        qint64 count = 0;
        QDateTime last;
    };
    static QString keyOf(const QString &environment, const QString &apiName, const QString &policy);

    QList<Counter> m_counters;
    QHash<QString, int> m_rowByKey;
};

} // namespace Gatehouse
