#include "gatehousectl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    return Gatehouse::GatehouseCtl::run(QCoreApplication::arguments());
}
