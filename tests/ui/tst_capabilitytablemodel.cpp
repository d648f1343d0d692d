#include "capabilitytablemodel.h"
#include "comparisonpage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Gatehouse;

// The bundled matrix, read straight from the source tree: the independent truth the model is checked against.
static QJsonObject sourceMatrix()
{
    QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/capabilities/matrix.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read matrix.json from the source tree");
    return QJsonDocument::fromJson(file.readAll()).object();
}

static QJsonObject sourceTable(const QString &tableId)
{
    const QJsonArray tables = sourceMatrix().value(QLatin1String("tables")).toArray();
    for (const QJsonValue &table : tables) {
        if (table.toObject().value(QLatin1String("id")).toString() == tableId)
            return table.toObject();
    }
    return QJsonObject();
}

class TestCapabilityTableModel : public QObject
{
    Q_OBJECT

private:
    CapabilityMatrix m_matrix;

    int tableIndex(const QString &tableId) const
    {
        const QList<CapabilityTable> tables = m_matrix.tables();
        for (int i = 0; i < tables.size(); ++i) {
            if (tables.at(i).id == tableId)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        const std::optional<CapabilityMatrix> matrix
            = CapabilityMatrix::load(CapabilityMatrix::bundledPath(), &error);
        QVERIFY2(matrix.has_value(), qPrintable(error));
        m_matrix = *matrix;
        QCOMPARE(m_matrix.tables().size(), sourceMatrix().value(QLatin1String("tables")).toArray().size());
    }

    void rowsMatchTheDataFile_data()
    {
        QTest::addColumn<QString>("tableId");
        const QJsonArray tables = sourceMatrix().value(QLatin1String("tables")).toArray();
        QVERIFY(tables.size() >= 3);
        for (const QJsonValue &table : tables) {
            const QString id = table.toObject().value(QLatin1String("id")).toString();
            QTest::newRow(qPrintable(id)) << id;
        }
    }

    void rowsMatchTheDataFile()
    {
        QFETCH(QString, tableId);
        CapabilityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(m_matrix, tableIndex(tableId));

        const QJsonObject table = sourceTable(tableId);
        const QJsonArray rows = table.value(QLatin1String("rows")).toArray();
        const QJsonArray profiles = sourceMatrix().value(QLatin1String("profiles")).toArray();
        QCOMPARE(model.rowCount(), rows.size());
        QCOMPARE(model.columnCount(), profiles.size() + 2);
        QCOMPARE(model.headerData(model.verificationColumn(), Qt::Horizontal).toString(),
            QStringLiteral("Verified here"));

        for (int p = 0; p < profiles.size(); ++p) {
            const QJsonObject profile = profiles.at(p).toObject();
            const int column = model.profileColumn(profile.value(QLatin1String("id")).toString());
            QCOMPARE(column, p + 1);
            QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                profile.value(QLatin1String("name")).toString());
        }

        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            QCOMPARE(model.index(r, model.featureColumn()).data().toString(),
                row.value(QLatin1String("feature")).toString());
            QCOMPARE(model.index(r, 0).data(CapabilityTableModel::RowIdRole).toString(),
                row.value(QLatin1String("id")).toString());
            QVERIFY(model.index(r, model.verificationColumn()).data().toString().isEmpty());
            for (const QJsonValue &profileValue : profiles) {
                const QString profileId = profileValue.toObject().value(QLatin1String("id")).toString();
                const QJsonObject cell = row.value(profileId).toObject();
                const QString support = cell.value(QLatin1String("support")).toString();
                const QString text = cell.value(QLatin1String("text")).toString();
                const QModelIndex index = model.index(r, model.profileColumn(profileId));
                const QString display = index.data().toString();
                QVERIFY2(display.contains(text), qPrintable(display));
                const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
                if (support == QLatin1String("text")) {
                    QCOMPARE(display, text);
                    QVERIFY(icon.isNull());
                } else {
                    const QString expectedLabel = support == QLatin1String("yes") ? QStringLiteral("Yes")
                        : support == QLatin1String("no")                          ? QStringLiteral("No")
                                                                                  : QStringLiteral("Partial");
                    QVERIFY2(display.startsWith(expectedLabel), qPrintable(display));
                    QVERIFY(!icon.isNull());
                    QVERIFY(index.data(Qt::BackgroundRole).value<QColor>().isValid());
                }
            }
        }
    }

    void supportLevelsHaveDistinctColours()
    {
        // Across all tables: one background colour per support level the data file uses (text has none).
        QSet<QString> levels;
        QSet<QRgb> backgrounds;
        const QJsonArray tables = sourceMatrix().value(QLatin1String("tables")).toArray();
        for (const QJsonValue &tableValue : tables) {
            const QString tableId = tableValue.toObject().value(QLatin1String("id")).toString();
            const QJsonArray rows = tableValue.toObject().value(QLatin1String("rows")).toArray();
            CapabilityTableModel model;
            model.setTable(m_matrix, tableIndex(tableId));
            for (int r = 0; r < rows.size(); ++r) {
                for (const QString &profile : m_matrix.profileIds()) {
                    const QString support = rows.at(r)
                                                .toObject()
                                                .value(profile)
                                                .toObject()
                                                .value(QLatin1String("support"))
                                                .toString();
                    const QColor background = model.index(r, model.profileColumn(profile))
                                                  .data(Qt::BackgroundRole)
                                                  .value<QColor>();
                    if (support == QLatin1String("text")) {
                        QVERIFY(!background.isValid());
                        continue;
                    }
                    levels.insert(support);
                    backgrounds.insert(background.rgba());
                }
            }
        }
        QCOMPARE(levels.size(), 3);
        QCOMPARE(backgrounds.size(), levels.size());
    }

    void setVerification_data()
    {
        QTest::addColumn<QString>("rowId");
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("known row and profile")
            << QStringLiteral("per-resource-endpoints") << QStringLiteral("choreo-connect") << true;
        QTest::newRow("other profile")
            << QStringLiteral("jms-backends") << QStringLiteral("api-gateway") << true;
        QTest::newRow("row of another table")
            << QStringLiteral("oauth2") << QStringLiteral("api-gateway") << false;
        QTest::newRow("unknown profile") << QStringLiteral("rest-apis") << QStringLiteral("kong") << false;
    }

    void setVerification()
    {
        QFETCH(QString, rowId);
        QFETCH(QString, profileId);
        QFETCH(bool, accepted);
        CapabilityTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(m_matrix, tableIndex(QStringLiteral("features")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QCOMPARE(model.setVerification(
                     rowId, profileId, VerificationState::Confirmed, QStringLiteral("live test")),
            accepted);
        QCOMPARE(changed.size(), accepted ? 1 : 0);
        if (!accepted)
            return;
        const QModelIndex changedIndex = changed.constFirst().at(0).toModelIndex();
        QCOMPARE(changedIndex.column(), model.verificationColumn());
        QCOMPARE(changedIndex.data(CapabilityTableModel::RowIdRole).toString(), rowId);
        const QString text = changedIndex.data().toString();
        QVERIFY2(text.contains(m_matrix.profileName(profileId)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("confirmed")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("live test")), qPrintable(text));
        const QString evidence = changedIndex.data(Qt::ToolTipRole).toString();
        QVERIFY2(evidence.contains(QStringLiteral("live test")), qPrintable(evidence));
        QCOMPARE(changedIndex.data(Qt::ForegroundRole).value<QColor>(), QColor(QStringLiteral("#1e8449")));

        model.setVerification(rowId, profileId, VerificationState::Differs);
        QVERIFY(changedIndex.data().toString().contains(QStringLiteral("differs")));
        QCOMPARE(changedIndex.data(Qt::ForegroundRole).value<QColor>(), QColor(QStringLiteral("#c0392b")));
        model.clearVerifications();
        QVERIFY(changedIndex.data().toString().isEmpty());
    }

    void comparisonPageShowsEveryRow()
    {
        ComparisonPage page;
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QJsonArray tables = sourceMatrix().value(QLatin1String("tables")).toArray();
        QCOMPARE(page.tableModels().size(), tables.size());
        int expectedRows = 0;
        for (const QJsonValue &table : tables)
            expectedRows += int(table.toObject().value(QLatin1String("rows")).toArray().size());
        int shownRows = 0;
        for (QTableView *view : page.tableViews()) {
            shownRows += view->model()->rowCount();
            // Every row fits: the view is as tall as its header plus all rows, so nothing hides behind a
            // scrollbar.
            int rowsHeight = 0;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                rowsHeight += view->rowHeight(r);
            QTRY_VERIFY(view->viewport()->height() >= rowsHeight);
        }
        QCOMPARE(shownRows, expectedRows);
        QVERIFY(page.setVerification(
            QStringLiteral("oauth2"), QStringLiteral("choreo-connect"), VerificationState::Confirmed));
        QVERIFY(!page.setVerification(
            QStringLiteral("no-such-row"), QStringLiteral("choreo-connect"), VerificationState::Confirmed));
    }

    // Ctrl+R on the page: environments of both profiles are started off the GUI thread and every security
    // row gets a verdict per profile, with the requests as evidence in the tooltip.
    void liveVerificationConfirmsTheSecurityTable()
    {
        ComparisonPage page;
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy finished(&page.liveVerification(), &LiveVerification::finished);
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
        QVERIFY2(page.liveVerification().isRunning(),
            qPrintable(page.findChild<QLabel *>(QStringLiteral("verificationStatus"))->text()));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("verifyLiveButton"))->isEnabled());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("verifyLiveButton"))->isEnabled());
        const QString status = page.findChild<QLabel *>(QStringLiteral("verificationStatus"))->text();
        QVERIFY2(
            status.contains(QStringLiteral("All 16")), qPrintable(status)); // 8 verifiable rows x 2 profiles

        CapabilityTableModel *security = nullptr;
        for (CapabilityTableModel *model : page.tableModels()) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(CapabilityTableModel::RowIdRole).toString()
                    == QLatin1String("oauth2"))
                    security = model;
            }
        }
        QVERIFY(security);
        for (int r = 0; r < security->rowCount(); ++r) {
            const QModelIndex cell = security->index(r, security->verificationColumn());
            const QString text = cell.data().toString();
            QCOMPARE(text.count(QStringLiteral("confirmed")), 2);
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("→")));
        }
    }

    void liveVerificationCanBeCancelled()
    {
        ComparisonPage page;
        QSignalSpy finished(&page.liveVerification(), &LiveVerification::finished);
        page.verifyLive();
        page.liveVerification().cancel();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(!page.liveVerification().isRunning());
    }
};

QTEST_MAIN(TestCapabilityTableModel)
#include "tst_capabilitytablemodel.moc"
