#include "capabilitymatrix.h"

#include "configjson.h"
#include "jsonfieldreader.h"

#include <QFile>

namespace Gatehouse {

QString CapabilityMatrix::bundledPath()
{
    return QStringLiteral(":/capabilities/matrix.json");
}

std::optional<CapabilityMatrix> CapabilityMatrix::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the capability matrix %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    auto matrix = fromJson(file.readAll(), &parseError);
    if (!matrix && error)
        *error = path + QStringLiteral(": ") + parseError;
    return matrix;
}

std::optional<CapabilitySupport> CapabilityMatrix::supportFromId(const QString &id)
{
    if (id == QLatin1String("yes"))
        return CapabilitySupport::Yes;
    if (id == QLatin1String("no"))
        return CapabilitySupport::No;
    if (id == QLatin1String("partial"))
        return CapabilitySupport::Partial;
    if (id == QLatin1String("text"))
        return CapabilitySupport::Text;
    return std::nullopt;
}

std::optional<CapabilityMatrix> CapabilityMatrix::fromJson(const QByteArray &json, QString *error)
{
    const auto root = ConfigJson::parseObject(json, error);
    if (!root)
        return std::nullopt;
    JsonFieldReader reader;
    CapabilityMatrix matrix;
    matrix.m_title = reader.string(*root, QString(), QStringLiteral("title"));
    const QJsonArray profiles = reader.array(*root, QString(), QStringLiteral("profiles"));
    for (qsizetype i = 0; i < profiles.size() && reader.ok(); ++i) {
        const QString path = JsonFieldReader::element(QStringLiteral("profiles"), i);
        if (const auto profile = reader.objectAt(profiles, QStringLiteral("profiles"), i)) {
            const QString id = reader.string(*profile, path, QStringLiteral("id"));
            matrix.m_profileIds.append(id);
            matrix.m_profileNames.insert(id, reader.string(*profile, path, QStringLiteral("name"), id));
        }
    }
    const QJsonArray tables = reader.array(*root, QString(), QStringLiteral("tables"));
    for (qsizetype t = 0; t < tables.size() && reader.ok(); ++t) {
        const QString tablePath = JsonFieldReader::element(QStringLiteral("tables"), t);
        const auto tableJson = reader.objectAt(tables, QStringLiteral("tables"), t);
        if (!tableJson)
            break;
        CapabilityTable table;
        table.id = reader.string(*tableJson, tablePath, QStringLiteral("id"));
        table.title = reader.string(*tableJson, tablePath, QStringLiteral("title"));
        const QString rowsPath = JsonFieldReader::member(tablePath, QStringLiteral("rows"));
        const QJsonArray rows = reader.array(*tableJson, tablePath, QStringLiteral("rows"));
        for (qsizetype r = 0; r < rows.size() && reader.ok(); ++r) {
            const QString rowPath = JsonFieldReader::element(rowsPath, r);
            const auto rowJson = reader.objectAt(rows, rowsPath, r);
            if (!rowJson)
                break;
            CapabilityRow row;
            row.id = reader.string(*rowJson, rowPath, QStringLiteral("id"));
            row.feature = reader.string(*rowJson, rowPath, QStringLiteral("feature"));
            for (const QString &profileId : std::as_const(matrix.m_profileIds)) {
                const auto cellJson = reader.object(*rowJson, rowPath, profileId);
                if (!cellJson) {
                    reader.fail(
                        JsonFieldReader::member(rowPath, profileId), tr("missing cell for this profile"));
                    break;
                }
                const QString cellPath = JsonFieldReader::member(rowPath, profileId);
                const QString supportId = reader.string(*cellJson, cellPath, QStringLiteral("support"));
                CapabilityCell cell;
                if (const auto support = supportFromId(supportId))
                    cell.support = *support;
                else
                    reader.fail(JsonFieldReader::member(cellPath, QStringLiteral("support")),
                        tr("unknown support '%1' (expected yes, no, partial or text)").arg(supportId));
                cell.text = reader.string(*cellJson, cellPath, QStringLiteral("text"));
                row.cells.insert(profileId, cell);
            }
            table.rows.append(row);
        }
        matrix.m_tables.append(table);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return matrix;
}

QString CapabilityMatrix::profileName(const QString &profileId) const
{
    return m_profileNames.value(profileId, profileId);
}

const CapabilityRow *CapabilityMatrix::row(const QString &rowId) const
{
    for (const CapabilityTable &table : m_tables) {
        for (const CapabilityRow &candidate : table.rows) {
            if (candidate.id == rowId)
                return &candidate;
        }
    }
    return nullptr;
}

} // namespace Gatehouse
