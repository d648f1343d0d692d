// Router: API context + version (and the default version), resource templates from most to least specific,
// 405 with the Allow list, and paths with dot segments refused before any routing.
#include "core/router.h"

#include <QTest>

using namespace Gatehouse;

namespace {

ResourceConfig resource(const QString &pathTemplate, const QList<QByteArray> &methods)
{
    ResourceConfig config;
    config.pathTemplate = pathTemplate;
    for (const QByteArray &method : methods) {
        OperationConfig operation;
        operation.method = method;
        operation.operationId = QString::fromLatin1(method) + QLatin1Char(' ') + pathTemplate;
        config.operations.push_back(operation);
    }
    return config;
}

ApiConfig api(const QString &name, const QString &context, const QString &version, bool isDefault,
    std::vector<ResourceConfig> resources)
{
    ApiConfig config;
    config.id = name;
    config.name = name;
    config.context = context;
    config.version = version;
    config.isDefaultVersion = isDefault;
    config.productionEndpoints.type = EndpointGroupType::Mock;
    config.resources = std::move(resources);
    return config;
}

GatewayConfig routingConfig()
{
    GatewayConfig config;
    config.apis.push_back(
        api(QStringLiteral("Pets v1"), QStringLiteral("/petstore"), QStringLiteral("1.0.0"), true,
            {
                resource(QStringLiteral("/pets"), { "GET", "POST" }),
                resource(QStringLiteral("/pets/{petId}"), { "GET", "DELETE" }),
                resource(QStringLiteral("/pets/mine"), { "GET" }),
                resource(QStringLiteral("/pets/{petId}/photos/{photoId}"), { "GET" }),
                resource(QStringLiteral("/files/*"), { "GET", "PUT" }),
                resource(QStringLiteral("/"), { "GET" }),
            }));
    config.apis.push_back(
        api(QStringLiteral("Pets v2"), QStringLiteral("/petstore"), QStringLiteral("2.0.0"), false,
            {
                resource(QStringLiteral("/pets"), { "GET" }),
                resource(QStringLiteral("/*"), { "OPTIONS" }),
            }));
    // Context with a trailing slash and no leading one: normalised to "/nested/api".
    config.apis.push_back(
        api(QStringLiteral("Nested"), QStringLiteral("nested/api/"), QStringLiteral("v1"), false,
            {
                resource(QStringLiteral("/*"), { "GET" }),
            }));
    config.apis.push_back(api(QStringLiteral("Root"), QStringLiteral("/"), QStringLiteral("1.0"), true,
        {
            resource(QStringLiteral("/health"), { "GET" }),
            resource(QStringLiteral("/{name}"), { "GET" }),
        }));
    return config;
}

GatewayConfig contextOnlyConfig()
{
    GatewayConfig config;
    config.apis.push_back(api(QStringLiteral("Orders"), QStringLiteral("/orders"), QStringLiteral("1.0.0"),
        false, { resource(QStringLiteral("/*"), { "GET" }) }));
    return config;
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void routes_data();
    void routes();
    void noRootApiMeansNoApi();
    void dotSegments_data();
    void dotSegments();
};

void TestRouter::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("apiName");
    QTest::addColumn<QString>("resourceTemplate");
    QTest::addColumn<QByteArray>("resourcePath");
    QTest::addColumn<QByteArray>("allow");

    const int matched = int(RouteMatch::Result::Matched);
    const int noResource = int(RouteMatch::Result::NoResource);
    const int notAllowed = int(RouteMatch::Result::MethodNotAllowed);
    const QString v1 = QStringLiteral("Pets v1");
    const QString v2 = QStringLiteral("Pets v2");
    const QString root = QStringLiteral("Root");

    QTest::newRow("context and version")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets") << matched << v1 << QStringLiteral("/pets")
        << QByteArray("/pets") << QByteArray();
    QTest::newRow("default version") << QByteArray("GET") << QByteArray("/petstore/pets") << matched << v1
                                     << QStringLiteral("/pets") << QByteArray("/pets") << QByteArray();
    QTest::newRow("other version") << QByteArray("GET") << QByteArray("/petstore/2.0.0/pets") << matched << v2
                                   << QStringLiteral("/pets") << QByteArray("/pets") << QByteArray();
    QTest::newRow("other version wildcard")
        << QByteArray("OPTIONS") << QByteArray("/petstore/2.0.0/pets/1/x") << matched << v2
        << QStringLiteral("/*") << QByteArray("/pets/1/x") << QByteArray();
    QTest::newRow("trailing slash") << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets/") << matched
                                    << v1 << QStringLiteral("/pets") << QByteArray("/pets/") << QByteArray();
    QTest::newRow("parameter") << QByteArray("DELETE") << QByteArray("/petstore/1.0.0/pets/42") << matched
                               << v1 << QStringLiteral("/pets/{petId}") << QByteArray("/pets/42")
                               << QByteArray();
    QTest::newRow("literal beats parameter")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets/mine") << matched << v1
        << QStringLiteral("/pets/mine") << QByteArray("/pets/mine") << QByteArray();
    QTest::newRow("two parameters") << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets/7/photos/9")
                                    << matched << v1 << QStringLiteral("/pets/{petId}/photos/{photoId}")
                                    << QByteArray("/pets/7/photos/9") << QByteArray();
    QTest::newRow("empty parameter") << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets//photos/9")
                                     << noResource << v1 << QString() << QByteArray("/pets//photos/9")
                                     << QByteArray();
    QTest::newRow("wildcard one level")
        << QByteArray("PUT") << QByteArray("/petstore/1.0.0/files/a.txt") << matched << v1
        << QStringLiteral("/files/*") << QByteArray("/files/a.txt") << QByteArray();
    QTest::newRow("wildcard deep") << QByteArray("GET") << QByteArray("/petstore/1.0.0/files/a/b/c")
                                   << matched << v1 << QStringLiteral("/files/*")
                                   << QByteArray("/files/a/b/c") << QByteArray();
    QTest::newRow("wildcard matches nothing")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/files") << matched << v1
        << QStringLiteral("/files/*") << QByteArray("/files") << QByteArray();
    QTest::newRow("API root resource") << QByteArray("GET") << QByteArray("/petstore/1.0.0") << matched << v1
                                       << QStringLiteral("/") << QByteArray("/") << QByteArray();
    QTest::newRow("API root resource with slash")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/") << matched << v1 << QStringLiteral("/")
        << QByteArray("/") << QByteArray();
    QTest::newRow("405 with Allow") << QByteArray("PATCH") << QByteArray("/petstore/1.0.0/pets") << notAllowed
                                    << v1 << QString() << QByteArray("/pets") << QByteArray("GET, POST");
    QTest::newRow("405 on parameter")
        << QByteArray("PUT") << QByteArray("/petstore/1.0.0/pets/1") << notAllowed << v1 << QString()
        << QByteArray("/pets/1") << QByteArray("GET, DELETE");
    QTest::newRow("methods are case-sensitive")
        << QByteArray("get") << QByteArray("/petstore/1.0.0/pets") << notAllowed << v1 << QString()
        << QByteArray("/pets") << QByteArray("GET, POST");
    QTest::newRow("no such resource")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/owners") << noResource << v1 << QString()
        << QByteArray("/owners") << QByteArray();
    QTest::newRow("too deep for templates")
        << QByteArray("GET") << QByteArray("/petstore/1.0.0/pets/1/2") << noResource << v1 << QString()
        << QByteArray("/pets/1/2") << QByteArray();
    QTest::newRow("context prefix is not a segment prefix")
        << QByteArray("GET") << QByteArray("/petstorex") << matched << root << QStringLiteral("/{name}")
        << QByteArray("/petstorex") << QByteArray();
    QTest::newRow("normalised context")
        << QByteArray("GET") << QByteArray("/nested/api/v1/x/y") << matched << QStringLiteral("Nested")
        << QStringLiteral("/*") << QByteArray("/x/y") << QByteArray();
    QTest::newRow("context alone is not a default version")
        << QByteArray("GET") << QByteArray("/nested/api/x") << noResource << root << QString()
        << QByteArray("/nested/api/x") << QByteArray();
    QTest::newRow("API at context /") << QByteArray("GET") << QByteArray("/health") << matched << root
                                      << QStringLiteral("/health") << QByteArray("/health") << QByteArray();
    QTest::newRow("API at context / with version")
        << QByteArray("GET") << QByteArray("/1.0/health") << matched << root << QStringLiteral("/health")
        << QByteArray("/health") << QByteArray();
    QTest::newRow("API at context / parameter")
        << QByteArray("GET") << QByteArray("/anything") << matched << root << QStringLiteral("/{name}")
        << QByteArray("/anything") << QByteArray();
    QTest::newRow("API at context / 405") << QByteArray("POST") << QByteArray("/health") << notAllowed << root
                                          << QString() << QByteArray("/health") << QByteArray("GET");
}

void TestRouter::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, result);
    QFETCH(QString, apiName);
    QFETCH(QString, resourceTemplate);
    QFETCH(QByteArray, resourcePath);
    QFETCH(QByteArray, allow);

    const GatewayConfig config = routingConfig();
    const Router router(config);
    QVERIFY(router.problems().isEmpty());
    const RouteMatch match = router.route(method, path);
    QCOMPARE(int(match.result), result);
    QVERIFY(match.api);
    QCOMPARE(match.api->config->name, apiName);
    QCOMPARE(match.resourcePath, resourcePath);
    QCOMPARE(match.allow, allow);
    if (result == int(RouteMatch::Result::Matched)) {
        QVERIFY(match.resource && match.operation);
        QCOMPARE(match.resource->config->pathTemplate, resourceTemplate);
        QCOMPARE(match.operation->method, method);
        QCOMPARE(match.operation->config->operationId,
            QString::fromLatin1(method) + QLatin1Char(' ') + resourceTemplate);
    } else {
        QVERIFY(!match.operation);
    }
}

void TestRouter::noRootApiMeansNoApi()
{
    const GatewayConfig config = contextOnlyConfig();
    const Router router(config);
    QCOMPARE(router.route("GET", "/orders/1.0.0/x").result, RouteMatch::Result::Matched);
    QCOMPARE(router.route("GET", "/orders/x").result, RouteMatch::Result::NoApi);
    QCOMPARE(router.route("GET", "/").result, RouteMatch::Result::NoApi);
    QCOMPARE(router.route("GET", "/other/1.0.0/x").result, RouteMatch::Result::NoApi);
    QCOMPARE(router.operationCount(), 1);
}

void TestRouter::dotSegments_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("refused");

    QTest::newRow("..") << QByteArray("/petstore/1.0.0/pets/../admin") << true;
    QTest::newRow(".") << QByteArray("/petstore/1.0.0/./pets") << true;
    QTest::newRow("trailing ..") << QByteArray("/petstore/1.0.0/pets/..") << true;
    QTest::newRow("trailing .") << QByteArray("/petstore/1.0.0/pets/.") << true;
    QTest::newRow("leading ..") << QByteArray("/../petstore/1.0.0/pets") << true;
    QTest::newRow("%2e%2e") << QByteArray("/petstore/1.0.0/pets/%2e%2e/admin") << true;
    QTest::newRow("%2E%2E") << QByteArray("/petstore/1.0.0/pets/%2E%2E/admin") << true;
    QTest::newRow("%2e%2E mixed") << QByteArray("/petstore/1.0.0/pets/%2e%2E/admin") << true;
    QTest::newRow(".%2e") << QByteArray("/petstore/1.0.0/pets/.%2e/admin") << true;
    QTest::newRow("%2e.") << QByteArray("/petstore/1.0.0/pets/%2E./admin") << true;
    QTest::newRow("%2e") << QByteArray("/petstore/1.0.0/%2e/pets") << true;
    // Servlet containers (Tomcat, Jetty) drop ";parameters" from each segment before normalising, so "..;"
    // is ".." to a Java backend: the classic way past a proxy's path rules.
    QTest::newRow("..;") << QByteArray("/petstore/1.0.0/pets/..;/admin") << true;
    QTest::newRow("..;jsessionid") << QByteArray("/petstore/1.0.0/pets/..;x=1/admin") << true;
    QTest::newRow(".;") << QByteArray("/petstore/1.0.0/.;/pets") << true;
    QTest::newRow("%2e%2e;") << QByteArray("/petstore/1.0.0/pets/%2e%2e;/admin") << true;

    QTest::newRow("dots inside a name") << QByteArray("/petstore/1.0.0/files/a..b") << false;
    QTest::newRow("three dots") << QByteArray("/petstore/1.0.0/files/...") << false;
    QTest::newRow("dot file") << QByteArray("/petstore/1.0.0/files/.profile") << false;
    QTest::newRow("version dots") << QByteArray("/petstore/1.0.0/pets") << false;
    QTest::newRow("encoded dot in a name") << QByteArray("/petstore/1.0.0/files/a%2ejson") << false;
}

void TestRouter::dotSegments()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, refused);

    const GatewayConfig config = routingConfig();
    const Router router(config);
    QCOMPARE(Router::hasDotSegment(path), refused);
    const RouteMatch match = router.route("GET", path);
    QCOMPARE(match.result == RouteMatch::Result::BadPath, refused);
    if (refused)
        QVERIFY(!match.api && !match.operation);
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
