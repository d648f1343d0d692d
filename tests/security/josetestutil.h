#pragma once

// Helpers shared by the JOSE tests: JSON building and taking tokens apart.

#include "security/jose/jose.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>

Q_DECLARE_METATYPE(Gatehouse::Jose::VerificationKeyPtr)

namespace Gatehouse::JoseTest {

using namespace Gatehouse::Jose;

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QByteArray jwks(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &key : keys)
        array.append(key);
    return json(QJsonObject { { QStringLiteral("keys"), array } });
}

inline QJsonObject withMember(QJsonObject object, const QString &name, const QJsonValue &value)
{
    object.insert(name, value);
    return object;
}

inline QJsonObject withoutMember(QJsonObject object, const QString &name)
{
    object.remove(name);
    return object;
}

// A token with an arbitrary header and payload text and signature bytes, nothing checked.
inline QByteArray rawToken(const QByteArray &header, const QByteArray &payload, const QByteArray &signature)
{
    return base64UrlEncode(header) + '.' + base64UrlEncode(payload) + '.' + base64UrlEncode(signature);
}

inline QByteArray dotted(const QList<QByteArray> &parts)
{
    return parts.join('.');
}

inline QByteArray replaceSignature(const QByteArray &token, const QByteArray &signature)
{
    return token.left(token.lastIndexOf('.') + 1) + base64UrlEncode(signature);
}

inline QByteArray signatureOf(const QByteArray &token)
{
    return base64UrlDecode(token.mid(token.lastIndexOf('.') + 1)).value_or(QByteArray());
}

inline const QJsonObject claims { { QStringLiteral("sub"), QStringLiteral("alice") },
    { QStringLiteral("scope"), QStringLiteral("read write") },
    { QStringLiteral("exp"), qint64(4102444800) } };

} // namespace Gatehouse::JoseTest
