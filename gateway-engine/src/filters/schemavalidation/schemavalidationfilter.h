#pragma once

#include "core/httpfilter.h"
#include "schemavalidationfilterconfig.h"

#include <memory>

namespace Gatehouse {

// WSO2's JSON schema validator (enableSchemaValidation): a request whose path, query or header
// parameters or JSON body do not match the operation's OpenAPI description gets 400; a backend response
// with an undeclared status, content type or a JSON body that does not match gets 500. The reply is WSO2's
// error shape with the violations added:
//   {"code": "400", "message": "Bad Request",
//    "description": "Schema validation failed in the Request: body /name: ...",
//    "violations": [{"in": "body", "pointer": "/name", "message": "..."}]}
// Validated request bodies are buffered up to a limit (413 beyond it); responses are buffered only when
// their declared response has a JSON schema, and stream otherwise.
class SchemaValidationFilter final : public HttpFilter
{
public:
    explicit SchemaValidationFilter(std::shared_ptr<const SchemaValidationFilterConfig> config)
        : m_config(std::move(config))
    { }

    FilterStatus onRequestHeaders(RequestContext &ctx, FilterCallbacks &callbacks) override;
    FilterStatus onResponseHeaders(RequestContext &ctx) override;
    FilterStatus onResponseBody(RequestContext &ctx) override;

    // The error replies (WSO2's codes "400" and "500", as its schema validator answers).
    static LocalReply requestRefusal(const SchemaViolations &violations);
    static LocalReply responseRefusal(const SchemaViolations &violations);

private:
    void checkParameters(const RequestContext &ctx, SchemaViolations *violations) const;
    void checkRequestBody(RequestContext &ctx) const;

    std::shared_ptr<const SchemaValidationFilterConfig> m_config;
    const OperationValidation *m_operation = nullptr;
    const OperationValidation::Response *m_response = nullptr;
    FilterCallbacks *m_callbacks = nullptr;
    bool m_checkResponseBody = false; // this filter asked for the response body
};

} // namespace Gatehouse
