#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Gatehouse {

// One served request, as the access-log filter records it. Secrets are already redacted.
struct AccessLogEntry
{
    QDateTime timestamp;
    QString environment;
    QByteArray requestId;
    QByteArray clientAddress;
    QByteArray method;
    QByteArray path; // query string with secrets redacted
    int status = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    double durationMs = 0;
    QString apiId; // empty when no API matched
    QString apiName;
    QByteArray upstream; // chosen endpoint URL, empty for local replies
    QByteArray errorCode; // WSO2 code of a local error reply, empty otherwise
    QByteArray authMethod; // oauth2 | api_key | basic_auth | mutual_tls, when security admitted the request
    QString application; // the caller's application, when known
    QByteArray authFailure; // why security refused the request (never the credential itself)
    QString throttledBy; // the throttle policy that refused the request (429), empty otherwise
};

QByteArray toJsonLine(const AccessLogEntry &entry);

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::AccessLogEntry)
