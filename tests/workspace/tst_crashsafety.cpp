#include "rawconnection.h"
#include "workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace Gatehouse;

namespace {

// Ids from the complete lines of a writer's output (a line cut by the kill is ignored).
QStringList committedIds(const QByteArray &output)
{
    QStringList ids;
    const QByteArray complete = output.left(output.lastIndexOf('\n') + 1);
    for (const QByteArray &line : complete.split('\n')) {
        if (!line.isEmpty())
            ids.append(QString::fromLatin1(line));
    }
    return ids;
}

QString integrityCheck(const QString &path)
{
    return RawConnection(path).value(QStringLiteral("PRAGMA integrity_check")).toString();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNoCommittedEdit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.gatehouse"));
        QSet<QString> committed;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(WORKSPACE_WRITER),
                { path, QStringLiteral("r%1").arg(round), QStringLiteral("0") });
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            const int linesBeforeKill = 1 + int(random.bounded(12));
            QByteArray output;
            while (output.count('\n') < linesBeforeKill) {
                QVERIFY2(writer.waitForReadyRead(60'000), writer.readAllStandardError().constData());
                output += writer.readAllStandardOutput();
            }
            // Somewhere inside one of the next transactions (or between them).
            QThread::usleep(random.bounded(30'000));
            QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
            QVERIFY(writer.waitForFinished(60'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            const QStringList ids = committedIds(output);
            QVERIFY(ids.size() >= linesBeforeKill);
            for (const QString &id : ids)
                committed.insert(id);

            QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
            QString error;
            const auto workspace = Workspace::open(path, &error);
            QVERIFY2(workspace, qPrintable(error));
            for (const QString &id : std::as_const(committed))
                QVERIFY2(workspace->api(id), qPrintable(QStringLiteral("committed API %1 is lost").arg(id)));
            // At most the one transaction that was cut short may be missing from the output, never more.
            QVERIFY(workspace->apis().size() >= committed.size());
            QVERIFY(workspace->apis().size() <= committed.size() + round + 1);
        }
    }

    void concurrentWritersLoseNothing_data()
    {
        QTest::addColumn<bool>("createFirst");
        QTest::newRow("existing workspace") << true;
        QTest::newRow("both create the file") << false;
    }

    void concurrentWritersLoseNothing()
    {
        QFETCH(bool, createFirst);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.gatehouse"));
        if (createFirst) {
            QString error;
            QVERIFY2(Workspace::open(path, &error), qPrintable(error));
        }
        const int perWriter = 25;
        QProcess first;
        QProcess second;
        first.start(
            QStringLiteral(WORKSPACE_WRITER), { path, QStringLiteral("a"), QString::number(perWriter) });
        second.start(
            QStringLiteral(WORKSPACE_WRITER), { path, QStringLiteral("b"), QString::number(perWriter) });
        for (QProcess *writer : { &first, &second }) {
            QVERIFY(writer->waitForFinished(180'000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                writer->readAllStandardError().constData());
        }
        const QStringList ids
            = committedIds(first.readAllStandardOutput()) + committedIds(second.readAllStandardOutput());
        QCOMPARE(ids.size(), 2 * perWriter);
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        QString error;
        const auto workspace = Workspace::open(path, &error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->apis().size(), 2 * perWriter);
        for (const QString &id : ids)
            QVERIFY(workspace->api(id));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
