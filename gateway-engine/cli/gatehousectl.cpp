#include "gatehousectl.h"

#include "apikeyissuecommand.h"
#include "apischemavalidationcommand.h"
#include "apiscommand.h"
#include "apisecuritycommand.h"
#include "appcertaddcommand.h"
#include "appcertremovecommand.h"
#include "appcreatecommand.h"
#include "applistcommand.h"
#include "appremovecommand.h"
#include "caaddcommand.h"
#include "calistcommand.h"
#include "caremovecommand.h"
#include "commandregistry.h"
#include "deploycommand.h"
#include "envcreatecommand.h"
#include "envremovecommand.h"
#include "envscommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "initcommand.h"
#include "introspectionclearcommand.h"
#include "introspectionsetcommand.h"
#include "issueraddcommand.h"
#include "issuerlistcommand.h"
#include "issuerremovecommand.h"
#include "lintcommand.h"
#include "policycommands.h"
#include "proxiessetcommand.h"
#include "revokecommand.h"
#include "revokedlistcommand.h"
#include "runcommand.h"
#include "subscribecommand.h"
#include "tokenissuecommand.h"
#include "tokenjwkscommand.h"
#include "undeploycommand.h"
#include "unsubscribecommand.h"
#include "userlistcommand.h"
#include "userremovecommand.h"
#include "usersetcommand.h"
#include "verifycommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Gatehouse {

namespace {

void installTranslations()
{
    QCoreApplication *application = QCoreApplication::instance();
    auto *ours = new QTranslator(application);
    if (ours->load(QLocale(), QStringLiteral("gatehousectl"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(application);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int GatehouseCtl::run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("gatehousectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    installTranslations();

    CommandRegistry registry;
    registry.add(std::make_unique<InitCommand>());
    registry.add(std::make_unique<ImportCommand>());
    registry.add(std::make_unique<LintCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<ApisCommand>());
    registry.add(std::make_unique<EnvsCommand>());
    registry.add(std::make_unique<EnvCreateCommand>());
    registry.add(std::make_unique<EnvRemoveCommand>());
    registry.add(std::make_unique<DeployCommand>());
    registry.add(std::make_unique<UndeployCommand>());
    registry.add(std::make_unique<ApiSecurityCommand>());
    registry.add(std::make_unique<ApiSchemaValidationCommand>());
    registry.add(std::make_unique<AppCreateCommand>());
    registry.add(std::make_unique<AppListCommand>());
    registry.add(std::make_unique<AppRemoveCommand>());
    registry.add(std::make_unique<SubscribeCommand>());
    registry.add(std::make_unique<UnsubscribeCommand>());
    registry.add(std::make_unique<TokenIssueCommand>());
    registry.add(std::make_unique<TokenJwksCommand>());
    registry.add(std::make_unique<ApiKeyIssueCommand>());
    registry.add(std::make_unique<RevokeCommand>());
    registry.add(std::make_unique<RevokedListCommand>());
    registry.add(std::make_unique<VerifyCommand>());
    registry.add(std::make_unique<PolicyListCommand>());
    registry.add(std::make_unique<PolicyImportCommand>());
    registry.add(std::make_unique<PolicyExportCommand>());
    registry.add(std::make_unique<PolicyAttachCommand>());
    registry.add(std::make_unique<PolicyRemoveCommand>());
    registry.add(std::make_unique<UserSetCommand>());
    registry.add(std::make_unique<UserListCommand>());
    registry.add(std::make_unique<UserRemoveCommand>());
    registry.add(std::make_unique<IssuerAddCommand>());
    registry.add(std::make_unique<IssuerListCommand>());
    registry.add(std::make_unique<IssuerRemoveCommand>());
    registry.add(std::make_unique<CaAddCommand>());
    registry.add(std::make_unique<CaListCommand>());
    registry.add(std::make_unique<CaRemoveCommand>());
    registry.add(std::make_unique<AppCertAddCommand>());
    registry.add(std::make_unique<AppCertRemoveCommand>());
    registry.add(std::make_unique<IntrospectionSetCommand>());
    registry.add(std::make_unique<IntrospectionClearCommand>());
    registry.add(std::make_unique<ProxiesSetCommand>());
    registry.add(std::make_unique<RunCommand>());
    return registry.run(arguments);
}

} // namespace Gatehouse
