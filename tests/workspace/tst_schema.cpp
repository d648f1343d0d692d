#include "rawconnection.h"
#include "schemamigrator.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

ApiRecord makeApi(const QString &name, const QString &context)
{
    ApiRecord record;
    record.definition.name = name;
    record.definition.context = context;
    record.definition.version = QStringLiteral("1.0.0");
    record.definition.productionEndpoints.type = EndpointGroupType::Mock;
    return record;
}

} // namespace

// Opening, schema versions and forward migrations of workspace files.
class TestSchema : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("workspace.gatehouse"));
        QString error;
        m_workspace = Workspace::open(m_path, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void newFileGetsCurrentSchema()
    {
        QCOMPARE(m_workspace->schemaVersion(), Workspace::currentSchemaVersion());
        QVERIFY(Workspace::currentSchemaVersion() >= 1);
        RawConnection raw(m_path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), Workspace::currentSchemaVersion());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong(),
            SchemaMigrator::workspaceApplicationId());
        for (const char *table :
            { "apis", "api_revisions", "environments", "deployments", "documents", "settings" }) {
            QCOMPARE(raw.value(QStringLiteral(
                                   "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                   .arg(QLatin1String(table)))
                         .toInt(),
                1);
        }
    }

    void emptyFileIsMigrated()
    {
        const QString path = m_dir->filePath(QStringLiteral("empty.gatehouse"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QString error;
        auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->schemaVersion(), Workspace::currentSchemaVersion());
        QVERIFY(workspace->addApi(makeApi(QStringLiteral("A"), QStringLiteral("/a"))));
    }

    void reopenKeepsData()
    {
        const auto id = m_workspace->addApi(makeApi(QStringLiteral("Kept"), QStringLiteral("/kept")));
        QVERIFY(id);
        m_workspace.reset();
        QString error;
        m_workspace = Workspace::open(m_path, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        QCOMPARE(m_workspace->api(*id)->definition.name, QStringLiteral("Kept"));
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QStringList>("setup"); // SQL run on a fresh file (empty: write text instead)
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("future schema")
            << QStringList { QStringLiteral("PRAGMA application_id = %1")
                                 .arg(SchemaMigrator::workspaceApplicationId()),
                   QStringLiteral("CREATE TABLE apis (id TEXT)"), QStringLiteral("PRAGMA user_version = 99") }
            << QStringLiteral(
                   "was written by a newer Gatehouse (workspace schema version 99; this build reads up to "
                   "version %1)")
                   .arg(Workspace::currentSchemaVersion());
        QTest::newRow("another program's database")
            << QStringList { QStringLiteral("CREATE TABLE customers (id INTEGER)") }
            << QStringLiteral("is an SQLite database of another program, not a Gatehouse workspace");
        QTest::newRow("not a database") << QStringList() << QStringLiteral("is not a Gatehouse workspace");
    }

    void refusesUnusableFiles()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, expectedError);
        const QString path = m_dir->filePath(QStringLiteral("other.db"));
        if (setup.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is a text file, not a database\n").repeated(200));
        } else {
            RawConnection raw(path);
            for (const QString &sql : std::as_const(setup))
                QCOMPARE(raw.exec(sql), QString());
        }
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QString error;
        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // refused files are left untouched
    }

    void migratorAppliesStepsInOrder()
    {
        const QString path = m_dir->filePath(QStringLiteral("migrate.db"));
        RawConnection raw(path);
        SchemaMigrator migrator({ { 2, { QStringLiteral("CREATE TABLE second (x INTEGER)") } },
            { 1,
                { QStringLiteral("CREATE TABLE first (x INTEGER)"),
                    QStringLiteral("INSERT INTO first VALUES (1)") } } });
        QCOMPARE(migrator.latestVersion(), 2);
        QString error;
        QVERIFY2(migrator.migrate(raw.database(), path, &error), qPrintable(error));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT x FROM first")).toInt(), 1);
        QCOMPARE(raw.exec(QStringLiteral("SELECT * FROM second")), QString());
        // Running again is a no-op.
        QVERIFY2(migrator.migrate(raw.database(), path, &error), qPrintable(error));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM first")).toInt(), 1);
    }

    void failedMigrationRollsBack()
    {
        const QString path = m_dir->filePath(QStringLiteral("migrate.db"));
        RawConnection raw(path);
        SchemaMigrator good({ { 1, { QStringLiteral("CREATE TABLE first (x INTEGER)") } } });
        QString error;
        QVERIFY2(good.migrate(raw.database(), path, &error), qPrintable(error));
        SchemaMigrator broken({ { 1, { QStringLiteral("CREATE TABLE first (x INTEGER)") } },
            { 2,
                { QStringLiteral("CREATE TABLE partial (x INTEGER)"),
                    QStringLiteral("INSERT INTO no_such_table VALUES (1)") } } });
        QVERIFY(!broken.migrate(raw.database(), path, &error));
        QVERIFY2(error.contains(QStringLiteral("from version 1 to 2")), qPrintable(error));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'partial'")).toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
