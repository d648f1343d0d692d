#pragma once

#include "config/throttleconfig.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class ThrottleLimitEdit;

// The conditional groups of an advanced policy: a list of groups; for the selected one its description,
// its limit and its conditions (header, IP, query parameter, JWT claim; each invertible; all must match).
class ConditionGroupsEdit : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        InvertColumn,
        NameColumn,
        ValueColumn, // regex, or the (first) IP address
        EndColumn, // last IP of a range
        ColumnCount
    };

    explicit ConditionGroupsEdit(QWidget *parent = nullptr);

    std::vector<ConditionalGroup> groups() const;
    void setGroups(const std::vector<ConditionalGroup> &groups);
    int currentGroup() const;
    void setCurrentGroup(int group);
    void addGroup();
    void removeCurrentGroup();
    void addCondition(ThrottleConditionType type);
    QTableWidget *conditionsTable() const { return m_conditions; }

    // Problems found by the policy check, keyed by WSO2 field path
    // ("conditionalGroups[0].conditions[1].ipCondition.startingIP"):
    // the matching cells are marked and carry the message as their tooltip.
    void setProblems(const QHash<QString, QString> &problems);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void storeCurrentGroup();
    void showGroup(int group);
    void insertConditionRow(const ThrottleCondition &condition);
    ThrottleCondition conditionAt(int row) const;
    void updateRowEditability(int row);
    void refreshGroupTitles();
    void markProblems();
    void retranslate();

    std::vector<ConditionalGroup> m_groups;
    int m_shownGroup = -1;
    bool m_loading = false;
    QHash<QString, QString> m_problems;
    QListWidget *m_groupList;
    QPushButton *m_addGroup;
    QPushButton *m_removeGroup;
    QLineEdit *m_description;
    ThrottleLimitEdit *m_limit;
    QLabel *m_descriptionLabel;
    QLabel *m_limitLabel;
    QTableWidget *m_conditions;
    QPushButton *m_addCondition;
    QPushButton *m_removeCondition;
};

} // namespace Gatehouse
