#include "security/jose/jose.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Gatehouse::Jose {

KeySet::KeySet(QList<VerificationKeyPtr> keys)
    : m_keys(std::move(keys))
{
    m_keys.removeAll(nullptr);
}

std::optional<KeySet> KeySet::fromJwks(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue keys = document.object().value(QLatin1String("keys"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !keys.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("JWKS is not valid JSON: %1").arg(parseError.errorString())
                : QStringLiteral("JWKS is not an object with a \"keys\" array");
        return std::nullopt;
    }
    KeySet set;
    for (const QJsonValue &entry : keys.toArray()) {
        VerificationKeyPtr key
            = entry.isObject() ? VerificationKey::fromJwk(entry.toObject(), nullptr) : nullptr;
        if (key)
            set.m_keys.append(std::move(key));
        else
            ++set.m_skipped;
    }
    return set;
}

VerificationKeyPtr KeySet::find(QByteArrayView keyId, Algorithm algorithm) const
{
    VerificationKeyPtr onlyCandidate;
    for (const VerificationKeyPtr &key : m_keys) {
        if (!key->supports(algorithm))
            continue;
        if (!keyId.isEmpty()) {
            if (key->keyId() == keyId)
                return key;
            continue;
        }
        if (onlyCandidate)
            return nullptr; // two keys fit and nothing says which one signed
        onlyCandidate = key;
    }
    return onlyCandidate;
}

} // namespace Gatehouse::Jose
