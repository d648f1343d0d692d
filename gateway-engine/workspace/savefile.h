#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace Gatehouse {

// Writes content to path whole or not at all (QSaveFile: a temporary file renamed into place). False with
// the file's error in *fileError.
inline bool saveWhole(const QString &path, const QByteArray &content, QString *fileError)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    *fileError = file.errorString();
    return false;
}

} // namespace Gatehouse
