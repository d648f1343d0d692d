#pragma once

#include "jsonbody.h"
#include "jsonschema.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace Gatehouse {

class Router;

// What one operation checks, compiled once per deployment.
struct OperationValidation
{
    struct Parameter
    {
        QByteArray name;
        QByteArray in; // "path" | "query" | "header"
        bool required = false;
        int pathSegment = -1; // for "path": index of its segment in the resource path
        JsonSchemaPtr schema; // null: any value
    };
    struct Response
    {
        QByteArray status; // "200", "2XX" (upper case) or "default"
        QList<QByteArray> mediaTypes; // lower case, without parameters
        JsonSchemaPtr schema; // of the JSON body; null: not checked
    };

    QString label; // "POST /orders", for messages
    std::vector<Parameter> parameters;
    bool hasRequestBody = false;
    bool requestBodyRequired = false;
    QList<QByteArray> requestMediaTypes;
    JsonSchemaPtr requestBody;
    std::vector<Response> responses; // empty: responses pass unchecked

    // The declared response for a status: exact, then "4XX", then "default"; nullptr when undeclared.
    const Response *responseFor(int status) const;
};

// Immutable once built, shared by every worker: the validation of every operation of the APIs with
// enableSchemaValidation, indexed by CompiledOperation::index.
class SchemaValidationFilterConfig
{
public:
    SchemaValidationFilterConfig(const Router &router);

    bool isEmpty() const { return m_validatingOperations == 0; }
    const OperationValidation *forOperation(int index) const
    {
        return index >= 0 && std::size_t(index) < m_operations.size() ? m_operations[index].get() : nullptr;
    }
    // Schemas that could not be compiled (that part is not checked), for the deploy report.
    const QStringList &problems() const { return m_problems; }

    qint64 maxRequestBodyBytes = 1024 * 1024; // larger validated bodies get 413
    qint64 maxResponseBodyBytes = 4 * 1024 * 1024; // larger validated responses get 500
    JsonBody::Limits jsonLimits;

private:
    std::vector<std::unique_ptr<const OperationValidation>> m_operations;
    int m_validatingOperations = 0;
    QStringList m_problems;
};

} // namespace Gatehouse
