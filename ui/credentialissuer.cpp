#include "credentialissuer.h"

#include "security/jose/jose.h"
#include "workspace.h"

namespace Gatehouse {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Accepts "Bearer xyz" and "apikey: xyz" pasted from a request as well as the bare credential.
QByteArray bareCredential(const QString &credential)
{
    QString text = credential.trimmed();
    for (const QString &prefix :
        { QStringLiteral("Authorization:"), QStringLiteral("apikey:"), QStringLiteral("Bearer ") }) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text = text.mid(prefix.size()).trimmed();
    }
    return text.toUtf8();
}

} // namespace

std::optional<TokenIssuer> CredentialIssuer::builtInIssuer(const Workspace &workspace, QString *error)
{
    const std::optional<KeyManagerConfig> keyManager = workspace.keyManager();
    if (!keyManager) {
        fail(error, tr("The built-in key manager is not available: %1").arg(workspace.lastError()));
        return std::nullopt;
    }
    QString issuerError;
    std::optional<TokenIssuer> issuer = TokenIssuer::create(*keyManager, &issuerError);
    if (!issuer)
        fail(error, tr("The built-in key manager cannot sign: %1").arg(issuerError));
    return issuer;
}

std::optional<IssuedToken> CredentialIssuer::accessToken(
    const Workspace &workspace, const QString &application, const AccessTokenOptions &options, QString *error)
{
    const std::optional<ApplicationRecord> record = workspace.application(application);
    if (!record) {
        fail(error, workspace.lastError());
        return std::nullopt;
    }
    const std::optional<TokenIssuer> issuer = builtInIssuer(workspace, error);
    if (!issuer)
        return std::nullopt;
    TokenRequest request;
    request.application = &record->application;
    request.scopes = options.scopes;
    request.validitySeconds = options.validitySeconds;
    request.keyType = options.keyType;
    QString issueError;
    std::optional<IssuedToken> token = issuer->issueAccessToken(request, &issueError);
    if (!token)
        fail(error, tr("No token was issued: %1").arg(issueError));
    return token;
}

std::optional<IssuedToken> CredentialIssuer::apiKey(
    const Workspace &workspace, const QString &application, const ApiKeyOptions &options, QString *error)
{
    const std::optional<ApplicationRecord> record = workspace.application(application);
    if (!record) {
        fail(error, workspace.lastError());
        return std::nullopt;
    }
    const std::optional<TokenIssuer> issuer = builtInIssuer(workspace, error);
    if (!issuer)
        return std::nullopt;
    ApiKeyRequest request;
    request.application = &record->application;
    request.validitySeconds = options.validitySeconds;
    request.permittedIps = options.permittedIps;
    request.permittedReferers = options.permittedReferers;
    request.keyType = options.keyType;
    for (const SubscriptionConfig &subscription : record->application.subscriptions) {
        const std::optional<ApiRecord> api = workspace.api(subscription.apiId);
        if (!api)
            continue; // removed since; the key cannot call it anyway
        request.subscribedApis.append({ api->definition.id, api->definition.name, api->definition.context,
            api->definition.version, subscription.tier });
    }
    QString issueError;
    std::optional<IssuedToken> key = issuer->issueApiKey(request, &issueError);
    if (!key)
        fail(error, tr("No API key was issued: %1").arg(issueError));
    return key;
}

std::optional<QByteArray> CredentialIssuer::jwks(const Workspace &workspace, QString *error)
{
    const std::optional<TokenIssuer> issuer = builtInIssuer(workspace, error);
    if (!issuer)
        return std::nullopt;
    return issuer->jwks();
}

std::optional<RevocationRequest> CredentialIssuer::revocationFor(const QString &credential, QString *error)
{
    const QByteArray bare = bareCredential(credential);
    if (bare.isEmpty()) {
        fail(error, tr("Paste the token or API key to revoke."));
        return std::nullopt;
    }
    RevocationRequest revocation;
    QString parseError;
    const std::optional<Jose::CompactJws> jws = Jose::parseCompact(bare, &parseError);
    const qint64 expiresAt = jws ? qint64(jws->claims.value(QLatin1String("exp")).toDouble()) : 0;
    const QString jti = jws ? jws->claims.value(QLatin1String("jti")).toString() : QString();
    if (!jti.isEmpty()) {
        revocation.token.jti = jti.toUtf8();
        revocation.token.expiresAt = qMax<qint64>(expiresAt, 0);
        revocation.description = tr("token id %1").arg(jti);
        return revocation;
    }
    revocation.token.tokenSha256 = Jose::sha256Hex(bare);
    revocation.token.expiresAt = qMax<qint64>(expiresAt, 0);
    revocation.description
        = tr("SHA-256 %1…").arg(QString::fromLatin1(revocation.token.tokenSha256.left(16)));
    return revocation;
}

} // namespace Gatehouse
