#pragma once

#include "config/gatewayconfig.h"
#include "environment/environment.h"
#include "probeclient.h"
#include "profilecompiler.h"
#include "security/ephemeralpki.h"
#include "security/tokenissuer.h"

#include <QHash>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace Gatehouse {

// One running environment of a profile, made only to observe how it treats each capability: a probe API
// per checked feature (mock endpoints, no backend), a throw-away key manager, application, Basic user
// and PKI. APIs the profile refuses are left out and their refusal kept, as a deploy would report it.
class ProbeWorld
{
public:
    struct ProbeApi
    {
        QString feature; // capability row id; also the API's context ("/verify-<feature>")
        ApiConfig config;
        std::vector<ThrottlePolicy> policies;
    };

    ~ProbeWorld();
    ProbeWorld(const ProbeWorld &) = delete;
    ProbeWorld &operator=(const ProbeWorld &) = delete;

    // Starts an environment of `profile` on loopback ports chosen by the system, with `apis`.
    static std::unique_ptr<ProbeWorld> start(
        GatewayProfile profile, const ProfileCompiler &compiler, const QList<ProbeApi> &apis, QString *error);

    // The standard API of a probe: GET /verify-<feature>/1.0.0/* answered by a mock.
    static ApiConfig probeApi(const QString &feature);

    GatewayProfile profile() const { return m_profile; }
    Environment &environment() { return *m_environment; }
    ProbeClient &client() { return *m_client; }
    const TokenIssuer &issuer() const { return *m_issuer; }
    const ApplicationConfig &application() const { return m_application; }
    QByteArray consumerSecret() const { return m_consumerSecret; }
    QByteArray basicUserCredentials() const { return m_basicCredentials; } // "user:password"

    // nullopt when the profile accepted the feature's API; otherwise why the deploy was refused.
    std::optional<QString> refusal(const QString &feature) const;
    QUrl url(const QString &feature, bool https = false) const;
    QUrl tokenEndpoint() const;

private:
    ProbeWorld() = default;

    GatewayProfile m_profile = GatewayProfile::ChoreoConnect;
    QTemporaryDir m_directory;
    std::optional<EphemeralPki> m_pki;
    std::optional<TokenIssuer> m_issuer;
    ApplicationConfig m_application;
    QByteArray m_consumerSecret;
    QByteArray m_basicCredentials;
    QHash<QString, QString> m_refusals;
    std::unique_ptr<Environment> m_environment;
    std::unique_ptr<ProbeClient> m_client;
};

} // namespace Gatehouse
