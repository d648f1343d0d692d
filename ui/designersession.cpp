#include "designersession.h"

#include "openapiimporter.h"
#include "openapilinter.h"

#include <algorithm>

namespace Gatehouse {

DesignerSession::DesignerSession(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<DesignerAnalysis>();
    m_thread.setObjectName(QStringLiteral("designer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DesignerSession::~DesignerSession()
{
    m_latestAnalysis = ~quint64(0); // queued analyses are skipped
    m_thread.quit();
    m_thread.wait();
}

void DesignerSession::post(std::function<void()> job)
{
    if (m_pending.fetch_add(1) == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void DesignerSession::finished()
{
    if (m_pending.fetch_sub(1) == 1)
        emit busyChanged(false);
}

quint64 DesignerSession::analyse(const QByteArray &text)
{
    const quint64 generation = ++m_latestGeneration;
    m_latestAnalysis = generation;
    post([this, text, generation] {
        if (m_latestAnalysis.load() > generation && m_latestEdit.load() < generation) {
            QMetaObject::invokeMethod(
                this, [this] { finished(); }, Qt::QueuedConnection);
            return;
        }
        DesignerAnalysis analysis = analyseOnWorker(text, generation);
        QMetaObject::invokeMethod(
            this,
            [this, analysis = std::move(analysis)] {
                finished();
                if (analysis.generation >= m_latestAnalysis.load())
                    emit analysed(analysis);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void DesignerSession::applyEdit(const DesignEdit &edit)
{
    const quint64 generation = ++m_latestGeneration;
    m_latestEdit = generation;
    post([this, edit, generation] {
        QString error;
        std::optional<QByteArray> text;
        if (!m_lastTextParsed)
            error = tr("The source has errors: correct them (see Problems) before changing the form.");
        else if (m_document.apply(edit, &error))
            text = m_document.text(&error);
        if (!text) {
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    finished();
                    emit editRefused(error);
                },
                Qt::QueuedConnection);
            return;
        }
        DesignerAnalysis analysis = analyseOnWorker(*text, generation);
        QMetaObject::invokeMethod(
            this,
            [this, analysis = std::move(analysis)] {
                finished();
                emit edited(analysis);
            },
            Qt::QueuedConnection);
    });
}

DesignerAnalysis DesignerSession::analyseOnWorker(const QByteArray &text, quint64 generation)
{
    DesignerAnalysis analysis;
    analysis.generation = generation;
    analysis.text = text;
    QList<Diagnostic> parseProblems;
    m_lastTextParsed = m_document.load(text, m_fileName, &parseProblems);
    analysis.parsed = m_lastTextParsed;
    if (!analysis.parsed) {
        analysis.diagnostics = parseProblems;
        return analysis;
    }
    analysis.design = m_document.design();
    // One parse of a big document takes seconds: the linter and the import read the one load() made.
    OpenApiImportResult imported;
    const YAML::Node parsed = m_document.parsedText();
    const QList<Diagnostic> linted = parsed.IsDefined()
        ? OpenApiLinter::lintParsed(parsed, text, m_fileName, QString(), &imported)
        : OpenApiLinter::lintText(text, m_fileName);
    analysis.diagnostics = parseProblems + linted;
    std::stable_sort(analysis.diagnostics.begin(), analysis.diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
    if (!hasErrors(analysis.diagnostics))
        analysis.imported
            = parsed.IsDefined() ? imported.api : OpenApiImporter::importText(text, m_fileName).api;
    return analysis;
}

} // namespace Gatehouse
