#include "workspace.h"

#include "configjson.h"
#include "demoworkspace.h"
#include "schemamigrator.h"
#include "workspaceprivate.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <tuple>

namespace Gatehouse {

namespace {

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(ConfigJson::serialize(object));
}

bool isValidEnvironmentName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isValidPort(int port)
{
    return port >= -1 && port <= 65535;
}

// What is stored must read back: a definition ConfigJson would refuse later (a header name with a space,
// a scope with a blank) is refused now, with the JSON path of the problem.
std::optional<QString> unreadableDefinition(const ApiConfig &definition)
{
    QString error;
    if (ConfigJson::apiFromJson(ConfigJson::toJson(definition), &error))
        return std::nullopt;
    return error;
}

} // namespace

Workspace::Workspace(std::unique_ptr<WorkspacePrivate> dd)
    : d(std::move(dd))
{ }

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    auto opened = WorkspacePrivate::open(path, error);
    if (!opened)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(opened)));
}

std::unique_ptr<Workspace> Workspace::createDemo(const QString &path, QString *error)
{
    if (QFile::exists(path) && QFile(path).size() > 0) {
        if (error)
            *error = WorkspacePrivate::tr("%1 already exists; choose a new file for the demo workspace")
                         .arg(path);
        return nullptr;
    }
    auto workspace = open(path, error);
    if (!workspace)
        return nullptr;
    if (!DemoWorkspace::populate(*workspace, error)) {
        workspace.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        return nullptr;
    }
    return workspace;
}

int Workspace::currentSchemaVersion()
{
    return SchemaMigrator(SchemaMigrator::workspaceMigrations()).latestVersion();
}

QString Workspace::path() const
{
    return d->m_path;
}

int Workspace::schemaVersion() const
{
    return d->m_schemaVersion;
}

QString Workspace::lastError() const
{
    return d->m_lastError;
}

qint64 Workspace::dataVersion() const
{
    // data_version only moves for other connections' commits; our own commits are counted here.
    auto query = d->run(QStringLiteral("PRAGMA data_version"));
    const qint64 others = query && query->next() ? query->value(0).toLongLong() : 0;
    return others + d->m_ownCommits;
}

QList<ApiRecord> Workspace::apis() const
{
    QList<ApiRecord> result;
    auto query = d->run(QStringLiteral("SELECT ") + WorkspacePrivate::apiColumns()
        + QStringLiteral(" FROM apis ORDER BY name COLLATE NOCASE, version"));
    while (query && query->next()) {
        if (auto record = d->apiFromQuery(*query))
            result.append(std::move(*record));
    }
    return result;
}

std::optional<ApiRecord> Workspace::api(const QString &id) const
{
    return d->loadApi(id);
}

std::optional<ApiRecord> Workspace::findApi(const QString &nameOrId) const
{
    auto byId = d->run(QStringLiteral("SELECT ") + WorkspacePrivate::apiColumns()
            + QStringLiteral(" FROM apis WHERE id = ?"),
        { nameOrId });
    if (byId && byId->next())
        return d->apiFromQuery(*byId);

    const qsizetype colon = nameOrId.lastIndexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? nameOrId : nameOrId.left(colon);
    const QString version = colon < 0 ? QString() : nameOrId.mid(colon + 1);
    QList<ApiRecord> matches;
    for (ApiRecord &record : apis()) {
        if (record.definition.name == name && (version.isEmpty() || record.definition.version == version))
            matches.append(std::move(record));
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.isEmpty()) {
        d->fail(tr("no API named '%1'").arg(nameOrId));
        return std::nullopt;
    }
    QStringList versions;
    for (const ApiRecord &record : std::as_const(matches)) {
        if (record.definition.isDefaultVersion)
            return record;
        versions.append(record.definition.version);
    }
    d->fail(tr("API name '%1' is ambiguous (versions %2): use name:version")
                .arg(name, versions.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<QString> Workspace::addApi(ApiRecord record)
{
    ApiConfig &definition = record.definition;
    if (definition.name.trimmed().isEmpty() || definition.version.trimmed().isEmpty()) {
        d->fail(tr("an API needs a name and a version"));
        return std::nullopt;
    }
    if (!definition.context.startsWith(QLatin1Char('/')) || definition.context.size() < 2) {
        d->fail(tr("the context of API '%1' must start with '/' and name something, e.g. /petstore")
                    .arg(definition.name));
        return std::nullopt;
    }
    if (const auto problem = unreadableDefinition(definition)) {
        d->fail(tr("API '%1' cannot be stored: %2").arg(definition.name, *problem));
        return std::nullopt;
    }
    if (definition.id.isEmpty())
        definition.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    definition.revision = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = d->write([&] {
        auto clash
            = d->run(QStringLiteral("SELECT name FROM apis WHERE id = ? OR (context = ? AND version = ?)"),
                { definition.id, definition.context, definition.version });
        if (!clash)
            return false;
        if (clash->next())
            return d->fail(tr("API '%1' already uses context %2 and version %3 (or the same id)")
                               .arg(clash->value(0).toString(), definition.context, definition.version));
        return d
            ->run(QStringLiteral(
                      "INSERT INTO apis (id, name, context, version, type, is_default_version,"
                      " description, implementation_type, definition_json, source_document, created_at,"
                      " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { definition.id, definition.name, definition.context, definition.version, definition.type,
                    int(definition.isDefaultVersion), record.description, record.implementationType,
                    jsonText(ConfigJson::toJson(definition)), record.sourceDocument,
                    WorkspacePrivate::timestamp(now), WorkspacePrivate::timestamp(now) })
            .has_value();
    });
    if (!ok)
        return std::nullopt;
    return definition.id;
}

bool Workspace::updateApi(const ApiRecord &record)
{
    ApiConfig definition = record.definition;
    definition.revision = 0;
    if (definition.name.trimmed().isEmpty() || definition.version.trimmed().isEmpty()
        || !definition.context.startsWith(QLatin1Char('/')) || definition.context.size() < 2)
        return d->fail(tr("an API needs a name, a version and a context starting with '/'"));
    if (const auto problem = unreadableDefinition(definition))
        return d->fail(tr("API '%1' cannot be stored: %2").arg(definition.name, *problem));
    return d->write([&] {
        if (!d->loadApi(definition.id))
            return false;
        auto clash
            = d->run(QStringLiteral("SELECT name FROM apis WHERE context = ? AND version = ? AND id <> ?"),
                { definition.context, definition.version, definition.id });
        if (!clash)
            return false;
        if (clash->next())
            return d->fail(tr("API '%1' already uses context %2 and version %3")
                               .arg(clash->value(0).toString(), definition.context, definition.version));
        return d
            ->run(QStringLiteral("UPDATE apis SET name = ?, context = ?, version = ?, type = ?,"
                                 " is_default_version = ?, description = ?, implementation_type = ?,"
                                 " definition_json = ?, source_document = ?, updated_at = ? WHERE id = ?"),
                { definition.name, definition.context, definition.version, definition.type,
                    int(definition.isDefaultVersion), record.description, record.implementationType,
                    jsonText(ConfigJson::toJson(definition)), record.sourceDocument,
                    WorkspacePrivate::timestamp(QDateTime::currentDateTimeUtc()), definition.id })
            .has_value();
    });
}

bool Workspace::removeApi(const QString &id)
{
    return d->write([&] {
        const auto record = d->loadApi(id);
        if (!record)
            return false;
        auto deployed = d->run(
            QStringLiteral("SELECT environment FROM deployments WHERE api_id = ? ORDER BY environment"),
            { id });
        if (!deployed)
            return false;
        QStringList environments;
        while (deployed->next())
            environments.append(deployed->value(0).toString());
        if (!environments.isEmpty())
            return d->fail(tr("API '%1' %2 is deployed to %3; undeploy it first")
                               .arg(record->definition.name, record->definition.version,
                                   environments.join(QStringLiteral(", "))));
        return d->run(QStringLiteral("DELETE FROM apis WHERE id = ?"), { id }).has_value();
    });
}

QList<EnvironmentSettings> Workspace::environments() const
{
    QList<EnvironmentSettings> result;
    QStringList names;
    auto query = d->run(QStringLiteral("SELECT name FROM environments ORDER BY name"));
    while (query && query->next())
        names.append(query->value(0).toString());
    for (const QString &name : std::as_const(names)) {
        if (auto settings = d->loadEnvironment(name))
            result.append(std::move(*settings));
    }
    return result;
}

std::optional<EnvironmentSettings> Workspace::environment(const QString &name) const
{
    return d->loadEnvironment(name);
}

bool Workspace::addEnvironment(
    const EnvironmentSettings &settings, const QList<DeploymentRecord> &initialDeployments)
{
    if (!isValidEnvironmentName(settings.name))
        return d->fail(tr("'%1' is not a valid environment name: use letters, digits, '.', '_' and '-'")
                           .arg(settings.name));
    if (!isValidPort(settings.httpPort) || !isValidPort(settings.httpsPort)
        || !isValidPort(settings.adminPort))
        return d->fail(
            tr("environment %1: ports must be between 0 and 65535, or -1 for none").arg(settings.name));
    return d->write([&] {
        auto existing
            = d->run(QStringLiteral("SELECT 1 FROM environments WHERE name = ?"), { settings.name });
        if (!existing)
            return false;
        if (existing->next())
            return d->fail(tr("environment %1 already exists").arg(settings.name));
        if (!d->run(QStringLiteral(
                        "INSERT INTO environments (name, profile, mode, settings_json) VALUES (?, ?, ?, ?)"),
                { settings.name, profileId(settings.profile), modeId(settings.mode),
                    jsonText(ConfigJson::toJson(settings)) }))
            return false;
        for (const DeploymentRecord &deployment : initialDeployments) {
            if (!d->deployInTransaction(deployment.apiId, settings, deployment.revision, nullptr))
                return false;
        }
        return true;
    });
}

bool Workspace::updateEnvironment(const EnvironmentSettings &settings)
{
    if (!isValidPort(settings.httpPort) || !isValidPort(settings.httpsPort)
        || !isValidPort(settings.adminPort))
        return d->fail(
            tr("environment %1: ports must be between 0 and 65535, or -1 for none").arg(settings.name));
    return d->write([&] {
        if (!d->loadEnvironment(settings.name))
            return false;
        const ProfileCompiler *compiler = d->profileCompiler();
        if (!compiler)
            return false;
        auto deployed
            = d->run(QStringLiteral("SELECT api_id, revision FROM deployments WHERE environment = ?"),
                { settings.name });
        QList<std::pair<QString, int>> deployments;
        while (deployed && deployed->next())
            deployments.append({ deployed->value(0).toString(), deployed->value(1).toInt() });
        const std::vector<ThrottlePolicy> policies = d->loadThrottlePolicies(nullptr);
        for (const auto &[apiId, revision] : std::as_const(deployments)) {
            const auto snapshot = d->loadSnapshot(apiId, revision);
            if (!snapshot)
                return false;
            const ProfileCompileResult compiled
                = compiler->compile(*snapshot, settings.profile, d->throttlePoliciesFor(apiId, policies));
            if (compiled.hasErrors())
                return d->fail(
                    tr("cannot change environment %1: %2")
                        .arg(settings.name,
                            compiled.messages(ProfileFinding::Severity::Error).join(QStringLiteral("; "))));
        }
        return d
            ->run(QStringLiteral(
                      "UPDATE environments SET profile = ?, mode = ?, settings_json = ? WHERE name = ?"),
                { profileId(settings.profile), modeId(settings.mode), jsonText(ConfigJson::toJson(settings)),
                    settings.name })
            .has_value();
    });
}

bool Workspace::removeEnvironment(const QString &name)
{
    return d->write([&] {
        if (!d->loadEnvironment(name))
            return false;
        return d->run(QStringLiteral("DELETE FROM environments WHERE name = ?"), { name }).has_value();
    });
}

std::optional<int> Workspace::createRevision(const QString &apiId)
{
    std::optional<int> revision;
    if (!d->write([&] {
            revision = d->insertRevision(apiId);
            return revision.has_value();
        }))
        return std::nullopt;
    return revision;
}

QList<RevisionRecord> Workspace::revisions(const QString &apiId) const
{
    QList<RevisionRecord> result;
    QList<std::pair<int, QString>> rows;
    auto query = d->run(
        QStringLiteral("SELECT revision, created_at FROM api_revisions WHERE api_id = ? ORDER BY revision"),
        { apiId });
    while (query && query->next())
        rows.append({ query->value(0).toInt(), query->value(1).toString() });
    for (const auto &[revision, createdAt] : std::as_const(rows)) {
        if (auto snapshot = d->loadSnapshot(apiId, revision))
            result.append(
                { apiId, revision, WorkspacePrivate::parseTimestamp(createdAt), std::move(*snapshot) });
    }
    return result;
}

std::optional<int> Workspace::deploy(
    const QString &apiId, const QString &environment, int revision, QStringList *warnings)
{
    std::optional<int> deployed;
    QStringList collected;
    const bool ok = d->write([&] {
        const auto settings = d->loadEnvironment(environment);
        if (!settings)
            return false;
        if (settings->mode == EnvironmentMode::Immutable)
            return d->fail(WorkspacePrivate::isImmutableMessage(environment));
        deployed = d->deployInTransaction(apiId, *settings, revision, &collected);
        return deployed.has_value();
    });
    if (!ok)
        return std::nullopt;
    if (warnings)
        warnings->append(collected);
    return deployed;
}

bool Workspace::undeploy(const QString &apiId, const QString &environment)
{
    return d->write([&] {
        const auto settings = d->loadEnvironment(environment);
        if (!settings)
            return false;
        if (settings->mode == EnvironmentMode::Immutable)
            return d->fail(WorkspacePrivate::isImmutableMessage(environment));
        auto removed = d->run(QStringLiteral("DELETE FROM deployments WHERE environment = ? AND api_id = ?"),
            { environment, apiId });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("API %1 is not deployed to %2").arg(apiId, environment));
        return true;
    });
}

QList<DeploymentRecord> Workspace::deployments(const QString &environment) const
{
    QList<DeploymentRecord> result;
    auto query = environment.isEmpty()
        ? d->run(QStringLiteral("SELECT environment, api_id, revision, deployed_at FROM deployments"
                                " ORDER BY environment, api_id"))
        : d->run(QStringLiteral("SELECT environment, api_id, revision, deployed_at FROM deployments"
                                " WHERE environment = ? ORDER BY api_id"),
            { environment });
    while (query && query->next()) {
        result.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toInt(),
            WorkspacePrivate::parseTimestamp(query->value(3).toString()) });
    }
    return result;
}

QStringList Workspace::environmentsServing(const QString &apiId) const
{
    QStringList environments;
    auto query
        = d->run(QStringLiteral("SELECT environment FROM deployments WHERE api_id = ? ORDER BY environment"),
            { apiId });
    while (query && query->next())
        environments << query->value(0).toString();
    return environments;
}

std::optional<GatewayConfig> Workspace::compiledConfig(
    const QString &environment, QStringList *warnings) const
{
    GatewayConfig config;
    const auto settings = d->loadEnvironment(environment);
    const ProfileCompiler *compiler = d->profileCompiler();
    if (!settings || !compiler) {
        if (warnings)
            warnings->append(d->m_lastError);
        return std::nullopt;
    }
    auto realm = securityRealm(warnings);
    if (!realm) {
        if (warnings)
            warnings->append(d->m_lastError);
        return std::nullopt;
    }
    config.realm = std::move(*realm);
    config.throttlePolicies = d->loadThrottlePolicies(warnings);
    // One statement, so the set of snapshots is consistent even while another process deploys.
    auto query
        = d->run(QStringLiteral("SELECT d.api_id, d.revision, r.snapshot_json FROM deployments d"
                                " JOIN api_revisions r ON r.api_id = d.api_id AND r.revision = d.revision"
                                " WHERE d.environment = ?"),
            { environment });
    if (!query) {
        if (warnings)
            warnings->append(d->m_lastError);
        return std::nullopt;
    }
    while (query->next()) {
        QString error;
        const auto json = ConfigJson::parseObject(query->value(2).toByteArray(), &error);
        auto snapshot = json ? ConfigJson::apiFromJson(*json, &error) : std::nullopt;
        if (!snapshot) {
            if (warnings)
                warnings->append(tr("revision %1 of API %2 is damaged and not served: %3")
                                     .arg(query->value(1).toInt())
                                     .arg(query->value(0).toString(), error));
            continue;
        }
        snapshot->id = query->value(0).toString();
        snapshot->revision = query->value(1).toInt();
        ProfileCompileResult compiled = compiler->compile(
            *snapshot, settings->profile, d->throttlePoliciesFor(snapshot->id, config.throttlePolicies));
        if (warnings) {
            warnings->append(compiled.messages(ProfileFinding::Severity::Warning));
            for (const QString &message : compiled.messages(ProfileFinding::Severity::Error))
                warnings->append(tr("not served: %1").arg(message));
        }
        if (!compiled.hasErrors())
            config.apis.push_back(std::move(compiled.api));
    }
    std::sort(config.apis.begin(), config.apis.end(), [](const ApiConfig &a, const ApiConfig &b) {
        return std::tie(a.context, a.version, a.id) < std::tie(b.context, b.version, b.id);
    });
    return config;
}

QList<NamedDocument> Workspace::documents(const QString &kind) const
{
    QList<NamedDocument> result;
    auto query
        = d->run(QStringLiteral("SELECT name, json FROM documents WHERE kind = ? ORDER BY name"), { kind });
    while (query && query->next())
        result.append({ query->value(0).toString(), query->value(1).toByteArray() });
    return result;
}

bool Workspace::putDocument(const QString &kind, const NamedDocument &document)
{
    if (kind.isEmpty() || document.name.trimmed().isEmpty())
        return d->fail(tr("a document needs a kind and a name"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(document.json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return d->fail(tr("%1 '%2' is not valid JSON (offset %3): %4")
                           .arg(kind, document.name)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    return d->write([&] {
        return d
            ->run(QStringLiteral("INSERT INTO documents (kind, name, json) VALUES (?, ?, ?)"
                                 " ON CONFLICT (kind, name) DO UPDATE SET json = excluded.json"),
                { kind, document.name, QString::fromUtf8(document.json) })
            .has_value();
    });
}

bool Workspace::removeDocument(const QString &kind, const QString &name)
{
    return d->write([&] {
        auto removed
            = d->run(QStringLiteral("DELETE FROM documents WHERE kind = ? AND name = ?"), { kind, name });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("there is no %1 named '%2'").arg(kind, name));
        return true;
    });
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    auto query = d->run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (query && query->next())
        return query->value(0).toString();
    return fallback;
}

bool Workspace::setSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return d->fail(tr("a setting needs a key"));
    return d->write([&] {
        return d
            ->run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                { key, value })
            .has_value();
    });
}

void Workspace::setProfileCompiler(const ProfileCompiler &compiler)
{
    d->m_profileCompiler = compiler;
}

} // namespace Gatehouse
