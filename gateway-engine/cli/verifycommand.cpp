#include "verifycommand.h"

#include "capabilityverifier.h"
#include "console.h"
#include "exitcode.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

QString supportId(CapabilitySupport support)
{
    switch (support) {
    case CapabilitySupport::Yes:
        return QStringLiteral("yes");
    case CapabilitySupport::No:
        return QStringLiteral("no");
    case CapabilitySupport::Partial:
        return QStringLiteral("partial");
    case CapabilitySupport::Text:
        break;
    }
    return QStringLiteral("text");
}

} // namespace

QString VerifyCommand::summary() const
{
    return tr("Check the capability matrix live: start an environment per profile and test each row.");
}

void VerifyCommand::addArguments(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("row"),
        tr("Only this row of the matrix (repeatable), e.g. basic-auth."), tr("id") });
    parser.addOption({ QStringLiteral("profile"), tr("Only this profile: choreo-connect or api-gateway."),
        tr("profile") });
    parser.addOption({ QStringLiteral("json"), tr("Print the verdicts as JSON.") });
}

int VerifyCommand::execute(const QCommandLineParser &parser)
{
    QList<GatewayProfile> profiles { GatewayProfile::ChoreoConnect, GatewayProfile::ApiGateway };
    if (parser.isSet(QStringLiteral("profile"))) {
        const std::optional<GatewayProfile> profile = profileFromId(parser.value(QStringLiteral("profile")));
        if (!profile)
            return usageError(tr("--profile must be choreo-connect or api-gateway"));
        profiles = { *profile };
    }
    QString error;
    std::optional<ProfileCompiler> compiler = ProfileCompiler::createDefault(&error);
    if (!compiler)
        return failure(tr("cannot load the capability matrix: %1").arg(error));
    const CapabilityVerifier verifier(std::move(*compiler));
    const bool json = parser.isSet(QStringLiteral("json"));

    QList<CapabilityVerdict> verdicts;
    const bool completed = verifier.run(
        parser.values(QStringLiteral("row")), profiles,
        [&](const CapabilityVerdict &verdict) {
            verdicts << verdict;
            if (!json)
                Console::printLine(tr("%1 %2 on %3: %4")
                                       .arg(verdict.agrees ? tr("agrees") : tr("DIFFERS"), verdict.rowId,
                                           verdict.profileId, verdict.detail));
        },
        nullptr, &error);
    if (!completed)
        return failure(error);

    const bool allAgree = std::all_of(
        verdicts.cbegin(), verdicts.cend(), [](const CapabilityVerdict &verdict) { return verdict.agrees; });
    if (json) {
        QJsonArray array;
        for (const CapabilityVerdict &verdict : verdicts) {
            array.append(QJsonObject { { QStringLiteral("row"), verdict.rowId },
                { QStringLiteral("profile"), verdict.profileId },
                { QStringLiteral("documented"), supportId(verdict.documented) },
                { QStringLiteral("observed"), verdict.observedSupport },
                { QStringLiteral("agrees"), verdict.agrees }, { QStringLiteral("detail"), verdict.detail } });
        }
        Console::printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        TextTable table({ tr("ROW"), tr("PROFILE"), tr("MATRIX"), tr("OBSERVED"), tr("VERDICT") });
        for (const CapabilityVerdict &verdict : verdicts) {
            table.addRow({ verdict.rowId, verdict.profileId, supportId(verdict.documented),
                verdict.observedSupport ? tr("supported") : tr("not built in"),
                verdict.agrees ? tr("agrees") : tr("DIFFERS") });
        }
        Console::print(table.toString());
    }
    return allAgree ? ExitOk : ExitMismatch;
}

} // namespace Gatehouse
