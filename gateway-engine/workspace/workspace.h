#pragma once

#include "config/environmentsettings.h"
#include "config/gatewayconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace Gatehouse {

class ProfileCompiler;
class WorkspacePrivate;

struct ApiRecord
{
    ApiConfig definition; // definition.id is the workspace id (UUID without braces)
    QString description;
    QString implementationType = QStringLiteral("ENDPOINT"); // ENDPOINT | MOCKED_OAS
    QByteArray sourceDocument; // the OpenAPI text it was imported from, if any
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct RevisionRecord
{
    QString apiId;
    int revision = 0; // 1, 2, ... per API
    QDateTime createdAt;
    ApiConfig snapshot; // frozen copy; never changes after creation
};

struct DeploymentRecord
{
    QString environment;
    QString apiId;
    int revision = 0;
    QDateTime deployedAt;
};

struct NamedDocument // security schemes, throttle policies, applications: JSON documents keyed by name
{
    QString name;
    QByteArray json;
};

struct ApplicationRecord
{
    ApplicationConfig application; // with its subscriptions and mapped certificate fingerprints
    QDateTime createdAt;
};

// What addApplication answers: the only place the consumer secret ever exists (the workspace keeps its hash).
struct CreatedApplication
{
    ApplicationRecord record;
    QByteArray consumerSecret;
};

// A CA (or self-signed certificate) trusted for client certificates.
struct ClientCaRecord
{
    QByteArray sha256; // lower-case hex of the DER form
    QByteArray pem;
    QString subject;
    QString issuer;
    QDateTime notAfter;
};

struct RevocationRecord
{
    RevokedToken token;
    QDateTime revokedAt;
};

// The SQLite workspace: the single source of truth. Every mutating call is one transaction.
// An instance belongs to the thread that opened it; open another instance for another thread or process.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Workspace)
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Opens (creating if missing) and migrates to the current schema. nullptr + error on failure.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);
    // Creates a new workspace at path filled with the bundled demo APIs and environments.
    static std::unique_ptr<Workspace> createDemo(const QString &path, QString *error);
    static int currentSchemaVersion();

    QString path() const;
    int schemaVersion() const;
    QString lastError() const;
    // Changes whenever any connection (this or another process) commits; cheap, for watching.
    qint64 dataVersion() const;

    // APIs
    QList<ApiRecord> apis() const;
    std::optional<ApiRecord> api(const QString &id) const;
    // Accepts an id, or "name" / "name:version".
    std::optional<ApiRecord> findApi(const QString &nameOrId) const;
    std::optional<QString> addApi(ApiRecord record); // returns the new id
    bool updateApi(const ApiRecord &record);
    bool removeApi(const QString &id); // refused while deployed

    // Environments
    QList<EnvironmentSettings> environments() const;
    std::optional<EnvironmentSettings> environment(const QString &name) const;
    // initialDeployments (apiId + revision, 0 = a new revision) are deployed in the same transaction:
    // the only way to give an immutable environment its content.
    bool addEnvironment(
        const EnvironmentSettings &settings, const QList<DeploymentRecord> &initialDeployments = {});
    bool updateEnvironment(const EnvironmentSettings &settings);
    bool removeEnvironment(const QString &name);

    // Revisions and deployments
    std::optional<int> createRevision(const QString &apiId); // freezes the current definition
    QList<RevisionRecord> revisions(const QString &apiId) const;
    // Deploys the given revision (or a new one when revision == 0). Refused for immutable environments
    // and when compile() reports an error for the environment's profile. Profile warnings (features the
    // profile ignores) go to *warnings.
    std::optional<int> deploy(
        const QString &apiId, const QString &environment, int revision = 0, QStringList *warnings = nullptr);
    bool undeploy(const QString &apiId, const QString &environment);
    QList<DeploymentRecord> deployments(const QString &environment = QString()) const;
    QStringList environmentsServing(const QString &apiId) const; // the environments it is deployed to
    // The config an environment serves: the deployed revisions, checked against its profile, and the
    // workspace's security realm.
    // Empty optional when the workspace could not be read (unknown environment, database busy or damaged):
    // a caller must not mistake that for "nothing deployed" and take every API off a running environment.
    std::optional<GatewayConfig> compiledConfig(
        const QString &environment, QStringList *warnings = nullptr) const;

    // Documents later issues fill in (security schemes, throttle policies, applications).
    QList<NamedDocument> documents(
        const QString &kind) const; // kind: "security_scheme" | "throttle_policy" | "application"
    bool putDocument(const QString &kind, const NamedDocument &document);
    bool removeDocument(const QString &kind, const QString &name);

    // Security (securitystore.cpp). The built-in key manager: an RSA key pair generated with OpenSSL and
    // stored the first time it is asked for, so a workspace has exactly one.
    std::optional<KeyManagerConfig> keyManager() const;

    QList<ApplicationRecord> applications() const;
    std::optional<ApplicationRecord> application(const QString &nameOrId) const;
    // A new consumer key (28 random base64url characters) and secret (32 random bytes, base64url).
    std::optional<CreatedApplication> addApplication(
        const QString &name, const QString &tier = QStringLiteral("Unlimited"));
    bool removeApplication(const QString &nameOrId);
    // Subscribing again changes the tier.
    bool subscribe(const QString &application, const QString &apiNameOrId,
        const QString &tier = QStringLiteral("Unlimited"));
    bool unsubscribe(const QString &application, const QString &apiNameOrId);
    // Maps one PEM certificate to the application; returns its SHA-256 fingerprint (hex).
    std::optional<QByteArray> mapCertificate(const QString &application, const QByteArray &pem);
    bool unmapCertificate(const QString &application, const QByteArray &sha256);

    QList<BasicUser> users() const;
    // Creates the user or replaces its password and roles; only the PasswordHash of the password is kept.
    bool setUserPassword(const QString &name, const QByteArray &password, const QStringList &roles = {});
    // The same with a hash made beforehand by PasswordHash::hash (the GUI hashes on a worker thread);
    // refused unless it is well formed.
    bool setUserPasswordHash(
        const QString &name, const QByteArray &passwordHash, const QStringList &roles = {});
    bool removeUser(const QString &name);

    QList<IssuerConfig> issuers() const;
    bool putIssuer(const IssuerConfig &issuer); // adds or replaces by name
    bool removeIssuer(const QString &name);

    QList<ClientCaRecord> clientCas() const;
    // Every certificate in the PEM text, in one transaction; refused when there is none or one is known.
    std::optional<QList<ClientCaRecord>> addClientCa(const QByteArray &pem);
    bool removeClientCa(const QByteArray &sha256);

    // RFC 7662 introspection for opaque tokens (securitysettings.cpp). The client secret is kept as given:
    // the gateway must present it to the identity provider.
    std::optional<IntrospectionConfig> introspection() const;
    bool setIntrospection(const std::optional<IntrospectionConfig> &introspection); // nullopt: none
    // Addresses or CIDR ranges whose X-WSO2-CLIENT-CERTIFICATE header is believed (TLS-terminating proxies).
    QStringList trustedProxies() const;
    bool setTrustedProxies(const QStringList &proxies);

    // Records a revocation and, in the same transaction, forgets those whose token has expired.
    bool revoke(const RevokedToken &token);
    // Those not yet expired; nullopt when the workspace could not be read (never "nothing is revoked").
    std::optional<QList<RevocationRecord>> revokedTokens() const;

    // Everything above that an environment needs, read in one snapshot. Damaged issuer rows are skipped
    // with a message in *warnings.
    std::optional<SecurityRealm> securityRealm(QStringList *warnings = nullptr) const;

    // Throttle policies (throttlepolicystore.cpp): the stored ones plus WSO2's defaults (Unlimited,
    // 10KPerMin, Gold, ...) unless replaced. put validates first (ThrottlePolicyValidation) and adds or
    // replaces by level and name. Removing a default only removes the workspace's replacement; removing a
    // policy still named by an API, operation, application or subscription is refused (usages lists them).
    // Both refuse a change that a deployed API's profile would not accept (bandwidth on Choreo Connect).
    std::vector<ThrottlePolicy> throttlePolicies() const;
    std::optional<ThrottlePolicy> throttlePolicy(ThrottlePolicyLevel level, const QString &name) const;
    bool putThrottlePolicy(const ThrottlePolicy &policy);
    bool putThrottlePolicies(const std::vector<ThrottlePolicy> &policies); // all or none
    bool removeThrottlePolicy(ThrottlePolicyLevel level, const QString &name);
    QStringList throttlePolicyUsages(ThrottlePolicyLevel level, const QString &name) const;
    // Every reference at once, by throttlePolicyId() (custom policies, used everywhere, are not listed).
    QHash<QString, QStringList> throttlePolicyUsages() const;

    QString setting(const QString &key, const QString &fallback = QString()) const;
    bool setSetting(const QString &key, const QString &value);

    // Replaces the profile checks used by deploy() and compiledConfig() (default: the bundled capability
    // matrix with ProfileCompiler::standardRules()).
    void setProfileCompiler(const ProfileCompiler &compiler);

private:
    explicit Workspace(std::unique_ptr<WorkspacePrivate> d);
    std::unique_ptr<WorkspacePrivate> d;
};

} // namespace Gatehouse
