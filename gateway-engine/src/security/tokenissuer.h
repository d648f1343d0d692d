#pragma once

#include "config/securityconfig.h"
#include "security/jose/jose.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace Gatehouse {

// What a caller asks the built-in key manager for.
struct TokenRequest
{
    const ApplicationConfig *application = nullptr; // required
    QString subject; // empty = the application's name (client_credentials)
    QStringList scopes;
    int validitySeconds = 0; // 0 = the key manager's tokenValiditySeconds
    QString keyType = QStringLiteral("PRODUCTION"); // PRODUCTION | SANDBOX
};

struct ApiKeyRequest
{
    const ApplicationConfig *application = nullptr; // required
    int validitySeconds = 0; // 0 = no expiry, as WSO2 allows for API keys
    QStringList permittedIps; // addresses or CIDR ranges; empty = any
    QStringList permittedReferers; // exact or with '*' wildcards; empty = any
    QString keyType = QStringLiteral("PRODUCTION");
    // The APIs the key may call, with context/version for WSO2's subscribedAPIs claim.
    struct SubscribedApi
    {
        QString id;
        QString name;
        QString context;
        QString version;
        QString tier;
    };
    QList<SubscribedApi> subscribedApis;
};

struct IssuedToken
{
    QByteArray token;
    QByteArray jti;
    qint64 expiresAt = 0; // seconds since the epoch; 0 = never
};

// The workspace's key manager: RS256 access tokens (WSO2 claim layout: azp/client_id, scope, keytype,
// application) and API keys (WSO2's self-contained JWT: keytype, tierInfo, subscribedAPIs,
// permittedIP, permittedReferer, application), and the JWKS that verifies them.
class TokenIssuer
{
public:
    // Empty optional when config has no usable private key.
    static std::optional<TokenIssuer> create(const KeyManagerConfig &config, QString *error);
    // A fresh RSA-2048 key pair with a random kid, for a new workspace.
    static std::optional<KeyManagerConfig> generateKeyManager(QString *error);

    std::optional<IssuedToken> issueAccessToken(const TokenRequest &request, QString *error) const;
    std::optional<IssuedToken> issueApiKey(const ApiKeyRequest &request, QString *error) const;
    QByteArray jwks() const; // {"keys":[...]} with the public key
    const KeyManagerConfig &config() const { return m_config; }
    Jose::VerificationKeyPtr verificationKey() const;
    // For the backend JWT: signs arbitrary claims with the key manager's key.
    QByteArray sign(const QJsonObject &claims) const;

private:
    TokenIssuer(KeyManagerConfig config, Jose::SigningKeyPtr key);
    KeyManagerConfig m_config;
    Jose::SigningKeyPtr m_key;
};

} // namespace Gatehouse
