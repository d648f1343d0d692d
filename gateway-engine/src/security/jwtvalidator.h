#pragma once

#include "config/securityconfig.h"
#include "security/jose/jose.h"
#include "security/validatedtokencache.h"

#include <QUrl>

namespace Gatehouse {

class RemoteKeySets;

// An issuer the environment trusts, compiled once per deployment.
struct TrustedIssuer
{
    IssuerConfig config;
    QList<Jose::Algorithm> algorithms;
    Jose::KeySet keys; // from a JWKS file, a PEM, an HMAC secret or the built-in key manager
    bool remoteKeys = false; // keys come from config.jwksUrl
    bool builtIn = false; // the workspace's key manager (also signs API keys)
};

struct JwtOutcome
{
    enum class Status
    {
        Valid,
        Invalid,
        NeedKeys // the issuer's JWKS must be fetched first; ask RemoteKeySets, then validate again
    };
    Status status = Status::Invalid;
    QByteArray reason; // short, safe to log: never contains the token
    ValidatedCredentialPtr credential;
    QUrl jwksUrl;
};

// Signature and claim checks for bearer JWTs and API keys. Pure and thread-safe; time is passed in.
class JwtValidator
{
public:
    enum class Kind
    {
        AccessToken, // any trusted issuer; "exp" required
        ApiKey // only the built-in key manager; "exp" optional
    };

    // problems collects issuers that cannot validate anything (bad PEM, unreadable JWKS file, ...).
    JwtValidator(
        const SecurityRealm &realm, const Jose::VerificationKeyPtr &keyManagerKey, QStringList *problems);

    // refetchAllowed: whether an unknown kid on a remote issuer may wait for a fresh JWKS.
    JwtOutcome validate(const QByteArray &token, const QByteArray &tokenSha256Hex, Kind kind, qint64 now,
        const RemoteKeySets *remote, bool refetchAllowed) const;

    const std::vector<TrustedIssuer> &issuers() const { return m_issuers; }
    QList<QUrl> remoteKeyUrls() const;

private:
    const TrustedIssuer *issuerFor(const QString &iss) const;
    std::vector<TrustedIssuer> m_issuers;
};

} // namespace Gatehouse
