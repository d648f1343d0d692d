#include "apiresourcemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gatehouse;

using Source = ApiResourceModel::EndpointSource;

static EndpointGroup single(const char *url)
{
    EndpointGroup group;
    group.targets.push_back({ QUrl(QString::fromLatin1(url)) });
    return group;
}

static OperationConfig operation(const char *method, const char *operationId)
{
    OperationConfig config;
    config.method = method;
    config.operationId = QString::fromLatin1(operationId);
    return config;
}

// An API with endpoints on all three levels: API, resource (x-wso2-production-endpoints on a path) and
// operation.
static ApiConfig layeredApi()
{
    ApiConfig api;
    api.id = QStringLiteral("orders");
    api.name = QStringLiteral("Orders");
    api.context = QStringLiteral("/orders");
    api.version = QStringLiteral("v1");
    api.productionEndpoints = single("http://backend.example/orders");
    api.sandboxEndpoints = single("http://sandbox.example/orders");

    ResourceConfig list;
    list.pathTemplate = QStringLiteral("/orders");
    list.operations.push_back(operation("GET", "listOrders"));
    OperationConfig create = operation("POST", "createOrder");
    EndpointGroup failover;
    failover.type = EndpointGroupType::Failover;
    failover.targets.push_back({ QUrl(QStringLiteral("http://primary.example")) });
    failover.targets.push_back({ QUrl(QStringLiteral("http://backup.example")) });
    create.productionEndpoints = failover;
    list.operations.push_back(create);

    ResourceConfig tracking;
    tracking.pathTemplate = QStringLiteral("/orders/{orderId}/tracking");
    tracking.productionEndpoints = single("http://tracking.example");
    tracking.operations.push_back(operation("GET", "trackOrder"));
    OperationConfig mocked = operation("DELETE", "cancelTracking");
    EndpointGroup mock;
    mock.type = EndpointGroupType::Mock;
    mocked.productionEndpoints = mock;
    mocked.mock = MockResponse { 202, "application/json", "{}" };
    tracking.operations.push_back(mocked);

    ResourceConfig bare;
    bare.pathTemplate = QStringLiteral("/health");

    api.resources = { list, tracking, bare };
    return api;
}

class TestApiResourceModel : public QObject
{
    Q_OBJECT

private slots:
    void effectiveEndpoints_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("production");
        QTest::addColumn<int>("productionSource");
        QTest::addColumn<QString>("sandbox");
        const auto text = [](const char *utf8) { return QString::fromUtf8(utf8); };
        QTest::newRow("inherits the API endpoint")
            << 0 << text("/orders") << text("GET") << text("http://backend.example/orders")
            << int(Source::Api) << text("http://sandbox.example/orders");
        QTest::newRow("operation override")
            << 1 << text("/orders") << text("POST")
            << text("Failover: http://primary.example → http://backup.example") << int(Source::Operation)
            << text("http://sandbox.example/orders");
        QTest::newRow("resource override")
            << 2 << text("/orders/{orderId}/tracking") << text("GET") << text("http://tracking.example")
            << int(Source::Resource) << text("http://sandbox.example/orders");
        QTest::newRow("mock operation")
            << 3 << text("/orders/{orderId}/tracking") << text("DELETE") << text("Mock: 202 application/json")
            << int(Source::Operation) << text("http://sandbox.example/orders");
        QTest::newRow("resource without operations")
            << 4 << text("/health") << text("(none)") << text("http://backend.example/orders")
            << int(Source::Api) << text("http://sandbox.example/orders");
    }

    void effectiveEndpoints()
    {
        QFETCH(int, row);
        QFETCH(QString, resource);
        QFETCH(QString, method);
        QFETCH(QString, production);
        QFETCH(int, productionSource);
        QFETCH(QString, sandbox);

        ApiResourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(layeredApi());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(row, ApiResourceModel::ResourceColumn).data().toString(), resource);
        QCOMPARE(model.index(row, ApiResourceModel::MethodColumn).data().toString(), method);
        const QModelIndex productionIndex = model.index(row, ApiResourceModel::ProductionColumn);
        QVERIFY2(productionIndex.data().toString().startsWith(production),
            qPrintable(productionIndex.data().toString()));
        QCOMPARE(int(productionIndex.data(ApiResourceModel::EndpointSourceRole).value<Source>()),
            productionSource);
        QCOMPARE(model.index(row, ApiResourceModel::SandboxColumn).data().toString(), sandbox);

        // Overrides look different from inherited endpoints: italic, coloured, and labelled.
        const bool overridden = productionSource != int(Source::Api);
        QCOMPARE(productionIndex.data(Qt::FontRole).isValid(), overridden);
        QCOMPARE(productionIndex.data(Qt::BackgroundRole).isValid(), overridden);
        QCOMPARE(productionIndex.data().toString().endsWith(QLatin1Char(']')), overridden);
    }

    void apiWithoutEndpoints()
    {
        ApiConfig api;
        ResourceConfig resource;
        resource.pathTemplate = QStringLiteral("/x");
        resource.operations.push_back(operation("GET", "x"));
        api.resources = { resource };
        ApiResourceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setApi(api);
        const QModelIndex production = model.index(0, ApiResourceModel::ProductionColumn);
        QCOMPARE(production.data().toString(), QStringLiteral("(none)"));
        QCOMPARE(production.data(ApiResourceModel::EndpointSourceRole).value<Source>(), Source::None);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void describesEndpointGroups_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<QString>("expected");
        QTest::newRow("single") << int(EndpointGroupType::Single)
                                << QStringList { QStringLiteral("http://a") } << QStringLiteral("http://a");
        QTest::newRow("load balance")
            << int(EndpointGroupType::LoadBalance)
            << QStringList { QStringLiteral("http://a"), QStringLiteral("http://b") }
            << QStringLiteral("Load balanced: http://a, http://b");
        QTest::newRow("failover") << int(EndpointGroupType::Failover)
                                  << QStringList { QStringLiteral("http://a"), QStringLiteral("http://b") }
                                  << QStringLiteral("Failover: http://a → http://b");
        QTest::newRow("mock") << int(EndpointGroupType::Mock) << QStringList()
                              << QStringLiteral("Mock (answers from the OpenAPI examples)");
    }

    void describesEndpointGroups()
    {
        QFETCH(int, type);
        QFETCH(QStringList, urls);
        QFETCH(QString, expected);
        EndpointGroup group;
        group.type = EndpointGroupType(type);
        for (const QString &url : std::as_const(urls))
            group.targets.push_back({ QUrl(url) });
        QCOMPARE(ApiResourceModel::describeEndpoints(group), expected);
    }
};

QTEST_MAIN(TestApiResourceModel)
#include "tst_apiresourcemodel.moc"
