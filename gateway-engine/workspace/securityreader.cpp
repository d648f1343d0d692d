#include "securityreader.h"

#include "configjson.h"
#include "workspaceprivate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace Gatehouse {

SecurityReader::SecurityReader(const WorkspacePrivate &d)
    : d(d)
{ }

std::optional<std::optional<KeyManagerConfig>> SecurityReader::keyManager() const
{
    auto query = d.run(QStringLiteral(
        "SELECT issuer, key_id, private_key_pem, token_validity_seconds FROM key_manager WHERE id = 1"));
    if (!query)
        return std::nullopt;
    if (!query->next())
        return std::optional<KeyManagerConfig>();
    KeyManagerConfig config;
    config.issuer = query->value(0).toString();
    config.keyId = query->value(1).toByteArray();
    config.privateKeyPem = query->value(2).toByteArray();
    config.tokenValiditySeconds = query->value(3).toInt();
    return std::optional<KeyManagerConfig>(config);
}

std::optional<QList<ApplicationRecord>> SecurityReader::applications(
    const QString &where, const QVariantList &values) const
{
    auto query = d.run(QStringLiteral("SELECT a.id, a.name, a.consumer_key, a.consumer_secret_hash, a.tier,"
                                      " a.created_at FROM applications a WHERE ")
            + where + QStringLiteral(" ORDER BY a.name COLLATE NOCASE"),
        values);
    if (!query)
        return std::nullopt;
    QList<ApplicationRecord> records;
    std::map<QString, qsizetype> indexById;
    while (query->next()) {
        ApplicationRecord record;
        ApplicationConfig &application = record.application;
        application.id = query->value(0).toString();
        application.name = query->value(1).toString();
        application.consumerKey = query->value(2).toByteArray();
        application.consumerSecretHash = query->value(3).toByteArray();
        application.tier = query->value(4).toString();
        record.createdAt = WorkspacePrivate::parseTimestamp(query->value(5).toString());
        indexById[application.id] = records.size();
        records.append(std::move(record));
    }
    auto subscriptions = d.run(QStringLiteral("SELECT s.application_id, s.api_id, s.tier FROM subscriptions s"
                                              " JOIN applications a ON a.id = s.application_id WHERE ")
            + where + QStringLiteral(" ORDER BY s.api_id"),
        values);
    if (!subscriptions)
        return std::nullopt;
    while (subscriptions->next()) {
        const auto found = indexById.find(subscriptions->value(0).toString());
        if (found != indexById.end())
            records[found->second].application.subscriptions.push_back(
                { subscriptions->value(1).toString(), subscriptions->value(2).toString() });
    }
    auto certificates
        = d.run(QStringLiteral("SELECT c.application_id, c.sha256 FROM application_certificates c"
                               " JOIN applications a ON a.id = c.application_id WHERE ")
                + where + QStringLiteral(" ORDER BY c.sha256"),
            values);
    if (!certificates)
        return std::nullopt;
    while (certificates->next()) {
        const auto found = indexById.find(certificates->value(0).toString());
        if (found != indexById.end())
            records[found->second].application.clientCertificateSha256.append(
                certificates->value(1).toString());
    }
    return records;
}

std::optional<ApplicationRecord> SecurityReader::application(const QString &nameOrId) const
{
    for (const QString &column : { QStringLiteral("a.id"), QStringLiteral("a.name") }) {
        const auto found = applications(column + QStringLiteral(" = ?"), { nameOrId });
        if (!found)
            return std::nullopt;
        if (!found->isEmpty())
            return found->constFirst();
    }
    d.fail(Workspace::tr("no application named '%1'").arg(nameOrId));
    return std::nullopt;
}

std::optional<QList<BasicUser>> SecurityReader::users() const
{
    auto query
        = d.run(QStringLiteral("SELECT name, password_hash, roles_json FROM basic_users ORDER BY name"));
    if (!query)
        return std::nullopt;
    QList<BasicUser> users;
    while (query->next())
        users.append({ query->value(0).toString(), query->value(1).toByteArray(),
            rolesFromJson(query->value(2).toByteArray()) });
    return users;
}

std::optional<QList<IssuerConfig>> SecurityReader::issuers(QStringList *warnings) const
{
    auto query = d.run(QStringLiteral("SELECT name, json FROM issuers ORDER BY name"));
    if (!query)
        return std::nullopt;
    QList<IssuerConfig> issuers;
    while (query->next()) {
        const QString name = query->value(0).toString();
        QString error;
        const auto json = ConfigJson::parseObject(query->value(1).toByteArray(), &error);
        auto issuer = json ? ConfigJson::issuerFromJson(*json, &error) : std::nullopt;
        if (!issuer) {
            if (warnings)
                warnings->append(Workspace::tr("issuer '%1' is damaged and not used: %2").arg(name, error));
            continue;
        }
        issuer->name = name;
        issuers.append(std::move(*issuer));
    }
    return issuers;
}

std::optional<QList<ClientCaRecord>> SecurityReader::clientCas() const
{
    auto query = d.run(QStringLiteral("SELECT sha256, pem, subject, issuer, not_after FROM client_cas"
                                      " ORDER BY subject, sha256"));
    if (!query)
        return std::nullopt;
    QList<ClientCaRecord> records;
    while (query->next())
        records.append(
            { query->value(0).toByteArray(), query->value(1).toByteArray(), query->value(2).toString(),
                query->value(3).toString(), WorkspacePrivate::parseTimestamp(query->value(4).toString()) });
    return records;
}

QString SecurityReader::rolesJson(const QStringList &roles)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact));
}

QStringList SecurityReader::rolesFromJson(const QByteArray &json)
{
    QStringList roles;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &role : array)
        roles.append(role.toString());
    return roles;
}

ReadSnapshot::ReadSnapshot(const WorkspacePrivate &d)
    : d(d)
    , m_open(d.run(QStringLiteral("BEGIN")).has_value())
{ }

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        d.run(QStringLiteral("COMMIT"));
}

} // namespace Gatehouse
