#include "probeworld.h"

#include "security/passwordhash.h"

#include <QFile>
#include <QRandomGenerator>

namespace Gatehouse {

namespace {

QByteArray randomSecret()
{
    std::array<quint32, 6> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

ProbeWorld::~ProbeWorld() = default;

ApiConfig ProbeWorld::probeApi(const QString &feature)
{
    ApiConfig api;
    api.id = QStringLiteral("verify-") + feature;
    api.name = QStringLiteral("Verify ") + feature;
    api.context = QStringLiteral("/verify-") + feature;
    api.version = QStringLiteral("1.0.0");
    api.productionEndpoints = EndpointGroup { EndpointGroupType::Mock, {}, 1 };
    ResourceConfig resource;
    resource.pathTemplate = QStringLiteral("/*");
    OperationConfig operation;
    operation.method = "GET";
    operation.mock = MockResponse { 200, "application/json", R"({"probe":"ok"})" };
    resource.operations.push_back(operation);
    api.resources.push_back(resource);
    return api;
}

std::unique_ptr<ProbeWorld> ProbeWorld::start(
    GatewayProfile profile, const ProfileCompiler &compiler, const QList<ProbeApi> &apis, QString *error)
{
    std::unique_ptr<ProbeWorld> world(new ProbeWorld);
    world->m_profile = profile;
    if (!world->m_directory.isValid()) {
        *error
            = QStringLiteral("cannot create a temporary directory: %1").arg(world->m_directory.errorString());
        return nullptr;
    }
    world->m_pki = EphemeralPki::create(QStringLiteral("Gatehouse Verification"), error);
    if (!world->m_pki)
        return nullptr;
    const std::optional<KeyManagerConfig> keyManager = TokenIssuer::generateKeyManager(error);
    if (!keyManager)
        return nullptr;
    world->m_issuer = TokenIssuer::create(*keyManager, error);
    if (!world->m_issuer)
        return nullptr;

    auto config = std::make_shared<GatewayConfig>();
    for (const ProbeApi &probe : apis) {
        const ProfileCompileResult compiled = compiler.compile(probe.config, profile, probe.policies);
        if (compiled.hasErrors()) {
            world->m_refusals.insert(
                probe.feature, compiled.messages(ProfileFinding::Severity::Error).join(QLatin1Char(' ')));
            continue;
        }
        config->apis.push_back(compiled.api);
        config->throttlePolicies.insert(
            config->throttlePolicies.end(), probe.policies.begin(), probe.policies.end());
    }

    world->m_consumerSecret = randomSecret();
    world->m_application.id = QStringLiteral("verification-app");
    world->m_application.name = QStringLiteral("Verification");
    world->m_application.consumerKey = "verification-" + randomSecret().left(12);
    world->m_application.consumerSecretHash
        = PasswordHash::hash(world->m_consumerSecret, PasswordHash::minimumIterations);
    for (const ApiConfig &api : config->apis)
        world->m_application.subscriptions.push_back({ api.id, QStringLiteral("Unlimited") });
    const QCryptographicHash::Algorithm sha256 = QCryptographicHash::Sha256;
    world->m_application.clientCertificateSha256 = { QString::fromLatin1(
        QSslCertificate(world->m_pki->clientCertificatePem, QSsl::Pem).digest(sha256).toHex()) };
    const QByteArray password = randomSecret();
    world->m_basicCredentials = "verifier:" + password;
    config->realm.keyManager = world->m_issuer->config();
    config->realm.applications = { world->m_application };
    config->realm.users = { BasicUser {
        QStringLiteral("verifier"), PasswordHash::hash(password, PasswordHash::minimumIterations), {} } };
    config->realm.clientCaCertificatesPem = { world->m_pki->caCertificatePem };

    const QString certificatePath = world->m_directory.filePath(QStringLiteral("server.crt"));
    const QString keyPath = world->m_directory.filePath(QStringLiteral("server.key"));
    if (!writeFile(certificatePath, world->m_pki->serverCertificatePem + world->m_pki->caCertificatePem)
        || !writeFile(keyPath, world->m_pki->serverKeyPem)) {
        *error = QStringLiteral("cannot write the probe's TLS files to %1").arg(world->m_directory.path());
        return nullptr;
    }
    EnvironmentSettings settings;
    settings.name = QStringLiteral("verify-") + profileId(profile);
    settings.profile = profile;
    settings.httpPort = 0;
    settings.httpsPort = 0;
    settings.tls = TlsSettings { certificatePath, keyPath };
    settings.workerCount = 1;
    world->m_environment = std::make_unique<Environment>(settings);
    if (!world->m_environment->start(config, error))
        return nullptr;
    world->m_client = std::make_unique<ProbeClient>(
        world->m_pki->caCertificatePem, world->m_pki->clientCertificatePem, world->m_pki->clientKeyPem);
    return world;
}

std::optional<QString> ProbeWorld::refusal(const QString &feature) const
{
    const auto found = m_refusals.constFind(feature);
    if (found == m_refusals.cend())
        return std::nullopt;
    return *found;
}

QUrl ProbeWorld::url(const QString &feature, bool https) const
{
    const quint16 port = https ? m_environment->httpsPort() : m_environment->httpPort();
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/verify-%3/1.0.0/probe")
                    .arg(https ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port)
                    .arg(feature));
}

QUrl ProbeWorld::tokenEndpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(m_environment->httpPort()));
}

} // namespace Gatehouse
