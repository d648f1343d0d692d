#pragma once

#include <QStringList>

namespace Gatehouse {

// Entry point of the gatehousectl executable: registers every command and runs the one named on the
// command line. Needs a QCoreApplication; returns the process exit code (see exitcode.h).
class GatehouseCtl
{
public:
    static int run(const QStringList &arguments);
};

} // namespace Gatehouse
