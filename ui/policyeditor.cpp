#include "policyeditor.h"

#include "conditiongroupsedit.h"
#include "pagewidgets.h"
#include "throttlelimitedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <array>

namespace Gatehouse {

namespace {

constexpr std::array levels { ThrottlePolicyLevel::Advanced, ThrottlePolicyLevel::Subscription,
    ThrottlePolicyLevel::Application, ThrottlePolicyLevel::Custom };
constexpr std::array burstUnits { ThrottleTimeUnit::Second, ThrottleTimeUnit::Minute };

template<typename Enum, std::size_t N> int indexOf(const std::array<Enum, N> &values, Enum value)
{
    const auto found = std::find(values.begin(), values.end(), value);
    return found == values.end() ? 0 : int(found - values.begin());
}

// One edit of the form. Typed edits less than undoMergeWindowMs apart merge, so a word undoes as one step.
class PolicyEditCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Typed,
        Revert, // never merged
    };

    PolicyEditCommand(PolicyEditor *editor, ThrottlePolicy before, ThrottlePolicy after, Kind kind)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_kind(kind)
    {
        m_timer.start();
    }

    int id() const override { return m_kind == Kind::Typed ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PolicyEditCommand *>(other);
        if (m_timer.elapsed() > PolicyEditor::undoMergeWindowMs)
            return false;
        m_after = next->m_after;
        m_timer.restart();
        return true;
    }
    void undo() override { m_editor->showState(m_before); }
    void redo() override
    {
        if (std::exchange(m_alreadyShown, false))
            return; // pushed after the widgets changed
        m_editor->showState(m_after);
    }

private:
    PolicyEditor *m_editor;
    ThrottlePolicy m_before;
    ThrottlePolicy m_after;
    Kind m_kind;
    QElapsedTimer m_timer;
    bool m_alreadyShown = true;
};

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_description(new QLineEdit)
    , m_level(new QComboBox)
    , m_defaultLimit(new ThrottleLimitEdit)
    , m_burstGroup(new QGroupBox)
    , m_burstCount(new QSpinBox)
    , m_burstUnit(new QComboBox)
    , m_stopOnQuotaReach(new QCheckBox)
    , m_customGroup(new QGroupBox)
    , m_keyTemplate(new QLineEdit)
    , m_groupsBox(new QGroupBox)
    , m_groups(new ConditionGroupsEdit)
    , m_usages(new QListWidget)
    , m_banner(new MessageBanner(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_undoStack(new QUndoStack(this))
{
    m_name->setObjectName(QStringLiteral("policyName"));
    m_description->setObjectName(QStringLiteral("policyDescription"));
    m_level->setObjectName(QStringLiteral("policyLevel"));
    m_defaultLimit->setObjectName(QStringLiteral("defaultLimit"));
    m_burstCount->setObjectName(QStringLiteral("burstCount"));
    m_keyTemplate->setObjectName(QStringLiteral("keyTemplate"));
    m_usages->setObjectName(QStringLiteral("policyUsages"));
    m_saveButton->setObjectName(QStringLiteral("savePolicyButton"));
    m_tabs->addTab(createDefinitionPage(), QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_banner, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &PolicyEditor::save);
    connect(m_revertButton, &QPushButton::clicked, this, &PolicyEditor::revert);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &PolicyEditor::save);
    for (QLineEdit *edit : { m_name, m_displayName, m_description, m_keyTemplate })
        connect(edit, &QLineEdit::textChanged, this, &PolicyEditor::onEdited);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        updateLevelControls();
        onEdited();
    });
    connect(m_defaultLimit, &ThrottleLimitEdit::changed, this, &PolicyEditor::onEdited);
    connect(m_burstGroup, &QGroupBox::toggled, this, &PolicyEditor::onEdited);
    connect(m_burstCount, &QSpinBox::valueChanged, this, &PolicyEditor::onEdited);
    connect(m_burstUnit, &QComboBox::currentIndexChanged, this, &PolicyEditor::onEdited);
    connect(m_stopOnQuotaReach, &QCheckBox::toggled, this, &PolicyEditor::onEdited);
    connect(m_groups, &ConditionGroupsEdit::changed, this, &PolicyEditor::onEdited);
    retranslate();
    setPolicy(ThrottlePolicy {}, true);
}

QWidget *PolicyEditor::createDefinitionPage()
{
    auto *page = new QWidget;
    for (int i = 0; i < int(levels.size()); ++i)
        m_level->addItem(QString());
    for (int i = 0; i < int(burstUnits.size()); ++i)
        m_burstUnit->addItem(QString());
    m_burstCount->setRange(1, std::numeric_limits<int>::max());

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Name:"), m_name);
    form->addRow(QStringLiteral("Display name:"), m_displayName);
    form->addRow(QStringLiteral("Description:"), m_description);
    form->addRow(QStringLiteral("&Level:"), m_level);
    form->addRow(QStringLiteral("Default &limit:"), m_defaultLimit);

    m_burstGroup->setCheckable(true);
    auto *burstLayout = new QHBoxLayout(m_burstGroup);
    burstLayout->addWidget(m_burstCount, 1);
    burstLayout->addWidget(m_burstUnit);
    burstLayout->addWidget(m_stopOnQuotaReach);

    auto *customLayout = new QFormLayout(m_customGroup);
    customLayout->addRow(QStringLiteral("Key template:"), m_keyTemplate);

    auto *groupsLayout = new QVBoxLayout(m_groupsBox);
    groupsLayout->addWidget(m_groups);

    auto *usagesBox = new QGroupBox;
    usagesBox->setObjectName(QStringLiteral("usagesBox"));
    auto *usagesLayout = new QVBoxLayout(usagesBox);
    usagesLayout->addWidget(m_usages);
    m_usages->setMaximumHeight(110);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_burstGroup);
    layout->addWidget(m_customGroup);
    layout->addWidget(m_groupsBox, 1);
    layout->addWidget(usagesBox);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void PolicyEditor::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void PolicyEditor::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    onEdited();
}

void PolicyEditor::setPolicy(const ThrottlePolicy &policy, bool isNew)
{
    m_saved = policy;
    m_isNew = isNew;
    m_name->setReadOnly(!isNew);
    m_level->setEnabled(isNew);
    m_undoStack->clear();
    showState(policy);
    m_banner->clearMessage();
    m_modified = false;
}

void PolicyEditor::showState(const ThrottlePolicy &policy)
{
    m_loading = true;
    m_name->setText(policy.name);
    m_displayName->setText(policy.displayName);
    m_description->setText(policy.description);
    m_level->setCurrentIndex(indexOf(levels, policy.level));
    m_defaultLimit->setLimit(policy.defaultLimit);
    m_burstGroup->setChecked(policy.rateLimitCount > 0);
    m_burstCount->setValue(
        int(std::clamp<qint64>(policy.rateLimitCount, 1, std::numeric_limits<int>::max())));
    m_burstUnit->setCurrentIndex(indexOf(burstUnits, policy.rateLimitTimeUnit));
    m_stopOnQuotaReach->setChecked(policy.stopOnQuotaReach);
    m_keyTemplate->setText(policy.keyTemplate);
    m_groups->setGroups(policy.conditionalGroups);
    m_loading = false;
    m_shown = this->policy();
    updateLevelControls();
    onEdited();
    m_modified = m_shown != m_saved;
}

ThrottlePolicy PolicyEditor::policy() const
{
    ThrottlePolicy policy = m_saved; // keeps what the form does not show (billing plan, GraphQL limits)
    policy.name = m_name->text().trimmed();
    policy.displayName = m_displayName->text().trimmed();
    policy.description = m_description->text().trimmed();
    policy.level = levels.at(std::size_t(std::max(0, m_level->currentIndex())));
    policy.defaultLimit = m_defaultLimit->limit();
    policy.conditionalGroups.clear();
    policy.rateLimitCount = 0;
    policy.keyTemplate.clear();
    switch (policy.level) {
    case ThrottlePolicyLevel::Advanced:
        policy.conditionalGroups = m_groups->groups();
        break;
    case ThrottlePolicyLevel::Subscription:
        policy.rateLimitCount = m_burstGroup->isChecked() ? m_burstCount->value() : 0;
        policy.rateLimitTimeUnit = burstUnits.at(std::size_t(std::max(0, m_burstUnit->currentIndex())));
        policy.stopOnQuotaReach = m_stopOnQuotaReach->isChecked();
        break;
    case ThrottlePolicyLevel::Custom:
        policy.keyTemplate = m_keyTemplate->text().trimmed();
        break;
    case ThrottlePolicyLevel::Application:
        break;
    }
    return policy;
}

void PolicyEditor::setUsages(const QStringList &usages)
{
    m_usages->clear();
    if (usages.isEmpty())
        m_usages->addItem(
            tr("Not used yet: attach it to an API, an operation, an application or a subscription."));
    else
        m_usages->addItems(usages);
}

void PolicyEditor::onEdited()
{
    if (m_loading)
        return;
    m_modified = true;
    if (ThrottlePolicy now = policy(); now != m_shown) {
        m_undoStack->push(new PolicyEditCommand(this, m_shown, now, PolicyEditCommand::Kind::Typed));
        m_shown = std::move(now);
    }
    m_problems = m_validator ? m_validator(policy()) : QHash<QString, QString>();
    m_groups->setProblems(m_problems);
    if (m_problems.isEmpty()) {
        m_banner->clearMessage();
    } else {
        QStringList lines;
        for (auto it = m_problems.cbegin(); it != m_problems.cend() && lines.size() < 3; ++it)
            lines << tr("%1: %2", "field path: problem").arg(it.key(), it.value());
        m_banner->showMessage(MessageBanner::Kind::Error, lines.join(QLatin1Char('\n')));
    }
    m_saveButton->setEnabled(m_problems.isEmpty());
    emit edited();
}

bool PolicyEditor::save()
{
    onEdited();
    if (!m_problems.isEmpty())
        return false;
    emit saveRequested(policy(), m_isNew ? QString() : m_saved.name);
    return true;
}

void PolicyEditor::revert()
{
    const ThrottlePolicy before = m_shown;
    showState(m_saved);
    if (before != m_shown)
        m_undoStack->push(new PolicyEditCommand(this, before, m_shown, PolicyEditCommand::Kind::Revert));
    m_banner->clearMessage();
}

void PolicyEditor::markSaved(const ThrottlePolicy &policy)
{
    setPolicy(policy, false);
    m_banner->showMessage(MessageBanner::Kind::Info, tr("Saved policy %1.").arg(policy.name));
}

void PolicyEditor::updateLevelControls()
{
    const ThrottlePolicyLevel level = levels.at(std::size_t(std::max(0, m_level->currentIndex())));
    m_burstGroup->setVisible(level == ThrottlePolicyLevel::Subscription);
    m_customGroup->setVisible(level == ThrottlePolicyLevel::Custom);
    m_groupsBox->setVisible(level == ThrottlePolicyLevel::Advanced);
}

void PolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyEditor::retranslate()
{
    m_tabs->setTabText(0, tr("Definition"));
    m_level->setItemText(0, tr("Advanced (API or resource)"));
    m_level->setItemText(1, tr("Subscription"));
    m_level->setItemText(2, tr("Application"));
    m_level->setItemText(3, tr("Custom (key template)"));
    m_burstUnit->setItemText(0, tr("per second"));
    m_burstUnit->setItemText(1, tr("per minute"));
    m_burstGroup->setTitle(tr("&Burst control"));
    m_stopOnQuotaReach->setText(tr("Stop on quota reach"));
    m_stopOnQuotaReach->setToolTip(tr("Off: requests over the quota pass and are only counted (billing)"));
    m_customGroup->setTitle(tr("Custom policy"));
    m_keyTemplate->setPlaceholderText(QStringLiteral("$userId:$apiContext:$apiVersion"));
    m_keyTemplate->setToolTip(tr("Requests with the same expanded key share one counter. Variables: $userId, "
                                 "$apiContext, $apiVersion, $appId, $appTenant, $clientIp, $resourceKey"));
    m_groupsBox->setTitle(tr("Conditional groups (the first group whose conditions all match replaces the "
                             "default limit)"));
    if (auto *usagesBox = findChild<QGroupBox *>(QStringLiteral("usagesBox")))
        usagesBox->setTitle(tr("Where it is used"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the policy in the workspace (Ctrl+S)"));
    m_revertButton->setText(tr("Re&vert"));
    const auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(0));
    if (auto *form = qobject_cast<QFormLayout *>(scroll->widget()->layout()->itemAt(0)->layout())) {
        const QStringList labels { tr("&Name:"), tr("Display name:"), tr("Description:"), tr("&Level:"),
            tr("Default &limit:") };
        for (int row = 0; row < labels.size(); ++row) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
                label->setText(labels.at(row));
        }
    }
}

} // namespace Gatehouse
