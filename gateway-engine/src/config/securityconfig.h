#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <vector>

namespace Gatehouse {

// How a caller proves who it is. An API lists the schemes it accepts; any one of them admits a request.
enum class AuthScheme
{
    OAuth2, // bearer JWT (or an opaque token through introspection)
    ApiKey, // WSO2 API key: a JWT signed by the workspace's key manager
    BasicAuth, // users of the workspace (API Gateway profile only)
};
QString authSchemeId(AuthScheme scheme); // "oauth2" | "api_key" | "basic_auth"
std::optional<AuthScheme> authSchemeFromId(const QString &id);

// WSO2's securityScheme values for client certificates: "mutualssl" (optional) and "mutualssl_mandatory".
enum class MutualTlsMode
{
    Off,
    Optional, // a valid certificate admits the request on its own if application security fails
    Mandatory, // no valid certificate: 401 even with a good token
};
QString mutualTlsModeId(MutualTlsMode mode); // "off" | "optional" | "mandatory"
std::optional<MutualTlsMode> mutualTlsModeFromId(const QString &id);

struct CorsConfig
{
    QStringList allowOrigins { QStringLiteral("*") };
    QStringList allowMethods { QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("POST"),
        QStringLiteral("DELETE"), QStringLiteral("PATCH"), QStringLiteral("OPTIONS") };
    QStringList allowHeaders { QStringLiteral("authorization"), QStringLiteral("Access-Control-Allow-Origin"),
        QStringLiteral("Content-Type"), QStringLiteral("SOAPAction"), QStringLiteral("apikey") };
    QStringList exposeHeaders;
    bool allowCredentials = false;
    int maxAgeSeconds = 0; // 0 = no Access-Control-Max-Age
    bool operator==(const CorsConfig &) const = default;
};

// Security of one API (WSO2: securityScheme + x-wso2-application-security + x-wso2-auth-header).
struct ApiSecurity
{
    // Empty = open API (the engine's default, so existing definitions stay open); WSO2's importers
    // default to oauth2, which the workspace importers set explicitly.
    std::vector<AuthScheme> schemes;
    MutualTlsMode mutualTls = MutualTlsMode::Off;
    // oauth_basic_auth_api_key_mandatory: with mTLS on, application security must also pass.
    bool applicationSecurityMandatory = true;
    QByteArray authorizationHeader = "Authorization";
    QByteArray apiKeyHeader = "apikey";
    QByteArray apiKeyQueryParameter = "apikey"; // empty = not accepted in the query
    bool forwardAuthorizationHeader = false; // false: the credential header is removed before the backend
    bool sendBackendJwt = false;
    bool forwardClientCertificate = false; // as X-WSO2-CLIENT-CERTIFICATE (URL-encoded PEM)
    std::optional<CorsConfig> cors;
    bool operator==(const ApiSecurity &) const = default;
};

// Per operation: open (no security at all) or the scopes a token must carry (any one of them).
struct OperationSecurity
{
    bool disabled = false; // x-wso2-disable-security / x-auth-type: None
    QStringList scopes;
    bool operator==(const OperationSecurity &) const = default;
};

// A key manager that issues bearer JWTs, selected by the token's "iss".
struct IssuerConfig
{
    QString name;
    QString issuer; // must equal the token's "iss"
    QUrl jwksUrl; // keys fetched (and refetched on an unknown kid)
    QString jwksFilePath;
    QByteArray certificatePem; // a PEM certificate or public key
    QByteArray hmacSecret; // HS256/384/512 only when this is set
    QStringList algorithms { QStringLiteral("RS256") }; // the only algorithms accepted from this issuer
    QStringList audiences; // empty = "aud" not checked; otherwise one of them must be in "aud"
    int clockSkewSeconds = 60;
    QString consumerKeyClaim = QStringLiteral("azp"); // then client_id
    QString scopesClaim = QStringLiteral("scope"); // space-separated string, or an array ("scp")
    bool operator==(const IssuerConfig &) const = default;
};

// RFC 7662 token introspection for opaque (non-JWT) tokens.
struct IntrospectionConfig
{
    QUrl endpoint;
    QString clientId;
    QByteArray clientSecret;
    int cacheSeconds = 300;
    bool operator==(const IntrospectionConfig &) const = default;
};

struct SubscriptionConfig
{
    QString apiId;
    QString tier = QStringLiteral("Unlimited");
    bool operator==(const SubscriptionConfig &) const = default;
};

// An application of the built-in key manager.
struct ApplicationConfig
{
    QString id;
    QString name;
    QByteArray consumerKey;
    QByteArray consumerSecretHash; // PasswordHash format; the secret itself is never stored
    QString tier = QStringLiteral("Unlimited"); // application throttle tier
    std::vector<SubscriptionConfig> subscriptions;
    QStringList clientCertificateSha256; // hex fingerprints of certificates mapped to this application
    bool operator==(const ApplicationConfig &) const = default;
};

struct BasicUser
{
    QString name;
    QByteArray passwordHash; // PasswordHash format
    QStringList roles;
    bool operator==(const BasicUser &) const = default;
};

// The workspace's own key manager: signs tokens, API keys and backend JWTs.
struct KeyManagerConfig
{
    QString issuer = QStringLiteral("https://gatehouse.local/oauth2/token");
    QByteArray keyId;
    QByteArray privateKeyPem; // RSA; empty = no built-in key manager
    int tokenValiditySeconds = 3600;
    bool operator==(const KeyManagerConfig &) const = default;
};

// Everything about identities that an environment needs, compiled from the workspace at deploy.
struct SecurityRealm
{
    KeyManagerConfig keyManager;
    std::vector<IssuerConfig> issuers; // external key managers
    std::optional<IntrospectionConfig> introspection;
    std::vector<ApplicationConfig> applications;
    std::vector<BasicUser> users;
    QList<QByteArray> clientCaCertificatesPem; // trust store for client certificates
    QStringList trustedProxies; // addresses allowed to pass X-WSO2-CLIENT-CERTIFICATE
    QByteArray clientCertificateHeader = "X-WSO2-CLIENT-CERTIFICATE";
    QByteArray backendJwtHeader = "X-JWT-Assertion";
    bool operator==(const SecurityRealm &) const = default;
};

// Revoked credentials: pushed to running environments as soon as they change, not with a deploy.
struct RevokedToken
{
    QByteArray jti; // set for JWTs and API keys that carry one
    QByteArray tokenSha256; // hex SHA-256 of the whole token (opaque tokens, JWTs without jti)
    qint64 expiresAt = 0; // seconds since the epoch; purged after this
    bool operator==(const RevokedToken &) const = default;
};

} // namespace Gatehouse
