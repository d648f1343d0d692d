#pragma once

#include "core/requestcontext.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Gatehouse {

enum class FilterStatus
{
    Continue, // go on with the next filter
    Stop, // paused for async work; the filter calls FilterCallbacks::resume() later
    LocalReply // ctx.localReply is set: answer with it, skip the backend
};

class FilterCallbacks
{
public:
    virtual ~FilterCallbacks() = default;
    // Continue the chain after a filter returned Stop. Must be called on the connection's worker thread.
    // If the filter set ctx.localReply meanwhile, that reply is sent instead.
    virtual void resume() = 0;
    // The object whose thread runs this request: post async completions to it (QMetaObject::invokeMethod);
    // they are dropped if it is destroyed first.
    virtual QObject *asyncContext() = 0;
    // Collects the whole request body into ctx.bufferedBody (more than maxBytes: the gateway answers 413),
    // then runs done on the request's thread. For small bodies the gateway consumes itself (token endpoint).
    // A body buffered this way goes on to the backend (with a Content-Length) if the chain continues.
    virtual void bufferRequestBody(qint64 maxBytes, std::function<void()> done) = 0;
    // Collects the backend's whole response body into ctx.bufferedResponseBody before anything reaches the
    // client, then runs every filter's onResponseBody. Call it from onRequestHeaders or onResponseHeaders;
    // the largest limit asked for wins. More than maxBytes: the gateway answers 500 instead. Responses
    // stream unless a filter asks.
    virtual void bufferResponseBody(qint64 maxBytes) = 0;
};

// A per-request filter. Phases follow Envoy's contract; onLog always runs, onDestroy cancels async work.
class HttpFilter
{
public:
    virtual ~HttpFilter() = default;
    virtual FilterStatus onRequestHeaders(RequestContext &, FilterCallbacks &)
    {
        return FilterStatus::Continue;
    }
    virtual void onUpstreamSelected(RequestContext &) { }
    virtual FilterStatus onResponseHeaders(RequestContext &) { return FilterStatus::Continue; }
    // Only after FilterCallbacks::bufferResponseBody(): the whole body is in ctx.bufferedResponseBody.
    // LocalReply (ctx.localReply set) replaces the backend's response.
    virtual FilterStatus onResponseBody(RequestContext &) { return FilterStatus::Continue; }
    // The gateway answers itself (an error, a mock, a preflight): a last look at the reply before it is sent.
    virtual void onLocalReply(const RequestContext &, LocalReply &) { }
    virtual void onLog(const RequestContext &) { }
    virtual void onDestroy() { }
};

// Handing out a filter either gives a fresh per-request object or shares a stateless one.
struct FilterDeleter
{
    bool owned = true;
    void operator()(HttpFilter *filter) const
    {
        if (owned)
            delete filter;
    }
};
using FilterPtr = std::unique_ptr<HttpFilter, FilterDeleter>;

// Validates its config once per deployment (in the constructor of the concrete factory) and then makes
// cheap per-request filters. Shared by all workers: create() must be thread-safe.
class HttpFilterFactory
{
public:
    virtual ~HttpFilterFactory() = default;
    virtual QByteArray name() const = 0;
    virtual FilterPtr create() const = 0;

protected:
    static FilterPtr shared(HttpFilter *statelessFilter)
    {
        return FilterPtr(statelessFilter, FilterDeleter { false });
    }
    static FilterPtr owned(HttpFilter *filter) { return FilterPtr(filter, FilterDeleter { true }); }
};

using FilterFactoryPtr = std::shared_ptr<const HttpFilterFactory>;

} // namespace Gatehouse
