#pragma once

#include "config/environmentsettings.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class EnvironmentManager;

// The workspace's environments with their run state, as the environments page lists them.
class EnvironmentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ProfileColumn,
        ModeColumn,
        PortsColumn,
        StatusColumn,
        UrlsColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        RunningRole
    };

    explicit EnvironmentListModel(EnvironmentManager *manager, QObject *parent = nullptr);

    void setEnvironments(const QList<EnvironmentSettings> &environments);
    const EnvironmentSettings &environment(int row) const { return m_environments.at(row); }
    int rowOf(const QString &name) const; // -1 when unknown
    void retranslate();

    static QString describePorts(const EnvironmentSettings &settings);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshRow(const QString &name);

    EnvironmentManager *m_manager;
    QList<EnvironmentSettings> m_environments;
};

} // namespace Gatehouse
