#include "applistcommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

QString AppListCommand::summary() const
{
    return tr("List the applications with their consumer keys and subscriptions (never their secrets).");
}

void AppListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addOption(
        QCommandLineOption(QStringLiteral("json"), tr("Print a JSON array instead of a table.")));
}

int AppListCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    QHash<QString, QString> apiLabels;
    for (const ApiRecord &api : workspace->apis())
        apiLabels.insert(api.definition.id, api.definition.name + QLatin1Char(':') + api.definition.version);
    const QList<ApplicationRecord> applications = workspace->applications();

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApplicationRecord &record : applications) {
            const ApplicationConfig &application = record.application;
            QJsonArray subscriptions;
            for (const SubscriptionConfig &subscription : application.subscriptions)
                subscriptions.append(QJsonObject { { QStringLiteral("apiId"), subscription.apiId },
                    { QStringLiteral("api"), apiLabels.value(subscription.apiId) },
                    { QStringLiteral("tier"), subscription.tier } });
            array.append(QJsonObject { { QStringLiteral("id"), application.id },
                { QStringLiteral("name"), application.name }, { QStringLiteral("tier"), application.tier },
                { QStringLiteral("consumerKey"), QString::fromLatin1(application.consumerKey) },
                { QStringLiteral("subscriptions"), subscriptions },
                { QStringLiteral("certificates"),
                    QJsonArray::fromStringList(application.clientCertificateSha256) },
                { QStringLiteral("createdAt"), record.createdAt.toString(Qt::ISODate) } });
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    TextTable table({ tr("NAME"), tr("TIER"), tr("CONSUMER KEY"), tr("SUBSCRIPTIONS") });
    for (const ApplicationRecord &record : applications) {
        const ApplicationConfig &application = record.application;
        QStringList subscriptions;
        for (const SubscriptionConfig &subscription : application.subscriptions)
            subscriptions.append(QStringLiteral("%1 (%2)").arg(
                apiLabels.value(subscription.apiId, subscription.apiId), subscription.tier));
        table.addRow({ application.name, application.tier, QString::fromLatin1(application.consumerKey),
            subscriptions.isEmpty() ? QStringLiteral("-") : subscriptions.join(QStringLiteral(", ")) });
    }
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
