#include "testtools.h"

#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QStandardPaths>

namespace Gatehouse::TestTools {

QString pythonWith(const QString &modules)
{
    static QMutex mutex;
    static QHash<QString, QString> found;
    const QMutexLocker locker(&mutex);
    if (const auto known = found.constFind(modules); known != found.cend())
        return *known;
    QString result;
    for (const QString &candidate : { QStandardPaths::findExecutable(QStringLiteral("python3")),
             QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") }) }) {
        if (candidate.isEmpty())
            continue;
        QProcess probe;
        probe.start(candidate, { QStringLiteral("-c"), QStringLiteral("import ") + modules });
        if (probe.waitForFinished(30'000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0) {
            result = candidate;
            break;
        }
    }
    found.insert(modules, result);
    return result;
}

} // namespace Gatehouse::TestTools
