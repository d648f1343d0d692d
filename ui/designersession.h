#pragma once

#include "apidesign.h"
#include "workspace.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <optional>

namespace Gatehouse {

// What the worker found in one version of the source text.
struct DesignerAnalysis
{
    quint64 generation = 0;
    QByteArray text;
    bool parsed = false; // the text is an OpenAPI document; `design` is from it
    ApiDesign design;
    QList<Diagnostic> diagnostics; // parse errors, or lint and import diagnostics, sorted by position
    std::optional<ApiRecord> imported; // the definition a save stores; none while there are errors
};

// The designer's document on its own thread: parsing, linting and importing a 10 MB definition takes
// seconds, and the GUI thread never waits for it. Requests are handled in order; an analysis is skipped when
// a newer analysis replaces it before it starts and no edit was asked for in between (an edit applies to
// the text analysed before it).
class DesignerSession : public QObject
{
    Q_OBJECT
public:
    explicit DesignerSession(QObject *parent = nullptr);
    ~DesignerSession() override; // waits for the request in progress

    void setFileName(const QString &fileName) { m_fileName = fileName; }
    // Reads text; `analysed` follows. Returns the request's generation.
    quint64 analyse(const QByteArray &text);
    // Applies the edit to the last text that parsed; `edited` (with the new text) or `editRefused` follows.
    // Refused while the newest analysed text does not parse, so a form edit never replaces broken text.
    void applyEdit(const DesignEdit &edit);
    bool isBusy() const { return m_pending.load() > 0; }

signals:
    void analysed(const Gatehouse::DesignerAnalysis &analysis);
    void edited(const Gatehouse::DesignerAnalysis &analysis);
    void editRefused(const QString &error);
    void busyChanged(bool busy);

private:
    void post(std::function<void()> job);
    void finished();
    DesignerAnalysis analyseOnWorker(const QByteArray &text, quint64 generation);

    QThread m_thread;
    QObject *m_worker; // lives in m_thread
    QString m_fileName = QStringLiteral("definition.yaml");
    std::atomic<quint64> m_latestGeneration { 0 }; // of any request
    std::atomic<quint64> m_latestAnalysis { 0 };
    std::atomic<quint64> m_latestEdit { 0 };
    std::atomic<int> m_pending { 0 };
    // Touched only on the worker thread.
    ApiDesignDocument m_document;
    bool m_lastTextParsed = false;
};

} // namespace Gatehouse

Q_DECLARE_METATYPE(Gatehouse::DesignerAnalysis)
