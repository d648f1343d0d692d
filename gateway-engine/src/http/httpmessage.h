#pragma once

#include "httpheaders.h"

#include <QByteArray>

namespace Gatehouse {

enum class BodyFraming
{
    None,
    ContentLength,
    Chunked,
    UntilClose
};

struct HttpRequestHead
{
    QByteArray method;
    QByteArray target; // as sent (origin-form)
    QByteArray path; // target without the query
    QByteArray query; // without '?'
    int minorVersion = 1;
    HttpHeaders headers;
    BodyFraming framing = BodyFraming::None;
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
};

struct HttpResponseHead
{
    int status = 0;
    QByteArray reason;
    int minorVersion = 1;
    HttpHeaders headers;
    BodyFraming framing = BodyFraming::None;
    qint64 contentLength = 0;
    bool keepAlive = true;
};

// Why a message was refused; the status to answer with (requests) and a reason for the log.
struct HttpParseError
{
    int status = 400;
    const char *reason = "";
};

QByteArray reasonPhrase(int status);

} // namespace Gatehouse
