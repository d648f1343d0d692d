#pragma once

#include "core/identity.h"
#include "core/localreply.h"
#include "core/router.h"
#include "http/httpmessage.h"

#include <QDateTime>
#include <chrono>
#include <optional>

namespace Gatehouse {

class RuntimeSnapshot;

// Everything one request carries through the filter chain. Owned by the downstream connection.
struct RequestContext
{
    HttpRequestHead request;
    QByteArray requestId;
    QByteArray clientAddress;
    bool tls = false;
    int workerIndex = 0;
    const RuntimeSnapshot *snapshot = nullptr;
    RouteMatch route;
    bool useSandbox = false; // set by authentication when the credential is a sandbox one
    std::optional<ClientCertificateFacts> clientCertificate;
    std::optional<AuthenticatedIdentity> identity;
    QByteArray authFailure; // why security refused the request; for the log and the test console
    QString throttledBy; // the throttle policy that refused the request
    const CompiledEndpointGroup *endpoints = nullptr;
    const CompiledTarget *upstream = nullptr;
    HttpResponseHead response;
    std::optional<LocalReply> localReply;
    QByteArray errorCode; // WSO2 code when the gateway answered with an error
    qint64 requestBodyBytes = 0;
    QByteArray bufferedBody; // only after FilterCallbacks::bufferRequestBody()
    qint64 responseBodyBytes = 0;
    QByteArray bufferedResponseBody; // only after FilterCallbacks::bufferResponseBody()
    std::chrono::steady_clock::time_point startedAt;
    QDateTime startedAtUtc;

    double elapsedMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - startedAt)
            .count();
    }
    int responseStatus() const { return localReply ? localReply->status : response.status; }
};

} // namespace Gatehouse
