#include "throttledrequestsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gatehouse;

namespace {

AccessLogEntry entry(
    const QString &environment, const QString &api, int status, const QByteArray &code, const QString &policy)
{
    AccessLogEntry logged;
    logged.timestamp = QDateTime::currentDateTimeUtc();
    logged.environment = environment;
    logged.apiId = api.isEmpty() ? QString() : api.toLower();
    logged.apiName = api;
    logged.status = status;
    logged.errorCode = code;
    logged.throttledBy = policy;
    return logged;
}

} // namespace

// The Environments page's "Throttled" tab: only rate-limit refusals count, per environment, API and policy.
class TestThrottledRequestsModel : public QObject
{
    Q_OBJECT

private slots:
    void counts_data();
    void counts();
    void clearEmpties();
};

void TestThrottledRequestsModel::counts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("counted");
    QTest::newRow("API-level advanced policy") << 429 << QByteArray("900800") << true;
    QTest::newRow("resource level") << 429 << QByteArray("900802") << true;
    QTest::newRow("application level") << 429 << QByteArray("900803") << true;
    QTest::newRow("subscription level") << 429 << QByteArray("900804") << true;
    QTest::newRow("custom policy") << 429 << QByteArray("900806") << true;
    QTest::newRow("served") << 200 << QByteArray() << false;
    QTest::newRow("backend's own 429") << 429 << QByteArray() << false;
    QTest::newRow("authentication failure") << 401 << QByteArray("900901") << false;
}

void TestThrottledRequestsModel::counts()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(bool, counted);
    ThrottledRequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 3; ++i)
        model.record(
            entry(QStringLiteral("dev"), QStringLiteral("Shop"), status, code, QStringLiteral("10PerMin")));
    model.record(
        entry(QStringLiteral("qa"), QStringLiteral("Shop"), status, code, QStringLiteral("10PerMin")));
    QCOMPARE(model.rowCount(), counted ? 2 : 0);
    QCOMPARE(model.throttled(QStringLiteral("dev"), QStringLiteral("Shop"), QStringLiteral("10PerMin")),
        counted ? 3 : 0);
    QCOMPARE(model.total(), counted ? 4 : 0);
    if (counted) {
        QCOMPARE(model.index(0, ThrottledRequestsModel::PolicyColumn).data().toString(),
            QStringLiteral("10PerMin"));
        QCOMPARE(
            model.index(0, ThrottledRequestsModel::CodeColumn).data().toString(), QString::fromLatin1(code));
        QCOMPARE(model.index(0, ThrottledRequestsModel::CountColumn).data().toString(), QStringLiteral("3"));
    }
}

void TestThrottledRequestsModel::clearEmpties()
{
    ThrottledRequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.record(entry(QStringLiteral("dev"), QStringLiteral("Shop"), 429, "900802", QStringLiteral("A")));
    model.record(entry(QStringLiteral("dev"), QStringLiteral("Shop"), 429, "900804", QStringLiteral("Gold")));
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

QTEST_MAIN(TestThrottledRequestsModel)
#include "tst_throttledrequestsmodel.moc"
