// How the designer behaves on a big document (issue 5: "the designer stays responsive on it"): opens the
// API imported from FILE in a DesignerPage (offscreen), then makes a form edit, types one character into the
// source and undoes it. For each step it prints how long the call itself took on the GUI thread, how long
// until the designer was idle again, and the longest gap between 5 ms heartbeats in that time: the longest
// the GUI thread could not paint or take input. Run by bench/designer.sh, not by ctest.
#include "designerpage.h"
#include "openapiimporter.h"
#include "resourceeditor.h"
#include "sourceeditor.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <functional>

using namespace Gatehouse;

namespace {

struct Measurement
{
    qint64 callMs = 0;
    qint64 untilIdleMs = 0;
    qint64 longestStallMs = 0;
    bool idle = false;
};

Measurement measure(DesignerPage &page, const std::function<void()> &step)
{
    Measurement result;
    QElapsedTimer clock;
    qint64 lastBeat = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        result.longestStallMs = std::max(result.longestStallMs, now - lastBeat);
        lastBeat = now;
    });
    clock.start();
    heartbeat.start();
    step();
    result.callMs = clock.elapsed();
    result.longestStallMs = std::max(result.longestStallMs, result.callMs);
    lastBeat = clock.elapsed();
    result.idle = QTest::qWaitFor([&] { return !page.isAnalysing(); }, 120'000);
    result.untilIdleMs = clock.elapsed();
    return result;
}

void print(const char *step, const Measurement &measurement)
{
    std::printf("%-28s call %6lld ms   until idle %6lld ms%s   longest GUI stall %6lld ms\n", step,
        static_cast<long long>(measurement.callMs), static_cast<long long>(measurement.untilIdleMs),
        measurement.idle ? "" : " (still busy)", static_cast<long long>(measurement.longestStallMs));
    std::fflush(stdout);
}

} // namespace

// The document comes from GATEHOUSE_BENCH_DOCUMENT (bench/designer.sh sets it).
class BenchDesigner : public QObject
{
    Q_OBJECT

private slots:
    void bigDocument()
    {
        const QString path = qEnvironmentVariable("GATEHOUSE_BENCH_DOCUMENT");
        QVERIFY2(!path.isEmpty(), "set GATEHOUSE_BENCH_DOCUMENT to an OpenAPI file");
        QTemporaryDir directory;
        QString error;
        auto workspace = Workspace::open(directory.filePath(QStringLiteral("bench.gatehouse")), &error);
        QVERIFY2(workspace, qPrintable(error));
        const OpenApiImportResult imported = OpenApiImporter::importFile(path);
        QVERIFY(imported.api);
        const std::optional<QString> apiId = workspace->addApi(*imported.api);
        QVERIFY(apiId);

        DesignerPage page;
        page.resize(1400, 900);
        page.show();
        print("open the API", measure(page, [&] { QVERIFY(page.openApi(workspace.get(), *apiId)); }));
        print("form edit: add a resource",
            measure(page, [&] { page.resourceEditor()->addResource(QStringLiteral("/bench-added")); }));
        QVERIFY(page.sourceText().contains(QLatin1String("/bench-added")));
        print("type one character", measure(page, [&] {
            QTextCursor cursor(page.sourceEditor()->document());
            cursor.movePosition(QTextCursor::End);
            page.sourceEditor()->setTextCursor(cursor);
            QTest::keyClick(page.sourceEditor(), Qt::Key_Space);
        }));
        print("undo the typing", measure(page, [&] { page.undoStack()->undo(); }));
        print("undo the form edit", measure(page, [&] { page.undoStack()->undo(); }));
        QVERIFY(!page.sourceText().contains(QLatin1String("/bench-added")));
    }
};

QTEST_MAIN(BenchDesigner)
#include "bench_designer.moc"
