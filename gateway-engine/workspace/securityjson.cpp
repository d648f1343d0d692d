#include "securityjson.h"

#include "configjson.h"
#include "jsonfieldreader.h"

#include <QJsonArray>
#include <algorithm>

namespace Gatehouse {

namespace {

const QString kSchemes = QStringLiteral("schemes");
const QString kMutualTls = QStringLiteral("mutualTls");
const QString kApplicationSecurityMandatory = QStringLiteral("applicationSecurityMandatory");
const QString kAuthorizationHeader = QStringLiteral("authorizationHeader");
const QString kApiKeyHeader = QStringLiteral("apiKeyHeader");
const QString kApiKeyQueryParameter = QStringLiteral("apiKeyQueryParameter");
const QString kForwardAuthorizationHeader = QStringLiteral("forwardAuthorizationHeader");
const QString kSendBackendJwt = QStringLiteral("sendBackendJwt");
const QString kForwardClientCertificate = QStringLiteral("forwardClientCertificate");
const QString kCors = QStringLiteral("cors");
const QString kHmacSecret = QStringLiteral("hmacSecretBase64");

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QByteArray readHeaderName(JsonFieldReader &reader, const QJsonObject &json, const QString &path,
    const QString &key, const QByteArray &fallback, bool mayBeEmpty)
{
    const QByteArray name = reader.string(json, path, key, QString::fromLatin1(fallback)).toLatin1();
    if (reader.ok() && !(mayBeEmpty && name.isEmpty()) && !SecurityJson::isHeaderName(name))
        reader.fail(JsonFieldReader::member(path, key),
            ConfigJson::tr("'%1' is not a valid header or parameter name").arg(QString::fromLatin1(name)));
    return name;
}

CorsConfig readCors(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    CorsConfig cors;
    cors.allowOrigins = reader.strings(json, path, QStringLiteral("allowOrigins"), cors.allowOrigins);
    cors.allowMethods = reader.strings(json, path, QStringLiteral("allowMethods"), cors.allowMethods);
    cors.allowHeaders = reader.strings(json, path, QStringLiteral("allowHeaders"), cors.allowHeaders);
    cors.exposeHeaders = reader.strings(json, path, QStringLiteral("exposeHeaders"), cors.exposeHeaders);
    cors.allowCredentials
        = reader.boolean(json, path, QStringLiteral("allowCredentials"), cors.allowCredentials);
    cors.maxAgeSeconds = int(
        reader.integer(json, path, QStringLiteral("maxAgeSeconds"), cors.maxAgeSeconds, 0, 86400 * 365));
    return cors;
}

QJsonObject corsJson(const CorsConfig &cors)
{
    return QJsonObject { { QStringLiteral("allowOrigins"), stringArray(cors.allowOrigins) },
        { QStringLiteral("allowMethods"), stringArray(cors.allowMethods) },
        { QStringLiteral("allowHeaders"), stringArray(cors.allowHeaders) },
        { QStringLiteral("exposeHeaders"), stringArray(cors.exposeHeaders) },
        { QStringLiteral("allowCredentials"), cors.allowCredentials },
        { QStringLiteral("maxAgeSeconds"), cors.maxAgeSeconds } };
}

template<typename T> std::optional<T> finish(const JsonFieldReader &reader, T value, QString *error)
{
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return value;
}

} // namespace

bool SecurityJson::isHeaderName(const QByteArray &name)
{
    static const QByteArray punctuation = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || punctuation.contains(c);
    });
}

ApiSecurity SecurityJson::readApiSecurity(
    JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    ApiSecurity security;
    const QString schemesPath = JsonFieldReader::member(path, kSchemes);
    const QStringList schemeIds = reader.strings(json, path, kSchemes);
    for (qsizetype i = 0; i < schemeIds.size() && reader.ok(); ++i) {
        const auto scheme = authSchemeFromId(schemeIds.at(i));
        if (!scheme)
            reader.fail(JsonFieldReader::element(schemesPath, i),
                ConfigJson::tr("unknown security scheme '%1' (expected oauth2, api_key or basic_auth)")
                    .arg(schemeIds.at(i)));
        else if (std::find(security.schemes.begin(), security.schemes.end(), *scheme)
            != security.schemes.end())
            reader.fail(JsonFieldReader::element(schemesPath, i),
                ConfigJson::tr("security scheme '%1' is listed twice").arg(schemeIds.at(i)));
        else
            security.schemes.push_back(*scheme);
    }
    const QString mutualTls = reader.string(json, path, kMutualTls, mutualTlsModeId(security.mutualTls));
    if (const auto mode = mutualTlsModeFromId(mutualTls))
        security.mutualTls = *mode;
    else
        reader.fail(JsonFieldReader::member(path, kMutualTls),
            ConfigJson::tr("unknown mutual TLS mode '%1' (expected off, optional or mandatory)")
                .arg(mutualTls));
    security.applicationSecurityMandatory
        = reader.boolean(json, path, kApplicationSecurityMandatory, security.applicationSecurityMandatory);
    security.authorizationHeader
        = readHeaderName(reader, json, path, kAuthorizationHeader, security.authorizationHeader, false);
    security.apiKeyHeader = readHeaderName(reader, json, path, kApiKeyHeader, security.apiKeyHeader, false);
    security.apiKeyQueryParameter
        = readHeaderName(reader, json, path, kApiKeyQueryParameter, security.apiKeyQueryParameter, true);
    security.forwardAuthorizationHeader
        = reader.boolean(json, path, kForwardAuthorizationHeader, security.forwardAuthorizationHeader);
    security.sendBackendJwt = reader.boolean(json, path, kSendBackendJwt, security.sendBackendJwt);
    security.forwardClientCertificate
        = reader.boolean(json, path, kForwardClientCertificate, security.forwardClientCertificate);
    if (const auto cors = reader.object(json, path, kCors))
        security.cors = readCors(reader, *cors, JsonFieldReader::member(path, kCors));
    return security;
}

OperationSecurity SecurityJson::readOperationSecurity(
    JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    OperationSecurity security;
    security.disabled = reader.boolean(json, path, QStringLiteral("disabled"), security.disabled);
    security.scopes = reader.strings(json, path, QStringLiteral("scopes"));
    const QString scopesPath = JsonFieldReader::member(path, QStringLiteral("scopes"));
    for (qsizetype i = 0; i < security.scopes.size() && reader.ok(); ++i) {
        const QString &scope = security.scopes.at(i);
        if (scope.isEmpty() || scope.contains(QLatin1Char(' ')))
            reader.fail(JsonFieldReader::element(scopesPath, i),
                ConfigJson::tr("a scope must be a non-empty word without spaces"));
    }
    return security;
}

IssuerConfig SecurityJson::readIssuer(JsonFieldReader &reader, const QJsonObject &json, const QString &path)
{
    IssuerConfig issuer;
    issuer.name = reader.string(json, path, QStringLiteral("name"));
    issuer.issuer = reader.string(json, path, QStringLiteral("issuer"));
    if (reader.ok() && issuer.issuer.isEmpty())
        reader.fail(JsonFieldReader::member(path, QStringLiteral("issuer")),
            ConfigJson::tr("an issuer needs the \"iss\" value of its tokens"));
    const QString jwksUrl = reader.string(json, path, QStringLiteral("jwksUrl"));
    if (!jwksUrl.isEmpty()) {
        issuer.jwksUrl = QUrl(jwksUrl, QUrl::StrictMode);
        const QString scheme = issuer.jwksUrl.scheme();
        if (reader.ok()
            && (!issuer.jwksUrl.isValid() || issuer.jwksUrl.host().isEmpty()
                || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))))
            reader.fail(JsonFieldReader::member(path, QStringLiteral("jwksUrl")),
                ConfigJson::tr("'%1' is not an http(s) URL").arg(jwksUrl));
    }
    issuer.jwksFilePath = reader.string(json, path, QStringLiteral("jwksFilePath"));
    issuer.certificatePem = reader.string(json, path, QStringLiteral("certificatePem")).toUtf8();
    if (json.contains(kHmacSecret)) {
        const auto decoded = QByteArray::fromBase64Encoding(
            reader.string(json, path, kHmacSecret).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            reader.fail(JsonFieldReader::member(path, kHmacSecret), ConfigJson::tr("invalid base64"));
        issuer.hmacSecret = *decoded;
    }
    issuer.algorithms = reader.strings(json, path, QStringLiteral("algorithms"), issuer.algorithms);
    if (reader.ok() && issuer.algorithms.isEmpty())
        reader.fail(JsonFieldReader::member(path, QStringLiteral("algorithms")),
            ConfigJson::tr("at least one signature algorithm is needed"));
    issuer.audiences = reader.strings(json, path, QStringLiteral("audiences"));
    issuer.clockSkewSeconds = int(
        reader.integer(json, path, QStringLiteral("clockSkewSeconds"), issuer.clockSkewSeconds, 0, 86400));
    issuer.consumerKeyClaim
        = reader.string(json, path, QStringLiteral("consumerKeyClaim"), issuer.consumerKeyClaim);
    issuer.scopesClaim = reader.string(json, path, QStringLiteral("scopesClaim"), issuer.scopesClaim);
    if (reader.ok() && issuer.consumerKeyClaim.isEmpty())
        reader.fail(JsonFieldReader::member(path, QStringLiteral("consumerKeyClaim")),
            ConfigJson::tr("a claim name cannot be empty"));
    if (reader.ok() && issuer.scopesClaim.isEmpty())
        reader.fail(JsonFieldReader::member(path, QStringLiteral("scopesClaim")),
            ConfigJson::tr("a claim name cannot be empty"));
    return issuer;
}

QJsonObject ConfigJson::toJson(const ApiSecurity &security)
{
    QStringList schemeIds;
    for (const AuthScheme scheme : security.schemes)
        schemeIds.append(authSchemeId(scheme));
    QJsonObject json { { kSchemes, stringArray(schemeIds) },
        { kMutualTls, mutualTlsModeId(security.mutualTls) },
        { kApplicationSecurityMandatory, security.applicationSecurityMandatory },
        { kAuthorizationHeader, QString::fromLatin1(security.authorizationHeader) },
        { kApiKeyHeader, QString::fromLatin1(security.apiKeyHeader) },
        { kApiKeyQueryParameter, QString::fromLatin1(security.apiKeyQueryParameter) },
        { kForwardAuthorizationHeader, security.forwardAuthorizationHeader },
        { kSendBackendJwt, security.sendBackendJwt },
        { kForwardClientCertificate, security.forwardClientCertificate } };
    if (security.cors)
        json.insert(kCors, corsJson(*security.cors));
    return json;
}

QJsonObject ConfigJson::toJson(const OperationSecurity &security)
{
    return QJsonObject { { QStringLiteral("disabled"), security.disabled },
        { QStringLiteral("scopes"), stringArray(security.scopes) } };
}

QJsonObject ConfigJson::toJson(const IssuerConfig &issuer)
{
    QJsonObject json { { QStringLiteral("name"), issuer.name }, { QStringLiteral("issuer"), issuer.issuer },
        { QStringLiteral("algorithms"), stringArray(issuer.algorithms) },
        { QStringLiteral("audiences"), stringArray(issuer.audiences) },
        { QStringLiteral("clockSkewSeconds"), issuer.clockSkewSeconds },
        { QStringLiteral("consumerKeyClaim"), issuer.consumerKeyClaim },
        { QStringLiteral("scopesClaim"), issuer.scopesClaim } };
    if (!issuer.jwksUrl.isEmpty())
        json.insert(QStringLiteral("jwksUrl"), issuer.jwksUrl.toString());
    if (!issuer.jwksFilePath.isEmpty())
        json.insert(QStringLiteral("jwksFilePath"), issuer.jwksFilePath);
    if (!issuer.certificatePem.isEmpty())
        json.insert(QStringLiteral("certificatePem"), QString::fromUtf8(issuer.certificatePem));
    if (!issuer.hmacSecret.isEmpty())
        json.insert(kHmacSecret, QString::fromLatin1(issuer.hmacSecret.toBase64()));
    return json;
}

std::optional<ApiSecurity> ConfigJson::apiSecurityFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    ApiSecurity security = SecurityJson::readApiSecurity(reader, json, QString());
    return finish(reader, std::move(security), error);
}

std::optional<OperationSecurity> ConfigJson::operationSecurityFromJson(
    const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    OperationSecurity security = SecurityJson::readOperationSecurity(reader, json, QString());
    return finish(reader, std::move(security), error);
}

std::optional<IssuerConfig> ConfigJson::issuerFromJson(const QJsonObject &json, QString *error)
{
    JsonFieldReader reader;
    IssuerConfig issuer = SecurityJson::readIssuer(reader, json, QString());
    return finish(reader, std::move(issuer), error);
}

} // namespace Gatehouse
