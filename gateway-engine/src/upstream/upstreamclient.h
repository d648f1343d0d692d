#pragma once

#include "http/httpmessage.h"

#include <QString>

namespace Gatehouse {

struct UpstreamFailure
{
    enum class Kind
    {
        ConnectRefused,
        ConnectTimeout,
        TlsError,
        ReadTimeout,
        ClosedEarly,
        BadResponse
    };
    Kind kind = Kind::ConnectRefused;
    bool beforeResponse = true; // no byte of a response had arrived
    QString detail;
};

// What an upstream connection reports to the request that is using it. All calls on the worker thread.
class UpstreamClient
{
public:
    virtual ~UpstreamClient() = default;
    virtual void onUpstreamConnected() = 0;
    virtual void onUpstreamHead(HttpResponseHead &head) = 0;
    virtual void onUpstreamBody(const char *data, qsizetype size) = 0;
    virtual void onUpstreamComplete() = 0;
    virtual void onUpstreamFailed(const UpstreamFailure &failure) = 0;
    virtual void onUpstreamWritable() = 0; // its send buffer drained below the low-water mark
};

} // namespace Gatehouse
