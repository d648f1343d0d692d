#include "apictlarchive.h"
#include "apictlproject.h"
#include "configjson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;

namespace {

QString projectDirectory()
{
    return QStringLiteral(GATEHOUSE_TEST_DATA_DIR "/apictl/PizzaShack-1.0.0");
}

// Debian's python3 first: one earlier in PATH (a venv) is just as good for zipfile, but /usr/bin is sure.
QString python()
{
    const QString system
        = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

// Runs a python3 script with zipfile, struct and os imported, `out` = the first argument, `escape` = the
// second and `project` = 'PizzaShack-1.0.0/'. Returns python's standard output, or nullopt (and a message).
std::optional<QByteArray> runPython(const QString &script, const QStringList &arguments, QString *message)
{
    static const QString preamble
        = QStringLiteral("import sys, zipfile, struct, os\n"
                         "out = sys.argv[1]\n"
                         "escape = sys.argv[2] if len(sys.argv) > 2 else ''\n"
                         "project = 'PizzaShack-1.0.0/'\n"
                         "def patch(path, old, new):\n"
                         "    data = open(path, 'rb').read()\n"
                         "    assert old in data\n"
                         "    open(path, 'wb').write(data.replace(old, new))\n"
                         "def u32(path, offsets, value):\n"
                         "    data = bytearray(open(path, 'rb').read())\n"
                         "    for offset in offsets:\n"
                         "        struct.pack_into('<I', data, offset, value)\n"
                         "    open(path, 'wb').write(data)\n"
                         "def headers(path, name):\n"
                         "    data, name = open(path, 'rb').read(), name.encode()\n"
                         "    return data.find(name) - 30, data.rfind(name) - 46\n");
    QProcess process;
    process.start(python(), QStringList { QStringLiteral("-c"), preamble + script } + arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *message = QStringLiteral("python3 failed: ") + QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList contents(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

QByteArray definition(const ApictlImportResult &result)
{
    return result.api ? QJsonDocument(ConfigJson::toJson(result.api->definition)).toJson() : QByteArray();
}

// A small, valid project beside the hostile entry, so that only the hostile entry can be the reason.
const char *const validEntries = "z.writestr(project + 'api.yaml', 'type: api\\n')\n";

} // namespace

// apictl zips: pack() and importPath() round trip, a zip made by another archiver imports, and hostile zips
// (escaping names, links, encryption, duplicates, bombs, too many entries, broken archives) are refused
// without writing anything outside, or leaving anything inside, the destination.
class TestApictlArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!python().isEmpty(), "python3 (Debian's, scripts/packages.sh) is needed");
    }

    void packedProjectImportsLikeTheDirectory()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("PizzaShack.zip"));
        QString error;
        QVERIFY2(ApictlArchive::pack(projectDirectory(), zipPath, &error), qPrintable(error));
        QVERIFY(ApictlArchive::isArchive(zipPath));

        const ApictlImportResult fromDirectory = ApictlProject::importPath(projectDirectory());
        const ApictlImportResult fromZip = ApictlProject::importPath(zipPath);
        QVERIFY(fromDirectory.api);
        QVERIFY(fromZip.api);
        QCOMPARE(definition(fromZip), definition(fromDirectory));
        QCOMPARE(fromZip.deploymentEnvironments, fromDirectory.deploymentEnvironments);
        // The same diagnostics, each naming <zip>/PizzaShack-1.0.0/<file> instead of the directory's file.
        QCOMPARE(fromZip.diagnostics.size(), fromDirectory.diagnostics.size());
        QVERIFY(!fromZip.diagnostics.isEmpty());
        const QDir parent(QFileInfo(projectDirectory()).path());
        for (qsizetype i = 0; i < fromZip.diagnostics.size(); ++i) {
            const Diagnostic &zipped = fromZip.diagnostics.at(i);
            const Diagnostic &plain = fromDirectory.diagnostics.at(i);
            QCOMPARE(zipped.file, zipPath + QLatin1Char('/') + parent.relativeFilePath(plain.file));
            QCOMPARE(zipped.line, plain.line);
            QCOMPARE(zipped.message, plain.message);
        }
    }

    void packWritesSortedDeflatedEntriesUnderTheFolder()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString first = temporary.filePath(QStringLiteral("first.zip"));
        const QString second = temporary.filePath(QStringLiteral("second.zip"));
        QString error;
        QVERIFY2(ApictlArchive::pack(projectDirectory(), first, &error), qPrintable(error));
        QVERIFY2(
            ApictlArchive::pack(projectDirectory() + QLatin1Char('/'), second, &error), qPrintable(error));
        QCOMPARE(read(first), read(second));
        QString message;
        const auto listing
            = runPython(QStringLiteral("for i in zipfile.ZipFile(out).infolist():\n"
                                       "    print(i.filename, i.compress_type, i.external_attr >> 16)\n"),
                { first }, &message);
        QVERIFY2(listing, qPrintable(message));
        QCOMPARE(QString::fromUtf8(*listing).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
            QStringList({ QStringLiteral("PizzaShack-1.0.0/Client-certificates/client.crt 8 33188"),
                QStringLiteral("PizzaShack-1.0.0/Definitions/swagger.yaml 8 33188"),
                QStringLiteral("PizzaShack-1.0.0/api.yaml 8 33188"),
                QStringLiteral("PizzaShack-1.0.0/api_meta.yaml 8 33188"),
                QStringLiteral("PizzaShack-1.0.0/deployment_environments.yaml 8 33188") }));
    }

    void zipFromAnotherArchiverImports_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("folder"); // the project directory extract() returns, under the destination
        QTest::newRow("folder entries, as apictl writes")
            << QStringLiteral("src = escape\n"
                              "with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n"
                              "    for root, dirs, files in sorted(os.walk(src)):\n"
                              "        rel = os.path.relpath(root, os.path.dirname(src))\n"
                              "        z.write(root, rel + '/')\n"
                              "        for name in sorted(files):\n"
                              "            z.write(os.path.join(root, name), rel + '/' + name)\n")
            << QStringLiteral("PizzaShack-1.0.0");
        QTest::newRow("api.yaml at the root, stored")
            << QStringLiteral("src = escape\n"
                              "with zipfile.ZipFile(out, 'w', zipfile.ZIP_STORED) as z:\n"
                              "    for root, dirs, files in os.walk(src):\n"
                              "        for name in files:\n"
                              "            path = os.path.join(root, name)\n"
                              "            z.write(path, os.path.relpath(path, src))\n")
            << QString();
    }

    void zipFromAnotherArchiverImports()
    {
        QFETCH(QString, script);
        QFETCH(QString, folder);
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("api.zip"));
        QString message;
        QVERIFY2(runPython(script, { zipPath, projectDirectory() }, &message), qPrintable(message));
        QVERIFY(ApictlArchive::isArchive(zipPath));

        const QString destination = temporary.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(destination));
        QString error;
        const std::optional<QString> project = ApictlArchive::extract(zipPath, destination, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(*project, folder.isEmpty() ? destination : destination + QLatin1Char('/') + folder);
        QCOMPARE(read(*project + QStringLiteral("/Definitions/swagger.yaml")),
            read(projectDirectory() + QStringLiteral("/Definitions/swagger.yaml")));

        const ApictlImportResult imported = ApictlProject::importPath(zipPath);
        QVERIFY(imported.api);
        QCOMPARE(definition(imported), definition(ApictlProject::importPath(projectDirectory())));
    }

    void errorsNameTheFileInsideTheZip()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("broken.zip"));
        QString message;
        QVERIFY2(
            runPython(QStringLiteral(
                          "with zipfile.ZipFile(out, 'w') as z:\n"
                          "    z.writestr(project + 'api.yaml', 'type: api\\nversion: v4\\ndata: [1\\n')\n"
                          "    z.writestr(project + 'Definitions/swagger.yaml', 'swagger: \"2.0\"\\n')\n"),
                { zipPath }, &message),
            qPrintable(message));
        const ApictlImportResult result = ApictlProject::importPath(zipPath);
        QVERIFY(!result.api);
        QVERIFY(hasErrors(result.diagnostics));
        const Diagnostic &first = result.diagnostics.constFirst();
        QCOMPARE(first.file, zipPath + QStringLiteral("/PizzaShack-1.0.0/api.yaml"));
        QVERIFY(first.line > 0);
        // The temporary folder it was extracted to appears nowhere; the zip's own folder once.
        QCOMPARE(first.toString().count(QDir::tempPath()), 1);
    }

    void hostileZipsAreRefused_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected"); // in the error
        const QString open
            = QStringLiteral("with zipfile.ZipFile(out, 'w') as z:\n    ") + QLatin1String(validEntries);
        const QString deflated
            = QStringLiteral("with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:\n    ")
            + QLatin1String(validEntries);
        // 300 MiB of zeros deflate to about 300 KB.
        const QString zeros = QStringLiteral("    with z.open(project + 'zeros.bin', 'w') as f:\n"
                                             "        for _ in range(300):\n"
                                             "            f.write(bytes(1 << 20))\n");

        QTest::newRow("../evil") << open + QStringLiteral("    z.writestr('../evil', 'x')\n")
                                 << QStringLiteral("refused entry '../evil': the name has a '..' component");
        QTest::newRow("absolute") << open + QStringLiteral("    z.writestr(escape, 'x')\n")
                                  << QStringLiteral("absolute path");
        QTest::newRow("a/../../evil")
            << open + QStringLiteral("    z.writestr('a/../../evil', 'x')\n")
            << QStringLiteral("refused entry 'a/../../evil': the name has a '..' component");
        QTest::newRow("backslash") << open + QStringLiteral("    z.writestr('..\\\\evil', 'x')\n")
                                   << QStringLiteral(
                                          "refused entry '..\\evil': the name contains a backslash");
        QTest::newRow("drive letter")
            << open + QStringLiteral("    z.writestr('C:/evil', 'x')\n")
            << QStringLiteral("refused entry 'C:/evil': the name starts with a drive letter");
        QTest::newRow("NUL cannot cut a name short")
            << open + QStringLiteral("    z.writestr(project + 'api.yamlQ/../../../evil', 'x')\n")
                + QStringLiteral("patch(out, b'api.yamlQ', b'api.yaml\\0')\n")
            << QStringLiteral(
                   "refused entry 'PizzaShack-1.0.0/api.yaml /../../../evil': the name has a '..' component");
        QTest::newRow("symlink, then a file through it")
            << open
                + QStringLiteral("    link = zipfile.ZipInfo(project + 'link')\n"
                                 "    link.create_system = 3\n"
                                 "    link.external_attr = 0o120777 << 16\n"
                                 "    z.writestr(link, os.path.dirname(escape))\n"
                                 "    z.writestr(project + 'link/evil', 'x')\n")
            << QStringLiteral("refused entry 'PizzaShack-1.0.0/link': the entry is a symbolic link");
        QTest::newRow("fifo")
            << open
                + QStringLiteral("    fifo = zipfile.ZipInfo(project + 'fifo')\n"
                                 "    fifo.create_system = 3\n"
                                 "    fifo.external_attr = 0o010644 << 16\n"
                                 "    z.writestr(fifo, '')\n")
            << QStringLiteral("refused entry 'PizzaShack-1.0.0/fifo': the entry is not a regular file");
        // Python clears flag_bits when it writes; bit 0 is set in both headers afterwards. Deflated: libzip
        // 1.11 finds a stored "encrypted" entry inconsistent (no room for the encryption header) first.
        QTest::newRow("encrypted")
            << QStringLiteral("with zipfile.ZipFile(out, 'w') as z:\n"
                              "    z.writestr(project + 'api.yaml', 'type: api\\n', zipfile.ZIP_DEFLATED)\n"
                              "local, central = headers(out, project + 'api.yaml')\n"
                              "data = bytearray(open(out, 'rb').read())\n"
                              "data[local + 6] |= 1\n"
                              "data[central + 8] |= 1\n"
                              "open(out, 'wb').write(data)\n")
            << QStringLiteral("refused entry 'PizzaShack-1.0.0/api.yaml': the entry is encrypted");
        QTest::newRow("duplicate")
            << QStringLiteral("import warnings\nwarnings.simplefilter('ignore')\n") + open
                + QStringLiteral("    z.writestr(project + 'api.yaml', 'type: api\\n')\n")
            << QStringLiteral("refused entry 'PizzaShack-1.0.0/api.yaml': the archive holds this name twice");
        QTest::newRow("file and folder of one name")
            << open + QStringLiteral("    z.writestr(project + 'api.yaml/', '')\n")
            << QStringLiteral(
                   "refused entry 'PizzaShack-1.0.0/api.yaml/': the archive holds this name twice");
        QTest::newRow("bomb: 300 MiB of zeros")
            << deflated + zeros
            << QStringLiteral(
                   "refused entry 'PizzaShack-1.0.0/zeros.bin': it is larger than 64 MiB uncompressed");
        // Both headers claim 1000 bytes; the data inflates to 300 MiB with a matching CRC. When only the
        // central directory says so, libzip's consistency check refuses the archive before any reading.
        QTest::newRow("bomb that lies about its size")
            << deflated + zeros
                + QStringLiteral("local, central = headers(out, project + 'zeros.bin')\n"
                                 "u32(out, [local + 22, central + 24], 1000)\n")
            << QStringLiteral("refused entry 'PizzaShack-1.0.0/zeros.bin': it inflates to more than the 1000 "
                              "bytes the archive states");
        QTest::newRow("bomb whose central directory alone lies") << deflated + zeros
                + QStringLiteral("local, central = headers(out, project + 'zeros.bin')\n"
                                 "u32(out, [central + 24], 1000)\n")
                                                                 << QStringLiteral("inconsistent");
        QTest::newRow("too much in all")
            << deflated
                + QStringLiteral("    for i in range(5):\n"
                                 "        with z.open(project + 'part%d' % i, 'w') as f:\n"
                                 "            for _ in range(60):\n"
                                 "                f.write(bytes(1 << 20))\n")
            << QStringLiteral("the archive holds more than 256 MiB uncompressed");
        QTest::newRow("10,001 entries")
            << open
                + QStringLiteral("    for i in range(10000):\n"
                                 "        z.writestr(project + 'f%d' % i, '')\n")
            << QStringLiteral("the archive has 10001 entries; at most 10000 are accepted");
        QTest::newRow("truncated") << open
                + QStringLiteral("data = open(out, 'rb').read()\n"
                                 "open(out, 'wb').write(data[:len(data) // 2])\n")
                                   << QStringLiteral("not a readable zip archive");
        QTest::newRow("not a zip") << QStringLiteral("open(out, 'w').write('openapi: 3.0.0\\n')\n")
                                   << QStringLiteral("not a readable zip archive");
        QTest::newRow("empty zip") << QStringLiteral("zipfile.ZipFile(out, 'w').close()\n")
                                   << QStringLiteral("the zip archive is empty");
        QTest::newRow("no api.yaml") << QStringLiteral(
            "with zipfile.ZipFile(out, 'w') as z:\n"
            "    z.writestr(project + 'Definitions/swagger.yaml', 'swagger: \"2.0\"\\n')\n")
                                     << QStringLiteral("no apictl project");
        QTest::newRow("two top-level folders")
            << open + QStringLiteral("    z.writestr('Other-1.0.0/api.yaml', 'type: api\\n')\n")
            << QStringLiteral("no apictl project");
    }

    void hostileZipsAreRefused()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("hostile.zip"));
        const QString destination = temporary.filePath(QStringLiteral("a/b"));
        QVERIFY(QDir().mkpath(destination));
        // Where "../evil", "a/../../evil" (from a/b), the absolute name and the link would write.
        const QString escape = temporary.filePath(QStringLiteral("a/evil"));
        QString message;
        QVERIFY2(runPython(script, { zipPath, escape }, &message), qPrintable(message));

        QString error;
        QVERIFY(!ApictlArchive::extract(zipPath, destination, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFileInfo::exists(escape));
        QCOMPARE(contents(destination), QStringList());
        QCOMPARE(contents(temporary.filePath(QStringLiteral("a"))), QStringList { QStringLiteral("b") });

        const ApictlImportResult imported = ApictlProject::importPath(zipPath);
        QVERIFY(!imported.api);
        if (!ApictlArchive::isArchive(zipPath)) {
            QCOMPARE(QTest::currentDataTag(), "not a zip"); // imported as an OpenAPI file instead
            QVERIFY(hasErrors(imported.diagnostics));
            return;
        }
        QCOMPARE(imported.diagnostics.size(), 1);
        QCOMPARE(imported.diagnostics.constFirst().severity, Diagnostic::Severity::Error);
        QCOMPARE(imported.diagnostics.constFirst().file, zipPath);
        QVERIFY(imported.diagnostics.constFirst().message.contains(expected));
    }

    void extractNeedsAnEmptyDirectory()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("p.zip"));
        QString error;
        QVERIFY2(ApictlArchive::pack(projectDirectory(), zipPath, &error), qPrintable(error));
        QVERIFY(!ApictlArchive::extract(zipPath, temporary.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not empty")), qPrintable(error));
        QCOMPARE(contents(temporary.path()), QStringList { QStringLiteral("p.zip") });
        QVERIFY(!ApictlArchive::extract(zipPath, temporary.filePath(QStringLiteral("missing")), &error));
        QVERIFY2(error.contains(QStringLiteral("not a directory")), qPrintable(error));
    }

    void isArchiveLooksAtTheContent()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("definition.yaml"));
        QString error;
        QVERIFY2(ApictlArchive::pack(projectDirectory(), zipPath, &error), qPrintable(error));
        QVERIFY(ApictlArchive::isArchive(zipPath));
        const QString notZip = temporary.filePath(QStringLiteral("api.zip"));
        QVERIFY(write(notZip, "openapi: 3.0.0\n"));
        QVERIFY(!ApictlArchive::isArchive(notZip));
        QVERIFY(!ApictlArchive::isArchive(temporary.path()));
        QVERIFY(!ApictlArchive::isArchive(temporary.filePath(QStringLiteral("missing.zip"))));
        QVERIFY(!ApictlArchive::isArchive(projectDirectory() + QStringLiteral("/api.yaml")));
    }

    void packIntoAMissingFolderFails()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("missing/p.zip"));
        QString error;
        QVERIFY(!ApictlArchive::pack(projectDirectory(), zipPath, &error));
        QVERIFY2(error.contains(zipPath), qPrintable(error));
        QVERIFY(!QFileInfo::exists(temporary.filePath(QStringLiteral("missing"))));
        QCOMPARE(contents(temporary.path()), QStringList());
        QVERIFY(!ApictlArchive::pack(temporary.filePath(QStringLiteral("nothing")), zipPath, &error));
        QVERIFY2(error.contains(QStringLiteral("not a directory")), qPrintable(error));
    }

    void packReplacesAnExistingZipWhole()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        const QString zipPath = temporary.filePath(QStringLiteral("p.zip"));
        QVERIFY(write(zipPath, "the old archive"));
        QString error;
        QVERIFY2(ApictlArchive::pack(projectDirectory(), zipPath, &error), qPrintable(error));
        QVERIFY(ApictlArchive::isArchive(zipPath));
        QCOMPARE(contents(temporary.path()), QStringList { QStringLiteral("p.zip") });
        const QByteArray packed = read(zipPath);

        // A project that cannot be packed (a file above the limit) leaves the existing zip as it was.
        const QString big = temporary.filePath(QStringLiteral("Big-1.0.0"));
        QVERIFY(QDir().mkpath(big));
        QVERIFY(write(big + QStringLiteral("/api.yaml"), "type: api\n"));
        QFile huge(big + QStringLiteral("/huge.bin"));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(ApictlArchive::maxEntryBytes + 1));
        huge.close();
        QVERIFY(!ApictlArchive::pack(big, zipPath, &error));
        QVERIFY2(error.contains(QStringLiteral("64 MiB")), qPrintable(error));
        QCOMPARE(read(zipPath), packed);
        QCOMPARE(contents(temporary.path()),
            QStringList({ QStringLiteral("Big-1.0.0"), QStringLiteral("p.zip") }));
    }
};

QTEST_GUILESS_MAIN(TestApictlArchive)
#include "tst_apictlarchive.moc"
