#pragma once

#include "config/throttleconfig.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace Gatehouse {

class ConditionGroupsEdit;
class MessageBanner;
class ThrottleLimitEdit;

// A throttle policy in one form: level, default limit, burst control (subscription), key template
// (custom), conditional groups (advanced), and where it is used. Problems are shown as the user types;
// saving is the owner's job (saveRequested), so the same editor serves the workspace and tests.
class PolicyEditor : public QWidget
{
    Q_OBJECT
public:
    // WSO2 field path ("defaultLimit.requestCount.requestCount",
    // "conditionalGroups[0].conditions[1].ipCondition.startingIP") -> message.
    using Validator = std::function<QHash<QString, QString>(const ThrottlePolicy &)>;

    explicit PolicyEditor(QWidget *parent = nullptr);

    void setValidator(Validator validator);
    // Shows the policy; `isNew` keeps the name editable.
    void setPolicy(const ThrottlePolicy &policy, bool isNew = false);
    ThrottlePolicy policy() const; // as the widgets show it
    ThrottlePolicy savedPolicy() const { return m_saved; }
    void setUsages(const QStringList &usages);
    bool isModified() const { return m_modified; }
    bool isNewPolicy() const { return m_isNew; } // not stored yet
    QHash<QString, QString> problems() const { return m_problems; }
    MessageBanner *banner() const { return m_banner; }
    ConditionGroupsEdit *conditionGroups() const { return m_groups; }
    QTabWidget *tabs() const { return m_tabs; }
    static constexpr qint64 undoMergeWindowMs = 800;
    // Every edit of the form, undoable (typed edits closer than undoMergeWindowMs are one step); cleared
    // when another policy is shown.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Puts a state into the widgets without recording it (what undo and redo do).
    void showState(const ThrottlePolicy &policy);
    // Lets the owner put the simulator next to the definition.
    void addTab(QWidget *page, const QString &title);

public slots:
    bool save(); // false when there are problems; otherwise emits saveRequested
    void revert();
    void markSaved(const ThrottlePolicy &policy); // after the owner stored it

signals:
    void saveRequested(const Gatehouse::ThrottlePolicy &policy, const QString &previousName);
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createDefinitionPage();
    void onEdited();
    void updateLevelControls();
    void retranslate();

    Validator m_validator;
    ThrottlePolicy m_saved;
    ThrottlePolicy m_shown; // what the widgets showed after the last recorded edit
    bool m_isNew = false;
    bool m_modified = false;
    bool m_loading = false;
    QHash<QString, QString> m_problems;

    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QLineEdit *m_description;
    QComboBox *m_level;
    ThrottleLimitEdit *m_defaultLimit;
    QGroupBox *m_burstGroup;
    QSpinBox *m_burstCount;
    QComboBox *m_burstUnit;
    QCheckBox *m_stopOnQuotaReach;
    QGroupBox *m_customGroup;
    QLineEdit *m_keyTemplate;
    QGroupBox *m_groupsBox;
    ConditionGroupsEdit *m_groups;
    QListWidget *m_usages;
    MessageBanner *m_banner;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QUndoStack *m_undoStack;
};

} // namespace Gatehouse
