#include "conditiongroupsedit.h"
#include "pagewidgets.h"
#include "policyeditor.h"
#include "policypage.h"
#include "throttlelimitedit.h"
#include "throttlesimulatorview.h"

#include <QChart>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Gatehouse;

namespace {

ThrottleLimit requests(qint64 count, ThrottleTimeUnit unit = ThrottleTimeUnit::Minute, int unitTime = 1)
{
    ThrottleLimit limit;
    limit.count = count;
    limit.timeUnit = unit;
    limit.unitTime = unitTime;
    return limit;
}

ThrottlePolicy advancedWithGroups()
{
    ThrottlePolicy policy;
    policy.name = QStringLiteral("Partners");
    policy.displayName = QStringLiteral("Partner traffic");
    policy.description = QStringLiteral("More for partners");
    policy.defaultLimit = requests(100);
    ConditionalGroup partners;
    partners.description = QStringLiteral("partners");
    partners.limit = requests(1000);
    partners.conditions.push_back({ ThrottleConditionType::Header, false, QStringLiteral("X-Tier"),
        QStringLiteral("^partner$"), {}, {} });
    partners.conditions.push_back({ ThrottleConditionType::Ip, true, {}, {}, QStringLiteral("10.0.0.1"),
        QStringLiteral("10.0.0.255") });
    ConditionalGroup claims;
    claims.limit.type = ThrottleLimitType::Bandwidth;
    claims.limit.dataAmount = 5;
    claims.limit.dataUnit = DataUnit::MB;
    claims.limit.timeUnit = ThrottleTimeUnit::Hour;
    claims.conditions.push_back({ ThrottleConditionType::JwtClaim, false, QStringLiteral("department"),
        QStringLiteral("sales|support"), {}, {} });
    claims.conditions.push_back({ ThrottleConditionType::QueryParameter, false, QStringLiteral("debug"),
        QStringLiteral("1"), {}, {} });
    policy.conditionalGroups = { partners, claims };
    return policy;
}

} // namespace

Q_DECLARE_METATYPE(Gatehouse::ThrottlePolicy)

// The policy editor round-trips every level, shows only the controls of the policy's level, builds
// condition groups, marks the cells the policy check complains about and refuses to save until fixed.
class TestPolicyEditor : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void levelControls_data();
    void levelControls();
    void buildingGroupsAndConditions();
    void problemsAreMarkedAndBlockSaving();
    void revertRestoresTheSavedPolicy();
    void undoAndRedoEveryEdit();
    void simulatorRunsTheEditedPolicy();
    void simulatorRefusesBadInput();
};

void TestPolicyEditor::roundTrip_data()
{
    QTest::addColumn<ThrottlePolicy>("policy");
    QTest::newRow("advanced with header, IP range, claim and query conditions") << advancedWithGroups();
    ThrottlePolicy gold;
    gold.name = QStringLiteral("Gold");
    gold.level = ThrottlePolicyLevel::Subscription;
    gold.defaultLimit = requests(5000);
    gold.rateLimitCount = 50;
    gold.rateLimitTimeUnit = ThrottleTimeUnit::Second;
    gold.stopOnQuotaReach = false;
    gold.billingPlan = QStringLiteral("COMMERCIAL");
    gold.graphQLMaxDepth = 7;
    QTest::newRow("subscription with burst control, billing plan kept") << gold;
    ThrottlePolicy perApp;
    perApp.name = QStringLiteral("50PerMin");
    perApp.level = ThrottlePolicyLevel::Application;
    perApp.defaultLimit = requests(50);
    QTest::newRow("application") << perApp;
    ThrottlePolicy custom;
    custom.name = QStringLiteral("PerUser");
    custom.level = ThrottlePolicyLevel::Custom;
    custom.defaultLimit = requests(10, ThrottleTimeUnit::Second, 5);
    custom.keyTemplate = QStringLiteral("$userId:$apiContext:$apiVersion");
    QTest::newRow("custom with a key template") << custom;
    ThrottlePolicy bandwidth;
    bandwidth.name = QStringLiteral("1GBPerDay");
    bandwidth.defaultLimit.type = ThrottleLimitType::Bandwidth;
    bandwidth.defaultLimit.dataAmount = 1;
    bandwidth.defaultLimit.dataUnit = DataUnit::GB;
    bandwidth.defaultLimit.timeUnit = ThrottleTimeUnit::Day;
    QTest::newRow("advanced bandwidth") << bandwidth;
}

void TestPolicyEditor::roundTrip()
{
    QFETCH(ThrottlePolicy, policy);
    PolicyEditor editor;
    editor.setPolicy(policy);
    QCOMPARE(editor.policy(), policy);
    QVERIFY(!editor.isModified());
    QSignalSpy saveRequested(&editor, &PolicyEditor::saveRequested);
    QVERIFY(editor.save());
    QCOMPARE(saveRequested.size(), 1);
    QCOMPARE(saveRequested.constFirst().at(0).value<ThrottlePolicy>(), policy);
    QCOMPARE(saveRequested.constFirst().at(1).toString(), policy.name);
}

void TestPolicyEditor::levelControls_data()
{
    QTest::addColumn<ThrottlePolicyLevel>("level");
    QTest::addColumn<bool>("burst");
    QTest::addColumn<bool>("keyTemplate");
    QTest::addColumn<bool>("groups");
    QTest::newRow("advanced") << ThrottlePolicyLevel::Advanced << false << false << true;
    QTest::newRow("subscription") << ThrottlePolicyLevel::Subscription << true << false << false;
    QTest::newRow("application") << ThrottlePolicyLevel::Application << false << false << false;
    QTest::newRow("custom") << ThrottlePolicyLevel::Custom << false << true << false;
}

void TestPolicyEditor::levelControls()
{
    QFETCH(ThrottlePolicyLevel, level);
    QFETCH(bool, burst);
    QFETCH(bool, keyTemplate);
    QFETCH(bool, groups);
    PolicyEditor editor;
    ThrottlePolicy policy;
    policy.name = QStringLiteral("P");
    policy.level = level;
    policy.defaultLimit = requests(10);
    editor.setPolicy(policy);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.findChild<QSpinBox *>(QStringLiteral("burstCount"))->isVisibleTo(&editor), burst);
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("keyTemplate"))->isVisibleTo(&editor), keyTemplate);
    QCOMPARE(editor.conditionGroups()->isVisibleTo(&editor), groups);
}

void TestPolicyEditor::buildingGroupsAndConditions()
{
    PolicyEditor editor;
    ThrottlePolicy policy;
    policy.name = QStringLiteral("Built");
    policy.defaultLimit = requests(60);
    editor.setPolicy(policy, true);
    ConditionGroupsEdit *groups = editor.conditionGroups();
    groups->addCondition(ThrottleConditionType::Ip); // adds the first group too
    QTableWidget *table = groups->conditionsTable();
    // addGroup() starts a group with one empty header condition; the IP condition is the second row.
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(!(table->item(1, ConditionGroupsEdit::NameColumn)->flags() & Qt::ItemIsEditable));
    table->item(1, ConditionGroupsEdit::ValueColumn)->setText(QStringLiteral("2001:db8::1"));
    table->item(1, ConditionGroupsEdit::EndColumn)->setText(QStringLiteral("2001:db8::ff"));
    table->item(0, ConditionGroupsEdit::NameColumn)->setText(QStringLiteral("User-Agent"));
    table->item(0, ConditionGroupsEdit::ValueColumn)->setText(QStringLiteral("curl/.*"));
    table->item(0, ConditionGroupsEdit::InvertColumn)->setCheckState(Qt::Checked);
    QVERIFY(editor.isModified());

    const ThrottlePolicy edited = editor.policy();
    QCOMPARE(edited.conditionalGroups.size(), std::size_t(1));
    const std::vector<ThrottleCondition> &conditions = edited.conditionalGroups.front().conditions;
    QCOMPARE(conditions.size(), std::size_t(2));
    QCOMPARE(conditions.at(0).type, ThrottleConditionType::Header);
    QVERIFY(conditions.at(0).invert);
    QCOMPARE(conditions.at(0).name, QStringLiteral("User-Agent"));
    QCOMPARE(conditions.at(0).value, QStringLiteral("curl/.*"));
    QCOMPARE(conditions.at(1).type, ThrottleConditionType::Ip);
    QCOMPARE(conditions.at(1).startIp, QStringLiteral("2001:db8::1"));
    QCOMPARE(conditions.at(1).endIp, QStringLiteral("2001:db8::ff"));

    groups->addGroup();
    QCOMPARE(editor.policy().conditionalGroups.size(), std::size_t(2));
    groups->setCurrentGroup(0);
    QCOMPARE(groups->conditionsTable()->rowCount(), 2); // the first group's conditions came back
    groups->removeCurrentGroup();
    QCOMPARE(editor.policy().conditionalGroups.size(), std::size_t(1));
    QCOMPARE(editor.policy().conditionalGroups.front().conditions.size(), std::size_t(1));
}

void TestPolicyEditor::problemsAreMarkedAndBlockSaving()
{
    PolicyEditor editor;
    // The wiring under test: whatever the policy check reports by field path reaches the cells.
    editor.setValidator([](const ThrottlePolicy &policy) {
        QHash<QString, QString> problems;
        for (std::size_t g = 0; g < policy.conditionalGroups.size(); ++g) {
            const auto &conditions = policy.conditionalGroups.at(g).conditions;
            for (std::size_t c = 0; c < conditions.size(); ++c) {
                if (conditions.at(c).type == ThrottleConditionType::Ip
                    && conditions.at(c).startIp == QLatin1String("bad"))
                    problems.insert(
                        QStringLiteral("conditionalGroups[%1].conditions[%2].ipCondition.startingIP")
                            .arg(g)
                            .arg(c),
                        QStringLiteral("not an IP address"));
            }
        }
        return problems;
    });
    ThrottlePolicy policy = advancedWithGroups();
    editor.setPolicy(policy);
    QTableWidgetItem *startIp
        = editor.conditionGroups()->conditionsTable()->item(1, ConditionGroupsEdit::ValueColumn);
    startIp->setText(QStringLiteral("bad"));
    QCOMPARE(editor.problems().size(), 1);
    QCOMPARE(startIp->toolTip(), QStringLiteral("not an IP address"));
    QVERIFY(startIp->background().color() != QColor());
    QVERIFY(!editor.findChild<QPushButton *>(QStringLiteral("savePolicyButton"))->isEnabled());
    QSignalSpy saveRequested(&editor, &PolicyEditor::saveRequested);
    QVERIFY(!editor.save());
    QCOMPARE(saveRequested.size(), 0);

    startIp->setText(QStringLiteral("10.0.0.1"));
    QVERIFY(editor.problems().isEmpty());
    QCOMPARE(startIp->background().style(), Qt::NoBrush);
    QVERIFY(editor.save());
    QCOMPARE(saveRequested.size(), 1);
}

void TestPolicyEditor::revertRestoresTheSavedPolicy()
{
    PolicyEditor editor;
    const ThrottlePolicy policy = advancedWithGroups();
    editor.setPolicy(policy);
    editor.findChild<QLineEdit *>(QStringLiteral("policyName"))
        ->setText(QStringLiteral("ignored: read-only"));
    editor.conditionGroups()->removeCurrentGroup();
    QVERIFY(editor.isModified());
    QVERIFY(editor.policy() != policy);
    editor.revert();
    QCOMPARE(editor.policy(), policy);
    QVERIFY(!editor.isModified());
}

void TestPolicyEditor::undoAndRedoEveryEdit()
{
    PolicyEditor editor;
    const ThrottlePolicy policy = advancedWithGroups();
    editor.setPolicy(policy);
    QUndoStack *stack = editor.undoStack();
    QCOMPARE(stack->count(), 0);
    auto *description = editor.findChild<QLineEdit *>(QStringLiteral("policyDescription"));
    QVERIFY(description);

    // Typing a word is one step; an edit after a pause is another.
    QTest::keyClicks(description, QStringLiteral(" now"));
    QCOMPARE(stack->count(), 1);
    QTest::qWait(PolicyEditor::undoMergeWindowMs + 100);
    editor.conditionGroups()->removeCurrentGroup();
    QCOMPARE(stack->count(), 2);
    const ThrottlePolicy edited = editor.policy();
    QCOMPARE(edited.description, policy.description + QStringLiteral(" now"));
    QCOMPARE(edited.conditionalGroups.size(), policy.conditionalGroups.size() - 1);

    stack->undo();
    QCOMPARE(editor.policy().conditionalGroups, policy.conditionalGroups);
    QCOMPARE(editor.policy().description, edited.description);
    stack->undo();
    QCOMPARE(editor.policy(), policy);
    QVERIFY(!editor.isModified());
    QCOMPARE(stack->count(), 2); // undone, not forgotten
    stack->redo();
    stack->redo();
    QCOMPARE(editor.policy(), edited);
    QVERIFY(editor.isModified());

    // Revert is itself undoable; showing another policy starts a new history.
    editor.revert();
    QCOMPARE(editor.policy(), policy);
    stack->undo();
    QCOMPARE(editor.policy(), edited);
    editor.setPolicy(policy);
    QCOMPARE(stack->count(), 0);
}

void TestPolicyEditor::simulatorRunsTheEditedPolicy()
{
    PolicyPage page;
    ThrottlePolicy policy;
    policy.name = QStringLiteral("TenPerMinute");
    policy.defaultLimit = requests(10);
    page.editor()->setPolicy(policy);
    ThrottleSimulatorView *simulator = page.simulator();
    simulator->setRate(2, 60);
    QVERIFY2(simulator->run(),
        qPrintable(simulator->findChild<QLabel *>(QStringLiteral("simulationSummary"))->text()));
    QCOMPARE(simulator->lastResult().allowed, 19);
    QCOMPARE(simulator->lastResult().throttled, 101);
    const auto series = simulator->chart()->series();
    QCOMPARE(series.size(), 2);
    QCOMPARE(static_cast<QLineSeries *>(series.at(0))->count(), 60);
    const QString summary = simulator->findChild<QLabel *>(QStringLiteral("simulationSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("19 allowed")) && summary.contains(QStringLiteral("5.00 s")),
        qPrintable(summary));

    // Unsaved edits are what is simulated: a new partner group.
    page.editor()->conditionGroups()->addGroup(); // 100 a minute, with one empty header condition
    QTableWidget *table = page.editor()->conditionGroups()->conditionsTable();
    table->item(0, ConditionGroupsEdit::NameColumn)->setText(QStringLiteral("X-Tier"));
    table->item(0, ConditionGroupsEdit::ValueColumn)->setText(QStringLiteral("^partner$"));
    simulator->setHeaders(QStringLiteral("X-Tier: partner"));
    QVERIFY2(simulator->run(),
        qPrintable(simulator->findChild<QLabel *>(QStringLiteral("simulationSummary"))->text()));
    QCOMPARE(simulator->lastResult().throttled, 0); // the new group's 100 a minute are never used up at 2/s
    QVERIFY(simulator->lastResult().limitDescription.startsWith(QStringLiteral("group 'group 1'")));
}

void TestPolicyEditor::simulatorRefusesBadInput()
{
    PolicyPage page;
    ThrottlePolicy policy;
    policy.name = QStringLiteral("P");
    policy.defaultLimit = requests(10);
    page.editor()->setPolicy(policy);
    ThrottleSimulatorView *simulator = page.simulator();
    simulator->setHeaders(QStringLiteral("no colon here"));
    QVERIFY(!simulator->run());
    QVERIFY(simulator->findChild<QLabel *>(QStringLiteral("simulationSummary"))
                ->text()
                .contains(QStringLiteral("Name: value")));
    simulator->setHeaders(QString());
    simulator->setRate(100'000, 3600);
    QVERIFY(!simulator->run());
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
