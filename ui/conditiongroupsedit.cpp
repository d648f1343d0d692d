#include "conditiongroupsedit.h"

#include "pagewidgets.h"
#include "throttlelimitedit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <array>

namespace Gatehouse {

namespace {

constexpr std::array conditionTypes { ThrottleConditionType::Header, ThrottleConditionType::Ip,
    ThrottleConditionType::QueryParameter, ThrottleConditionType::JwtClaim };

// The field paths of WSO2's admin JSON that a cell shows, as ThrottlePolicyValidation names them.
QStringList fieldsOfColumn(ThrottleConditionType type, int column)
{
    const bool value = column == ConditionGroupsEdit::ValueColumn;
    switch (type) {
    case ThrottleConditionType::Ip:
        if (column == ConditionGroupsEdit::EndColumn)
            return { QStringLiteral("ipCondition.endingIP") };
        return value ? QStringList { QStringLiteral("ipCondition.specificIP"),
            QStringLiteral("ipCondition.startingIP") }
                     : QStringList {};
    case ThrottleConditionType::Header:
        return { value ? QStringLiteral("headerCondition.headerValue")
                       : QStringLiteral("headerCondition.headerName") };
    case ThrottleConditionType::QueryParameter:
        return { value ? QStringLiteral("queryParameterCondition.parameterValue")
                       : QStringLiteral("queryParameterCondition.parameterName") };
    case ThrottleConditionType::JwtClaim:
        return { value ? QStringLiteral("jwtClaimsCondition.attribute")
                       : QStringLiteral("jwtClaimsCondition.claimUrl") };
    }
    return {};
}

QString conditionPath(int group, int condition)
{
    return QStringLiteral("conditionalGroups[%1].conditions[%2]").arg(group).arg(condition);
}

} // namespace

ConditionGroupsEdit::ConditionGroupsEdit(QWidget *parent)
    : QWidget(parent)
    , m_groupList(new QListWidget(this))
    , m_addGroup(new QPushButton(this))
    , m_removeGroup(new QPushButton(this))
    , m_description(new QLineEdit(this))
    , m_limit(new ThrottleLimitEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_limitLabel(new QLabel(this))
    , m_conditions(PageWidgets::createTable(this, ColumnCount))
    , m_addCondition(new QPushButton(this))
    , m_removeCondition(new QPushButton(this))
{
    m_groupList->setObjectName(QStringLiteral("conditionGroupList"));
    m_conditions->setObjectName(QStringLiteral("conditionsTable"));
    m_conditions->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_conditions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conditions->horizontalHeader()->setSectionResizeMode(InvertColumn, QHeaderView::ResizeToContents);
    m_groupList->setMaximumWidth(220);

    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_addGroup);
    groupButtons->addWidget(m_removeGroup);
    auto *groupsColumn = new QVBoxLayout;
    groupsColumn->addWidget(m_groupList, 1);
    groupsColumn->addLayout(groupButtons);

    auto *conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(m_addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addStretch(1);
    auto *details = new QFormLayout;
    details->addRow(m_descriptionLabel, m_description);
    details->addRow(m_limitLabel, m_limit);
    auto *groupColumn = new QVBoxLayout;
    groupColumn->addLayout(details);
    groupColumn->addWidget(m_conditions, 1);
    groupColumn->addLayout(conditionButtons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(groupsColumn);
    layout->addLayout(groupColumn, 1);

    connect(m_groupList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeCurrentGroup();
        showGroup(row);
    });
    connect(m_addGroup, &QPushButton::clicked, this, &ConditionGroupsEdit::addGroup);
    connect(m_removeGroup, &QPushButton::clicked, this, &ConditionGroupsEdit::removeCurrentGroup);
    connect(
        m_addCondition, &QPushButton::clicked, this, [this] { addCondition(ThrottleConditionType::Header); });
    connect(m_removeCondition, &QPushButton::clicked, this, [this] {
        const int row = PageWidgets::selectedRow(m_conditions);
        if (row < 0)
            return;
        m_conditions->removeRow(row);
        storeCurrentGroup();
        emit changed();
    });
    const auto edited = [this] {
        if (m_loading)
            return;
        storeCurrentGroup();
        refreshGroupTitles();
        emit changed();
    };
    connect(m_description, &QLineEdit::textChanged, this, edited);
    connect(m_limit, &ThrottleLimitEdit::changed, this, edited);
    connect(m_conditions, &QTableWidget::itemChanged, this, edited);
    retranslate();
    showGroup(-1);
}

std::vector<ConditionalGroup> ConditionGroupsEdit::groups() const
{
    return m_groups;
}

void ConditionGroupsEdit::setGroups(const std::vector<ConditionalGroup> &groups)
{
    m_groups = groups;
    m_shownGroup = -1;
    m_loading = true;
    m_groupList->clear();
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        m_groupList->addItem(QString());
    m_loading = false;
    refreshGroupTitles();
    if (!m_groups.empty())
        m_groupList->setCurrentRow(0);
    else
        showGroup(-1);
}

int ConditionGroupsEdit::currentGroup() const
{
    return m_shownGroup;
}

void ConditionGroupsEdit::setCurrentGroup(int group)
{
    m_groupList->setCurrentRow(group);
}

void ConditionGroupsEdit::addGroup()
{
    storeCurrentGroup();
    ConditionalGroup group;
    group.limit.count = 100;
    group.conditions.push_back({});
    m_groups.push_back(group);
    m_loading = true;
    m_groupList->addItem(QString());
    m_loading = false;
    refreshGroupTitles();
    m_groupList->setCurrentRow(int(m_groups.size()) - 1);
    emit changed();
}

void ConditionGroupsEdit::removeCurrentGroup()
{
    if (m_shownGroup < 0)
        return;
    const int removed = m_shownGroup;
    m_groups.erase(m_groups.begin() + removed);
    m_shownGroup = -1;
    m_loading = true;
    delete m_groupList->takeItem(removed);
    m_loading = false;
    refreshGroupTitles();
    showGroup(m_groups.empty() ? -1 : std::min(removed, int(m_groups.size()) - 1));
    m_groupList->setCurrentRow(m_shownGroup);
    emit changed();
}

void ConditionGroupsEdit::addCondition(ThrottleConditionType type)
{
    if (m_shownGroup < 0)
        addGroup();
    ThrottleCondition condition;
    condition.type = type;
    m_loading = true;
    insertConditionRow(condition);
    m_loading = false;
    storeCurrentGroup();
    m_conditions->setCurrentCell(m_conditions->rowCount() - 1, NameColumn);
    emit changed();
}

void ConditionGroupsEdit::storeCurrentGroup()
{
    if (m_shownGroup < 0 || m_shownGroup >= int(m_groups.size()))
        return;
    ConditionalGroup &group = m_groups[std::size_t(m_shownGroup)];
    group.description = m_description->text().trimmed();
    group.limit = m_limit->limit();
    group.conditions.clear();
    for (int row = 0; row < m_conditions->rowCount(); ++row)
        group.conditions.push_back(conditionAt(row));
}

void ConditionGroupsEdit::showGroup(int group)
{
    m_loading = true;
    m_shownGroup = group;
    const bool valid = group >= 0 && group < int(m_groups.size());
    m_description->setEnabled(valid);
    m_limit->setEnabled(valid);
    m_conditions->setEnabled(valid);
    m_addCondition->setEnabled(valid);
    m_removeCondition->setEnabled(valid);
    m_removeGroup->setEnabled(valid);
    m_conditions->setRowCount(0);
    if (valid) {
        const ConditionalGroup &shown = m_groups.at(std::size_t(group));
        m_description->setText(shown.description);
        m_limit->setLimit(shown.limit);
        for (const ThrottleCondition &condition : shown.conditions)
            insertConditionRow(condition);
    } else {
        m_description->clear();
    }
    m_loading = false;
    markProblems();
}

void ConditionGroupsEdit::insertConditionRow(const ThrottleCondition &condition)
{
    const int row = m_conditions->rowCount();
    m_conditions->insertRow(row);
    auto *type = new QComboBox(m_conditions);
    type->addItems({ tr("Header"), tr("IP address"), tr("Query parameter"), tr("JWT claim") });
    type->setCurrentIndex(int(
        std::find(conditionTypes.begin(), conditionTypes.end(), condition.type) - conditionTypes.begin()));
    m_conditions->setCellWidget(row, TypeColumn, type);
    auto *invert = new QTableWidgetItem;
    invert->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    invert->setCheckState(condition.invert ? Qt::Checked : Qt::Unchecked);
    m_conditions->setItem(row, InvertColumn, invert);
    const bool ip = condition.type == ThrottleConditionType::Ip;
    m_conditions->setItem(row, NameColumn, new QTableWidgetItem(condition.name));
    m_conditions->setItem(row, ValueColumn, new QTableWidgetItem(ip ? condition.startIp : condition.value));
    m_conditions->setItem(row, EndColumn, new QTableWidgetItem(condition.endIp));
    updateRowEditability(row);
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        for (int r = 0; r < m_conditions->rowCount(); ++r) {
            if (m_conditions->cellWidget(r, TypeColumn) == type)
                updateRowEditability(r);
        }
        storeCurrentGroup();
        emit changed();
    });
}

ThrottleCondition ConditionGroupsEdit::conditionAt(int row) const
{
    ThrottleCondition condition;
    if (const auto *type = qobject_cast<QComboBox *>(m_conditions->cellWidget(row, TypeColumn)))
        condition.type = conditionTypes.at(std::size_t(std::max(0, type->currentIndex())));
    const auto text = [&](int column) {
        const QTableWidgetItem *item = m_conditions->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    condition.invert = m_conditions->item(row, InvertColumn)->checkState() == Qt::Checked;
    if (condition.type == ThrottleConditionType::Ip) {
        condition.startIp = text(ValueColumn);
        condition.endIp = text(EndColumn);
    } else {
        condition.name = text(NameColumn);
        condition.value = text(ValueColumn);
    }
    return condition;
}

void ConditionGroupsEdit::updateRowEditability(int row)
{
    const bool ip = conditionAt(row).type == ThrottleConditionType::Ip;
    const QSignalBlocker blocker(m_conditions);
    for (const auto &[column, editable] : { std::pair { NameColumn, !ip }, std::pair { EndColumn, ip } }) {
        QTableWidgetItem *item = m_conditions->item(row, column);
        item->setFlags(
            editable ? (Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsSelectable) : Qt::NoItemFlags);
        if (!editable)
            item->setText(QString());
    }
    m_conditions->item(row, ValueColumn)
        ->setToolTip(
            ip ? tr("An IPv4 or IPv6 address; with \"To\" the first address of the range")
               : tr("A regular expression searched in the value (WSO2 semantics): ^abc$ for an exact match"));
}

void ConditionGroupsEdit::refreshGroupTitles()
{
    for (int i = 0; i < m_groupList->count() && i < int(m_groups.size()); ++i) {
        const ConditionalGroup &group = m_groups.at(std::size_t(i));
        m_groupList->item(i)->setText(
            group.description.isEmpty() ? tr("Group %1").arg(i + 1) : group.description);
    }
}

void ConditionGroupsEdit::setProblems(const QHash<QString, QString> &problems)
{
    m_problems = problems;
    markProblems();
}

void ConditionGroupsEdit::markProblems()
{
    const QSignalBlocker blocker(m_conditions);
    for (int row = 0; row < m_conditions->rowCount(); ++row) {
        const ThrottleConditionType type = conditionAt(row).type;
        for (int column : { NameColumn, ValueColumn, EndColumn }) {
            QTableWidgetItem *item = m_conditions->item(row, column);
            QString problem;
            for (const QString &field : fieldsOfColumn(type, column))
                problem
                    = m_problems.value(conditionPath(m_shownGroup, row) + QLatin1Char('.') + field, problem);
            item->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xf5, 0xb7, 0xb1)));
            if (!problem.isEmpty())
                item->setToolTip(problem);
        }
    }
    for (int i = 0; i < m_groupList->count(); ++i) {
        const QString prefix = QStringLiteral("conditionalGroups[%1]").arg(i);
        const bool bad = std::any_of(m_problems.keyBegin(), m_problems.keyEnd(),
            [&](const QString &path) { return path.startsWith(prefix); });
        m_groupList->item(i)->setForeground(bad ? QBrush(QColor(0xc0, 0x39, 0x2b)) : QBrush());
    }
}

void ConditionGroupsEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConditionGroupsEdit::retranslate()
{
    m_descriptionLabel->setText(tr("Description:"));
    m_limitLabel->setText(tr("Limit:"));
    m_addGroup->setText(tr("Add &Group"));
    m_removeGroup->setText(tr("Remove Group"));
    m_addCondition->setText(tr("Add &Condition"));
    m_removeCondition->setText(tr("Remove Condition"));
    m_description->setPlaceholderText(tr("e.g. partners"));
    m_conditions->setHorizontalHeaderLabels(
        { tr("Type"), tr("Invert"), tr("Name"), tr("Value or IP address"), tr("To (IP range)") });
    refreshGroupTitles();
}

} // namespace Gatehouse
