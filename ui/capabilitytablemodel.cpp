#include "capabilitytablemodel.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace Gatehouse {

CapabilityTableModel::CapabilityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CapabilityTableModel::setTable(const CapabilityMatrix &matrix, int tableIndex)
{
    beginResetModel();
    m_table = matrix.tables().value(tableIndex);
    m_profiles.clear();
    const QStringList profileIds = matrix.profileIds();
    for (const QString &profileId : profileIds)
        m_profiles.append({ profileId, matrix.profileName(profileId) });
    m_verifications.clear();
    endResetModel();
}

int CapabilityTableModel::profileColumn(const QString &profileId) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profileId)
            return i + 1;
    }
    return -1;
}

bool CapabilityTableModel::setVerification(
    const QString &rowId, const QString &profileId, VerificationState state, const QString &detail)
{
    if (profileColumn(profileId) < 0)
        return false;
    for (int row = 0; row < m_table.rows.size(); ++row) {
        if (m_table.rows.at(row).id != rowId)
            continue;
        m_verifications[rowId][profileId] = { state, detail };
        const QModelIndex changed = index(row, verificationColumn());
        emit dataChanged(changed, changed);
        return true;
    }
    return false;
}

void CapabilityTableModel::clearVerifications()
{
    if (m_verifications.isEmpty())
        return;
    m_verifications.clear();
    if (!m_table.rows.isEmpty())
        emit dataChanged(index(0, verificationColumn()), index(rowCount() - 1, verificationColumn()));
}

void CapabilityTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_table.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CapabilityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int CapabilityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size()) + 2;
}

QVariant CapabilityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CapabilityRow &row = m_table.rows.at(index.row());
    if (role == RowIdRole)
        return row.id;
    if (index.column() == featureColumn()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return row.feature;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return QVariant();
        }
    }
    if (index.column() == verificationColumn())
        return verificationData(row, role);
    return profileCellData(row, m_profiles.at(index.column() - 1), role);
}

QVariant CapabilityTableModel::profileCellData(
    const CapabilityRow &row, const Profile &profile, int role) const
{
    const CapabilityCell cell = row.cells.value(profile.id);
    const CapabilitySupport level = cell.support;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case Qt::ToolTipRole:
        return tr("%1: %2", "profile name: support").arg(profile.name, cellText(cell));
    case Qt::DecorationRole: {
        const QIcon &icon = iconFor(level);
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::BackgroundRole: {
        const QColor tint = SupportBadge::tint(level);
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case SupportRole:
        return QVariant::fromValue(cell.support);
    case ProfileIdRole:
        return profile.id;
    default:
        return QVariant();
    }
}

QString CapabilityTableModel::cellText(const CapabilityCell &cell)
{
    const QString label = SupportBadge::label(cell.support);
    if (label.isEmpty())
        return cell.text;
    if (cell.text.isEmpty())
        return label;
    return tr("%1: %2", "support level: detail").arg(label, cell.text);
}

QVariant CapabilityTableModel::verificationData(const CapabilityRow &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return verificationText(row, false);
    case Qt::ToolTipRole:
        return verificationText(row, true);
    case Qt::ForegroundRole: {
        const auto found = m_verifications.constFind(row.id);
        if (found == m_verifications.constEnd() || found->isEmpty())
            return QVariant();
        const bool differs
            = std::any_of(found->cbegin(), found->cend(), [](const Verification &verification) {
                  return verification.state == VerificationState::Differs;
              });
        return QColor(differs ? QStringLiteral("#c0392b") : QStringLiteral("#1e8449"));
    }
    default:
        return QVariant();
    }
}

QString CapabilityTableModel::verificationText(const CapabilityRow &row, bool withEvidence) const
{
    const auto found = m_verifications.constFind(row.id);
    if (found == m_verifications.constEnd())
        return QString();
    QStringList lines;
    for (const Profile &profile : m_profiles) {
        const auto verification = found->constFind(profile.id);
        if (verification == found->constEnd())
            continue;
        QString state;
        switch (verification->state) {
        case VerificationState::NotTested:
            state = tr("not tested");
            break;
        case VerificationState::Confirmed:
            state = tr("confirmed");
            break;
        case VerificationState::Differs:
            state = tr("differs");
            break;
        }
        QString line = tr("%1: %2", "profile name: verification state").arg(profile.name, state);
        if (withEvidence && !verification->detail.isEmpty())
            line = tr("%1 (%2)", "verification line (detail)").arg(line, verification->detail);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

const QIcon &CapabilityTableModel::iconFor(CapabilitySupport support) const
{
    auto found = m_icons.find(int(support));
    if (found == m_icons.end())
        found = m_icons.insert(int(support), SupportBadge::icon(support));
    return *found;
}

QVariant CapabilityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == featureColumn())
        return tr("Feature");
    if (section == verificationColumn())
        return tr("Verified here");
    if (section > 0 && section <= m_profiles.size())
        return m_profiles.at(section - 1).name;
    return QVariant();
}

} // namespace Gatehouse
