#pragma once

#include "config/securityconfig.h"
#include "security/tokenissuer.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace Gatehouse {

class Workspace;

struct AccessTokenOptions
{
    QStringList scopes;
    int validitySeconds = 0; // 0 = the key manager's default
    QString keyType = QStringLiteral("PRODUCTION"); // PRODUCTION | SANDBOX
};

struct ApiKeyOptions
{
    int validitySeconds = 0; // 0 = never expires
    QStringList permittedIps;
    QStringList permittedReferers;
    QString keyType = QStringLiteral("PRODUCTION");
};

// What revoking a pasted credential records, and how to describe it to people.
struct RevocationRequest
{
    RevokedToken token;
    QString description; // "token id 1f0e…" or "SHA-256 ab12…"
};

// Issues credentials for the workspace's applications with its built-in key manager (the same key the
// environments verify with), and turns pasted credentials into revocations.
class CredentialIssuer
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::CredentialIssuer)
public:
    static std::optional<IssuedToken> accessToken(const Workspace &workspace, const QString &application,
        const AccessTokenOptions &options, QString *error);
    // The application's subscriptions (API id, name, context, version, tier) go into the key.
    static std::optional<IssuedToken> apiKey(
        const Workspace &workspace, const QString &application, const ApiKeyOptions &options, QString *error);
    static std::optional<QByteArray> jwks(const Workspace &workspace, QString *error);

    // A JWT with a "jti" is revoked by that id until its "exp"; anything else by the SHA-256 of the whole
    // text (never purged when no expiry can be read).
    static std::optional<RevocationRequest> revocationFor(const QString &credential, QString *error);

private:
    static std::optional<TokenIssuer> builtInIssuer(const Workspace &workspace, QString *error);
};

} // namespace Gatehouse
