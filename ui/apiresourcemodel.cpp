#include "apiresourcemodel.h"

#include <QColor>
#include <QFont>

namespace Gatehouse {

namespace {

template<typename Level>
void applyOverride(const Level &level, ApiResourceModel::EndpointSource source,
    std::optional<EndpointGroup> &production, ApiResourceModel::EndpointSource &productionSource,
    std::optional<EndpointGroup> &sandbox, ApiResourceModel::EndpointSource &sandboxSource)
{
    if (level.productionEndpoints) {
        production = level.productionEndpoints;
        productionSource = source;
    }
    if (level.sandboxEndpoints) {
        sandbox = level.sandboxEndpoints;
        sandboxSource = source;
    }
}

} // namespace

ApiResourceModel::ApiResourceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ApiResourceModel::setApi(const ApiConfig &api)
{
    beginResetModel();
    m_rows.clear();
    for (const ResourceConfig &resource : api.resources) {
        const bool apiHasProduction = api.productionEndpoints.type == EndpointGroupType::Mock
            || !api.productionEndpoints.targets.empty();
        std::optional<EndpointGroup> production
            = apiHasProduction ? std::optional<EndpointGroup>(api.productionEndpoints) : std::nullopt;
        EndpointSource productionSource = apiHasProduction ? EndpointSource::Api : EndpointSource::None;
        std::optional<EndpointGroup> sandbox = api.sandboxEndpoints;
        EndpointSource sandboxSource = sandbox ? EndpointSource::Api : EndpointSource::None;
        applyOverride(
            resource, EndpointSource::Resource, production, productionSource, sandbox, sandboxSource);
        if (resource.operations.empty()) {
            m_rows.push_back({ resource.pathTemplate, QByteArray(), QString(),
                { production, productionSource }, { sandbox, sandboxSource }, std::nullopt });
            continue;
        }
        for (const OperationConfig &operation : resource.operations) {
            Row row { resource.pathTemplate, operation.method, operation.operationId,
                { production, productionSource }, { sandbox, sandboxSource }, operation.mock };
            applyOverride(operation, EndpointSource::Operation, row.production.group, row.production.source,
                row.sandbox.group, row.sandbox.source);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

void ApiResourceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ApiResourceModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ApiResourceModel::describeEndpoints(const EndpointGroup &group)
{
    QStringList urls;
    for (const EndpointTarget &target : group.targets)
        urls.append(target.url.toString());
    switch (group.type) {
    case EndpointGroupType::Single:
        return urls.isEmpty() ? tr("(no URL)") : urls.constFirst();
    case EndpointGroupType::LoadBalance:
        return tr("Load balanced: %1").arg(urls.join(QStringLiteral(", ")));
    case EndpointGroupType::Failover:
        return tr("Failover: %1").arg(urls.join(QStringLiteral(" → ")));
    case EndpointGroupType::Mock:
        return tr("Mock (answers from the OpenAPI examples)");
    }
    return QString();
}

int ApiResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(size_t(index.row()));
    switch (index.column()) {
    case ResourceColumn:
        return role == Qt::DisplayRole ? QVariant(row.resource) : QVariant();
    case MethodColumn:
        if (role == Qt::DisplayRole)
            return row.method.isEmpty() ? tr("(none)") : QString::fromLatin1(row.method);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case OperationColumn:
        return role == Qt::DisplayRole ? QVariant(row.operationId) : QVariant();
    case ProductionColumn:
        return endpointData(row, row.production, role);
    case SandboxColumn:
        return endpointData(row, row.sandbox, role);
    default:
        return QVariant();
    }
}

QVariant ApiResourceModel::endpointData(const Row &row, const Effective &effective, int role) const
{
    const bool overridden
        = effective.source == EndpointSource::Resource || effective.source == EndpointSource::Operation;
    switch (role) {
    case Qt::DisplayRole: {
        if (!effective.group)
            return tr("(none)");
        QString text = describeEndpoints(*effective.group);
        if (effective.group->type == EndpointGroupType::Mock && row.mock)
            text = tr("Mock: %1 %2", "mock status and content type")
                       .arg(QString::number(row.mock->status), QString::fromLatin1(row.mock->contentType));
        if (overridden)
            return tr("%1 [%2]", "endpoint [where it is defined]")
                .arg(text, sourceDescription(effective.source));
        return text;
    }
    case Qt::ToolTipRole:
        return sourceDescription(effective.source);
    case Qt::FontRole:
        if (overridden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (overridden)
            return QColor(0x1c, 0x5f, 0xb8);
        if (!effective.group)
            return QColor(Qt::gray);
        return QVariant();
    case Qt::BackgroundRole:
        return overridden ? QVariant(QColor(0x1c, 0x5f, 0xb8, 26)) : QVariant();
    case EndpointSourceRole:
        return QVariant::fromValue(effective.source);
    default:
        return QVariant();
    }
}

QString ApiResourceModel::sourceDescription(EndpointSource source) const
{
    switch (source) {
    case EndpointSource::Api:
        return tr("API endpoint");
    case EndpointSource::Resource:
        return tr("resource override");
    case EndpointSource::Operation:
        return tr("operation override");
    case EndpointSource::None:
        return tr("no endpoint");
    }
    return QString();
}

QVariant ApiResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ResourceColumn:
        return tr("Resource");
    case MethodColumn:
        return tr("Method");
    case OperationColumn:
        return tr("Operation");
    case ProductionColumn:
        return tr("Production endpoint");
    case SandboxColumn:
        return tr("Sandbox endpoint");
    default:
        return QVariant();
    }
}

} // namespace Gatehouse
