#pragma once

#include <QByteArrayList>
#include <QString>

namespace Gatehouse {

class AccessLogSink;

struct AccessLogFilterConfig
{
    AccessLogSink *sink = nullptr;
    QString environment;
    // Query parameters whose values never reach a log. Header values are never logged at all.
    QByteArrayList redactedQueryParameters { "apikey", "api_key", "access_token", "token", "client_secret",
        "password", "code", "id_token", "refresh_token" };
};

} // namespace Gatehouse
