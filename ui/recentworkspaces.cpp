#include "recentworkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace Gatehouse {

namespace {
const QString recentKey = QStringLiteral("workspaces/recent");
}

QStringList RecentWorkspaces::paths()
{
    QStringList paths = QSettings().value(recentKey).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, maxEntries);
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = RecentWorkspaces::paths();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(recentKey, paths.mid(0, maxEntries));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = RecentWorkspaces::paths();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentKey, paths);
}

void RecentWorkspaces::clear()
{
    QSettings().remove(recentKey);
}

} // namespace Gatehouse
