#include "capabilityverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Gatehouse;

namespace {

QByteArray bundledMatrix()
{
    QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/capabilities/matrix.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bundled matrix with one cell's support changed, as if the tables claimed something else.
std::optional<ProfileCompiler> compilerClaiming(
    const QString &rowId, const QString &profileId, const QString &support)
{
    QJsonObject matrix = QJsonDocument::fromJson(bundledMatrix()).object();
    QJsonArray tables = matrix.value(QLatin1String("tables")).toArray();
    for (qsizetype t = 0; t < tables.size(); ++t) {
        QJsonObject table = tables.at(t).toObject();
        QJsonArray rows = table.value(QLatin1String("rows")).toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QJsonObject row = rows.at(r).toObject();
            if (row.value(QLatin1String("id")).toString() != rowId)
                continue;
            QJsonObject cell = row.value(profileId).toObject();
            cell.insert(QStringLiteral("support"), support);
            row.insert(profileId, cell);
            rows.replace(r, row);
        }
        table.insert(QStringLiteral("rows"), rows);
        tables.replace(t, table);
    }
    matrix.insert(QStringLiteral("tables"), tables);
    QString error;
    const auto parsed = CapabilityMatrix::fromJson(QJsonDocument(matrix).toJson(), &error);
    if (!parsed) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return ProfileCompiler(*parsed);
}

const QList<GatewayProfile> bothProfiles { GatewayProfile::ChoreoConnect, GatewayProfile::ApiGateway };

} // namespace

// Every security row and JWT revocation, verified against running environments of both profiles: the
// verdict must agree with the bundled tables, and the evidence must show the requests that decided it.
// A matrix that claims otherwise must be caught.
class TestCapabilityVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledMatrixIsConfirmed_data();
    void bundledMatrixIsConfirmed();
    void everyVerifiableRowAndProfileIsReported();
    void wrongClaimIsCaught_data();
    void wrongClaimIsCaught();
    void agreement_data();
    void agreement();
    void unknownRowIsRefused();
    void cancelledRunStopsBeforeStarting();

private:
    std::optional<CapabilityVerifier> m_verifier;
    QHash<QString, CapabilityVerdict> m_verdicts; // "row/profile"
};

void TestCapabilityVerifier::initTestCase()
{
    QString error;
    const auto matrix = CapabilityMatrix::fromJson(bundledMatrix(), &error);
    QVERIFY2(matrix, qPrintable(error));
    m_verifier.emplace(ProfileCompiler(*matrix));
    const bool completed = m_verifier->run(
        {}, bothProfiles,
        [this](const CapabilityVerdict &verdict) {
            m_verdicts.insert(verdict.rowId + QLatin1Char('/') + verdict.profileId, verdict);
        },
        nullptr, &error);
    QVERIFY2(completed, qPrintable(error));
}

void TestCapabilityVerifier::bundledMatrixIsConfirmed_data()
{
    QTest::addColumn<QString>("rowId");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QStringList>("evidence");
    const QString cc = QStringLiteral("choreo-connect");
    const QString apigw = QStringLiteral("api-gateway");
    const QStringList bearer { QStringLiteral("no credentials → 401 (900902)"),
        QStringLiteral("RS256 bearer token → 200"), QStringLiteral("altered signature → 401 (900901)") };
    const QStringList apiKey { QStringLiteral("key in the apikey header → 200"),
        QStringLiteral("key in the query → 200"), QStringLiteral("altered key → 401 (900901)") };
    const QStringList mtls { QStringLiteral("client certificate of the trusted CA → 200"),
        QStringLiteral("without a client certificate → 401") };
    const QStringList revocation { QStringLiteral("token before revocation → 200"),
        QStringLiteral("same token after revocation → 401 (900901)") };
    for (const QString &profile : { cc, apigw }) {
        const QByteArray suffix = ' ' + profile.toLatin1();
        QTest::newRow(QByteArray("oauth2" + suffix).constData())
            << QStringLiteral("oauth2") << profile << true << bearer;
        QTest::newRow(QByteArray("api-keys" + suffix).constData())
            << QStringLiteral("api-keys") << profile << true << apiKey;
        QTest::newRow(QByteArray("mutual-ssl" + suffix).constData())
            << QStringLiteral("mutual-ssl") << profile << true << mtls;
        QTest::newRow(QByteArray("jwt-revocation" + suffix).constData())
            << QStringLiteral("jwt-revocation") << profile << true << revocation;
    }
    QTest::newRow("basic-auth choreo-connect: refused at deploy")
        << QStringLiteral("basic-auth") << cc << false
        << QStringList { QStringLiteral("deploy refused"), QStringLiteral("custom filter") };
    const QStringList conditions { QStringLiteral("default limit 2 → 2 admitted, then 429 (900800)"),
        QStringLiteral("X-Tier: partner (limit 4) → 4 admitted, then 429 (900800)"),
        QStringLiteral("plan=bulk (limit 3) → 3 admitted, then 429 (900800)") };
    QTest::newRow("advanced-rate-limiting choreo-connect")
        << QStringLiteral("advanced-rate-limiting") << cc << true << conditions;
    QTest::newRow("advanced-rate-limiting api-gateway")
        << QStringLiteral("advanced-rate-limiting") << apigw << true << conditions;
    QTest::newRow("bandwidth-rate-limiting choreo-connect: refused at deploy")
        << QStringLiteral("bandwidth-rate-limiting") << cc << false
        << QStringList { QStringLiteral("deploy refused"), QStringLiteral("bandwidth") };
    QTest::newRow("bandwidth-rate-limiting api-gateway: enforced")
        << QStringLiteral("bandwidth-rate-limiting") << apigw << true
        << QStringList { QStringLiteral("2 KB an hour"), QStringLiteral("then 429 (900800)") };
    QTest::newRow("schema-validation api-gateway: invalid requests get 400")
        << QStringLiteral("schema-validation") << apigw << true
        << QStringList { QStringLiteral("valid request → 200"),
               QStringLiteral("n=abc for an integer → 400 (400)"),
               QStringLiteral("for a string → 400 (400)") };
    QTest::newRow("schema-validation choreo-connect: served without validation")
        << QStringLiteral("schema-validation") << cc << false
        << QStringList { QStringLiteral("n=abc for an integer → 200"), QStringLiteral("for a string → 200") };
    QTest::newRow("basic-auth api-gateway: built in")
        << QStringLiteral("basic-auth") << apigw << true
        << QStringList { QStringLiteral("Basic with the user's password → 200"),
               QStringLiteral("Basic with a wrong password → 401 (900901)") };
}

void TestCapabilityVerifier::bundledMatrixIsConfirmed()
{
    QFETCH(QString, rowId);
    QFETCH(QString, profileId);
    QFETCH(bool, supported);
    QFETCH(QStringList, evidence);
    const auto found = m_verdicts.constFind(rowId + QLatin1Char('/') + profileId);
    QVERIFY(found != m_verdicts.cend());
    QVERIFY2(found->agrees, qPrintable(found->detail));
    QCOMPARE(found->observedSupport, supported);
    for (const QString &step : evidence)
        QVERIFY2(found->detail.contains(step, Qt::CaseInsensitive), qPrintable(found->detail));
}

void TestCapabilityVerifier::everyVerifiableRowAndProfileIsReported()
{
    const QStringList rows = m_verifier->verifiableRows();
    QCOMPARE(rows,
        (QStringList { QStringLiteral("oauth2"), QStringLiteral("mutual-ssl"), QStringLiteral("basic-auth"),
            QStringLiteral("api-keys"), QStringLiteral("jwt-revocation"),
            QStringLiteral("advanced-rate-limiting"), QStringLiteral("bandwidth-rate-limiting"),
            QStringLiteral("schema-validation") }));
    QCOMPARE(m_verdicts.size(), rows.size() * bothProfiles.size());
}

void TestCapabilityVerifier::wrongClaimIsCaught_data()
{
    QTest::addColumn<QString>("rowId");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("claimedSupport");
    // Not a row here: a matrix that gives Choreo Connect Basic Auth also lifts the deploy refusal (profile
    // checks are data), so that environment then serves Basic Auth and the verdict agrees.
    QTest::newRow("claims Choreo Connect lacks OAuth2")
        << QStringLiteral("oauth2") << QStringLiteral("choreo-connect") << QStringLiteral("no");
    QTest::newRow("claims API Gateway has only partial Mutual SSL")
        << QStringLiteral("mutual-ssl") << QStringLiteral("api-gateway") << QStringLiteral("partial");
    QTest::newRow("claims API Gateway lacks API keys")
        << QStringLiteral("api-keys") << QStringLiteral("api-gateway") << QStringLiteral("no");
    QTest::newRow("claims Choreo Connect cannot revoke JWTs")
        << QStringLiteral("jwt-revocation") << QStringLiteral("choreo-connect") << QStringLiteral("no");
}

void TestCapabilityVerifier::wrongClaimIsCaught()
{
    QFETCH(QString, rowId);
    QFETCH(QString, profileId);
    QFETCH(QString, claimedSupport);
    std::optional<ProfileCompiler> compiler = compilerClaiming(rowId, profileId, claimedSupport);
    QVERIFY(compiler);
    const CapabilityVerifier verifier(std::move(*compiler));
    QList<CapabilityVerdict> verdicts;
    QString error;
    QVERIFY2(verifier.run(
                 { rowId }, { *profileFromId(profileId) },
                 [&](const CapabilityVerdict &verdict) { verdicts << verdict; }, nullptr, &error),
        qPrintable(error));
    QCOMPARE(verdicts.size(), 1);
    QVERIFY2(!verdicts.constFirst().agrees, qPrintable(verdicts.constFirst().detail));
}

void TestCapabilityVerifier::agreement_data()
{
    QTest::addColumn<CapabilitySupport>("documented");
    QTest::addColumn<bool>("observed");
    QTest::addColumn<bool>("agrees");
    QTest::newRow("yes, works") << CapabilitySupport::Yes << true << true;
    QTest::newRow("yes, missing") << CapabilitySupport::Yes << false << false;
    QTest::newRow("no, missing") << CapabilitySupport::No << false << true;
    QTest::newRow("no, works") << CapabilitySupport::No << true << false;
    QTest::newRow("partial, not built in") << CapabilitySupport::Partial << false << true;
    QTest::newRow("partial, built in") << CapabilitySupport::Partial << true << false;
    QTest::newRow("text rows are not verifiable") << CapabilitySupport::Text << true << false;
}

void TestCapabilityVerifier::agreement()
{
    QFETCH(CapabilitySupport, documented);
    QFETCH(bool, observed);
    QFETCH(bool, agrees);
    QCOMPARE(CapabilityVerifier::agrees(documented, observed), agrees);
}

void TestCapabilityVerifier::unknownRowIsRefused()
{
    QString error;
    QVERIFY(!m_verifier->run(
        { QStringLiteral("architecture") }, bothProfiles, [](const CapabilityVerdict &) {}, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("architecture")) && error.contains(QStringLiteral("oauth2")),
        qPrintable(error));
}

void TestCapabilityVerifier::cancelledRunStopsBeforeStarting()
{
    std::atomic_bool cancelled { true };
    int verdicts = 0;
    QString error;
    QVERIFY(m_verifier->run(
        {}, bothProfiles, [&](const CapabilityVerdict &) { ++verdicts; }, &cancelled, &error));
    QCOMPARE(verdicts, 0);
}

QTEST_GUILESS_MAIN(TestCapabilityVerifier)
#include "tst_capability_verifier.moc"
