// Test helper for tst_crashsafety: adds APIs to a workspace in a loop and prints the id of each one
// as soon as its transaction has committed (stdout flushed per line), so the parent knows exactly
// which edits were committed when it kills this process.
//   workspace_writer WORKSPACE LABEL COUNT   (COUNT 0 = until killed)

#include "workspace.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Gatehouse;

namespace {

ApiRecord makeApi(const QString &label, int index)
{
    ApiRecord record;
    const QString name = label + QLatin1Char('-') + QString::number(index);
    record.definition.name = name;
    record.definition.context = QLatin1Char('/') + name;
    record.definition.version = QStringLiteral("1.0.0");
    record.definition.productionEndpoints.type = EndpointGroupType::Mock;
    record.implementationType = QStringLiteral("MOCKED_OAS");
    // Several resources, so a transaction writes more than one page and a kill can land inside it.
    for (int r = 0; r < 6; ++r) {
        ResourceConfig resource;
        resource.pathTemplate = QStringLiteral("/items%1/{id}").arg(r);
        for (const char *method : { "GET", "PUT", "DELETE" }) {
            OperationConfig operation;
            operation.method = method;
            operation.mock = MockResponse { 200, "application/json",
                QByteArray(R"({"payload":")") + QByteArray(300, 'x') + QByteArray(R"("})") };
            resource.operations.push_back(operation);
        }
        record.definition.resources.push_back(resource);
    }
    record.sourceDocument = QByteArray(2000, 'y');
    return record;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: workspace_writer WORKSPACE LABEL COUNT\n");
        return 2;
    }
    QString error;
    const auto workspace = Workspace::open(arguments.at(1), &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int count = arguments.at(3).toInt();
    for (int i = 0; count == 0 || i < count; ++i) {
        const auto id = workspace->addApi(makeApi(arguments.at(2), i));
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace->lastError()));
            return 1;
        }
        std::printf("%s\n", qPrintable(*id));
        std::fflush(stdout);
    }
    return 0;
}
