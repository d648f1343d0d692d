#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gatehouse {

class Workspace;
struct EnvironmentSettings;

// The bundled demo: the OpenAPI files under resources/demo (":/demo/*.yaml"), two environments
// (Choreo Connect and API Gateway) and every demo API deployed to both. Everything answers through
// the mock endpoint type, so it works offline.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DemoWorkspace)
public:
    static QStringList definitionFiles(); // ":/demo/orders.yaml", ...
    static QList<EnvironmentSettings> environments();
    static bool populate(Workspace &workspace, QString *error);
};

} // namespace Gatehouse
