// Workspace: the security store (key manager, applications, users, issuers, client CAs, revocations).

#include "configjson.h"
#include "security/jose/jose.h"
#include "security/passwordhash.h"
#include "security/tokenissuer.h"
#include "securityreader.h"
#include "workspace.h"
#include "workspaceprivate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QUuid>
#include <algorithm>

namespace Gatehouse {

namespace {

constexpr int consumerKeyBytes = 21; // 28 base64url characters
constexpr int consumerSecretBytes = 32;

QByteArray randomBase64Url(int byteCount)
{
    QList<quint32> words((byteCount + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.constData()), byteCount);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool isValidTier(const QString &tier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$"));
    return pattern.match(tier).hasMatch();
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Empty when the user name and roles may be stored, otherwise why not.
QString userProblem(const QString &name, const QStringList &roles)
{
    if (name.isEmpty() || name.size() > 128 || name.contains(QLatin1Char(':')) || name.trimmed() != name
        || hasControlCharacters(name))
        return Workspace::tr("'%1' is not a valid user name: 1 to 128 characters, no ':' and no leading or "
                             "trailing spaces")
            .arg(name);
    for (const QString &role : roles) {
        if (role.isEmpty() || role.trimmed() != role || role.contains(QLatin1Char(','))
            || hasControlCharacters(role))
            return Workspace::tr("'%1' is not a valid role name").arg(role);
    }
    return QString();
}

bool isSha256Hex(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    QStringList parts;
    const QList<QByteArray> attributes
        = subject ? certificate.subjectInfoAttributes() : certificate.issuerInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values
            = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QByteArray fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

// Reads one or more PEM certificates; an empty list (and *error) when the text holds none or junk.
QList<QSslCertificate> parseCertificates(const QByteArray &pem, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    const qsizetype begins = pem.count("-----BEGIN CERTIFICATE-----");
    if (certificates.isEmpty() || certificates.size() != begins
        || std::any_of(
            certificates.begin(), certificates.end(), [](const QSslCertificate &c) { return c.isNull(); })) {
        *error = Workspace::tr("not a PEM certificate (expected \"-----BEGIN CERTIFICATE-----\" blocks)");
        return {};
    }
    return certificates;
}

} // namespace

std::optional<KeyManagerConfig> Workspace::keyManager() const
{
    SecurityReader reader(*d);
    const auto stored = reader.keyManager();
    if (!stored)
        return std::nullopt;
    if (*stored)
        return **stored;

    // Generated outside the transaction: key generation takes a moment and must not hold the write lock.
    QString error;
    const std::optional<KeyManagerConfig> generated = TokenIssuer::generateKeyManager(&error);
    if (!generated) {
        d->fail(tr("cannot generate the key pair of the built-in key manager: %1").arg(error));
        return std::nullopt;
    }
    std::optional<KeyManagerConfig> result;
    const bool ok = d->write([&] {
        const auto existing = reader.keyManager();
        if (!existing)
            return false;
        if (*existing) { // another process was first: its key pair stays the only one
            result = **existing;
            return true;
        }
        result = *generated;
        return d
            ->run(QStringLiteral(
                      "INSERT INTO key_manager (id, issuer, key_id, private_key_pem, token_validity_seconds)"
                      " VALUES (1, ?, ?, ?, ?)"),
                { generated->issuer, QString::fromLatin1(generated->keyId),
                    QString::fromLatin1(generated->privateKeyPem), generated->tokenValiditySeconds })
            .has_value();
    });
    if (!ok)
        return std::nullopt;
    return result;
}

QList<ApplicationRecord> Workspace::applications() const
{
    return SecurityReader(*d).applications().value_or(QList<ApplicationRecord>());
}

std::optional<ApplicationRecord> Workspace::application(const QString &nameOrId) const
{
    return SecurityReader(*d).application(nameOrId);
}

std::optional<CreatedApplication> Workspace::addApplication(const QString &name, const QString &tier)
{
    if (name.trimmed() != name || name.isEmpty() || name.size() > 100 || hasControlCharacters(name)) {
        d->fail(tr("'%1' is not a valid application name: 1 to 100 characters, no leading or trailing spaces")
                    .arg(name));
        return std::nullopt;
    }
    if (!isValidTier(tier)) {
        d->fail(tr("'%1' is not a valid tier name").arg(tier));
        return std::nullopt;
    }
    CreatedApplication created;
    ApplicationConfig &application = created.record.application;
    application.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    application.name = name;
    application.tier = tier;
    application.consumerKey = randomBase64Url(consumerKeyBytes);
    created.consumerSecret = randomBase64Url(consumerSecretBytes);
    application.consumerSecretHash = PasswordHash::hash(created.consumerSecret);
    created.record.createdAt = QDateTime::currentDateTimeUtc();
    const bool ok = d->write([&] {
        const auto clash
            = d->scalar(QStringLiteral("SELECT count(*) FROM applications WHERE name = ?"), { name });
        if (!clash)
            return false;
        if (clash->toInt() > 0)
            return d->fail(tr("an application named '%1' already exists").arg(name));
        return d
            ->run(
                QStringLiteral("INSERT INTO applications (id, name, consumer_key, consumer_secret_hash, tier,"
                               " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                { application.id, name, QString::fromLatin1(application.consumerKey),
                    QString::fromLatin1(application.consumerSecretHash), tier,
                    WorkspacePrivate::timestamp(created.record.createdAt) })
            .has_value();
    });
    if (!ok)
        return std::nullopt;
    return created;
}

bool Workspace::removeApplication(const QString &nameOrId)
{
    return d->write([&] {
        const auto record = SecurityReader(*d).application(nameOrId);
        return record
            && d->run(QStringLiteral("DELETE FROM applications WHERE id = ?"), { record->application.id })
                   .has_value();
    });
}

bool Workspace::subscribe(const QString &application, const QString &apiNameOrId, const QString &tier)
{
    if (!isValidTier(tier))
        return d->fail(tr("'%1' is not a valid tier name").arg(tier));
    return d->write([&] {
        const auto record = SecurityReader(*d).application(application);
        if (!record)
            return false;
        const auto api = findApi(apiNameOrId);
        if (!api)
            return false;
        return d->run(
                   QStringLiteral("INSERT INTO subscriptions (application_id, api_id, tier) VALUES (?, ?, ?)"
                                  " ON CONFLICT (application_id, api_id) DO UPDATE SET tier = excluded.tier"),
                   { record->application.id, api->definition.id, tier })
            && d->recheckDeployments(api->definition.id,
                tr("cannot subscribe %1 to API '%2' with tier %3")
                    .arg(record->application.name, api->definition.name, tier));
    });
}

bool Workspace::unsubscribe(const QString &application, const QString &apiNameOrId)
{
    return d->write([&] {
        const auto record = SecurityReader(*d).application(application);
        if (!record)
            return false;
        const auto api = findApi(apiNameOrId);
        if (!api)
            return false;
        auto removed
            = d->run(QStringLiteral("DELETE FROM subscriptions WHERE application_id = ? AND api_id = ?"),
                { record->application.id, api->definition.id });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("application '%1' is not subscribed to API '%2' %3")
                               .arg(record->application.name, api->definition.name, api->definition.version));
        return true;
    });
}

std::optional<QByteArray> Workspace::mapCertificate(const QString &application, const QByteArray &pem)
{
    QString error;
    const QList<QSslCertificate> certificates = parseCertificates(pem, &error);
    if (certificates.size() != 1) {
        d->fail(certificates.isEmpty() ? error
                                       : tr("give one certificate to map, not %1").arg(certificates.size()));
        return std::nullopt;
    }
    const QSslCertificate &certificate = certificates.constFirst();
    const QByteArray sha256 = fingerprint(certificate);
    const bool ok = d->write([&] {
        const auto record = SecurityReader(*d).application(application);
        if (!record)
            return false;
        auto owner
            = d->run(QStringLiteral("SELECT a.name, a.id FROM application_certificates c"
                                    " JOIN applications a ON a.id = c.application_id WHERE c.sha256 = ?"),
                { QString::fromLatin1(sha256) });
        if (!owner)
            return false;
        if (owner->next()) {
            if (owner->value(1).toString() == record->application.id)
                return true;
            return d->fail(tr("certificate %1 is already mapped to application '%2'")
                               .arg(QString::fromLatin1(sha256), owner->value(0).toString()));
        }
        return d
            ->run(QStringLiteral("INSERT INTO application_certificates (application_id, sha256, pem, "
                                 "subject) VALUES (?, ?, ?, ?)"),
                { record->application.id, QString::fromLatin1(sha256),
                    QString::fromLatin1(certificate.toPem()), distinguishedName(certificate, true) })
            .has_value();
    });
    if (!ok)
        return std::nullopt;
    return sha256;
}

bool Workspace::unmapCertificate(const QString &application, const QByteArray &sha256)
{
    const QByteArray normalized = sha256.toLower().replace(':', QByteArray());
    return d->write([&] {
        const auto record = SecurityReader(*d).application(application);
        if (!record)
            return false;
        auto removed = d->run(
            QStringLiteral("DELETE FROM application_certificates WHERE application_id = ? AND sha256 = ?"),
            { record->application.id, QString::fromLatin1(normalized) });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("no certificate %1 is mapped to application '%2'")
                               .arg(QString::fromLatin1(sha256), record->application.name));
        return true;
    });
}

QList<BasicUser> Workspace::users() const
{
    return SecurityReader(*d).users().value_or(QList<BasicUser>());
}

bool Workspace::setUserPassword(const QString &name, const QByteArray &password, const QStringList &roles)
{
    if (const QString problem = userProblem(name, roles); !problem.isEmpty())
        return d->fail(problem);
    if (password.isEmpty())
        return d->fail(tr("the password of user '%1' is empty").arg(name));
    return setUserPasswordHash(name, PasswordHash::hash(password), roles);
}

bool Workspace::setUserPasswordHash(
    const QString &name, const QByteArray &passwordHash, const QStringList &roles)
{
    if (const QString problem = userProblem(name, roles); !problem.isEmpty())
        return d->fail(problem);
    if (!PasswordHash::isWellFormed(passwordHash))
        return d->fail(tr("the password hash of user '%1' is not a PBKDF2 hash Gatehouse made").arg(name));
    return d->write([&] {
        return d
            ->run(QStringLiteral("INSERT INTO basic_users (name, password_hash, roles_json) VALUES (?, ?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash,"
                                 " roles_json = excluded.roles_json"),
                { name, QString::fromLatin1(passwordHash), SecurityReader::rolesJson(roles) })
            .has_value();
    });
}

bool Workspace::removeUser(const QString &name)
{
    return d->write([&] {
        auto removed = d->run(QStringLiteral("DELETE FROM basic_users WHERE name = ?"), { name });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("no user named '%1'").arg(name));
        return true;
    });
}

QList<IssuerConfig> Workspace::issuers() const
{
    return SecurityReader(*d).issuers(nullptr).value_or(QList<IssuerConfig>());
}

bool Workspace::putIssuer(const IssuerConfig &issuer)
{
    if (!isValidName(issuer.name))
        return d->fail(
            tr("'%1' is not a valid issuer name: use letters, digits, '.', '_' and '-'").arg(issuer.name));
    QString error;
    if (const auto json = ConfigJson::issuerFromJson(ConfigJson::toJson(issuer), &error); !json)
        return d->fail(tr("issuer '%1': %2").arg(issuer.name, error));
    const int keySources = int(!issuer.jwksUrl.isEmpty()) + int(!issuer.jwksFilePath.isEmpty())
        + int(!issuer.certificatePem.isEmpty()) + int(!issuer.hmacSecret.isEmpty());
    if (keySources != 1)
        return d->fail(
            tr("issuer '%1' needs exactly one source of keys: a JWKS URL, a JWKS file, a certificate or "
               "public key, or an HMAC secret")
                .arg(issuer.name));
    for (const QString &name : issuer.algorithms) {
        const auto algorithm = Jose::algorithmFromName(name.toLatin1());
        if (!algorithm)
            return d->fail(tr("issuer '%1': unknown signature algorithm '%2'").arg(issuer.name, name));
        if (Jose::isHmac(*algorithm) != !issuer.hmacSecret.isEmpty())
            return d->fail(
                tr("issuer '%1': %2 needs %3")
                    .arg(issuer.name, name,
                        Jose::isHmac(*algorithm) ? tr("an HMAC secret")
                                                 : tr("a public key (HMAC secrets sign HS* only)")));
    }
    if (!issuer.certificatePem.isEmpty() && !Jose::VerificationKey::fromPem(issuer.certificatePem, &error))
        return d->fail(
            tr("issuer '%1': the certificate or public key is unusable: %2").arg(issuer.name, error));
    if (!issuer.jwksFilePath.isEmpty()) {
        QFile file(issuer.jwksFilePath);
        if (!QFileInfo(issuer.jwksFilePath).isAbsolute() || !file.open(QIODevice::ReadOnly))
            return d->fail(tr("issuer '%1': cannot read the JWKS file '%2' (give an absolute path)")
                               .arg(issuer.name, issuer.jwksFilePath));
        if (!Jose::KeySet::fromJwks(file.readAll(), &error))
            return d->fail(
                tr("issuer '%1': %2 is not a usable JWKS: %3").arg(issuer.name, issuer.jwksFilePath, error));
    }
    return d->write([&] {
        const auto others = SecurityReader(*d).issuers(nullptr);
        if (!others)
            return false;
        for (const IssuerConfig &other : *others) {
            if (other.name != issuer.name && other.issuer == issuer.issuer)
                return d->fail(tr("issuer '%1' already accepts tokens with \"iss\" %2; tokens are matched to "
                                  "an issuer by that value")
                                   .arg(other.name, issuer.issuer));
        }
        const auto builtIn = d->scalar(
            QStringLiteral("SELECT count(*) FROM key_manager WHERE issuer = ?"), { issuer.issuer });
        if (!builtIn)
            return false;
        if (builtIn->toInt() > 0)
            return d->fail(
                tr("\"iss\" %1 belongs to the workspace's built-in key manager").arg(issuer.issuer));
        return d
            ->run(QStringLiteral("INSERT INTO issuers (name, json) VALUES (?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET json = excluded.json"),
                { issuer.name, QString::fromUtf8(ConfigJson::serialize(ConfigJson::toJson(issuer))) })
            .has_value();
    });
}

bool Workspace::removeIssuer(const QString &name)
{
    return d->write([&] {
        auto removed = d->run(QStringLiteral("DELETE FROM issuers WHERE name = ?"), { name });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(tr("no issuer named '%1'").arg(name));
        return true;
    });
}

QList<ClientCaRecord> Workspace::clientCas() const
{
    return SecurityReader(*d).clientCas().value_or(QList<ClientCaRecord>());
}

std::optional<QList<ClientCaRecord>> Workspace::addClientCa(const QByteArray &pem)
{
    QString error;
    const QList<QSslCertificate> certificates = parseCertificates(pem, &error);
    if (certificates.isEmpty()) {
        d->fail(error);
        return std::nullopt;
    }
    QList<ClientCaRecord> added;
    for (const QSslCertificate &certificate : certificates)
        added.append({ fingerprint(certificate), certificate.toPem(), distinguishedName(certificate, true),
            distinguishedName(certificate, false), certificate.expiryDate().toUTC() });
    const bool ok = d->write([&] {
        for (const ClientCaRecord &record : std::as_const(added)) {
            const auto known = d->scalar(QStringLiteral("SELECT count(*) FROM client_cas WHERE sha256 = ?"),
                { QString::fromLatin1(record.sha256) });
            if (!known)
                return false;
            if (known->toInt() > 0)
                return d->fail(tr("the certificate %1 (%2) is already a client CA")
                                   .arg(QString::fromLatin1(record.sha256), record.subject));
            if (!d->run(QStringLiteral("INSERT INTO client_cas (sha256, pem, subject, issuer, not_after) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                    { QString::fromLatin1(record.sha256), QString::fromLatin1(record.pem), record.subject,
                        record.issuer, WorkspacePrivate::timestamp(record.notAfter) }))
                return false;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return added;
}

bool Workspace::removeClientCa(const QByteArray &sha256)
{
    const QByteArray normalized = sha256.toLower().replace(':', QByteArray());
    return d->write([&] {
        auto removed = d->run(
            QStringLiteral("DELETE FROM client_cas WHERE sha256 = ?"), { QString::fromLatin1(normalized) });
        if (!removed)
            return false;
        if (removed->numRowsAffected() == 0)
            return d->fail(
                tr("no client CA has the SHA-256 fingerprint %1").arg(QString::fromLatin1(sha256)));
        return true;
    });
}

bool Workspace::revoke(const RevokedToken &token)
{
    if (token.jti.isEmpty() == token.tokenSha256.isEmpty())
        return d->fail(tr("a revocation names either a token id (jti) or a token's SHA-256, not both"));
    if (!token.tokenSha256.isEmpty() && !isSha256Hex(token.tokenSha256))
        return d->fail(tr("'%1' is not a hex SHA-256").arg(QString::fromLatin1(token.tokenSha256)));
    if (token.jti.size() > 1024)
        return d->fail(tr("the token id (jti) is longer than 1024 bytes"));
    if (token.expiresAt < 0)
        return d->fail(tr("the expiry of a revoked token cannot be negative"));
    const bool byJti = !token.jti.isEmpty();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return d->write([&] {
        if (!d->run(QStringLiteral("DELETE FROM revoked_tokens WHERE expires_at > 0 AND expires_at <= ?"),
                { now }))
            return false;
        if (token.expiresAt > 0 && token.expiresAt <= now)
            return true; // expired already: nothing left to refuse
        return d
            ->run(QStringLiteral(
                      "INSERT INTO revoked_tokens (id, kind, expires_at, revoked_at) VALUES (?, ?, ?, ?)"
                      " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
                      " expires_at = excluded.expires_at"),
                { QString::fromUtf8(byJti ? token.jti : token.tokenSha256),
                    byJti ? QStringLiteral("jti") : QStringLiteral("token"), token.expiresAt,
                    WorkspacePrivate::timestamp(QDateTime::currentDateTimeUtc()) })
            .has_value();
    });
}

std::optional<QList<RevocationRecord>> Workspace::revokedTokens() const
{
    auto query = d->run(QStringLiteral("SELECT id, kind, expires_at, revoked_at FROM revoked_tokens"
                                       " WHERE expires_at = 0 OR expires_at > ? ORDER BY revoked_at, id"),
        { QDateTime::currentSecsSinceEpoch() });
    if (!query)
        return std::nullopt;
    QList<RevocationRecord> records;
    while (query->next()) {
        RevocationRecord record;
        const QByteArray id = query->value(0).toString().toUtf8();
        (query->value(1).toString() == QLatin1String("jti") ? record.token.jti : record.token.tokenSha256)
            = id;
        record.token.expiresAt = query->value(2).toLongLong();
        record.revokedAt = WorkspacePrivate::parseTimestamp(query->value(3).toString());
        records.append(std::move(record));
    }
    return records;
}

std::optional<SecurityRealm> Workspace::securityRealm(QStringList *warnings) const
{
    const auto keyManagerConfig = keyManager();
    if (!keyManagerConfig)
        return std::nullopt;
    SecurityRealm realm;
    realm.keyManager = *keyManagerConfig;
    const ReadSnapshot snapshot(*d);
    if (!snapshot.isOpen())
        return std::nullopt;
    const SecurityReader reader(*d);
    const auto issuerList = reader.issuers(warnings);
    const auto applicationList = issuerList ? reader.applications() : std::nullopt;
    const auto userList = applicationList ? reader.users() : std::nullopt;
    const auto caList = userList ? reader.clientCas() : std::nullopt;
    if (!caList)
        return std::nullopt;
    realm.issuers.assign(issuerList->begin(), issuerList->end());
    for (const ApplicationRecord &record : *applicationList)
        realm.applications.push_back(record.application);
    realm.users.assign(userList->begin(), userList->end());
    for (const ClientCaRecord &record : *caList)
        realm.clientCaCertificatesPem.append(record.pem);
    realm.introspection = introspection();
    realm.trustedProxies = trustedProxies();
    return realm;
}

} // namespace Gatehouse
