#include "openapilinter.h"

#include "openapiimporter.h"
#include "openapireader.h"
#include "yamlnodes.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

class Linter
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::OpenApiLinter)
public:
    explicit Linter(QString fileName)
        : m_fileName(std::move(fileName))
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

    // Local references only: the import inlines file references and refuses remote ones
    // (OpenApiReferences), with their own diagnostics.
    void checkReference(const YAML::Node &reference)
    {
        const QString target = text(reference);
        if (target.startsWith(QLatin1Char('#')) && !followPointer(m_root, target.mid(1)).IsDefined())
            error(reference.Mark(), tr("$ref '%1' points to nothing in this document").arg(target));
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
    YAML::Node m_root;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

QList<Diagnostic> OpenApiLinter::lintFile(const QString &path)
{
    QList<Diagnostic> unreadable;
    const std::optional<QByteArray> text = OpenApiImporter::readFile(path, &unreadable);
    if (!text)
        return unreadable;
    return lintText(*text, path, QFileInfo(path).absolutePath());
}

QList<Diagnostic> OpenApiLinter::lintText(
    const QByteArray &text, const QString &fileNameForMessages, const QString &baseDirectory)
{
    QList<Diagnostic> diagnostics;
    const std::optional<YAML::Node> root = OpenApiImporter::parse(text, fileNameForMessages, &diagnostics);
    if (!root)
        return diagnostics;
    return lintParsed(*root, text, fileNameForMessages, baseDirectory);
}

QList<Diagnostic> OpenApiLinter::lintParsed(const YAML::Node &root, const QByteArray &text,
    const QString &fileNameForMessages, const QString &baseDirectory, OpenApiImportResult *importResult)
{
    OpenApiImportResult import
        = OpenApiImporter::importParsed(root, text, fileNameForMessages, baseDirectory);
    QList<Diagnostic> diagnostics = import.diagnostics;
    if (importResult)
        *importResult = std::move(import);
    QList<Diagnostic> linted;
    try {
        linted = Linter(fileNameForMessages).lint(root);
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
