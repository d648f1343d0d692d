#include "schemamigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace Gatehouse {

namespace {

bool execute(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

SchemaMigrator::SchemaMigrator(QList<SchemaMigration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const SchemaMigration &a, const SchemaMigration &b) { return a.toVersion < b.toVersion; });
}

qint64 SchemaMigrator::workspaceApplicationId()
{
    return 0x47485753; // "GHWS"
}

QList<SchemaMigration> SchemaMigrator::workspaceMigrations()
{
    // Append new migrations at the end; never edit a released one.
    return {
        { 1,
            { QStringLiteral("PRAGMA application_id = %1").arg(workspaceApplicationId()),
                QStringLiteral("CREATE TABLE apis ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " name TEXT NOT NULL,"
                               " context TEXT NOT NULL,"
                               " version TEXT NOT NULL,"
                               " type TEXT NOT NULL DEFAULT 'HTTP',"
                               " is_default_version INTEGER NOT NULL DEFAULT 0,"
                               " description TEXT NOT NULL DEFAULT '',"
                               " implementation_type TEXT NOT NULL DEFAULT 'ENDPOINT',"
                               " definition_json TEXT NOT NULL,"
                               " source_document BLOB,"
                               " created_at TEXT NOT NULL,"
                               " updated_at TEXT NOT NULL,"
                               " UNIQUE (context, version))"),
                QStringLiteral("CREATE TABLE api_revisions ("
                               " api_id TEXT NOT NULL REFERENCES apis(id) ON DELETE CASCADE,"
                               " revision INTEGER NOT NULL CHECK (revision > 0),"
                               " snapshot_json TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " PRIMARY KEY (api_id, revision))"),
                QStringLiteral("CREATE TRIGGER api_revisions_are_immutable BEFORE UPDATE ON api_revisions"
                               " BEGIN SELECT RAISE(ABORT, 'api revisions are immutable'); END"),
                QStringLiteral("CREATE TABLE environments ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " profile TEXT NOT NULL,"
                               " mode TEXT NOT NULL,"
                               " settings_json TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE deployments ("
                               " environment TEXT NOT NULL REFERENCES environments(name)"
                               "   ON DELETE CASCADE ON UPDATE CASCADE,"
                               " api_id TEXT NOT NULL REFERENCES apis(id),"
                               " revision INTEGER NOT NULL,"
                               " deployed_at TEXT NOT NULL,"
                               " PRIMARY KEY (environment, api_id),"
                               " FOREIGN KEY (api_id, revision) REFERENCES api_revisions(api_id, revision))"),
                QStringLiteral("CREATE INDEX deployments_by_api ON deployments(api_id, revision)"),
                QStringLiteral("CREATE TABLE documents ("
                               " kind TEXT NOT NULL,"
                               " name TEXT NOT NULL,"
                               " json TEXT NOT NULL,"
                               " PRIMARY KEY (kind, name))"),
                QStringLiteral(
                    "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)") } },
        { 2,
            { // The built-in key manager: exactly one row, written the first time it is asked for.
                QStringLiteral(
                    "CREATE TABLE key_manager ("
                    " id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),"
                    " issuer TEXT NOT NULL,"
                    " key_id TEXT NOT NULL,"
                    " private_key_pem TEXT NOT NULL,"
                    " token_validity_seconds INTEGER NOT NULL CHECK (token_validity_seconds > 0))"),
                QStringLiteral("CREATE TABLE applications ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " name TEXT NOT NULL UNIQUE,"
                               " consumer_key TEXT NOT NULL UNIQUE,"
                               " consumer_secret_hash TEXT NOT NULL,"
                               " tier TEXT NOT NULL,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE subscriptions ("
                               " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                               " api_id TEXT NOT NULL REFERENCES apis(id) ON DELETE CASCADE,"
                               " tier TEXT NOT NULL,"
                               " PRIMARY KEY (application_id, api_id))"),
                QStringLiteral("CREATE INDEX subscriptions_by_api ON subscriptions(api_id)"),
                QStringLiteral("CREATE TABLE application_certificates ("
                               " application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,"
                               " sha256 TEXT PRIMARY KEY NOT NULL,"
                               " pem TEXT NOT NULL,"
                               " subject TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX application_certificates_by_application"
                               " ON application_certificates(application_id)"),
                QStringLiteral("CREATE TABLE basic_users ("
                               " name TEXT PRIMARY KEY NOT NULL,"
                               " password_hash TEXT NOT NULL,"
                               " roles_json TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE issuers (name TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE client_cas ("
                               " sha256 TEXT PRIMARY KEY NOT NULL,"
                               " pem TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " issuer TEXT NOT NULL,"
                               " not_after TEXT NOT NULL)"),
                // id: the jti, or the hex SHA-256 of a token without one. expires_at 0 = never purged.
                QStringLiteral("CREATE TABLE revoked_tokens ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('jti', 'token')),"
                               " expires_at INTEGER NOT NULL DEFAULT 0,"
                               " revoked_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX revoked_tokens_by_expiry ON revoked_tokens(expires_at)") } },
    };
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().toVersion;
}

std::optional<int> SchemaMigrator::userVersion(const QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (!execute(query, QStringLiteral("PRAGMA user_version"), error) || !query.next()) {
        if (error && error->isEmpty())
            *error = tr("cannot read the schema version");
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::checkNotNewer(const QSqlDatabase &database, const QString &path, QString *error) const
{
    const auto version = userVersion(database, error);
    if (!version)
        return false;
    if (*version > latestVersion()) {
        if (error)
            *error = tr(
                "%1 was written by a newer Gatehouse (workspace schema version %2; this build reads up to "
                "version %3): open it with a newer Gatehouse")
                         .arg(path)
                         .arg(*version)
                         .arg(latestVersion());
        return false;
    }
    return true;
}

bool SchemaMigrator::migrate(const QSqlDatabase &database, const QString &path, QString *error) const
{
    for (;;) {
        QSqlQuery query(database);
        QString sqlError;
        if (!execute(query, QStringLiteral("BEGIN IMMEDIATE"), &sqlError)) {
            if (error)
                *error = tr("cannot lock %1 to upgrade its schema: %2").arg(path, sqlError);
            return false;
        }
        auto rollback = [&](const QString &message) {
            QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = message;
            return false;
        };
        const auto version = userVersion(database, &sqlError);
        if (!version)
            return rollback(sqlError);
        if (*version > latestVersion()) {
            QString newer;
            checkNotNewer(database, path, &newer);
            return rollback(newer);
        }
        if (*version == latestVersion())
            return execute(query, QStringLiteral("COMMIT"), error);

        const auto step = std::find_if(m_migrations.begin(), m_migrations.end(),
            [&](const SchemaMigration &m) { return m.toVersion == *version + 1; });
        if (step == m_migrations.end())
            return rollback(tr("%1: no migration from workspace schema version %2").arg(path).arg(*version));
        for (const QString &statement : step->statements) {
            if (!execute(query, statement, &sqlError))
                return rollback(tr("%1: upgrading the workspace schema from version %2 to %3 failed: %4")
                                    .arg(path)
                                    .arg(*version)
                                    .arg(step->toVersion)
                                    .arg(sqlError));
        }
        if (!execute(query, QStringLiteral("PRAGMA user_version = %1").arg(step->toVersion), &sqlError)
            || !execute(query, QStringLiteral("COMMIT"), &sqlError))
            return rollback(tr("%1: upgrading the workspace schema failed: %2").arg(path, sqlError));
    }
}

} // namespace Gatehouse
