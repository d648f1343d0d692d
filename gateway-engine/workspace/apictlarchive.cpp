#include "apictlarchive.h"

#include "apictlproject.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <list>
#include <memory>
#include <sys/stat.h>

// Hides the calls libzip 1.7.3 still declares but deprecates, so using one fails to compile.
#define ZIP_DISABLE_DEPRECATED
#include <zip.h>

namespace Gatehouse {

namespace {

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct EntryCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

struct SourceFreer
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFreer>;

QString libzipMessage(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = libzipMessage(&error);
    zip_error_fini(&error);
    return message;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Removes everything under directory (which extract() found empty), so a failed extraction leaves nothing
// that could pass for a project.
void clear(const QString &directory)
{
    const QFileInfoList entries = QDir(directory).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

struct PlannedEntry
{
    zip_uint64_t index = 0;
    QString name; // as the archive has it, for messages
    QString relativePath; // validated: no empty, "." or ".." components
    bool directory = false;
    qint64 size = 0; // as the archive states it
};

class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::ApictlArchive)
public:
    Extractor(QString zipPath, QString destination)
        : m_zipPath(std::move(zipPath))
        , m_destination(std::move(destination))
    { }

    std::optional<QString> run()
    {
        const QFileInfo destination(m_destination);
        if (!destination.isDir()) {
            m_error = tr("cannot extract into %1: not a directory").arg(m_destination);
            return std::nullopt;
        }
        if (!QDir(m_destination)
                 .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
            m_error = tr("cannot extract into %1: the directory is not empty").arg(m_destination);
            return std::nullopt;
        }
        if (!open() || !plan())
            return std::nullopt;
        for (const PlannedEntry &entry : std::as_const(m_plan)) {
            if (!write(entry)) {
                clear(m_destination);
                return std::nullopt;
            }
        }
        const std::optional<QString> project = projectDirectory();
        if (!project)
            clear(m_destination);
        return project;
    }

    QString error() const { return m_error; }

private:
    bool refuse(const QString &name, const QString &why)
    {
        m_error = tr("refused entry '%1': %2").arg(name, why);
        return false;
    }

    bool open()
    {
        const QByteArray path = QFile::encodeName(m_zipPath);
        int code = 0;
        m_archive.reset(zip_open(path.constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
        if (m_archive)
            return true;
        // The consistency check refuses a name that appears twice without saying which; opened without
        // it, plan() finds and names the entry.
        if (code == ZIP_ER_EXISTS) {
            int retryCode = 0;
            m_archive.reset(zip_open(path.constData(), ZIP_RDONLY, &retryCode));
            if (m_archive && !plan())
                return false;
            m_archive.reset();
            m_error = tr("the archive holds a name twice");
            return false;
        }
        m_error = tr("not a readable zip archive: %1").arg(libzipMessage(code));
        return false;
    }

    // Checks every entry before anything is written, so a refused archive writes nothing.
    bool plan()
    {
        const zip_int64_t count = zip_get_num_entries(m_archive.get(), 0);
        if (count < 0) {
            m_error = tr("not a readable zip archive");
            return false;
        }
        if (count == 0) {
            m_error = tr("the zip archive is empty");
            return false;
        }
        if (count > ApictlArchive::maxEntries) {
            m_error = tr("the archive has %1 entries; at most %2 are accepted")
                          .arg(count)
                          .arg(ApictlArchive::maxEntries);
            return false;
        }
        QSet<QString> seen;
        qint64 total = 0;
        for (zip_uint64_t index = 0; index < zip_uint64_t(count); ++index) {
            PlannedEntry entry;
            entry.index = index;
            // libzip turns NUL bytes in a name into spaces when it reads the archive, so a name cannot be
            // cut short at a NUL to hide a component from these checks.
            const char *name = zip_get_name(m_archive.get(), index, 0);
            if (!name) {
                m_error = tr("entry %1 has no readable name: %2")
                              .arg(index)
                              .arg(libzipMessage(zip_get_error(m_archive.get())));
                return false;
            }
            entry.name = QString::fromUtf8(name);
            if (!checkName(entry) || !checkKind(entry))
                return false;
            if (seen.contains(entry.relativePath))
                return refuse(entry.name, tr("the archive holds this name twice"));
            seen.insert(entry.relativePath);
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(m_archive.get(), index, 0, &stat) != 0)
                return refuse(entry.name, libzipMessage(zip_get_error(m_archive.get())));
            if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
                return refuse(entry.name, tr("the entry is encrypted"));
            if (!(stat.valid & ZIP_STAT_SIZE))
                return refuse(entry.name, tr("the archive does not state its size"));
            if (entry.directory && stat.size != 0)
                return refuse(entry.name, tr("a folder entry holds data"));
            if (stat.size > zip_uint64_t(ApictlArchive::maxEntryBytes))
                return refuse(entry.name,
                    tr("it is larger than %1 MiB uncompressed").arg(mebibytes(ApictlArchive::maxEntryBytes)));
            entry.size = qint64(stat.size);
            total += entry.size;
            if (total > ApictlArchive::maxTotalBytes) {
                m_error = tr("the archive holds more than %1 MiB uncompressed")
                              .arg(mebibytes(ApictlArchive::maxTotalBytes));
                return false;
            }
            m_plan.append(entry);
        }
        return true;
    }

    bool checkName(PlannedEntry &entry)
    {
        const QString &name = entry.name;
        if (name.isEmpty())
            return refuse(name, tr("the name is empty"));
        if (name.contains(QLatin1Char('\\')))
            return refuse(name, tr("the name contains a backslash"));
        if (name.startsWith(QLatin1Char('/')))
            return refuse(name, tr("the name is an absolute path"));
        if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
            return refuse(name, tr("the name starts with a drive letter"));
        for (const QChar character : name) {
            if (character.category() == QChar::Other_Control)
                return refuse(name, tr("the name contains a control character"));
        }
        entry.directory = name.endsWith(QLatin1Char('/'));
        QStringList components = name.split(QLatin1Char('/'));
        if (entry.directory)
            components.removeLast();
        for (const QString &component : std::as_const(components)) {
            if (component == QLatin1String(".."))
                return refuse(name, tr("the name has a '..' component"));
            if (component.isEmpty() || component == QLatin1String("."))
                return refuse(name, tr("the name has an empty or '.' component"));
        }
        entry.relativePath = components.join(QLatin1Char('/'));
        return true;
    }

    // Only the Unix mode in the external attributes can say "symbolic link" or "device"; other systems'
    // attributes have no such kinds.
    bool checkKind(const PlannedEntry &entry)
    {
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(m_archive.get(), entry.index, 0, &system, &attributes) != 0)
            return refuse(entry.name, libzipMessage(zip_get_error(m_archive.get())));
        if (system != ZIP_OPSYS_UNIX)
            return true;
        const auto type = mode_t((attributes >> 16) & S_IFMT);
        if (type == S_IFLNK)
            return refuse(entry.name, tr("the entry is a symbolic link"));
        if (type == S_IFDIR && !entry.directory)
            return refuse(entry.name, tr("a folder entry must end with '/'"));
        if (type != 0 && type != S_IFREG && type != S_IFDIR)
            return refuse(entry.name, tr("the entry is not a regular file"));
        return true;
    }

    bool write(const PlannedEntry &entry)
    {
        const QString target = m_destination + QLatin1Char('/') + entry.relativePath;
        const QString folder = entry.directory ? target : QFileInfo(target).path();
        if (!QDir().mkpath(folder))
            return refuse(entry.name, tr("cannot create the folder %1").arg(folder));
        if (entry.directory)
            return true;
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return refuse(entry.name, tr("cannot create %1: %2").arg(target, file.errorString()));
        const Entry source(zip_fopen_index(m_archive.get(), entry.index, 0));
        if (!source)
            return refuse(entry.name, libzipMessage(zip_get_error(m_archive.get())));
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        qint64 written = 0;
        for (;;) {
            const zip_int64_t read = zip_fread(source.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (read < 0)
                return refuse(entry.name, libzipMessage(zip_file_get_error(source.get())));
            if (read == 0)
                break;
            written += read;
            m_total += read;
            // The stated size is at most the limit; what inflates past it is a lie, and is not written.
            if (written > entry.size)
                return refuse(entry.name,
                    tr("it inflates to more than the %1 bytes the archive states").arg(entry.size));
            if (m_total > ApictlArchive::maxTotalBytes) {
                m_error = tr("the archive inflates to more than %1 MiB")
                              .arg(mebibytes(ApictlArchive::maxTotalBytes));
                return false;
            }
            if (file.write(buffer.constData(), read) != read)
                return refuse(entry.name, tr("cannot write %1: %2").arg(target, file.errorString()));
        }
        if (written != entry.size)
            return refuse(entry.name,
                tr("it inflates to %1 bytes, not the %2 the archive states").arg(written).arg(entry.size));
        if (!file.flush())
            return refuse(entry.name, tr("cannot write %1: %2").arg(target, file.errorString()));
        return true;
    }

    std::optional<QString> projectDirectory()
    {
        if (ApictlProject::isProject(m_destination))
            return m_destination;
        // macOS's archiver adds __MACOSX/ beside the folder; it holds only resource forks.
        QStringList folders
            = QDir(m_destination).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        folders.removeAll(QStringLiteral("__MACOSX"));
        if (folders.size() == 1) {
            const QString candidate = m_destination + QLatin1Char('/') + folders.constFirst();
            if (ApictlProject::isProject(candidate))
                return candidate;
        }
        m_error = tr("the archive holds no apictl project: no api.yaml or api.json at its top or in its one "
                     "top-level folder");
        return std::nullopt;
    }

    QString m_zipPath;
    QString m_destination;
    Archive m_archive;
    QList<PlannedEntry> m_plan;
    qint64 m_total = 0;
    QString m_error;
};

struct PackedFile
{
    QString name;
    QByteArray data; // kept alive until zip_close(), which reads it
    QDateTime modified;
};

bool addFile(zip_t *archive, const PackedFile &file, QString *error)
{
    const QByteArray name = file.name.toUtf8();
    zip_source_t *source
        = zip_source_buffer(archive, file.data.constData(), zip_uint64_t(file.data.size()), 0);
    if (!source)
        return fail(error, libzipMessage(zip_get_error(archive)));
    const zip_int64_t index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return fail(error, libzipMessage(zip_get_error(archive)));
    }
    const auto entry = zip_uint64_t(index);
    if (zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, 0) != 0
        || zip_file_set_external_attributes(
               archive, entry, 0, ZIP_OPSYS_UNIX, zip_uint32_t(S_IFREG | 0644) << 16)
            != 0
        || zip_file_set_mtime(archive, entry, time_t(file.modified.toSecsSinceEpoch()), 0) != 0)
        return fail(error, libzipMessage(zip_get_error(archive)));
    return true;
}

// Builds the archive in memory (the limits keep it small) so that QSaveFile can put it in place whole.
std::optional<QByteArray> build(const std::list<PackedFile> &files, QString *error)
{
    zip_error_t openError;
    zip_error_init(&openError);
    const Source buffer(zip_source_buffer_create(nullptr, 0, 0, &openError));
    if (!buffer) {
        fail(error, libzipMessage(&openError));
        zip_error_fini(&openError);
        return std::nullopt;
    }
    zip_source_keep(buffer.get()); // zip_close() and zip_discard() free the source otherwise
    zip_t *archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &openError);
    if (!archive) {
        zip_source_free(buffer.get());
        fail(error, libzipMessage(&openError));
        zip_error_fini(&openError);
        return std::nullopt;
    }
    zip_error_fini(&openError);
    for (const PackedFile &file : files) {
        if (!addFile(archive, file, error)) {
            zip_discard(archive);
            return std::nullopt;
        }
    }
    if (zip_close(archive) != 0) {
        fail(error, libzipMessage(zip_get_error(archive)));
        zip_discard(archive);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)
        || zip_source_open(buffer.get()) != 0) {
        fail(error, libzipMessage(zip_source_error(buffer.get())));
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read != zip_int64_t(stat.size)) {
        fail(error, libzipMessage(zip_source_error(buffer.get())));
        return std::nullopt;
    }
    return bytes;
}

} // namespace

std::optional<QString> ApictlArchive::extract(
    const QString &zipPath, const QString &destination, QString *error)
{
    Extractor extractor(zipPath, QDir::cleanPath(destination));
    std::optional<QString> project = extractor.run();
    if (!project && error)
        *error = extractor.error();
    return project;
}

bool ApictlArchive::pack(const QString &projectDirectory, const QString &zipPath, QString *error)
{
    const QFileInfo directory(QDir::cleanPath(QFileInfo(projectDirectory).absoluteFilePath()));
    if (!directory.isDir())
        return fail(error, tr("%1 is not a directory").arg(projectDirectory));
    const QString root = directory.fileName();
    if (root.isEmpty())
        return fail(error, tr("%1 has no name to use as the archive's folder").arg(projectDirectory));

    QStringList paths;
    QDirIterator iterator(directory.filePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (iterator.hasNext()) {
        const QFileInfo file = iterator.nextFileInfo();
        if (!file.isSymLink())
            paths << file.filePath();
    }
    paths.sort();
    if (paths.size() > maxEntries)
        return fail(error, tr("%1 holds more than %2 files").arg(projectDirectory).arg(maxEntries));

    const QDir base(directory.filePath());
    std::list<PackedFile> files;
    qint64 total = 0;
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, tr("cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > maxEntryBytes)
            return fail(error, tr("%1 is larger than %2 MiB").arg(path, mebibytes(maxEntryBytes)));
        PackedFile packed { root + QLatin1Char('/') + base.relativeFilePath(path), file.readAll(),
            QFileInfo(path).lastModified() };
        if (file.error() != QFileDevice::NoError)
            return fail(error, tr("cannot read %1: %2").arg(path, file.errorString()));
        total += packed.data.size();
        if (total > maxTotalBytes)
            return fail(
                error, tr("%1 holds more than %2 MiB").arg(projectDirectory, mebibytes(maxTotalBytes)));
        files.push_back(std::move(packed));
    }

    QString buildError;
    const std::optional<QByteArray> bytes = build(files, &buildError);
    if (!bytes)
        return fail(error, tr("cannot build %1: %2").arg(zipPath, buildError));
    QSaveFile output(zipPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(*bytes) != bytes->size() || !output.commit())
        return fail(error, tr("cannot write %1: %2").arg(zipPath, output.errorString()));
    return true;
}

bool ApictlArchive::isArchive(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = file.read(4);
    return magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06");
}

} // namespace Gatehouse
