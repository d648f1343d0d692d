#include "capabilitymatrix.h"
#include "configjson.h"
#include "profilecompiler.h"
#include "rawconnection.h"
#include "workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

EndpointGroup mockGroup()
{
    EndpointGroup group;
    group.type = EndpointGroupType::Mock;
    return group;
}

ApiRecord makeApi(const QString &name, const QString &context,
    const QString &version = QStringLiteral("1.0.0"), bool perResourceOverride = false)
{
    ApiRecord record;
    record.definition.name = name;
    record.definition.context = context;
    record.definition.version = version;
    record.definition.productionEndpoints = mockGroup();
    record.description = name + QStringLiteral(" description");
    record.implementationType = QStringLiteral("MOCKED_OAS");
    record.sourceDocument = "openapi: 3.0.3\n";
    ResourceConfig resource;
    resource.pathTemplate = QStringLiteral("/items/{id}");
    if (perResourceOverride)
        resource.productionEndpoints = mockGroup();
    OperationConfig get;
    get.method = "GET";
    get.mock = MockResponse { 200, "application/json", R"({"id":1})" };
    resource.operations.push_back(get);
    record.definition.resources.push_back(resource);
    return record;
}

EnvironmentSettings makeEnvironment(
    const QString &name, GatewayProfile profile, EnvironmentMode mode = EnvironmentMode::Mutable)
{
    EnvironmentSettings settings;
    settings.name = name;
    settings.profile = profile;
    settings.mode = mode;
    settings.httpPort = 0;
    return settings;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("workspace.gatehouse"));
        QString error;
        m_workspace = Workspace::open(m_path, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void apiCrud()
    {
        const ApiRecord original = makeApi(QStringLiteral("Pets"), QStringLiteral("/pets"));
        const auto id = m_workspace->addApi(original);
        QVERIFY2(id, qPrintable(m_workspace->lastError()));
        auto stored = m_workspace->api(*id);
        QVERIFY(stored);
        QCOMPARE(stored->definition.id, *id);
        ApiConfig expected = original.definition;
        expected.id = *id;
        QVERIFY(stored->definition == expected);
        QCOMPARE(stored->description, original.description);
        QCOMPARE(stored->implementationType, QStringLiteral("MOCKED_OAS"));
        QCOMPARE(stored->sourceDocument, original.sourceDocument);
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->createdAt, stored->updatedAt);

        stored->definition.name = QStringLiteral("Pets renamed");
        stored->definition.resources.front().operations.front().operationId = QStringLiteral("getItem");
        QVERIFY2(m_workspace->updateApi(*stored), qPrintable(m_workspace->lastError()));
        const auto updated = m_workspace->api(*id);
        QCOMPARE(updated->definition.name, QStringLiteral("Pets renamed"));
        QCOMPARE(
            updated->definition.resources.front().operations.front().operationId, QStringLiteral("getItem"));
        QCOMPARE(updated->createdAt, stored->createdAt);
        QVERIFY(updated->updatedAt >= stored->createdAt);
        QCOMPARE(m_workspace->apis().size(), 1);

        QVERIFY(m_workspace->removeApi(*id));
        QVERIFY(!m_workspace->api(*id));
        QVERIFY(m_workspace->apis().isEmpty());
        QVERIFY(!m_workspace->removeApi(*id));
        QVERIFY(m_workspace->lastError().contains(*id));
    }

    void apiValidation_data()
    {
        QTest::addColumn<ApiRecord>("record");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("no name") << makeApi(QString(), QStringLiteral("/x"))
                                 << QStringLiteral("needs a name");
        QTest::newRow("no version") << makeApi(QStringLiteral("X"), QStringLiteral("/x"), QString())
                                    << QStringLiteral("needs a name and a version");
        QTest::newRow("relative context")
            << makeApi(QStringLiteral("X"), QStringLiteral("x")) << QStringLiteral("must start with '/'");
        QTest::newRow("same context and version")
            << makeApi(QStringLiteral("Other"), QStringLiteral("/taken"))
            << QStringLiteral("API 'Taken' already uses context /taken and version 1.0.0");
    }

    void apiValidation()
    {
        QFETCH(ApiRecord, record);
        QFETCH(QString, expectedError);
        QVERIFY(m_workspace->addApi(makeApi(QStringLiteral("Taken"), QStringLiteral("/taken"))));
        QVERIFY(!m_workspace->addApi(record));
        QVERIFY2(m_workspace->lastError().contains(expectedError), qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->apis().size(), 1);
    }

    void updateRefusesContextClash()
    {
        QVERIFY(m_workspace->addApi(makeApi(QStringLiteral("A"), QStringLiteral("/a"))));
        const auto b = m_workspace->addApi(makeApi(QStringLiteral("B"), QStringLiteral("/b")));
        auto record = m_workspace->api(*b);
        record->definition.context = QStringLiteral("/a");
        QVERIFY(!m_workspace->updateApi(*record));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("API 'A' already uses context /a")),
            qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->api(*b)->definition.context, QStringLiteral("/b"));
    }

    void findApi_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedVersion"); // empty: not found
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unique name") << "Solo"
                                     << "1.0.0"
                                     << "";
        QTest::newRow("name and version") << "Multi:2.0"
                                          << "2.0"
                                          << "";
        QTest::newRow("ambiguous name")
            << "Multi"
            << ""
            << "API name 'Multi' is ambiguous (versions 1.0, 2.0): use name:version";
        QTest::newRow("unknown") << "Nobody"
                                 << ""
                                 << "no API named 'Nobody'";
        QTest::newRow("unknown version") << "Solo:9"
                                         << ""
                                         << "no API named 'Solo:9'";
    }

    void findApi()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedVersion);
        QFETCH(QString, expectedError);
        QVERIFY(m_workspace->addApi(makeApi(QStringLiteral("Solo"), QStringLiteral("/solo"))));
        QVERIFY(m_workspace->addApi(
            makeApi(QStringLiteral("Multi"), QStringLiteral("/multi"), QStringLiteral("1.0"))));
        QVERIFY(m_workspace->addApi(
            makeApi(QStringLiteral("Multi"), QStringLiteral("/multi"), QStringLiteral("2.0"))));
        const auto found = m_workspace->findApi(query);
        if (expectedVersion.isEmpty()) {
            QVERIFY(!found);
            QCOMPARE(m_workspace->lastError(), expectedError);
            return;
        }
        QVERIFY(found);
        QCOMPARE(found->definition.version, expectedVersion);
        QCOMPARE(m_workspace->findApi(found->definition.id)->definition.id, found->definition.id);
    }

    void findApiPrefersDefaultVersion()
    {
        QVERIFY(m_workspace->addApi(
            makeApi(QStringLiteral("Multi"), QStringLiteral("/multi"), QStringLiteral("1.0"))));
        ApiRecord second = makeApi(QStringLiteral("Multi"), QStringLiteral("/multi"), QStringLiteral("2.0"));
        second.definition.isDefaultVersion = true;
        QVERIFY(m_workspace->addApi(second));
        QCOMPARE(m_workspace->findApi(QStringLiteral("Multi"))->definition.version, QStringLiteral("2.0"));
    }

    void environmentCrud()
    {
        EnvironmentSettings settings = makeEnvironment(QStringLiteral("cc-1"), GatewayProfile::ChoreoConnect);
        settings.httpPort = 9090;
        settings.adminPort = 9190;
        settings.limits.maxHeaderCount = 12;
        QVERIFY2(m_workspace->addEnvironment(settings), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("apigw"), GatewayProfile::ApiGateway)));
        QVERIFY(*m_workspace->environment(QStringLiteral("cc-1")) == settings);
        const QList<EnvironmentSettings> all = m_workspace->environments();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("apigw"));
        QCOMPARE(all.at(0).profile, GatewayProfile::ApiGateway);

        QVERIFY(!m_workspace->addEnvironment(settings));
        QCOMPARE(m_workspace->lastError(), QStringLiteral("environment cc-1 already exists"));

        settings.mode = EnvironmentMode::Immutable;
        settings.httpPort = 9091;
        QVERIFY2(m_workspace->updateEnvironment(settings), qPrintable(m_workspace->lastError()));
        QVERIFY(*m_workspace->environment(QStringLiteral("cc-1")) == settings);

        QVERIFY(m_workspace->removeEnvironment(QStringLiteral("cc-1")));
        QVERIFY(!m_workspace->environment(QStringLiteral("cc-1")));
        QCOMPARE(m_workspace->lastError(), QStringLiteral("unknown environment 'cc-1'"));
        QVERIFY(!m_workspace->removeEnvironment(QStringLiteral("cc-1")));
        QVERIFY(!m_workspace->updateEnvironment(settings));
    }

    void environmentValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("httpPort");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("empty name") << "" << 0 << "is not a valid environment name";
        QTest::newRow("space in name") << "my env" << 0 << "is not a valid environment name";
        QTest::newRow("port too large") << "ok" << 70000 << "ports must be between 0 and 65535";
        QTest::newRow("negative port") << "ok" << -2 << "ports must be between 0 and 65535";
    }

    void environmentValidation()
    {
        QFETCH(QString, name);
        QFETCH(int, httpPort);
        QFETCH(QString, expectedError);
        EnvironmentSettings settings = makeEnvironment(name, GatewayProfile::ChoreoConnect);
        settings.httpPort = httpPort;
        QVERIFY(!m_workspace->addEnvironment(settings));
        QVERIFY2(m_workspace->lastError().contains(expectedError), qPrintable(m_workspace->lastError()));
        QVERIFY(m_workspace->environments().isEmpty());
    }

    void documentsCrud()
    {
        const QString schemes = QStringLiteral("security_scheme");
        QVERIFY(m_workspace->putDocument(schemes, { QStringLiteral("oauth"), R"({"type":"oauth2"})" }));
        QVERIFY(m_workspace->putDocument(schemes, { QStringLiteral("apikey"), R"({"type":"api_key"})" }));
        QVERIFY(m_workspace->putDocument(
            QStringLiteral("throttle_policy"), { QStringLiteral("oauth"), R"({"limit":10})" }));
        QList<NamedDocument> documents = m_workspace->documents(schemes);
        QCOMPARE(documents.size(), 2);
        QCOMPARE(documents.at(0).name, QStringLiteral("apikey"));
        QCOMPARE(documents.at(1).json, QByteArray(R"({"type":"oauth2"})"));

        QVERIFY(m_workspace->putDocument(schemes, { QStringLiteral("oauth"), R"({"type":"oauth2","v":2})" }));
        QCOMPARE(m_workspace->documents(schemes).at(1).json, QByteArray(R"({"type":"oauth2","v":2})"));

        QVERIFY(!m_workspace->putDocument(schemes, { QStringLiteral("broken"), "{not json" }));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("is not valid JSON")),
            qPrintable(m_workspace->lastError()));
        QVERIFY(!m_workspace->putDocument(schemes, { QString(), "{}" }));

        QVERIFY(m_workspace->removeDocument(schemes, QStringLiteral("oauth")));
        QCOMPARE(m_workspace->documents(schemes).size(), 1);
        QCOMPARE(m_workspace->documents(QStringLiteral("throttle_policy")).size(), 1);
        QVERIFY(!m_workspace->removeDocument(schemes, QStringLiteral("oauth")));
        QCOMPARE(m_workspace->lastError(), QStringLiteral("there is no security_scheme named 'oauth'"));
    }

    void settings()
    {
        QCOMPARE(
            m_workspace->setting(QStringLiteral("theme"), QStringLiteral("light")), QStringLiteral("light"));
        QVERIFY(m_workspace->setSetting(QStringLiteral("theme"), QStringLiteral("dark")));
        QCOMPARE(m_workspace->setting(QStringLiteral("theme")), QStringLiteral("dark"));
        QVERIFY(m_workspace->setSetting(QStringLiteral("theme"), QStringLiteral("contrast")));
        QCOMPARE(m_workspace->setting(QStringLiteral("theme"), QStringLiteral("light")),
            QStringLiteral("contrast"));
        QVERIFY(!m_workspace->setSetting(QString(), QStringLiteral("x")));
    }

    void revisionsAreImmutable()
    {
        const auto id = m_workspace->addApi(makeApi(QStringLiteral("Frozen"), QStringLiteral("/frozen")));
        QCOMPARE(m_workspace->createRevision(*id), std::optional<int>(1));
        auto record = m_workspace->api(*id);
        record->definition.name = QStringLiteral("Changed later");
        QVERIFY(m_workspace->updateApi(*record));
        QCOMPARE(m_workspace->createRevision(*id), std::optional<int>(2));

        const QList<RevisionRecord> revisions = m_workspace->revisions(*id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).revision, 1);
        QCOMPARE(revisions.at(0).snapshot.name, QStringLiteral("Frozen"));
        QCOMPARE(revisions.at(0).snapshot.revision, 1);
        QCOMPARE(revisions.at(0).snapshot.id, *id);
        QCOMPARE(revisions.at(1).snapshot.name, QStringLiteral("Changed later"));
        QVERIFY(revisions.at(0).createdAt.isValid());

        RawConnection raw(m_path);
        const QString error
            = raw.exec(QStringLiteral("UPDATE api_revisions SET snapshot_json = '{}' WHERE revision = 1"));
        QVERIFY2(error.contains(QStringLiteral("api revisions are immutable")), qPrintable(error));
        QCOMPARE(m_workspace->revisions(*id).at(0).snapshot.name, QStringLiteral("Frozen"));

        QVERIFY(!m_workspace->createRevision(QStringLiteral("no-such-api")));
    }

    void deployAndUndeploy()
    {
        const auto id = m_workspace->addApi(makeApi(QStringLiteral("Svc"), QStringLiteral("/svc")));
        QVERIFY(m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("cc"), GatewayProfile::ChoreoConnect)));

        QCOMPARE(m_workspace->deploy(*id, QStringLiteral("cc")), std::optional<int>(1)); // new revision
        QCOMPARE(m_workspace->deploy(*id, QStringLiteral("cc")), std::optional<int>(2));
        QCOMPARE(m_workspace->deploy(*id, QStringLiteral("cc"), 1), std::optional<int>(1)); // roll back
        QList<DeploymentRecord> deployments = m_workspace->deployments(QStringLiteral("cc"));
        QCOMPARE(deployments.size(), 1);
        QCOMPARE(deployments.at(0).apiId, *id);
        QCOMPARE(deployments.at(0).revision, 1);
        QCOMPARE(deployments.at(0).environment, QStringLiteral("cc"));
        QVERIFY(deployments.at(0).deployedAt.isValid());
        QCOMPARE(m_workspace->deployments().size(), 1);
        QCOMPARE(m_workspace->compiledConfig(QStringLiteral("cc"))->apis.size(), size_t(1));
        QCOMPARE(m_workspace->compiledConfig(QStringLiteral("cc"))->apis.front().revision, 1);

        QVERIFY(!m_workspace->deploy(*id, QStringLiteral("cc"), 7));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("has no revision 7")),
            qPrintable(m_workspace->lastError()));
        QVERIFY(!m_workspace->deploy(*id, QStringLiteral("nowhere")));
        QCOMPARE(m_workspace->lastError(), QStringLiteral("unknown environment 'nowhere'"));
        QVERIFY(!m_workspace->deploy(QStringLiteral("no-such-api"), QStringLiteral("cc")));

        QVERIFY(!m_workspace->removeApi(*id));
        QCOMPARE(
            m_workspace->lastError(), QStringLiteral("API 'Svc' 1.0.0 is deployed to cc; undeploy it first"));

        QVERIFY(m_workspace->undeploy(*id, QStringLiteral("cc")));
        QVERIFY(m_workspace->deployments(QStringLiteral("cc")).isEmpty());
        QVERIFY(m_workspace->compiledConfig(QStringLiteral("cc"))->apis.empty());
        QVERIFY(!m_workspace->undeploy(*id, QStringLiteral("cc")));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("is not deployed to cc")));
        QVERIFY(m_workspace->removeApi(*id));
        QVERIFY(m_workspace->revisions(*id).isEmpty());
    }

    void removingEnvironmentRemovesItsDeployments()
    {
        const auto id = m_workspace->addApi(makeApi(QStringLiteral("Svc"), QStringLiteral("/svc")));
        QVERIFY(m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("cc"), GatewayProfile::ChoreoConnect)));
        QVERIFY(m_workspace->deploy(*id, QStringLiteral("cc")));
        QVERIFY(m_workspace->removeEnvironment(QStringLiteral("cc")));
        QVERIFY(m_workspace->deployments().isEmpty());
        QVERIFY(m_workspace->removeApi(*id));
    }

    void immutableEnvironmentRefusesDeploys()
    {
        const auto first = m_workspace->addApi(makeApi(QStringLiteral("First"), QStringLiteral("/first")));
        const auto second = m_workspace->addApi(makeApi(QStringLiteral("Second"), QStringLiteral("/second")));
        QVERIFY(m_workspace->addEnvironment(makeEnvironment(QStringLiteral("frozen"),
                                                GatewayProfile::ChoreoConnect, EnvironmentMode::Immutable),
            { DeploymentRecord { QString(), *first, 0, {} } }));
        QCOMPARE(m_workspace->deployments(QStringLiteral("frozen")).size(), 1);

        const QString expected
            = QStringLiteral("environment frozen is immutable: it serves exactly what it was started "
                             "with; create a new revision and start a new immutable environment");
        QVERIFY(!m_workspace->deploy(*second, QStringLiteral("frozen")));
        QCOMPARE(m_workspace->lastError(), expected);
        QVERIFY(!m_workspace->deploy(*first, QStringLiteral("frozen")));
        QCOMPARE(m_workspace->lastError(), expected);
        QVERIFY(!m_workspace->undeploy(*first, QStringLiteral("frozen")));
        QCOMPARE(m_workspace->lastError(), expected);
        QCOMPARE(m_workspace->deployments(QStringLiteral("frozen")).size(), 1);
        QCOMPARE(m_workspace->revisions(*second).size(), 0); // the refused deploy created no revision
    }

    void failedInitialDeploymentCreatesNoEnvironment()
    {
        QVERIFY(!m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("half"), GatewayProfile::ChoreoConnect),
            { DeploymentRecord { QString(), QStringLiteral("no-such-api"), 0, {} } }));
        QVERIFY(m_workspace->lastError().contains(QStringLiteral("no-such-api")));
        QVERIFY(!m_workspace->environment(QStringLiteral("half")));
    }

    void compiledConfigAppliesProfile_data()
    {
        QTest::addColumn<GatewayProfile>("profile");
        QTest::addColumn<bool>("expectWarning");
        QTest::newRow("Choreo Connect keeps per-resource endpoints")
            << GatewayProfile::ChoreoConnect << false;
        QTest::newRow("API Gateway ignores per-resource endpoints") << GatewayProfile::ApiGateway << true;
    }

    void compiledConfigAppliesProfile()
    {
        QFETCH(GatewayProfile, profile);
        QFETCH(bool, expectWarning);
        const auto overriding = m_workspace->addApi(
            makeApi(QStringLiteral("Orders"), QStringLiteral("/orders"), QStringLiteral("v1"), true));
        const auto plain = m_workspace->addApi(makeApi(QStringLiteral("Plain"), QStringLiteral("/plain")));
        QVERIFY(m_workspace->addEnvironment(makeEnvironment(QStringLiteral("env"), profile)));
        QStringList deployWarnings;
        QVERIFY(m_workspace->deploy(*overriding, QStringLiteral("env"), 0, &deployWarnings));
        QVERIFY(m_workspace->deploy(*plain, QStringLiteral("env"), 0, &deployWarnings));

        QStringList warnings;
        const auto compiled = m_workspace->compiledConfig(QStringLiteral("env"), &warnings);
        QVERIFY(compiled);
        const GatewayConfig &config = *compiled;
        QCOMPARE(config.apis.size(), size_t(2));
        const ApiConfig &orders = config.apis.at(0); // sorted by context
        QCOMPARE(orders.name, QStringLiteral("Orders"));
        QCOMPARE(orders.revision, 1);
        QCOMPARE(orders.id, *overriding);
        const QString expected
            = QStringLiteral("API 'Orders' v1: API Gateway does not support per-resource endpoints "
                             "(capability 'Per resource Endpoints'); the API-level endpoints are used");
        if (expectWarning) {
            QCOMPARE(warnings, QStringList(expected));
            QCOMPARE(deployWarnings, QStringList(expected));
            QVERIFY(!orders.resources.front().productionEndpoints);
        } else {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
            QVERIFY(deployWarnings.isEmpty());
            QVERIFY(orders.resources.front().productionEndpoints);
        }
        QVERIFY(orders.resources.front().operations.front().mock);
    }

    void compiledConfigOfUnknownEnvironment()
    {
        QStringList warnings;
        QVERIFY(!m_workspace->compiledConfig(QStringLiteral("ghost"), &warnings));
        QCOMPARE(warnings, QStringList(QStringLiteral("unknown environment 'ghost'")));
    }

    void deployRefusedByProfileRule()
    {
        QString error;
        const auto matrix = CapabilityMatrix::fromJson(R"({
            "profiles": [{"id": "choreo-connect", "name": "Choreo Connect"}, {"id": "api-gateway", "name": "API Gateway"}],
            "tables": [{"id": "t", "rows": [{"id": "synthetic-feature", "feature": "Synthetic Feature",
                "choreo-connect": {"support": "no"}, "api-gateway": {"support": "yes"}}]}]})",
            &error);
        QVERIFY2(matrix, qPrintable(error));
        ProfileRule rule;
        rule.capabilityId = QStringLiteral("synthetic-feature");
        rule.featureDescription = QStringLiteral("synthetic features");
        rule.isUsedBy = [](const ApiConfig &api) { return api.type == QLatin1String("SYNTHETIC"); };
        m_workspace->setProfileCompiler(ProfileCompiler(*matrix, { rule }));

        ApiRecord record = makeApi(QStringLiteral("Synth"), QStringLiteral("/synth"));
        record.definition.type = QStringLiteral("SYNTHETIC");
        const auto id = m_workspace->addApi(record);
        QVERIFY(m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("cc"), GatewayProfile::ChoreoConnect)));
        QVERIFY(
            m_workspace->addEnvironment(makeEnvironment(QStringLiteral("gw"), GatewayProfile::ApiGateway)));

        QVERIFY(!m_workspace->deploy(*id, QStringLiteral("cc")));
        QCOMPARE(m_workspace->lastError(),
            QStringLiteral("cannot deploy to cc: API 'Synth' 1.0.0: Choreo Connect does not "
                           "support synthetic features (capability 'Synthetic Feature')"));
        QVERIFY(m_workspace->deployments(QStringLiteral("cc")).isEmpty());
        QVERIFY(m_workspace->revisions(*id).isEmpty()); // rolled back with the deploy

        QCOMPARE(m_workspace->deploy(*id, QStringLiteral("gw")), std::optional<int>(1));
        // Switching the API Gateway environment to the refusing profile is refused as well.
        EnvironmentSettings gateway = *m_workspace->environment(QStringLiteral("gw"));
        gateway.profile = GatewayProfile::ChoreoConnect;
        QVERIFY(!m_workspace->updateEnvironment(gateway));
        QVERIFY2(m_workspace->lastError().contains(QStringLiteral("(capability 'Synthetic Feature')")),
            qPrintable(m_workspace->lastError()));
        QCOMPARE(m_workspace->environment(QStringLiteral("gw"))->profile, GatewayProfile::ApiGateway);
    }

    void deployRefusesRouteClash()
    {
        const auto first = m_workspace->addApi(makeApi(QStringLiteral("First"), QStringLiteral("/shared")));
        QVERIFY(m_workspace->addEnvironment(
            makeEnvironment(QStringLiteral("cc"), GatewayProfile::ChoreoConnect)));
        QVERIFY(m_workspace->deploy(*first, QStringLiteral("cc")));
        // The deployed revision keeps /shared even after the working copy moves away.
        auto record = m_workspace->api(*first);
        record->definition.context = QStringLiteral("/moved");
        QVERIFY(m_workspace->updateApi(*record));
        const auto second = m_workspace->addApi(makeApi(QStringLiteral("Second"), QStringLiteral("/shared")));
        QVERIFY(second);
        QVERIFY(!m_workspace->deploy(*second, QStringLiteral("cc")));
        QCOMPARE(m_workspace->lastError(),
            QStringLiteral(
                "environment cc already serves /shared version 1.0.0 with API 'First'; undeploy it first"));
    }

    void twoInstancesShareOneFile()
    {
        QString error;
        auto other = Workspace::open(m_path, &error);
        QVERIFY2(other, qPrintable(error));
        const qint64 otherBefore = other->dataVersion();
        const qint64 ownBefore = m_workspace->dataVersion();

        const auto id = m_workspace->addApi(makeApi(QStringLiteral("Shared"), QStringLiteral("/shared")));
        QVERIFY(id);
        QVERIFY(m_workspace->dataVersion() != ownBefore); // own commit
        QVERIFY(other->dataVersion() != otherBefore); // another connection's commit
        QCOMPARE(other->api(*id)->definition.name, QStringLiteral("Shared"));

        const qint64 ownAfterFirst = m_workspace->dataVersion();
        QVERIFY(
            other->addEnvironment(makeEnvironment(QStringLiteral("from-other"), GatewayProfile::ApiGateway)));
        QVERIFY(m_workspace->dataVersion() != ownAfterFirst);
        QVERIFY(m_workspace->environment(QStringLiteral("from-other")));

        const qint64 stable = other->dataVersion();
        QCOMPARE(other->apis().size(), 1); // reads change nothing
        QCOMPARE(other->dataVersion(), stable);
    }

    void demoWorkspace()
    {
        const QString path = m_dir->filePath(QStringLiteral("demo.gatehouse"));
        QString error;
        auto demo = Workspace::createDemo(path, &error);
        QVERIFY2(demo, qPrintable(error));
        const QList<ApiRecord> apis = demo->apis();
        QVERIFY(apis.size() >= 3);
        for (const ApiRecord &api : apis) {
            QCOMPARE(demo->revisions(api.definition.id).size(), 1); // the same revision in both environments
            QVERIFY2(api.definition.resources.size() >= 3, qPrintable(api.definition.name));
            QCOMPARE(api.definition.productionEndpoints.type, EndpointGroupType::Mock);
            QVERIFY(!api.sourceDocument.isEmpty());
        }

        const auto choreo = demo->environment(QStringLiteral("choreo-local"));
        QVERIFY(choreo);
        QCOMPARE(choreo->profile, GatewayProfile::ChoreoConnect);
        QCOMPARE(choreo->mode, EnvironmentMode::Mutable);
        QCOMPARE(choreo->httpPort, 9090);
        QCOMPARE(choreo->httpsPort, -1);
        QCOMPARE(choreo->adminPort, 9190);
        const auto gateway = demo->environment(QStringLiteral("apigw-local"));
        QVERIFY(gateway);
        QCOMPARE(gateway->profile, GatewayProfile::ApiGateway);
        QCOMPARE(gateway->mode, EnvironmentMode::Mutable);
        QCOMPARE(gateway->httpPort, 8280);
        QCOMPARE(gateway->adminPort, 8290);

        QStringList choreoWarnings;
        QStringList gatewayWarnings;
        const GatewayConfig choreoConfig
            = demo->compiledConfig(QStringLiteral("choreo-local"), &choreoWarnings).value();
        const GatewayConfig gatewayConfig
            = demo->compiledConfig(QStringLiteral("apigw-local"), &gatewayWarnings).value();
        QCOMPARE(choreoConfig.apis.size(), size_t(apis.size()));
        QCOMPARE(gatewayConfig.apis.size(), size_t(apis.size()));
        QCOMPARE(demo->deployments().size(), 2 * apis.size());
        for (const DeploymentRecord &deployment : demo->deployments())
            QCOMPARE(deployment.revision, 1);
        QVERIFY2(choreoWarnings.isEmpty(), qPrintable(choreoWarnings.join(QLatin1Char('\n'))));
        QVERIFY(!gatewayWarnings.isEmpty());
        for (const QString &warning : std::as_const(gatewayWarnings))
            QVERIFY2(warning.contains(QStringLiteral("(capability 'Per resource Endpoints')")),
                qPrintable(warning));

        auto overrides = [](const GatewayConfig &config) {
            int count = 0;
            for (const ApiConfig &api : config.apis) {
                for (const ResourceConfig &resource : api.resources) {
                    count += resource.productionEndpoints ? 1 : 0;
                    for (const OperationConfig &operation : resource.operations) {
                        count += operation.productionEndpoints ? 1 : 0;
                        // Every demo operation can answer offline.
                        if (!operation.mock)
                            return -1;
                    }
                }
            }
            return count;
        };
        QVERIFY(overrides(choreoConfig) >= 2);
        QCOMPARE(overrides(gatewayConfig), 0);

        demo.reset();
        QVERIFY(!Workspace::createDemo(path, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
