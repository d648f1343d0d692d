#pragma once

#include "config/gatewayconfig.h"

#include <QAbstractTableModel>

namespace Gatehouse {

// Resources × methods of one API with the endpoints each operation really uses: operation overrides win
// over resource overrides, which win over the API's endpoints.
class ApiResourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ResourceColumn,
        MethodColumn,
        OperationColumn,
        ProductionColumn,
        SandboxColumn,
        ColumnCount
    };
    enum class EndpointSource
    {
        Api,
        Resource,
        Operation,
        None
    };
    Q_ENUM(EndpointSource)
    enum Role
    {
        EndpointSourceRole = Qt::UserRole + 1
    };

    explicit ApiResourceModel(QObject *parent = nullptr);

    void setApi(const ApiConfig &api);
    void clear();
    void retranslate();

    static QString describeEndpoints(const EndpointGroup &group);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Effective
    {
        std::optional<EndpointGroup> group;
        EndpointSource source = EndpointSource::None;
    };
    struct Row
    {
        QString resource;
        QByteArray method; // empty for a resource without operations
        QString operationId;
        Effective production;
        Effective sandbox;
        std::optional<MockResponse> mock;
    };

    QVariant endpointData(const Row &row, const Effective &effective, int role) const;
    QString sourceDescription(EndpointSource source) const;

    std::vector<Row> m_rows;
};

} // namespace Gatehouse
