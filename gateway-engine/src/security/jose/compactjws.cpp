#include "security/jose/jose.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Gatehouse::Jose {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool decodeJsonObject(QByteArrayView part, const char *what, QJsonObject *object, QString *error)
{
    const std::optional<QByteArray> json = base64UrlDecode(part);
    if (!json)
        return fail(error, QStringLiteral("%1 is not base64url").arg(QLatin1String(what)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
            QStringLiteral("%1 is not valid JSON: %2").arg(QLatin1String(what), parseError.errorString()));
    if (!document.isObject())
        return fail(error, QStringLiteral("%1 is not a JSON object").arg(QLatin1String(what)));
    *object = document.object();
    return true;
}

} // namespace

std::optional<CompactJws> parseCompact(QByteArrayView token, QString *error, int maxTokenBytes)
{
    if (token.size() > maxTokenBytes) {
        fail(error, QStringLiteral("token larger than %1 bytes").arg(maxTokenBytes));
        return std::nullopt;
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        fail(error, QStringLiteral("a compact JWS has exactly three parts"));
        return std::nullopt;
    }
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);
    if (headerPart.isEmpty() || payloadPart.isEmpty() || signaturePart.isEmpty()) {
        fail(error, QStringLiteral("empty part in compact JWS"));
        return std::nullopt;
    }

    CompactJws jws;
    if (!decodeJsonObject(headerPart, "header", &jws.header, error)
        || !decodeJsonObject(payloadPart, "payload", &jws.claims, error))
        return std::nullopt;
    const QJsonValue algorithm = jws.header.value(QLatin1String("alg"));
    if (!algorithm.isString()) {
        fail(error, QStringLiteral("header \"alg\" is not a string"));
        return std::nullopt;
    }
    // No critical extension is understood here, so RFC 7515 4.1.11 requires refusing any.
    if (jws.header.contains(QLatin1String("crit"))) {
        fail(error, QStringLiteral("header \"crit\" is not supported"));
        return std::nullopt;
    }
    const QJsonValue keyId = jws.header.value(QLatin1String("kid"));
    if (!keyId.isUndefined() && !keyId.isString()) {
        fail(error, QStringLiteral("header \"kid\" is not a string"));
        return std::nullopt;
    }
    std::optional<QByteArray> signature = base64UrlDecode(signaturePart);
    if (!signature) {
        fail(error, QStringLiteral("signature is not base64url"));
        return std::nullopt;
    }
    jws.signature = std::move(*signature);
    jws.signingInput = token.first(secondDot).toByteArray();
    jws.algorithm = algorithm.toString().toUtf8();
    jws.keyId = keyId.toString().toUtf8();
    return jws;
}

QByteArray signCompact(
    const SigningKey &key, Algorithm algorithm, const QJsonObject &claims, QJsonObject header)
{
    header.insert(QLatin1String("alg"), QString::fromLatin1(algorithmName(algorithm)));
    if (!key.keyId().isEmpty())
        header.insert(QLatin1String("kid"), QString::fromUtf8(key.keyId()));
    if (!header.contains(QLatin1String("typ")))
        header.insert(QLatin1String("typ"), QStringLiteral("JWT"));
    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(algorithm, signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + base64UrlEncode(signature);
}

} // namespace Gatehouse::Jose
