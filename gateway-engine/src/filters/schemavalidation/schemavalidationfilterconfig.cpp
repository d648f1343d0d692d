#include "schemavalidationfilterconfig.h"

#include "core/router.h"

#include <nlohmann/json.hpp>

namespace Gatehouse {

namespace {

QList<QByteArray> mediaTypes(const QList<QByteArray> &declared)
{
    QList<QByteArray> result;
    for (const QByteArray &type : declared)
        result.append(JsonBody::mediaTypeOf(type));
    return result;
}

// Index of each "{name}" segment of a resource template.
int pathSegmentOf(const QString &pathTemplate, const QString &name)
{
    const QStringList segments = pathTemplate.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString wanted = QLatin1Char('{') + name + QLatin1Char('}');
    return int(segments.indexOf(wanted));
}

// OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
bool isIgnoredHeader(const QString &name)
{
    return name.compare(QLatin1String("accept"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
}

class Compiler
{
public:
    Compiler(const ApiConfig &api, QStringList *problems)
        : m_api(api)
        , m_problems(problems)
    {
        if (api.schemaComponents.isEmpty())
            return;
        m_components = nlohmann::json::parse(
            api.schemaComponents.constBegin(), api.schemaComponents.constEnd(), nullptr, false);
        if (m_components.is_discarded() || !m_components.is_object()) {
            problem(QStringLiteral("components"), QStringLiteral("not a JSON object"));
            m_components = nlohmann::json();
        }
    }

    JsonSchemaPtr schema(const QByteArray &text, const QString &where)
    {
        if (text.isEmpty())
            return nullptr;
        QString error;
        JsonSchemaPtr compiled = JsonSchema::compile(text, m_components, &error);
        if (!compiled)
            problem(where, error);
        return compiled;
    }

    void problem(const QString &where, const QString &message)
    {
        m_problems->append(QStringLiteral("API '%1' %2: schema validation: %3: %4; that part is not checked")
                               .arg(m_api.name, m_api.version, where, message));
    }

private:
    const ApiConfig &m_api;
    QStringList *m_problems;
    nlohmann::json m_components;
};

} // namespace

const OperationValidation::Response *OperationValidation::responseFor(int status) const
{
    const QByteArray exact = QByteArray::number(status);
    const QByteArray range = QByteArray::number(status / 100) + "XX";
    const Response *rangeMatch = nullptr;
    const Response *fallback = nullptr;
    for (const Response &response : responses) {
        if (response.status == exact)
            return &response;
        if (response.status == range)
            rangeMatch = &response;
        else if (response.status == "DEFAULT")
            fallback = &response;
    }
    return rangeMatch ? rangeMatch : fallback;
}

SchemaValidationFilterConfig::SchemaValidationFilterConfig(const Router &router)
{
    m_operations.resize(std::size_t(router.operationCount()));
    for (const CompiledApi &api : router.apis()) {
        if (!api.config->enableSchemaValidation)
            continue;
        Compiler compiler(*api.config, &m_problems);
        for (const CompiledResource &resource : api.resources) {
            for (const CompiledOperation &operation : resource.operations) {
                const OperationSchemas &schemas = operation.config->schemas;
                if (schemas.isEmpty() || operation.index < 0
                    || std::size_t(operation.index) >= m_operations.size())
                    continue;
                auto validation = std::make_unique<OperationValidation>();
                validation->label = QString::fromLatin1(operation.method) + QLatin1Char(' ')
                    + resource.config->pathTemplate;
                for (const ParameterSchema &parameter : schemas.parameters) {
                    if (parameter.in == "header" && isIgnoredHeader(parameter.name))
                        continue;
                    OperationValidation::Parameter compiled;
                    compiled.name = parameter.name.toUtf8();
                    compiled.in = parameter.in;
                    compiled.required = parameter.required || parameter.in == "path";
                    if (parameter.in == "path") {
                        compiled.pathSegment = pathSegmentOf(resource.config->pathTemplate, parameter.name);
                        if (compiled.pathSegment < 0)
                            continue; // not in this template (a wildcard resource): nothing to read
                    }
                    compiled.schema = compiler.schema(parameter.schema,
                        validation->label
                            + QStringLiteral(" %1 parameter '%2'")
                                  .arg(QString::fromLatin1(parameter.in), parameter.name));
                    validation->parameters.push_back(std::move(compiled));
                }
                validation->hasRequestBody = schemas.hasRequestBody;
                validation->requestBodyRequired = schemas.requestBodyRequired;
                validation->requestMediaTypes = mediaTypes(schemas.requestMediaTypes);
                validation->requestBody = compiler.schema(
                    schemas.requestBodySchema, validation->label + QStringLiteral(" request body"));
                for (const ResponseSchema &response : schemas.responses) {
                    OperationValidation::Response compiled;
                    compiled.status = response.status.toUpper().toLatin1();
                    compiled.mediaTypes = mediaTypes(response.mediaTypes);
                    compiled.schema = compiler.schema(response.schema,
                        validation->label + QStringLiteral(" response %1").arg(response.status));
                    validation->responses.push_back(std::move(compiled));
                }
                m_operations[std::size_t(operation.index)] = std::move(validation);
                ++m_validatingOperations;
            }
        }
    }
}

} // namespace Gatehouse
