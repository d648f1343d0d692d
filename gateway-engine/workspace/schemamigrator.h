#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Gatehouse {

// Schema version N -> N + 1: SQL statements run in one transaction together with the version bump.
struct SchemaMigration
{
    int toVersion = 0;
    QStringList statements;
};

// Forward-only schema migrations kept in PRAGMA user_version. Each step is its own
// BEGIN IMMEDIATE transaction that re-reads the version, so two processes opening the same
// old file at once migrate it exactly once.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::SchemaMigrator)
public:
    explicit SchemaMigrator(QList<SchemaMigration> migrations);

    static QList<SchemaMigration> workspaceMigrations();
    static qint64 workspaceApplicationId(); // PRAGMA application_id of Gatehouse workspace files

    int latestVersion() const;
    static std::optional<int> userVersion(const QSqlDatabase &database, QString *error);
    // Refuses (false + error) a database whose schema is newer than latestVersion().
    bool checkNotNewer(const QSqlDatabase &database, const QString &path, QString *error) const;
    bool migrate(const QSqlDatabase &database, const QString &path, QString *error) const;

private:
    QList<SchemaMigration> m_migrations;
};

} // namespace Gatehouse
