#include "capabilitycheck.h"
#include "probeworld.h"

#include <QUrlQuery>

namespace Gatehouse {

namespace {

const QString validationFeature = QStringLiteral("schema-validation");

// POST with a required integer query parameter n >= 1 and a JSON body {"name": string}; the mock answers.
ApiConfig validatingProbe()
{
    ApiConfig api = ProbeWorld::probeApi(validationFeature);
    api.enableSchemaValidation = true;
    OperationConfig post;
    post.method = "POST";
    post.mock = MockResponse { 200, "application/json", R"({"probe":"ok"})" };
    post.schemas.parameters
        = { { QStringLiteral("n"), "query", true, QByteArrayLiteral(R"({"type":"integer","minimum":1})") } };
    post.schemas.hasRequestBody = true;
    post.schemas.requestBodyRequired = true;
    post.schemas.requestMediaTypes = { "application/json" };
    post.schemas.requestBodySchema = QByteArrayLiteral(
        R"({"type":"object","required":["name"],"properties":{"name":{"type":"string"}}})");
    api.resources.front().operations.push_back(post);
    return api;
}

ProbeResponse post(ProbeWorld &world, const QString &n, const QByteArray &body)
{
    ProbeRequest request;
    request.method = "POST";
    request.url = world.url(validationFeature);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("n"), n);
    request.url.setQuery(query);
    request.headers = { { "Content-Type", "application/json" } };
    request.body = body;
    return world.client().send(request);
}

CheckOutcome checkValidation(ProbeWorld &world)
{
    if (const auto refusal = world.refusal(validationFeature))
        return { false, QStringLiteral("deploy refused: %1").arg(*refusal) };
    const ProbeResponse valid = post(world, QStringLiteral("1"), R"({"name":"probe"})");
    const ProbeResponse badParameter = post(world, QStringLiteral("abc"), R"({"name":"probe"})");
    const ProbeResponse badBody = post(world, QStringLiteral("1"), R"({"name":7})");
    const auto refused
        = [](const ProbeResponse &response) { return response.status == 400 && response.wso2Code == "400"; };
    return { valid.status == 200 && refused(badParameter) && refused(badBody),
        QStringLiteral(
            "valid request → %1; query n=abc for an integer → %2; body {\"name\":7} for a string → %3")
            .arg(valid.summary(), badParameter.summary(), badBody.summary()) };
}

} // namespace

QList<CapabilityCheck> validationChecks()
{
    return { { validationFeature, validatingProbe, checkValidation } };
}

} // namespace Gatehouse
