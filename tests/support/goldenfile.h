#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Gatehouse::GoldenFile {

// The golden inputs of a folder: its *.yaml and *.json files, the *.expected.json answers left out, by name.
QStringList inputsIn(const QString &directory);

// A line diff (longest common subsequence) of two small texts, for readable golden failures.
QString lineDiff(const QByteArray &expected, const QByteArray &actual);

// Compares actual with the file at expectedPath; an empty string when they match, otherwise what to tell
// the reader (the diff, or that the file is missing). With GATEHOUSE_UPDATE_GOLDEN=1 it writes actual
// there instead. sameContent decides equality (e.g. as JSON); by default the bytes must match.
QString compare(const QString &expectedPath, const QByteArray &actual,
    bool (*sameContent)(const QByteArray &, const QByteArray &) = nullptr);

} // namespace Gatehouse::GoldenFile
