#include "calistcommand.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"
#include "workspace.h"

#include <QCommandLineParser>

namespace Gatehouse {

QString CaListCommand::summary() const
{
    return tr("List the CAs trusted for client certificates.");
}

void CaListCommand::addArguments(QCommandLineParser &parser) const
{
    addWorkspaceOption(parser);
}

int CaListCommand::execute(const QCommandLineParser &parser)
{
    const std::unique_ptr<Workspace> workspace = openWorkspace(parser);
    if (!workspace)
        return ExitFailure;
    TextTable table({ tr("SHA-256"), tr("SUBJECT"), tr("ISSUER"), tr("EXPIRES") });
    for (const ClientCaRecord &record : workspace->clientCas())
        table.addRow({ QString::fromLatin1(record.sha256), record.subject, record.issuer,
            record.notAfter.toString(Qt::ISODate) });
    Console::print(table.toString());
    return ExitOk;
}

} // namespace Gatehouse
