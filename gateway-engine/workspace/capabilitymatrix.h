#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Gatehouse {

enum class CapabilitySupport
{
    Yes,
    No,
    Partial,
    Text
};

struct CapabilityCell
{
    CapabilitySupport support = CapabilitySupport::Text;
    QString text;
};

struct CapabilityRow
{
    QString id; // "per-resource-endpoints"
    QString feature; // "Per resource Endpoints"
    QHash<QString, CapabilityCell> cells; // by profile id ("choreo-connect", "api-gateway")
};

struct CapabilityTable
{
    QString id;
    QString title;
    QList<CapabilityRow> rows;
};

// The capability matrix (resources/capabilities/matrix.json): which gateway profile supports what.
// The profile checks and the comparison view both read it; nothing hard-codes the table.
class CapabilityMatrix
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::CapabilityMatrix)
public:
    static QString bundledPath(); // ":/capabilities/matrix.json"
    static std::optional<CapabilityMatrix> load(const QString &path, QString *error);
    static std::optional<CapabilityMatrix> fromJson(const QByteArray &json, QString *error);

    QString title() const { return m_title; }
    QList<CapabilityTable> tables() const { return m_tables; }
    QStringList profileIds() const { return m_profileIds; }
    QString profileName(const QString &profileId) const;
    // nullptr when there is no such row.
    const CapabilityRow *row(const QString &rowId) const;

    static std::optional<CapabilitySupport> supportFromId(
        const QString &id); // "yes" | "no" | "partial" | "text"

private:
    QString m_title;
    QStringList m_profileIds;
    QHash<QString, QString> m_profileNames;
    QList<CapabilityTable> m_tables;
};

} // namespace Gatehouse
