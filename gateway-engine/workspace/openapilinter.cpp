#include "openapilinter.h"

#include "openapiimporter.h"
#include "openapireader.h"
#include "yamlnodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Gatehouse {

using namespace YamlNodes;

namespace {

// Deeper than any real document; a YAML alias that contains itself would otherwise recurse forever.
constexpr int maxDepth = 256;

const QStringList &operationKeys()
{
    static const QStringList keys = { QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
        QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch"),
        QStringLiteral("trace") };
    return keys;
}

QString markText(const YAML::Mark &mark)
{
    return QStringLiteral("%1:%2").arg(mark.line + 1).arg(mark.column + 1);
}

// RFC 6901: "/paths/~1pets/get" -> ["paths", "/pets", "get"], after the URI fragment's percent-decoding.
QStringList pointerTokens(const QString &fragment)
{
    const QString pointer = QUrl::fromPercentEncoding(fragment.toUtf8());
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst(); // before the leading '/'
    for (QString &token : tokens)
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

YAML::Node followPointer(const YAML::Node &root, const QString &fragment)
{
    if (fragment.isEmpty())
        return root;
    if (!fragment.startsWith(QLatin1Char('/')))
        return YAML::Node(YAML::NodeType::Undefined);
    // reset(), never operator=: assigning to a yaml-cpp node that refers into a document overwrites the
    // document.
    YAML::Node node;
    node.reset(root);
    for (const QString &token : pointerTokens(fragment)) {
        if (node.IsMap()) {
            node.reset(child(node, token.toUtf8().constData()));
        } else if (node.IsSequence()) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if (!isIndex || index < 0 || std::size_t(index) >= node.size())
                return YAML::Node(YAML::NodeType::Undefined);
            node.reset(node[std::size_t(index)]);
        } else {
            return YAML::Node(YAML::NodeType::Undefined);
        }
        if (!node.IsDefined())
            return node;
    }
    return node;
}

class Linter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiLinter)
public:
    Linter(QString fileName, QString baseDirectory)
        : m_fileName(std::move(fileName))
        , m_baseDirectory(std::move(baseDirectory))
    { }

    QList<Diagnostic> lint(const YAML::Node &root)
    {
        m_root.reset(root);
        checkReferences(root, 0);
        checkOperations();
        checkSecurityRequirements(child(root, "security"), QStringLiteral("the API"));
        return m_diagnostics;
    }

private:
    void report(Diagnostic::Severity severity, const YAML::Mark &mark, const QString &message)
    {
        m_diagnostics.append(OpenApiReader::diagnosticAt(severity, m_fileName, mark, message));
    }
    void error(const YAML::Mark &mark, const QString &message)
    {
        report(Diagnostic::Severity::Error, mark, message);
    }

    void checkReferences(const YAML::Node &node, int depth)
    {
        if (depth > maxDepth) {
            error(node.Mark(), tr("the document nests deeper than %1 levels").arg(maxDepth));
            return;
        }
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                checkReferences(item, depth + 1);
            return;
        }
        if (!node.IsMap())
            return;
        for (const auto &entry : node) {
            if (entry.first.IsScalar() && entry.first.Scalar() == "$ref" && entry.second.IsScalar())
                checkReference(entry.second);
            else
                checkReferences(entry.second, depth + 1);
        }
    }

    void checkReference(const YAML::Node &reference)
    {
        const QString target = text(reference);
        const qsizetype hash = target.indexOf(QLatin1Char('#'));
        const QString location = hash < 0 ? target : target.left(hash);
        const QString fragment = hash < 0 ? QString() : target.mid(hash + 1);
        if (location.isEmpty()) {
            if (!followPointer(m_root, fragment).IsDefined())
                error(reference.Mark(), tr("$ref '%1' points to nothing in this document").arg(target));
            return;
        }
        const QUrl url(location);
        if (location.startsWith(QLatin1String("//"))
            || (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)) {
            error(reference.Mark(),
                tr("$ref '%1' is remote: Gatehouse never fetches remote references; copy the definition into "
                   "the document or next to it as a file")
                    .arg(target));
            return;
        }
        if (m_baseDirectory.isEmpty())
            return;
        const QString path = QDir(m_baseDirectory).absoluteFilePath(location);
        const std::optional<YAML::Node> document = externalDocument(path, reference.Mark(), target);
        if (document && !followPointer(*document, fragment).IsDefined())
            error(reference.Mark(), tr("$ref '%1' points to nothing in %2").arg(target, location));
    }

    std::optional<YAML::Node> externalDocument(
        const QString &path, const YAML::Mark &mark, const QString &target)
    {
        if (const auto known = m_externalDocuments.constFind(path); known != m_externalDocuments.cend())
            return *known;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(mark, tr("$ref '%1': cannot read %2: %3").arg(target, path, file.errorString()));
            m_externalDocuments.insert(path, std::nullopt);
            return std::nullopt;
        }
        QList<Diagnostic> problems;
        std::optional<YAML::Node> document = OpenApiImporter::parse(file.readAll(), path, &problems);
        if (!document)
            error(mark,
                tr("$ref '%1': %2 does not parse: %3")
                    .arg(target, path, problems.isEmpty() ? QString() : problems.constFirst().toString()));
        m_externalDocuments.insert(path, document);
        return document;
    }

    YAML::Node resolveLocal(const YAML::Node &node) const
    {
        const YAML::Node reference = child(node, "$ref");
        if (!reference.IsDefined() || !reference.IsScalar())
            return node;
        const QString target = text(reference);
        return target.startsWith(QLatin1Char('#')) ? followPointer(m_root, target.mid(1))
                                                   : YAML::Node(YAML::NodeType::Undefined);
    }

    // Path parameters declared in a parameters list: name -> where. Unresolvable entries are left to the
    // $ref check.
    QHash<QString, YAML::Mark> pathParameters(const YAML::Node &parameters) const
    {
        QHash<QString, YAML::Mark> declared;
        if (!parameters.IsSequence())
            return declared;
        for (const YAML::Node &entry : parameters) {
            const YAML::Node parameter = resolveLocal(entry);
            if (!parameter.IsMap())
                continue;
            const YAML::Node in = child(parameter, "in");
            const YAML::Node name = child(parameter, "name");
            if (in.IsScalar() && in.Scalar() == "path" && name.IsScalar())
                declared.insert(text(name), entry.Mark());
        }
        return declared;
    }

    void checkOperations()
    {
        static const QRegularExpression templateParameter(QStringLiteral("\\{([^{}]+)\\}"));
        const YAML::Node paths = child(m_root, "paths");
        if (!paths.IsMap())
            return;
        QHash<QString, YAML::Mark> operationIds;
        for (const auto &pathEntry : paths) {
            const QString path = text(pathEntry.first);
            const YAML::Node item = resolveLocal(pathEntry.second);
            if (!item.IsMap())
                continue;
            QSet<QString> inTemplate;
            for (auto match = templateParameter.globalMatch(path); match.hasNext();)
                inTemplate.insert(match.next().captured(1));
            const QHash<QString, YAML::Mark> pathLevel = pathParameters(child(item, "parameters"));
            for (const QString &method : operationKeys()) {
                const YAML::Node operation = child(item, method.toUtf8().constData());
                if (!operation.IsMap())
                    continue;
                const QString label = method.toUpper() + QLatin1Char(' ') + path;
                checkOperationId(operation, label, &operationIds);
                QHash<QString, YAML::Mark> declared = pathLevel;
                declared.insert(pathParameters(child(operation, "parameters")));
                for (const QString &name : std::as_const(inTemplate)) {
                    if (!declared.contains(name))
                        error(operation.Mark(),
                            tr("%1 does not declare the path parameter '%2' (add it to parameters with in: "
                               "path "
                               "and required: true)")
                                .arg(label, name));
                }
                for (auto it = declared.cbegin(); it != declared.cend(); ++it) {
                    if (!inTemplate.contains(it.key()))
                        error(it.value(),
                            tr("%1 declares the path parameter '%2', but the path has no {%2}")
                                .arg(label, it.key()));
                }
                checkSecurityRequirements(child(operation, "security"), label);
            }
        }
    }

    void checkOperationId(const YAML::Node &operation, const QString &label, QHash<QString, YAML::Mark> *seen)
    {
        const YAML::Node id = child(operation, "operationId");
        if (!id.IsScalar())
            return;
        const QString value = text(id);
        if (const auto first = seen->constFind(value); first != seen->cend())
            error(id.Mark(),
                tr("operationId '%1' of %2 is already used at %3; operationIds must be unique")
                    .arg(value, label, markText(*first)));
        else
            seen->insert(value, id.Mark());
    }

    void checkSecurityRequirements(const YAML::Node &requirements, const QString &owner)
    {
        if (!requirements.IsSequence())
            return;
        const YAML::Node schemes = child(child(m_root, "components"), "securitySchemes");
        for (const YAML::Node &requirement : requirements) {
            if (!requirement.IsMap())
                continue;
            for (const auto &entry : requirement) {
                const std::string name = entry.first.Scalar();
                if (!child(schemes, name.c_str()).IsDefined())
                    error(entry.first.Mark(),
                        tr("%1 requires the security scheme '%2', which components.securitySchemes does not "
                           "define")
                            .arg(owner, QString::fromStdString(name)));
            }
        }
    }

    QString m_fileName;
    QString m_baseDirectory;
    YAML::Node m_root;
    QList<Diagnostic> m_diagnostics;
    QHash<QString, std::optional<YAML::Node>> m_externalDocuments;
};

} // namespace

QList<Diagnostic> OpenApiLinter::lintFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Diagnostic diagnostic;
        diagnostic.file = path;
        diagnostic.message = tr("cannot read the file: %1").arg(file.errorString());
        return { diagnostic };
    }
    return lintText(file.readAll(), path, QFileInfo(path).absolutePath());
}

QList<Diagnostic> OpenApiLinter::lintText(
    const QByteArray &text, const QString &fileNameForMessages, const QString &baseDirectory)
{
    QList<Diagnostic> diagnostics;
    const std::optional<YAML::Node> root = OpenApiImporter::parse(text, fileNameForMessages, &diagnostics);
    if (!root)
        return diagnostics;
    diagnostics = OpenApiImporter::importParsed(*root, text, fileNameForMessages).diagnostics;
    QList<Diagnostic> linted;
    try {
        linted = Linter(fileNameForMessages, baseDirectory).lint(*root);
    } catch (const YAML::Exception &exception) {
        linted.append(OpenApiReader::diagnosticAt(Diagnostic::Severity::Error, fileNameForMessages,
            exception.mark, QString::fromStdString(exception.msg)));
    }
    // The import checks some $refs and security requirements itself. Where both speak about the same node,
    // the import's error stands; a milder import note ("not followed") gives way to the lint error.
    for (const Diagnostic &problem : std::as_const(linted)) {
        const auto samePlace = [&](const Diagnostic &other) {
            return other.line == problem.line && other.column == problem.column;
        };
        const auto imported = std::find_if(diagnostics.begin(), diagnostics.end(), samePlace);
        if (imported == diagnostics.end()) {
            diagnostics.append(problem);
        } else if (imported->severity != Diagnostic::Severity::Error) {
            *imported = problem;
        }
    }
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return diagnostics;
}

} // namespace Gatehouse
