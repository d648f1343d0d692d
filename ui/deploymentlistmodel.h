#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace Gatehouse {

class Workspace;

// The API revisions deployed to one environment.
class DeploymentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ApiColumn,
        VersionColumn,
        RevisionColumn,
        DeployedAtColumn,
        ColumnCount
    };
    enum Role
    {
        ApiIdRole = Qt::UserRole + 1
    };

    explicit DeploymentListModel(QObject *parent = nullptr);

    void reload(const Workspace *workspace, const QString &environment);
    QString environment() const { return m_environment; }
    QString apiId(int row) const { return m_rows.at(row).apiId; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString apiId;
        QString apiName;
        QString apiVersion;
        int revision = 0;
        QDateTime deployedAt;
    };

    QString m_environment;
    QList<Row> m_rows;
};

} // namespace Gatehouse
