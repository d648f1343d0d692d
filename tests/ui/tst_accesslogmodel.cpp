#include "accesslogmodel.h"
#include "apirequestcountmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Gatehouse;

static AccessLogEntry makeEntry(
    int number, const QString &apiId = QStringLiteral("pets"), int status = 200, double durationMs = 2.0)
{
    AccessLogEntry entry;
    entry.timestamp = QDateTime::currentDateTimeUtc();
    entry.environment = QStringLiteral("choreo-local");
    entry.requestId = QByteArray::number(number);
    entry.method = "GET";
    entry.path = "/petstore/1.0.0/pets?n=" + QByteArray::number(number);
    entry.status = status;
    entry.durationMs = durationMs;
    entry.apiId = apiId;
    entry.apiName = apiId.isEmpty() ? QString() : apiId.toUpper();
    entry.upstream = "http://127.0.0.1:1/";
    return entry;
}

class TestAccessLogModel : public QObject
{
    Q_OBJECT

private slots:
    void appendsInBatchesNewestLast()
    {
        AccessLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 10; ++i)
            model.append(makeEntry(i));
        QCOMPARE(model.rowCount(), 0); // not before the batch is flushed
        QTRY_COMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, AccessLogModel::PathColumn).data().toString(),
            QStringLiteral("/petstore/1.0.0/pets?n=0"));
        QCOMPARE(model.index(9, AccessLogModel::PathColumn).data().toString(),
            QStringLiteral("/petstore/1.0.0/pets?n=9"));
        QCOMPARE(model.index(9, AccessLogModel::StatusColumn).data().toInt(), 200);
        QCOMPARE(model.index(9, AccessLogModel::MethodColumn).data().toString(), QStringLiteral("GET"));
        QCOMPARE(model.index(9, AccessLogModel::ApiColumn).data().toString(), QStringLiteral("PETS"));
    }

    void staysBounded_data()
    {
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("firstBatch");
        QTest::addColumn<int>("secondBatch");
        QTest::newRow("fits") << 20 << 5 << 5;
        QTest::newRow("second batch pushes out the oldest") << 8 << 5 << 5;
        QTest::newRow("one batch larger than the bound") << 4 << 2 << 9;
        QTest::newRow("bound of one") << 1 << 3 << 3;
    }

    void staysBounded()
    {
        QFETCH(int, maxRows);
        QFETCH(int, firstBatch);
        QFETCH(int, secondBatch);
        AccessLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(maxRows);
        int number = 0;
        for (int i = 0; i < firstBatch; ++i)
            model.append(makeEntry(number++));
        model.flush();
        for (int i = 0; i < secondBatch; ++i)
            model.append(makeEntry(number++));
        model.flush();
        const int expectedRows = qMin(maxRows, firstBatch + secondBatch);
        QCOMPARE(model.rowCount(), expectedRows);
        // The newest entries survive, oldest first.
        for (int row = 0; row < expectedRows; ++row)
            QCOMPARE(model.entry(row).requestId, QByteArray::number(number - expectedRows + row));
    }

    void shrinkingTheBoundDropsOldest()
    {
        AccessLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 6; ++i)
            model.append(makeEntry(i));
        model.flush();
        model.setMaxRows(2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).requestId, QByteArray("4"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void describesLocalErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("errorCode");
        QTest::addColumn<QString>("apiId");
        QTest::addColumn<QString>("upstreamText");
        QTest::addColumn<QString>("apiText");
        QTest::addColumn<bool>("highlighted");
        QTest::newRow("proxied") << 200 << QByteArray() << QStringLiteral("pets")
                                 << QStringLiteral("http://127.0.0.1:1/") << QStringLiteral("PETS") << false;
        QTest::newRow("no resource") << 404 << QByteArray("900906") << QString()
                                     << QStringLiteral("error 900906") << QStringLiteral("(no API)") << true;
        QTest::newRow("upstream down") << 503 << QByteArray("101503") << QStringLiteral("pets")
                                       << QStringLiteral("error 101503") << QStringLiteral("PETS") << true;
    }

    void describesLocalErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, errorCode);
        QFETCH(QString, apiId);
        QFETCH(QString, upstreamText);
        QFETCH(QString, apiText);
        QFETCH(bool, highlighted);
        AccessLogModel model;
        AccessLogEntry entry = makeEntry(1, apiId, status);
        entry.errorCode = errorCode;
        model.append(entry);
        model.flush();
        QCOMPARE(model.index(0, AccessLogModel::UpstreamColumn).data().toString(), upstreamText);
        QCOMPARE(model.index(0, AccessLogModel::ApiColumn).data().toString(), apiText);
        QCOMPARE(
            model.index(0, AccessLogModel::StatusColumn).data(Qt::ForegroundRole).isValid(), highlighted);
    }

    void describesSecurity_data()
    {
        QTest::addColumn<QByteArray>("authMethod");
        QTest::addColumn<QString>("application");
        QTest::addColumn<QByteArray>("authFailure");
        QTest::addColumn<QString>("securityText");
        QTest::newRow("open") << QByteArray() << QString() << QByteArray() << QString();
        QTest::newRow("token of an application") << QByteArray("oauth2") << QStringLiteral("Shop")
                                                 << QByteArray() << QStringLiteral("oauth2 · Shop");
        QTest::newRow("basic user") << QByteArray("basic_auth") << QString() << QByteArray()
                                    << QStringLiteral("basic_auth");
        QTest::newRow("refused") << QByteArray() << QString() << QByteArray("no credentials in the request")
                                 << QStringLiteral("refused: no credentials in the request");
    }

    void describesSecurity()
    {
        QFETCH(QByteArray, authMethod);
        QFETCH(QString, application);
        QFETCH(QByteArray, authFailure);
        QFETCH(QString, securityText);
        AccessLogModel model;
        AccessLogEntry entry = makeEntry(1, QStringLiteral("pets"), authFailure.isEmpty() ? 200 : 401);
        entry.authMethod = authMethod;
        entry.application = application;
        entry.authFailure = authFailure;
        model.append(entry);
        model.flush();
        QCOMPARE(model.index(0, AccessLogModel::SecurityColumn).data().toString(), securityText);
    }

    void countsRequestsPerApi()
    {
        ApiRequestCountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.record(makeEntry(1, QStringLiteral("pets"), 200, 2.0));
        model.record(makeEntry(2, QStringLiteral("pets"), 500, 4.0));
        model.record(makeEntry(3, QStringLiteral("orders"), 200, 1.0));
        model.record(makeEntry(4, QString(), 404, 1.0));
        model.record(makeEntry(5, QStringLiteral("pets"), 201, 3.0));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.totalRequests(), 5);
        QCOMPARE(model.apiLabel(0), QStringLiteral("PETS"));
        QCOMPARE(model.requestCount(0), 3);
        QCOMPARE(model.index(0, ApiRequestCountModel::RequestsColumn).data().toLongLong(), 3);
        QCOMPARE(model.index(0, ApiRequestCountModel::ErrorsColumn).data().toLongLong(), 1);
        QCOMPARE(model.index(0, ApiRequestCountModel::LatencyColumn).data().toString(),
            QLocale().toString(3.0, 'f', 2));
        QCOMPARE(model.apiLabel(2), QStringLiteral("(no API)"));
        QCOMPARE(model.index(2, ApiRequestCountModel::ErrorsColumn).data().toLongLong(), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.record(makeEntry(6, QStringLiteral("orders")));
        QTRY_VERIFY(!changed.isEmpty()); // coalesced, but delivered
        QSet<int> changedRows;
        for (const QList<QVariant> &arguments : std::as_const(changed))
            changedRows.insert(arguments.at(0).toModelIndex().row());
        QVERIFY(changedRows.contains(1));
        QCOMPARE(model.requestCount(1), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalRequests(), 0);
    }
};

QTEST_MAIN(TestAccessLogModel)
#include "tst_accesslogmodel.moc"
