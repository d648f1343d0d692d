#include "openapireferences.h"

#include "openapiimporter.h"
#include "openapireader.h"
#include "yamlnodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

constexpr int maxDepth = 256;

bool isRemote(const QString &location)
{
    if (location.startsWith(QLatin1String("//")))
        return true;
    const qsizetype colon = location.indexOf(QLatin1Char(':'));
    return colon > 1 && !location.left(colon).contains(QLatin1Char('/')); // "C:" is a drive, not a scheme
}

class Inliner
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiImporter)
public:
    Inliner(QString fileName, QList<Diagnostic> *diagnostics)
        : m_fileName(std::move(fileName))
        , m_diagnostics(diagnostics)
    { }

    // document: the file the node comes from ("" for the imported document itself).
    void walk(YAML::Node node, const QString &document, const QString &directory, int depth)
    {
        if (depth > maxDepth)
            return; // the linter reports the nesting
        if (node.IsSequence()) {
            for (YAML::Node item : node)
                walk(item, document, directory, depth + 1);
            return;
        }
        if (!node.IsMap())
            return;
        const YAML::Node reference = child(node, "$ref");
        if (reference.IsScalar()) {
            inlineReference(node, reference, document, directory, depth);
            return;
        }
        for (auto entry : node)
            walk(entry.second, document, directory, depth + 1);
    }

private:
    void error(const YAML::Node &where, const QString &message)
    {
        m_diagnostics->append(
            OpenApiReader::diagnosticAt(Diagnostic::Severity::Error, m_fileName, where.Mark(), message));
    }

    void inlineReference(YAML::Node node, const YAML::Node &reference, const QString &document,
        const QString &directory, int depth)
    {
        const QString target = text(reference);
        const qsizetype hash = target.indexOf(QLatin1Char('#'));
        QString location = hash < 0 ? target : target.left(hash);
        const QString fragment = hash < 0 ? QString() : target.mid(hash + 1);
        if (location.isEmpty()) {
            if (document.isEmpty())
                return; // local to the imported document: the reader follows it
            location = document; // local to an included file: it must come along
        } else if (isRemote(location)) {
            error(reference,
                tr("$ref '%1' is remote: Gatehouse never fetches definitions over the network; copy it into "
                   "the document or next to it as a file")
                    .arg(target));
            return;
        } else if (directory.isEmpty()) {
            error(reference,
                tr("$ref '%1' names a file, but the document was given without its folder; import the file "
                   "itself")
                    .arg(target));
            return;
        }
        const QString path = QDir::cleanPath(QDir(directory).absoluteFilePath(location));
        const QString key = path + QLatin1Char('#') + fragment;
        if (m_inlining.contains(key)) {
            error(reference,
                tr("$ref '%1' is circular: it comes back to itself through %2")
                    .arg(target, m_inlining.join(QStringLiteral(" -> "))));
            return;
        }
        const std::optional<YAML::Node> included = load(path, reference, target);
        if (!included)
            return;
        YAML::Node found = followPointer(*included, fragment);
        if (!found.IsDefined()) {
            error(reference, tr("$ref '%1' points to nothing in %2").arg(target, location));
            return;
        }
        m_inlining.append(key);
        walk(found, path, QFileInfo(path).absolutePath(), depth + 1);
        m_inlining.removeLast();
        node = found; // yaml-cpp assignment: the $ref mapping in the document now is the included node
    }

    std::optional<YAML::Node> load(const QString &path, const YAML::Node &reference, const QString &target)
    {
        if (const auto known = m_files.constFind(path); known != m_files.cend())
            return *known;
        QFile file(path);
        std::optional<YAML::Node> parsed;
        if (!file.open(QIODevice::ReadOnly)) {
            error(reference, tr("$ref '%1': cannot read %2: %3").arg(target, path, file.errorString()));
        } else {
            QList<Diagnostic> problems;
            parsed = OpenApiImporter::parse(file.readAll(), path, &problems);
            if (!parsed)
                error(reference,
                    tr("$ref '%1': %2")
                        .arg(target, problems.isEmpty() ? path : problems.constFirst().toString()));
        }
        m_files.insert(path, parsed);
        return parsed;
    }

    QString m_fileName;
    QList<Diagnostic> *m_diagnostics;
    QHash<QString, std::optional<YAML::Node>> m_files;
    QStringList m_inlining;
};

} // namespace

void OpenApiReferences::inlineFileReferences(
    YAML::Node root, const QString &fileName, const QString &baseDirectory, QList<Diagnostic> *diagnostics)
{
    Inliner(fileName, diagnostics).walk(root, QString(), baseDirectory, 0);
}

} // namespace Gatehouse
