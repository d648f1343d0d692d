#pragma once

#include "http/httpheaders.h"

#include <QByteArray>

namespace Gatehouse {

// An answer the gateway gives itself instead of asking a backend.
struct LocalReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HttpHeaders headers;
    QByteArray errorCode; // WSO2 code for error replies, for the log and metrics
};

// WSO2's error shape: {"code": "...", "message": "...", "description": "..."}.
LocalReply wso2ErrorReply(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &description);

} // namespace Gatehouse
