#pragma once

#include "capabilitymatrix.h"
#include "supportbadge.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace Gatehouse {

// What live tests found out about one capability on one profile.
enum class VerificationState
{
    NotTested,
    Confirmed,
    Differs
};

// One table of the capability matrix: feature, one column per profile, and a "Verified here" column.
class CapabilityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SupportRole = Qt::UserRole + 1,
        RowIdRole,
        ProfileIdRole
    };

    explicit CapabilityTableModel(QObject *parent = nullptr);

    // Shows table number tableIndex of the matrix, with one column per profile of the matrix.
    void setTable(const CapabilityMatrix &matrix, int tableIndex);
    const CapabilityTable &table() const { return m_table; }
    int featureColumn() const { return 0; }
    int profileColumn(const QString &profileId) const; // -1 when unknown
    int verificationColumn() const { return int(m_profiles.size()) + 1; }

    // Records a live-test result; false when the row or profile is not part of this table.
    bool setVerification(const QString &rowId, const QString &profileId, VerificationState state,
        const QString &detail = QString());
    void clearVerifications();
    // Header texts are translated at call time; call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Profile
    {
        QString id;
        QString name;
    };
    struct Verification
    {
        VerificationState state = VerificationState::NotTested;
        QString detail;
    };

    QVariant profileCellData(const CapabilityRow &row, const Profile &profile, int role) const;
    static QString cellText(const CapabilityCell &cell);
    QVariant verificationData(const CapabilityRow &row, int role) const;
    QString verificationText(
        const CapabilityRow &row, bool withEvidence) const; // evidence: the probes' steps
    const QIcon &iconFor(CapabilitySupport support) const;

    CapabilityTable m_table;
    QList<Profile> m_profiles;
    QHash<QString, QHash<QString, Verification>> m_verifications; // row id -> profile id -> result
    mutable QHash<int, QIcon> m_icons;
};

} // namespace Gatehouse
