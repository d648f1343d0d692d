#include "blockinghttpclient.h"
#include "gatewaytestutil.h"
#include "openapiimporter.h"
#include "testbackend.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;
using namespace Gatehouse::TestUtil;

// The capability matrix row "Schema validation" (API Gateway: yes, Choreo Connect: no), end to end: one
// imported definition deployed from a workspace to an environment of each profile, then called.
class TestSchemaValidationProfiles : public QObject
{
    Q_OBJECT

    TestBackend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QString m_apiId;

    QByteArray definition() const
    {
        return "openapi: 3.0.3\n"
               "info: {title: Orders, version: 1.0.0}\n"
               "x-wso2-basePath: /orders\n"
               "x-wso2-enable-schema-validation: true\n"
               "servers: [{url: '"
            + m_backend.url().toString().toUtf8()
            + "'}]\n"
              "paths:\n"
              "  /orders:\n"
              "    post:\n"
              "      requestBody:\n"
              "        required: true\n"
              "        content:\n"
              "          application/json:\n"
              "            schema: {$ref: '#/components/schemas/Order'}\n"
              "      responses:\n"
              "        '200': {description: ok}\n"
              "components:\n"
              "  schemas:\n"
              "    Order:\n"
              "      type: object\n"
              "      required: [quantity]\n"
              "      properties:\n"
              "        quantity: {type: integer, minimum: 1}\n";
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_backend.start());
        QVERIFY(m_dir.isValid());
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws.sqlite")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        const OpenApiImportResult imported
            = OpenApiImporter::importText(definition(), QStringLiteral("orders.yaml"));
        QVERIFY(imported.api);
        QVERIFY(imported.api->definition.enableSchemaValidation);
        const auto id = m_workspace->addApi(*imported.api);
        QVERIFY2(id, qPrintable(m_workspace->lastError()));
        m_apiId = *id;
    }

    void profiles_data()
    {
        QTest::addColumn<int>("profileValue");
        QTest::addColumn<int>("invalidStatus");
        QTest::addColumn<bool>("warned");
        QTest::newRow("api-gateway validates") << int(GatewayProfile::ApiGateway) << 400 << false;
        QTest::newRow("choreo-connect warns and does not validate")
            << int(GatewayProfile::ChoreoConnect) << 200 << true;
    }

    void profiles()
    {
        QFETCH(int, profileValue);
        const auto profile = GatewayProfile(profileValue);
        QFETCH(int, invalidStatus);
        QFETCH(bool, warned);

        EnvironmentSettings settings = testSettings(1);
        settings.name = profileId(profile);
        settings.profile = profile;
        QVERIFY2(m_workspace->addEnvironment(settings), qPrintable(m_workspace->lastError()));
        QStringList warnings;
        QVERIFY2(
            m_workspace->deploy(m_apiId, settings.name, 0, &warnings), qPrintable(m_workspace->lastError()));
        const QString joined = warnings.join(QLatin1Char('\n'));
        QCOMPARE(joined.contains(QStringLiteral("Schema validation")), warned);
        if (warned)
            QVERIFY2(joined.contains(QStringLiteral("not validated")), qPrintable(joined));

        const std::optional<GatewayConfig> config = m_workspace->compiledConfig(settings.name);
        QVERIFY(config);
        Environment env(settings);
        QString error;
        QVERIFY2(env.start(std::make_shared<GatewayConfig>(*config), &error), qPrintable(error));
        BlockingHttpClient client(env.httpPort());
        const QByteArray json = "Content-Type: application/json\r\n";
        const auto invalid = client.request("POST", "/orders/1.0.0/orders", json, R"({"quantity":0})");
        QCOMPARE(invalid.head.status, invalidStatus);
        if (invalidStatus == 400) {
            const QJsonObject body = QJsonDocument::fromJson(invalid.body).object();
            QCOMPARE(body.value(QStringLiteral("code")).toString(), QStringLiteral("400"));
        }
        QCOMPARE(client.request("POST", "/orders/1.0.0/orders", json, R"({"quantity":2})").head.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSchemaValidationProfiles)
#include "tst_schema_validation_profiles.moc"
