#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Gatehouse {

// The zip that `apictl export api` writes: one top-level folder (PizzaShackAPI-1.0.0/) holding the project.
// A zip is hostile input: extract() refuses, naming the entry, any entry that could write outside the
// destination or is not a plain file or folder, encrypted or duplicate entries, and archives above the limits
// below, counting the bytes it actually inflates rather than trusting the sizes the archive states.
class ApictlArchive
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ApictlArchive)
public:
    static constexpr qint64 maxEntries = 10'000;
    static constexpr qint64 maxEntryBytes = 64LL * 1024 * 1024;
    static constexpr qint64 maxTotalBytes = 256LL * 1024 * 1024;

    // Extracts zipPath into destination, an existing empty directory, and returns the project directory: the
    // archive's one top-level folder holding api.yaml or api.json, or destination itself when api.yaml is
    // at the archive's root. On failure error says why and whatever was written is removed again.
    static std::optional<QString> extract(const QString &zipPath, const QString &destination, QString *error);
    // Writes every regular file under projectDirectory (symbolic links are left out), sorted, deflated, under
    // a top-level folder named after the directory, as apictl does. zipPath is replaced only once the
    // archive is complete.
    static bool pack(const QString &projectDirectory, const QString &zipPath, QString *error);
    // A regular file that starts with a zip signature (a local file header, or the end record of an empty
    // archive); the extension is not looked at.
    static bool isArchive(const QString &path);
};

} // namespace Gatehouse
