#pragma once

#include "diagnostic.h"
#include "sourcetokenizer.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QPointer>

class QSyntaxHighlighter;

namespace Gatehouse {

class BuiltInHighlighter;
class SourceEditorGutter;

// Plain-text editor for API definitions: syntax highlighting (KSyntaxHighlighting where the build has it,
// the built-in highlighter otherwise), a line-number gutter and diagnostics drawn as wavy underlines.
// The designer owns undo: this editor keeps no undo stack of its own and lets the undo/redo shortcuts
// through to the window's actions.
class DeferredHighlighting;

class SourceEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    void setLanguage(SourceLanguage language);
    SourceLanguage language() const { return m_language; }
    bool usesKSyntaxHighlighting() const { return m_usesKSyntaxHighlighting; }
    QString highlighterName() const;
    // Null while KSyntaxHighlighting does the highlighting.
    BuiltInHighlighter *builtInHighlighter() const;

    // Lines and columns are 1-based; column 0 marks the whole line, line 0 nothing but the list.
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const { return m_diagnosticSelections; }
    // The messages of the diagnostics underlining the character at `position`, one a line.
    QString diagnosticMessageAt(int position) const;

    // 1-based; out-of-range values are clamped. Centres the line and focuses the editor.
    void goTo(int line, int column);
    // Replaces the text without touching undo or emitting userEdited(), keeping the cursor's line and
    // column and the scroll position. Only the changed middle of the document is replaced.
    // A replacement above deferHighlightingAbove characters is coloured visible part first, the rest from
    // a timer (DeferredHighlighting) while the editor stays usable.
    void setTextPreservingView(const QString &text);
    static constexpr qsizetype deferHighlightingAbove = 256 * 1024;
    bool isHighlightingPending() const;

    int gutterWidth() const;

signals:
    // Typing, pasting, cutting or dropping changed the text; setTextPreservingView() never emits it.
    void userEdited();

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class SourceEditorGutter;

    void applyPaletteTheme();
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void paintGutter(QPaintEvent *event);
    bool showToolTip(QEvent *event, const QPoint &viewportPosition);
    bool showGutterToolTip(QEvent *event, int y);
    void rebuildDiagnosticSelections();
    void refreshExtraSelections();
    QTextCursor diagnosticRange(const Diagnostic &diagnostic) const;
    QColor severityColor(Diagnostic::Severity severity) const;

    SourceLanguage m_language = SourceLanguage::Yaml;
    QPointer<QSyntaxHighlighter> m_highlighter; // a BuiltInHighlighter or KSyntaxHighlighting's
    DeferredHighlighting *m_deferredHighlighting;
    bool m_usesKSyntaxHighlighting = false;
    SourceEditorGutter *m_gutter;
    QList<Diagnostic> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QHash<int, Diagnostic::Severity> m_worstSeverityByBlock;
    bool m_replacingText = false;
};

} // namespace Gatehouse
