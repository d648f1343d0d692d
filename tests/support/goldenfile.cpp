#include "goldenfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <vector>

namespace Gatehouse::GoldenFile {

QStringList inputsIn(const QString &directory)
{
    const QDir dir(directory);
    QStringList inputs;
    for (const QString &name :
        dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".expected.json")))
            inputs << dir.filePath(name);
    }
    return inputs;
}

QString lineDiff(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    std::vector<std::vector<int>> common(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            common[i][j]
                = a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    QString diff;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
            diff += QStringLiteral("+ %1 (line %2 of actual)\n").arg(QString::fromUtf8(b[j])).arg(j + 1);
            ++j;
        } else {
            diff += QStringLiteral("- %1 (line %2 of expected)\n").arg(QString::fromUtf8(a[i])).arg(i + 1);
            ++i;
        }
    }
    return diff;
}

QString compare(const QString &expectedPath, const QByteArray &actual,
    bool (*sameContent)(const QByteArray &, const QByteArray &))
{
    if (qEnvironmentVariableIntValue("GATEHOUSE_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(expectedPath).absolutePath());
        QFile golden(expectedPath);
        if (!golden.open(QIODevice::WriteOnly | QIODevice::Truncate) || golden.write(actual) != actual.size())
            return QStringLiteral("cannot update %1: %2").arg(expectedPath, golden.errorString());
        qInfo("updated %s", qPrintable(expectedPath));
        return QString();
    }
    QFile golden(expectedPath);
    if (!golden.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 is missing; run with GATEHOUSE_UPDATE_GOLDEN=1 to create it")
            .arg(expectedPath);
    const QByteArray expected = golden.readAll();
    if (sameContent ? sameContent(expected, actual) : expected == actual)
        return QString();
    return QStringLiteral("%1 differs (GATEHOUSE_UPDATE_GOLDEN=1 regenerates it after you have checked the "
                          "change):\n%2")
        .arg(expectedPath, lineDiff(expected, actual));
}

} // namespace Gatehouse::GoldenFile
