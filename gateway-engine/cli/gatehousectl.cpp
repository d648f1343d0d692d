#include "gatehousectl.h"

#include "apiscommand.h"
#include "commandregistry.h"
#include "deploycommand.h"
#include "envcreatecommand.h"
#include "envremovecommand.h"
#include "envscommand.h"
#include "importcommand.h"
#include "initcommand.h"
#include "runcommand.h"
#include "undeploycommand.h"

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
    registry.add(std::make_unique<ApisCommand>());
    registry.add(std::make_unique<EnvsCommand>());
    registry.add(std::make_unique<EnvCreateCommand>());
    registry.add(std::make_unique<EnvRemoveCommand>());
    registry.add(std::make_unique<DeployCommand>());
    registry.add(std::make_unique<UndeployCommand>());
    registry.add(std::make_unique<RunCommand>());
    return registry.run(arguments);
}

} // namespace Gatehouse
