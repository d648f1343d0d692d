#include "workspaceprivate.h"

#include "configjson.h"
#include "schemamigrator.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <atomic>

namespace Gatehouse {

namespace {

constexpr auto sqliteBusy = "5";
constexpr auto sqliteLocked = "6";

} // namespace

WorkspacePrivate::~WorkspacePrivate()
{
    m_database.close();
    m_database = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<WorkspacePrivate> WorkspacePrivate::open(const QString &path, QString *error)
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return setError(tr("the Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite"));

    static std::atomic<int> connectionCounter { 0 };
    auto d = std::make_unique<WorkspacePrivate>();
    d->m_path = QFileInfo(path).absoluteFilePath();
    d->m_connectionName = QStringLiteral("gatehouse-workspace-%1-%2")
                              .arg(++connectionCounter)
                              .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    d->m_database = QSqlDatabase::addDatabase(driver, d->m_connectionName);
    d->m_database.setDatabaseName(d->m_path);
    d->m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!d->m_database.open())
        return setError(tr("cannot open workspace %1: %2").arg(d->m_path, d->m_database.lastError().text()));

    // SQLite opens lazily: the first statement tells whether the file is a database at all.
    const auto tableCount = d->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tableCount)
        return setError(tr("%1 is not a Gatehouse workspace: %2").arg(d->m_path, d->m_lastError));
    const int tables = tableCount->toInt();

    SchemaMigrator migrator(SchemaMigrator::workspaceMigrations());
    QString migrationError;
    const auto version = SchemaMigrator::userVersion(d->m_database, &migrationError);
    const auto applicationId = d->scalar(QStringLiteral("PRAGMA application_id"));
    if (!version || !applicationId)
        return setError(
            tr("%1 is not a Gatehouse workspace: %2").arg(d->m_path, migrationError + d->m_lastError));
    const qint64 appId = applicationId->toLongLong();
    if (appId != SchemaMigrator::workspaceApplicationId() && (appId != 0 || *version != 0 || tables > 0))
        return setError(
            tr("%1 is an SQLite database of another program, not a Gatehouse workspace").arg(d->m_path));
    if (!migrator.checkNotNewer(d->m_database, d->m_path, &migrationError))
        return setError(migrationError);

    // WAL lets the GUI and gatehousectl read while the other writes. synchronous=FULL syncs the WAL on
    // every commit, so a committed edit survives a power cut too; edits are small and human-paced, so
    // the extra fsync is not noticeable. (NORMAL would be enough for process crashes only.)
    const QStringList pragmas = { QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON") };
    for (const QString &pragma : pragmas) {
        // Two processes switching a new file to WAL at the same moment both hold a shared lock and want an
        // exclusive one; SQLite then answers BUSY at once instead of waiting. Back off and try again.
        QDeadlineTimer deadline(busyTimeoutMs);
        while (!d->run(pragma)) {
            if (!d->m_lastBusy || deadline.hasExpired())
                return setError(tr("cannot configure workspace %1: %2").arg(d->m_path, d->m_lastError));
            QThread::msleep(5 + QRandomGenerator::global()->bounded(20));
        }
    }
    if (!migrator.migrate(d->m_database, d->m_path, &migrationError))
        return setError(migrationError);
    d->m_schemaVersion = SchemaMigrator::userVersion(d->m_database, nullptr).value_or(0);
    return d;
}

std::optional<QSqlQuery> WorkspacePrivate::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(tr("database error: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    for (const QVariant &value : values) {
        // A null QString would bind as SQL NULL; every text column of the schema is NOT NULL.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    m_lastBusy = false;
    if (!query.exec()) {
        const QSqlError sqlError = query.lastError();
        m_lastBusy = sqlError.nativeErrorCode() == QLatin1String(sqliteBusy)
            || sqlError.nativeErrorCode() == QLatin1String(sqliteLocked);
        if (m_lastBusy)
            fail(tr("the workspace %1 is busy: another program kept it locked for more than %2 ms; try again")
                     .arg(m_path)
                     .arg(busyTimeoutMs));
        else
            fail(tr("database error: %1").arg(sqlError.text()));
        return std::nullopt;
    }
    return query;
}

std::optional<QVariant> WorkspacePrivate::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = run(sql, values);
    if (!query)
        return std::nullopt;
    QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

bool WorkspacePrivate::write(const std::function<bool()> &body)
{
    m_lastError.clear();
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (body() && run(QStringLiteral("COMMIT"))) {
        ++m_ownCommits;
        return true;
    }
    const QString error = m_lastError;
    run(QStringLiteral("ROLLBACK"));
    m_lastError = error.isEmpty() ? tr("the change was rolled back") : error;
    return false;
}

bool WorkspacePrivate::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString WorkspacePrivate::apiColumns()
{
    return QStringLiteral(
        "id, name, context, version, type, is_default_version, description, implementation_type,"
        " definition_json, source_document, created_at, updated_at");
}

std::optional<ApiRecord> WorkspacePrivate::apiFromQuery(const QSqlQuery &query) const
{
    const QString id = query.value(0).toString();
    QString error;
    const auto json = ConfigJson::parseObject(query.value(8).toByteArray(), &error);
    const auto definition = json ? ConfigJson::apiFromJson(*json, &error) : std::nullopt;
    if (!definition) {
        fail(tr("the stored definition of API %1 is damaged: %2").arg(id, error));
        return std::nullopt;
    }
    ApiRecord record;
    record.definition = *definition;
    record.definition.id = id;
    record.description = query.value(6).toString();
    record.implementationType = query.value(7).toString();
    record.sourceDocument = query.value(9).toByteArray();
    record.createdAt = parseTimestamp(query.value(10).toString());
    record.updatedAt = parseTimestamp(query.value(11).toString());
    return record;
}

std::optional<ApiRecord> WorkspacePrivate::loadApi(const QString &id) const
{
    auto query
        = run(QStringLiteral("SELECT ") + apiColumns() + QStringLiteral(" FROM apis WHERE id = ?"), { id });
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        fail(tr("no API with id %1").arg(id));
        return std::nullopt;
    }
    return apiFromQuery(*query);
}

std::optional<EnvironmentSettings> WorkspacePrivate::loadEnvironment(const QString &name) const
{
    auto query = run(
        QStringLiteral("SELECT profile, mode, settings_json FROM environments WHERE name = ?"), { name });
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        fail(tr("unknown environment '%1'").arg(name));
        return std::nullopt;
    }
    QString error;
    const auto json = ConfigJson::parseObject(query->value(2).toByteArray(), &error);
    auto settings = json ? ConfigJson::environmentFromJson(*json, &error) : std::nullopt;
    const auto profile = profileFromId(query->value(0).toString());
    const auto mode = modeFromId(query->value(1).toString());
    if (!settings || !profile || !mode) {
        fail(tr("the stored settings of environment '%1' are damaged: %2").arg(name, error));
        return std::nullopt;
    }
    settings->name = name;
    settings->profile = *profile;
    settings->mode = *mode;
    return settings;
}

std::optional<ApiConfig> WorkspacePrivate::loadSnapshot(const QString &apiId, int revision) const
{
    auto query
        = run(QStringLiteral("SELECT snapshot_json FROM api_revisions WHERE api_id = ? AND revision = ?"),
            { apiId, revision });
    if (!query)
        return std::nullopt;
    if (!query->next()) {
        fail(tr("API %1 has no revision %2").arg(apiId).arg(revision));
        return std::nullopt;
    }
    QString error;
    const auto json = ConfigJson::parseObject(query->value(0).toByteArray(), &error);
    auto snapshot = json ? ConfigJson::apiFromJson(*json, &error) : std::nullopt;
    if (!snapshot) {
        fail(tr("revision %1 of API %2 is damaged: %3").arg(revision).arg(apiId, error));
        return std::nullopt;
    }
    snapshot->id = apiId;
    snapshot->revision = revision;
    return snapshot;
}

std::optional<int> WorkspacePrivate::insertRevision(const QString &apiId)
{
    const auto api = loadApi(apiId);
    if (!api)
        return std::nullopt;
    auto next
        = run(QStringLiteral("SELECT COALESCE(MAX(revision), 0) + 1 FROM api_revisions WHERE api_id = ?"),
            { apiId });
    if (!next || !next->next())
        return std::nullopt;
    const int revision = next->value(0).toInt();
    ApiConfig snapshot = api->definition;
    snapshot.id = apiId;
    snapshot.revision = revision;
    if (!run(QStringLiteral("INSERT INTO api_revisions (api_id, revision, snapshot_json, created_at)"
                            " VALUES (?, ?, ?, ?)"),
            { apiId, revision, QString::fromUtf8(ConfigJson::serialize(ConfigJson::toJson(snapshot))),
                timestamp(QDateTime::currentDateTimeUtc()) }))
        return std::nullopt;
    return revision;
}

std::optional<int> WorkspacePrivate::deployInTransaction(
    const QString &apiId, const EnvironmentSettings &environment, int revision, QStringList *warnings)
{
    if (revision == 0) {
        const auto created = insertRevision(apiId);
        if (!created)
            return std::nullopt;
        revision = *created;
    }
    const auto snapshot = loadSnapshot(apiId, revision);
    const ProfileCompiler *compiler = profileCompiler();
    if (!snapshot || !compiler)
        return std::nullopt;
    const ProfileCompileResult compiled = compiler->compile(
        *snapshot, environment.profile, throttlePoliciesFor(apiId, loadThrottlePolicies(nullptr)));
    if (compiled.hasErrors()) {
        fail(tr("cannot deploy to %1: %2")
                 .arg(environment.name,
                     compiled.messages(ProfileFinding::Severity::Error).join(QStringLiteral("; "))));
        return std::nullopt;
    }
    auto others = run(QStringLiteral("SELECT r.snapshot_json FROM deployments d JOIN api_revisions r"
                                     " ON r.api_id = d.api_id AND r.revision = d.revision"
                                     " WHERE d.environment = ? AND d.api_id <> ?"),
        { environment.name, apiId });
    if (!others)
        return std::nullopt;
    while (others->next()) {
        const auto json = ConfigJson::parseObject(others->value(0).toByteArray(), nullptr);
        const auto other = json ? ConfigJson::apiFromJson(*json, nullptr) : std::nullopt;
        if (!other || other->context != snapshot->context)
            continue;
        if (other->version == snapshot->version) {
            fail(tr("environment %1 already serves %2 version %3 with API '%4'; undeploy it first")
                     .arg(environment.name, snapshot->context, snapshot->version, other->name));
            return std::nullopt;
        }
        if (other->isDefaultVersion && snapshot->isDefaultVersion) {
            fail(tr(
                "environment %1 already serves API '%2' %3 as the default version of %4; undeploy it first")
                     .arg(environment.name, other->name, other->version, snapshot->context));
            return std::nullopt;
        }
    }
    if (!run(QStringLiteral(
                 "INSERT INTO deployments (environment, api_id, revision, deployed_at) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT (environment, api_id) DO UPDATE"
                 " SET revision = excluded.revision, deployed_at = excluded.deployed_at"),
            { environment.name, apiId, revision, timestamp(QDateTime::currentDateTimeUtc()) }))
        return std::nullopt;
    if (warnings)
        warnings->append(compiled.messages(ProfileFinding::Severity::Warning));
    return revision;
}

const ProfileCompiler *WorkspacePrivate::profileCompiler() const
{
    if (!m_profileCompiler) {
        QString error;
        m_profileCompiler = ProfileCompiler::createDefault(&error);
        if (!m_profileCompiler) {
            fail(error);
            return nullptr;
        }
    }
    return &*m_profileCompiler;
}

QString WorkspacePrivate::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime WorkspacePrivate::parseTimestamp(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString WorkspacePrivate::isImmutableMessage(const QString &environment)
{
    return tr(
        "environment %1 is immutable: it serves exactly what it was started with; create a new revision and "
        "start a new immutable environment")
        .arg(environment);
}

} // namespace Gatehouse
