#include "localreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

LocalReply wso2ErrorReply(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &description)
{
    LocalReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.errorCode = code;
    const QJsonObject body { { QStringLiteral("code"), QString::fromLatin1(code) },
        { QStringLiteral("message"), QString::fromUtf8(message) },
        { QStringLiteral("description"), QString::fromUtf8(description) } };
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace Gatehouse
