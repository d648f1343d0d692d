#include "proxiessetcommand.h"

#include "console.h"
#include "exitcode.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString ProxiesSetCommand::summary() const
{
    return tr(
        "Set the TLS-terminating proxies (comma-separated addresses or CIDR ranges, \"\" for none) whose "
        "client-certificate header is trusted.");
}

void ProxiesSetCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("ADDRESSES"), tr("e.g. 10.0.0.5,192.168.0.0/16"));
}

int ProxiesSetCommand::execute(const QCommandLineParser &parser)
{
    const QStringList proxies = parser.positionalArguments().constFirst().split(u',', Qt::SkipEmptyParts);
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    if (!workspace->setTrustedProxies(proxies))
        return failure(tr("cannot set the trusted proxies: %1").arg(workspace->lastError()));
    const QStringList stored = workspace->trustedProxies();
    Console::printLine(stored.isEmpty() ? tr("No proxy is trusted to pass client certificates")
                                        : tr("Trusted proxies: %1").arg(stored.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace Gatehouse
