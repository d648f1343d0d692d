#include "gatehousectlprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/") + QLatin1String(name);
}

QJsonArray jsonArray(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", text.constData());
    return document.array();
}

QJsonObject findByField(const QJsonArray &array, const QString &field, const QString &value)
{
    for (const QJsonValue &item : array) {
        if (item.toObject().value(field).toString() == value)
            return item.toObject();
    }
    return {};
}

} // namespace

// Every command but `run`: usage errors, failures and a full scripted round trip, through the real binary.
class TestGatehouseCtlCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void initRefusesToOverwrite();
    void demoWorkspace();
    void roundTrip();
    void importOverridesNameAndContext();
    void malformedDocuments_data();
    void malformedDocuments();
    void immutableEnvironmentRefusesDeploy();
    void sharedThrottleCounters();
#ifdef GATEHOUSE_CLI_TRANSLATED
    void germanMessages_data();
    void germanMessages();
#endif

private:
    QString newWorkspacePath(const QString &name) const
    {
        return m_directory.filePath(name);
    }
    // Creates an empty workspace with the Inventory API imported; returns its path.
    QString workspaceWithInventory(const QString &name, QString *apiId);

    QTemporaryDir m_directory;
    QString m_demoWorkspace;
};

using Result = GatehouseCtlProcess::Result;

void TestGatehouseCtlCommands::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(GatehouseCtlProcess::binaryPath()), qPrintable(GatehouseCtlProcess::binaryPath()));
    m_demoWorkspace = newWorkspacePath(QStringLiteral("demo.gatehouse"));
    const Result result
        = GatehouseCtlProcess::run({ QStringLiteral("init"), QStringLiteral("--demo"), m_demoWorkspace });
    QVERIFY2(result.exitCode == 0 && !result.crashed, result.standardError.constData());
}

QString TestGatehouseCtlCommands::workspaceWithInventory(const QString &name, QString *apiId)
{
    const QString path = newWorkspacePath(name);
    const Result created = GatehouseCtlProcess::run({ QStringLiteral("init"), path });
    if (created.exitCode != 0)
        qWarning("init failed: %s", created.standardError.constData());
    const Result imported = GatehouseCtlProcess::run(
        { QStringLiteral("import"), QStringLiteral("--workspace"), path, dataFile("inventory.yaml") });
    if (imported.exitCode != 0)
        qWarning("import failed: %s", imported.standardError.constData());
    *apiId = QString::fromUtf8(imported.standardOutput.trimmed());
    return path;
}

void TestGatehouseCtlCommands::version()
{
    const Result result = GatehouseCtlProcess::run({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.standardOutput, QByteArray("gatehousectl " GATEHOUSE_VERSION "\n"));
    QVERIFY(result.standardError.isEmpty());
}

void TestGatehouseCtlCommands::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedTexts");

    const QString help = QStringLiteral("--help");
    QTest::newRow("global") << QStringList { help }
                            << QStringList { QStringLiteral("init"), QStringLiteral("env create"),
                                   QStringLiteral("undeploy"), QStringLiteral("--version") };
    QTest::newRow("help command") << QStringList { QStringLiteral("help"), QStringLiteral("deploy") }
                                  << QStringList { QStringLiteral("gatehousectl deploy"),
                                         QStringLiteral("--env") };
    QTest::newRow("init") << QStringList { QStringLiteral("init"), help }
                          << QStringList { QStringLiteral("gatehousectl init"), QStringLiteral("--demo") };
    QTest::newRow("import") << QStringList { QStringLiteral("import"), help }
                            << QStringList { QStringLiteral("--workspace"), QStringLiteral("--context"),
                                   QStringLiteral("OPENAPI_FILE") };
    QTest::newRow("apis") << QStringList { QStringLiteral("apis"), help }
                          << QStringList { QStringLiteral("--json") };
    QTest::newRow("envs") << QStringList { QStringLiteral("envs"), help }
                          << QStringList { QStringLiteral("--json") };
    QTest::newRow("env") << QStringList { QStringLiteral("env"), help }
                         << QStringList { QStringLiteral("env create"), QStringLiteral("env remove") };
    QTest::newRow("env create") << QStringList { QStringLiteral("env"), QStringLiteral("create"), help }
                                << QStringList { QStringLiteral("gatehousectl env create"),
                                       QStringLiteral("--profile"), QStringLiteral("--mode"),
                                       QStringLiteral("--admin-port") };
    QTest::newRow("env remove") << QStringList { QStringLiteral("env"), QStringLiteral("remove"), help }
                                << QStringList { QStringLiteral("gatehousectl env remove") };
    QTest::newRow("deploy") << QStringList { QStringLiteral("deploy"), help }
                            << QStringList { QStringLiteral("--revision"), QStringLiteral("--env") };
    QTest::newRow("undeploy") << QStringList { QStringLiteral("undeploy"),
        help } << QStringList { QStringLiteral("gatehousectl undeploy"), QStringLiteral("--env") };
    QTest::newRow("run") << QStringList { QStringLiteral("run"), help }
                         << QStringList { QStringLiteral("--http-port"), QStringLiteral("ENV=PORT"),
                                QStringLiteral("--workers") };
}

void TestGatehouseCtlCommands::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedTexts);
    const Result result = GatehouseCtlProcess::run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QString output = QString::fromUtf8(result.standardOutput);
    QVERIFY2(output.startsWith(QStringLiteral("Usage: ")), qPrintable(output));
    for (const QString &text : std::as_const(expectedTexts))
        QVERIFY2(output.contains(text), qPrintable(text + QStringLiteral(" missing from:\n") + output));
}

void TestGatehouseCtlCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    // A workspace that does not exist: usage errors are found before anything is opened.
    const QString ws = QStringLiteral("--workspace=/nonexistent/ws.gatehouse");
    const auto args = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("no arguments") << QStringList {} << QStringLiteral("Usage:");
    QTest::newRow("unknown command") << args("frobnicate")
                                     << QStringLiteral("gatehousectl: unknown command 'frobnicate'");
    QTest::newRow("unknown global option") << args("--bogus") << QStringLiteral("unknown option '--bogus'");
    QTest::newRow("init without file") << args("init") << QStringLiteral("missing argument FILE");
    QTest::newRow("init with two files") << args("init a b") << QStringLiteral("unexpected argument 'b'");
    QTest::newRow("apis without workspace")
        << args("apis") << QStringLiteral("missing required option --workspace");
    QTest::newRow("workspace without value") << args("apis --workspace") << QStringLiteral("--workspace");
    QTest::newRow("unknown command option") << (args("apis --bogus") << ws) << QStringLiteral("bogus");
    QTest::newRow("import without file")
        << (args("import") << ws) << QStringLiteral("missing argument OPENAPI_FILE");
    QTest::newRow("deploy without env")
        << (args("deploy Petstore") << ws) << QStringLiteral("missing required option --env");
    QTest::newRow("deploy without API")
        << (args("deploy --env dev") << ws) << QStringLiteral("missing argument API");
    QTest::newRow("deploy bad revision")
        << (args("deploy Petstore --env dev --revision zero") << ws) << QStringLiteral("--revision");
    QTest::newRow("undeploy without env")
        << (args("undeploy Petstore") << ws) << QStringLiteral("missing required option --env");
    QTest::newRow("env without subcommand") << args("env") << QStringLiteral("'env' needs a subcommand");
    QTest::newRow("env unknown subcommand")
        << args("env frob") << QStringLiteral("unknown command 'env frob'");
    QTest::newRow("env create without profile")
        << (args("env create dev") << ws) << QStringLiteral("missing required option --profile");
    QTest::newRow("env create unknown profile")
        << (args("env create dev --profile kong") << ws) << QStringLiteral("unknown profile 'kong'");
    QTest::newRow("env create unknown mode") << (args("env create dev --profile api-gateway --mode frozen")
        << ws) << QStringLiteral("unknown mode 'frozen'");
    QTest::newRow("env create port out of range")
        << (args("env create dev --profile choreo-connect --http-port 70000") << ws)
        << QStringLiteral("70000");
    QTest::newRow("env create bad name") << (args("env create a/b --profile choreo-connect") << ws)
                                         << QStringLiteral("invalid environment name");
    QTest::newRow("env create bad redis port")
        << (args("env create dev --profile api-gateway --redis localhost:0") << ws)
        << QStringLiteral("--redis");
    QTest::newRow("env create unknown redis failure mode")
        << (args("env create dev --profile api-gateway --redis localhost:6379 --redis-failure maybe") << ws)
        << QStringLiteral("--redis-failure must be open or closed");
    QTest::newRow("env create redis failure without redis")
        << (args("env create dev --profile api-gateway --redis-failure closed") << ws)
        << QStringLiteral("--redis-failure needs --redis");
    QTest::newRow("env remove without name")
        << (args("env remove") << ws) << QStringLiteral("missing argument NAME");
    QTest::newRow("run zero workers") << (args("run --workers 0") << ws) << QStringLiteral("--workers");
    QTest::newRow("help for unknown command") << args("help frobnicate") << QStringLiteral("unknown command");
}

void TestGatehouseCtlCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Result result = GatehouseCtlProcess::run(arguments);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 2);
    const QString error = QString::fromUtf8(result.standardError);
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("a")));
}

void TestGatehouseCtlCommands::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");

    const QStringList ws { QStringLiteral("--workspace"), m_demoWorkspace };
    const auto args = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("missing workspace")
        << args("apis --workspace /nonexistent/ws.gatehouse")
        << QStringLiteral("workspace '/nonexistent/ws.gatehouse' does not exist");
    QTest::newRow("missing OpenAPI file") << (args("import /nonexistent/api.yaml") + ws)
                                          << QStringLiteral("'/nonexistent/api.yaml' does not exist");
    QTest::newRow("deploy unknown API")
        << (args("deploy NoSuchApi --env choreo-local") + ws) << QStringLiteral("unknown API 'NoSuchApi'");
    QTest::newRow("deploy unknown environment")
        << (QStringList { QStringLiteral("deploy"), QStringLiteral("Pet Store"), QStringLiteral("--env"),
                QStringLiteral("nowhere") }
               + ws)
        << QStringLiteral("unknown environment 'nowhere'");
    QTest::newRow("undeploy unknown API")
        << (args("undeploy NoSuchApi --env choreo-local") + ws) << QStringLiteral("unknown API 'NoSuchApi'");
    QTest::newRow("env remove unknown")
        << (args("env remove nowhere") + ws) << QStringLiteral("unknown environment 'nowhere'");
    QTest::newRow("env create existing") << (args("env create choreo-local --profile choreo-connect") + ws)
                                         << QStringLiteral("'choreo-local' already exists");
    QTest::newRow("run unknown environment")
        << (args("run --env nowhere") + ws) << QStringLiteral("unknown environment 'nowhere'");
}

void TestGatehouseCtlCommands::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const Result result = GatehouseCtlProcess::run(arguments);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 1);
    const QString error = QString::fromUtf8(result.standardError);
    QVERIFY2(error.startsWith(QStringLiteral("gatehousectl: ")), qPrintable(error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

void TestGatehouseCtlCommands::initRefusesToOverwrite()
{
    const QString path = newWorkspacePath(QStringLiteral("precious.gatehouse"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a workspace, but precious");
    file.close();

    for (const QStringList &arguments : { QStringList { QStringLiteral("init"), path },
             QStringList { QStringLiteral("init"), QStringLiteral("--demo"), path } }) {
        const Result result = GatehouseCtlProcess::run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("already exists"), result.standardError.constData());
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a workspace, but precious"));
}

void TestGatehouseCtlCommands::demoWorkspace()
{
    const Result apis = GatehouseCtlProcess::run(
        { QStringLiteral("apis"), QStringLiteral("--json"), QStringLiteral("--workspace"), m_demoWorkspace });
    QCOMPARE(apis.exitCode, 0);
    const QJsonArray apiList = jsonArray(apis.standardOutput);
    QVERIFY2(apiList.size() >= 3, apis.standardOutput.constData());
    for (const QJsonValue &api : apiList) {
        QVERIFY(!api[QStringLiteral("id")].toString().isEmpty());
        QVERIFY(api[QStringLiteral("context")].toString().startsWith(QLatin1Char('/')));
    }

    const Result envs = GatehouseCtlProcess::run(
        { QStringLiteral("envs"), QStringLiteral("--json"), QStringLiteral("--workspace"), m_demoWorkspace });
    QCOMPARE(envs.exitCode, 0);
    const QJsonArray envList = jsonArray(envs.standardOutput);
    QVERIFY(!envList.isEmpty());
    QStringList profiles;
    for (const QJsonValue &env : envList)
        profiles.append(env[QStringLiteral("profile")].toString());
    QVERIFY2(profiles.contains(QStringLiteral("choreo-connect"))
            && profiles.contains(QStringLiteral("api-gateway")),
        envs.standardOutput.constData());

    // The table form lists the same APIs, one line each under a header.
    const Result table = GatehouseCtlProcess::run(
        { QStringLiteral("apis"), QStringLiteral("--workspace"), m_demoWorkspace });
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> lines = table.standardOutput.trimmed().split('\n');
    QCOMPARE(lines.size(), apiList.size() + 1);
    QVERIFY(lines.first().startsWith("ID"));
    for (const QJsonValue &api : apiList)
        QVERIFY(table.standardOutput.contains(api[QStringLiteral("id")].toString().toUtf8()));
}

void TestGatehouseCtlCommands::roundTrip()
{
    const QString path = newWorkspacePath(QStringLiteral("roundtrip.gatehouse"));
    const QStringList ws { QStringLiteral("--workspace"), path };
    const auto run = [&ws](QStringList arguments) { return GatehouseCtlProcess::run(arguments + ws); };

    Result result = GatehouseCtlProcess::run({ QStringLiteral("init"), path });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(path));
    result = run({ QStringLiteral("apis"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(jsonArray(result.standardOutput).isEmpty());

    result = run({ QStringLiteral("import"), dataFile("inventory.yaml") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const QString apiId = QString::fromUtf8(result.standardOutput.trimmed());
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[0-9a-f-]{8,}$")).match(apiId).hasMatch(), qPrintable(apiId));

    result = run({ QStringLiteral("apis"), QStringLiteral("--json") });
    QJsonObject api = findByField(jsonArray(result.standardOutput), QStringLiteral("id"), apiId);
    QCOMPARE(api[QStringLiteral("name")].toString(), QStringLiteral("Inventory"));
    QCOMPARE(api[QStringLiteral("version")].toString(), QStringLiteral("2.0.0"));
    QCOMPARE(api[QStringLiteral("context")].toString(), QStringLiteral("/inventory"));
    QCOMPARE(api[QStringLiteral("type")].toString(), QStringLiteral("HTTP"));
    QVERIFY(api[QStringLiteral("deployments")].toArray().isEmpty());

    result = run({ QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("dev"),
        QStringLiteral("--profile"), QStringLiteral("choreo-connect"), QStringLiteral("--http-port"),
        QStringLiteral("0"), QStringLiteral("--admin-port"), QStringLiteral("0") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = run({ QStringLiteral("envs"), QStringLiteral("--json") });
    QJsonObject env
        = findByField(jsonArray(result.standardOutput), QStringLiteral("name"), QStringLiteral("dev"));
    QCOMPARE(env[QStringLiteral("profile")].toString(), QStringLiteral("choreo-connect"));
    QCOMPARE(env[QStringLiteral("mode")].toString(), QStringLiteral("mutable"));
    QCOMPARE(env[QStringLiteral("httpPort")].toInt(-1), 0);
    QCOMPARE(env[QStringLiteral("adminPort")].toInt(-1), 0);
    QVERIFY(env[QStringLiteral("httpsPort")].isNull());

    // Deploy by name:version, then by id (a new revision), then an older revision again.
    result = run({ QStringLiteral("deploy"), QStringLiteral("Inventory:2.0.0"), QStringLiteral("--env"),
        QStringLiteral("dev") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(result.standardOutput.contains("revision 1"), result.standardOutput.constData());
    result = run({ QStringLiteral("deploy"), apiId, QStringLiteral("--env"), QStringLiteral("dev") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    QVERIFY2(result.standardOutput.contains("revision 2"), result.standardOutput.constData());
    result = run({ QStringLiteral("apis"), QStringLiteral("--json") });
    api = findByField(jsonArray(result.standardOutput), QStringLiteral("id"), apiId);
    QCOMPARE(api[QStringLiteral("deployments")].toArray().size(), 1);
    QCOMPARE(api[QStringLiteral("deployments")][0][QStringLiteral("environment")].toString(),
        QStringLiteral("dev"));
    QCOMPARE(api[QStringLiteral("deployments")][0][QStringLiteral("revision")].toInt(), 2);

    result = run({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("dev"), QStringLiteral("--revision"), QStringLiteral("1") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = run({ QStringLiteral("envs"), QStringLiteral("--json") });
    env = findByField(jsonArray(result.standardOutput), QStringLiteral("name"), QStringLiteral("dev"));
    QCOMPARE(env[QStringLiteral("deployments")].toArray().size(), 1);
    QCOMPARE(env[QStringLiteral("deployments")][0][QStringLiteral("apiId")].toString(), apiId);
    QCOMPARE(env[QStringLiteral("deployments")][0][QStringLiteral("revision")].toInt(), 1);

    result = run({ QStringLiteral("deploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("dev"), QStringLiteral("--revision"), QStringLiteral("9") });
    QCOMPARE(result.exitCode, 1);

    result = run({ QStringLiteral("undeploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("dev") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = run({ QStringLiteral("apis"), QStringLiteral("--json") });
    api = findByField(jsonArray(result.standardOutput), QStringLiteral("id"), apiId);
    QVERIFY(api[QStringLiteral("deployments")].toArray().isEmpty());
    result = run({ QStringLiteral("undeploy"), QStringLiteral("Inventory"), QStringLiteral("--env"),
        QStringLiteral("dev") });
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.contains("not deployed"), result.standardError.constData());

    result = run({ QStringLiteral("env"), QStringLiteral("remove"), QStringLiteral("dev") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    result = run({ QStringLiteral("envs"), QStringLiteral("--json") });
    QVERIFY(jsonArray(result.standardOutput).isEmpty());
}

void TestGatehouseCtlCommands::importOverridesNameAndContext()
{
    QString firstId;
    const QString path = workspaceWithInventory(QStringLiteral("override.gatehouse"), &firstId);
    QVERIFY(!firstId.isEmpty());
    const Result result = GatehouseCtlProcess::run({ QStringLiteral("import"), QStringLiteral("--workspace"),
        path, QStringLiteral("--name"), QStringLiteral("Stock"), QStringLiteral("--context"),
        QStringLiteral("stock"), dataFile("inventory.yaml") });
    QVERIFY2(result.exitCode == 0, result.standardError.constData());
    const QString secondId = QString::fromUtf8(result.standardOutput.trimmed());
    QVERIFY(secondId != firstId);

    const Result apis = GatehouseCtlProcess::run(
        { QStringLiteral("apis"), QStringLiteral("--json"), QStringLiteral("--workspace"), path });
    const QJsonArray list = jsonArray(apis.standardOutput);
    QCOMPARE(list.size(), 2);
    const QJsonObject second = findByField(list, QStringLiteral("id"), secondId);
    QCOMPARE(second[QStringLiteral("name")].toString(), QStringLiteral("Stock"));
    QCOMPARE(second[QStringLiteral("context")].toString(), QStringLiteral("/stock"));
    QCOMPARE(findByField(list, QStringLiteral("id"), firstId)[QStringLiteral("name")].toString(),
        QStringLiteral("Inventory"));
}

void TestGatehouseCtlCommands::malformedDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("yaml: second colon on a line") << dataFile("malformed.yaml") << 8 << 19;
    QTest::newRow("json: missing comma") << dataFile("malformed.json") << 5 << 5;
}

void TestGatehouseCtlCommands::malformedDocuments()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);

    QString apiId;
    const QString path = workspaceWithInventory(
        QStringLiteral("malformed-%1.gatehouse").arg(QFileInfo(file).suffix()), &apiId);
    const Result result
        = GatehouseCtlProcess::run({ QStringLiteral("import"), QStringLiteral("--workspace"), path, file });
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.standardOutput.isEmpty());
    const QString error = QString::fromUtf8(result.standardError);
    const QString expectedPrefix = QStringLiteral("%1:%2:%3: error: ").arg(file).arg(line).arg(column);
    QVERIFY2(error.startsWith(expectedPrefix),
        qPrintable(QStringLiteral("expected %1 in:\n%2").arg(expectedPrefix, error)));

    // Nothing was added.
    const Result apis = GatehouseCtlProcess::run(
        { QStringLiteral("apis"), QStringLiteral("--json"), QStringLiteral("--workspace"), path });
    QCOMPARE(jsonArray(apis.standardOutput).size(), 1);
}

void TestGatehouseCtlCommands::immutableEnvironmentRefusesDeploy()
{
    QString apiId;
    const QString path = workspaceWithInventory(QStringLiteral("immutable.gatehouse"), &apiId);
    const QStringList ws { QStringLiteral("--workspace"), path };

    Result result = GatehouseCtlProcess::run(
        QStringList { QStringLiteral("env"), QStringLiteral("create"), QStringLiteral("frozen"),
            QStringLiteral("--profile"), QStringLiteral("api-gateway"), QStringLiteral("--mode"),
            QStringLiteral("immutable"), QStringLiteral("--deploy"), QStringLiteral("Inventory") }
        + ws);
    QVERIFY2(result.exitCode == 0, result.standardError.constData());

    result = GatehouseCtlProcess::run(QStringList { QStringLiteral("envs"), QStringLiteral("--json") } + ws);
    const QJsonObject env
        = findByField(jsonArray(result.standardOutput), QStringLiteral("name"), QStringLiteral("frozen"));
    QCOMPARE(env[QStringLiteral("mode")].toString(), QStringLiteral("immutable"));
    QCOMPARE(env[QStringLiteral("httpPort")].toInt(), 8280); // the API Gateway's default
    QCOMPARE(env[QStringLiteral("deployments")].toArray().size(), 1);
    QCOMPARE(env[QStringLiteral("deployments")][0][QStringLiteral("apiId")].toString(), apiId);

    result = GatehouseCtlProcess::run(
        QStringList { QStringLiteral("deploy"), apiId, QStringLiteral("--env"), QStringLiteral("frozen") }
        + ws);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.standardError.startsWith("gatehousectl: cannot deploy Inventory:2.0.0 to frozen"),
        result.standardError.constData());
    QVERIFY2(result.standardError.toLower().contains("immutable"), result.standardError.constData());
}

void TestGatehouseCtlCommands::sharedThrottleCounters()
{
    const QString workspace = newWorkspacePath(QStringLiteral("redis.gatehouse"));
    QCOMPARE(GatehouseCtlProcess::run({ QStringLiteral("init"), workspace }).exitCode, 0);
    const Result created = GatehouseCtlProcess::run({ QStringLiteral("env"), QStringLiteral("create"),
        QStringLiteral("shared"), QStringLiteral("--profile"), QStringLiteral("api-gateway"),
        QStringLiteral("--redis"), QStringLiteral("10.0.0.7:6380"), QStringLiteral("--redis-failure"),
        QStringLiteral("closed"), QStringLiteral("--workspace"), workspace });
    QVERIFY2(created.exitCode == 0, created.standardError.constData());
    const Result envs = GatehouseCtlProcess::run(
        { QStringLiteral("envs"), QStringLiteral("--json"), QStringLiteral("--workspace"), workspace });
    const QJsonObject redis
        = jsonArray(envs.standardOutput).at(0).toObject().value(QLatin1String("redis")).toObject();
    QCOMPARE(redis.value(QLatin1String("address")).toString(), QStringLiteral("10.0.0.7:6380"));
    QCOMPARE(redis.value(QLatin1String("failureMode")).toString(), QStringLiteral("closed"));
}

#ifdef GATEHOUSE_CLI_TRANSLATED
void TestGatehouseCtlCommands::germanMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expectedOutput");
    QTest::addColumn<QByteArray>("expectedError");

    QTest::newRow("overview") << QStringList { QStringLiteral("--help") } << 0
                              << QByteArray("Aufruf: gatehousectl <Befehl>") << QByteArray();
    QTest::newRow("command help") << QStringList { QStringLiteral("deploy"), QStringLiteral("--help") } << 0
                                  << QByteArray("Die Zielumgebung.") << QByteArray();
    QTest::newRow("failure")
        << QStringList { QStringLiteral("apis"), QStringLiteral("--workspace"),
               QStringLiteral("/nonexistent/ws.gatehouse") }
        << 1 << QByteArray()
        << QByteArray("gatehousectl: Arbeitsbereich \xe2\x80\x9e/nonexistent/ws.gatehouse\xe2\x80\x9c "
                      "existiert nicht");
    QTest::newRow("usage error") << QStringList { QStringLiteral("init") } << 2 << QByteArray()
                                 << QByteArray("gatehousectl: fehlendes Argument FILE");
}

void TestGatehouseCtlCommands::germanMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expectedOutput);
    QFETCH(QByteArray, expectedError);
    const Result result = GatehouseCtlProcess::runWithEnvironment(arguments,
        { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=de_DE.UTF-8"),
            QStringLiteral("LANGUAGE=de") });
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.standardOutput.contains(expectedOutput), result.standardOutput.constData());
    QVERIFY2(result.standardError.contains(expectedError), result.standardError.constData());
}
#endif

QTEST_GUILESS_MAIN(TestGatehouseCtlCommands)
#include "tst_gatehousectl_commands.moc"
