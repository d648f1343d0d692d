#pragma once

#include "httpmessage.h"

#include <optional>

namespace Gatehouse {

struct HeadLimits
{
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
};

// Strict RFC 9112 parsing of a complete message head (as delimited by HttpHeadScanner). Anything that could
// be read two ways by two parsers (request smuggling shapes) is refused rather than repaired.
class HttpHeadParser
{
public:
    static std::optional<HttpParseError> parseRequest(
        const char *head, qsizetype size, const HeadLimits &limits, HttpRequestHead &out);
    static std::optional<HttpParseError> parseResponse(
        const char *head, qsizetype size, bool requestWasHead, HttpResponseHead &out);

    static bool isToken(const char *data, qsizetype size);
};

} // namespace Gatehouse
