#pragma once

#include <QStringList>

namespace Gatehouse {

// The most recently opened workspace files, newest first, kept in QSettings.
class RecentWorkspaces
{
public:
    static constexpr int maxEntries = 8;

    static QStringList paths();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Gatehouse
