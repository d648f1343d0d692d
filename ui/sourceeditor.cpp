#include "sourceeditor.h"

#include "deferredhighlighting.h"
#include "syntaxhighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>

#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Gatehouse {

class SourceEditorGutter : public QWidget
{
public:
    explicit SourceEditorGutter(SourceEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }

    QSize sizeHint() const override { return { m_editor->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip)
            return m_editor->showGutterToolTip(event, static_cast<QHelpEvent *>(event)->pos().y());
        return QWidget::event(event);
    }

private:
    SourceEditor *m_editor;
};

namespace {

QString languageName(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::Yaml:
        return QStringLiteral("YAML");
    case SourceLanguage::Json:
        return QStringLiteral("JSON");
    case SourceLanguage::GraphQL:
        return QStringLiteral("GraphQL");
    case SourceLanguage::Xml:
        return QStringLiteral("XML");
    }
    return {};
}

#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &sharedRepository()
{
    // Loading the definition index is the costly part, so every editor shares one; being a function
    // static, it outlives the editors and so the definitions their highlighters hold.
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

class LineLimitedSyntaxHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    LineLimitedSyntaxHighlighter(QTextDocument *document, const DeferredHighlighting *deferral)
        : SyntaxHighlighter(document)
        , m_deferral(deferral)
    { }

protected:
    void highlightBlock(const QString &text) override
    {
        if (!m_deferral->shouldSkip(currentBlock()))
            SyntaxHighlighter::highlightBlock(text);
    }

    // Long lines stay as cheap to lay out as with the built-in highlighter.
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        constexpr int limit = BuiltInHighlighter::colorLimitPerLine;
        if (offset < limit)
            SyntaxHighlighter::applyFormat(offset, std::min(length, limit - offset), format);
    }

private:
    const DeferredHighlighting *m_deferral;
};

KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette)
{
    return sharedRepository().defaultTheme(BuiltInHighlighter::isDarkPalette(palette)
            ? KSyntaxHighlighting::Repository::DarkTheme
            : KSyntaxHighlighting::Repository::LightTheme);
}
#endif

bool isUndoOrRedo(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))
        return true;
    // Both platforms' redo keys, whichever QKeySequence::Redo means here.
    const QKeyCombination combination = event->keyCombination();
    return combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)
        || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'$' || c == u'@';
}

// The end of the token starting at `start`: a word, a quoted string, or (when the token can't be told)
// the rest of the line without its trailing blanks.
int tokenEnd(const QString &line, int start)
{
    const int length = int(line.size());
    const QChar first = line.at(start);
    if (isTokenChar(first)) {
        int end = start + 1;
        while (end < length && isTokenChar(line.at(end)))
            ++end;
        return end;
    }
    if (first == u'"' || first == u'\'') {
        for (int i = start + 1; i < length; ++i) {
            if (line.at(i) == u'\\')
                ++i;
            else if (line.at(i) == first)
                return i + 1;
        }
    }
    int end = length;
    while (end > start + 1 && line.at(end - 1).isSpace())
        --end;
    return end;
}

int severityRank(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return 2;
    case Diagnostic::Severity::Warning:
        return 1;
    case Diagnostic::Severity::Info:
        break;
    }
    return 0;
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_deferredHighlighting(new DeferredHighlighting(this))
    , m_gutter(new SourceEditorGutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        refreshExtraSelections();
        m_gutter->update();
    });
    connect(document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (!m_replacingText && (removed > 0 || added > 0))
            emit userEdited();
    });

    updateGutterWidth();
    setLanguage(SourceLanguage::Yaml);
    refreshExtraSelections();
}

SourceEditor::~SourceEditor() = default;

void SourceEditor::setLanguage(SourceLanguage language)
{
    m_language = language;
#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition
        = sharedRepository().definitionForName(languageName(language));
    if (definition.isValid()) {
        auto *highlighter = m_usesKSyntaxHighlighting
            ? static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter.data())
            : nullptr;
        if (!highlighter) {
            delete m_highlighter;
            highlighter = new LineLimitedSyntaxHighlighter(document(), m_deferredHighlighting);
            highlighter->setTheme(themeForPalette(palette()));
            m_highlighter = highlighter;
            m_deferredHighlighting->setHighlighter(highlighter);
            m_usesKSyntaxHighlighting = true;
        }
        highlighter->setDefinition(definition);
        return;
    }
#endif
    if (m_usesKSyntaxHighlighting) {
        delete m_highlighter;
        m_usesKSyntaxHighlighting = false;
    }
    if (BuiltInHighlighter *highlighter = builtInHighlighter()) {
        highlighter->setLanguage(language);
        return;
    }
    auto *highlighter = new BuiltInHighlighter(language, document());
    highlighter->setDeferral(m_deferredHighlighting);
    highlighter->setPalette(palette());
    m_highlighter = highlighter;
    m_deferredHighlighting->setHighlighter(highlighter);
}

QString SourceEditor::highlighterName() const
{
#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
    if (m_usesKSyntaxHighlighting) {
        const auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter.data());
        return QStringLiteral("KSyntaxHighlighting: ") + highlighter->definition().name();
    }
#endif
    return QStringLiteral("Built-in: ") + languageName(m_language);
}

BuiltInHighlighter *SourceEditor::builtInHighlighter() const
{
    return m_usesKSyntaxHighlighting ? nullptr : qobject_cast<BuiltInHighlighter *>(m_highlighter.data());
}

void SourceEditor::applyPaletteTheme()
{
#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
    if (m_usesKSyntaxHighlighting) {
        auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter.data());
        const KSyntaxHighlighting::Theme theme = themeForPalette(palette());
        if (highlighter->theme().name() != theme.name()) {
            highlighter->setTheme(theme);
            highlighter->rehighlight();
        }
    }
#endif
    if (BuiltInHighlighter *highlighter = builtInHighlighter())
        highlighter->setPalette(palette());
    refreshExtraSelections();
    rebuildDiagnosticSelections();
    m_gutter->update();
}

// ---- Gutter ----

int SourceEditor::gutterWidth() const
{
    int digits = 2;
    for (int lines = std::max(1, blockCount()); lines >= 100; lines /= 10)
        ++digits;
    const int markerWidth = fontMetrics().height() / 2 + 4;
    return 4 + markerWidth + fontMetrics().horizontalAdvance(u'9') * digits + 6;
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), gutterWidth(), contents.height()));
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const bool dark = BuiltInHighlighter::isDarkPalette(palette());
    const QColor base = palette().color(QPalette::Base);
    painter.fillRect(event->rect(), dark ? base.lighter(130) : base.darker(106));

    QColor numberColor = palette().color(QPalette::Text);
    numberColor.setAlpha(140);
    const int markerSize = fontMetrics().height() / 2;
    const int currentBlock = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber();
            const auto severity = m_worstSeverityByBlock.constFind(number);
            if (severity != m_worstSeverityByBlock.constEnd()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColor(*severity));
                painter.drawEllipse(
                    4, top + (fontMetrics().height() - markerSize) / 2, markerSize, markerSize);
            }
            painter.setPen(number == currentBlock ? palette().color(QPalette::Text) : numberColor);
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                QString::number(number + 1));
        }
        block = block.next();
        top += height;
    }
}

bool SourceEditor::showGutterToolTip(QEvent *event, int y)
{
    const int blockNumber = cursorForPosition(QPoint(0, y)).blockNumber();
    QStringList messages;
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        if (diagnostic.line == blockNumber + 1)
            messages.append(diagnostic.message);
    }
    const auto *help = static_cast<QHelpEvent *>(event);
    if (messages.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), messages.join(u'\n'), m_gutter);
    return true;
}

// ---- Diagnostics ----

QColor SourceEditor::severityColor(Diagnostic::Severity severity) const
{
    const bool dark = BuiltInHighlighter::isDarkPalette(palette());
    switch (severity) {
    case Diagnostic::Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd7, 0x1a, 0x1a);
    case Diagnostic::Severity::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xc7, 0x8a, 0x00);
    case Diagnostic::Severity::Info:
        break;
    }
    return dark ? QColor(0x6c, 0xb6, 0xff) : QColor(0x1f, 0x6f, 0xd1);
}

void SourceEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    rebuildDiagnosticSelections();
}

QTextCursor SourceEditor::diagnosticRange(const Diagnostic &diagnostic) const
{
    if (diagnostic.line < 1 || diagnostic.line > blockCount())
        return {};
    const QTextBlock block = document()->findBlockByNumber(diagnostic.line - 1);
    const QString text = block.text();
    const int length = int(text.size());
    if (length == 0)
        return {};
    int start = 0;
    int end = length;
    if (diagnostic.column < 1) {
        while (start < length - 1 && text.at(start).isSpace())
            ++start;
    } else if (diagnostic.column > length) {
        start = length - 1; // past the end of the line: its last character stands for it
    } else {
        start = diagnostic.column - 1;
        end = tokenEnd(text, start);
    }
    QTextCursor cursor(document());
    cursor.setPosition(block.position() + start);
    cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    return cursor;
}

void SourceEditor::rebuildDiagnosticSelections()
{
    m_diagnosticSelections.clear();
    m_worstSeverityByBlock.clear();
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        if (diagnostic.line >= 1 && diagnostic.line <= blockCount()) {
            const int blockNumber = diagnostic.line - 1;
            const auto known = m_worstSeverityByBlock.constFind(blockNumber);
            if (known == m_worstSeverityByBlock.constEnd()
                || severityRank(diagnostic.severity) > severityRank(*known))
                m_worstSeverityByBlock.insert(blockNumber, diagnostic.severity);
        }
        const QTextCursor range = diagnosticRange(diagnostic);
        if (range.isNull() || !range.hasSelection())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = range;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(severityColor(diagnostic.severity));
        selection.format.setToolTip(diagnostic.message);
        m_diagnosticSelections.append(selection);
    }
    refreshExtraSelections();
    m_gutter->update();
}

void SourceEditor::refreshExtraSelections()
{
    QTextEdit::ExtraSelection currentLine;
    QColor lineColor = palette().color(QPalette::Highlight);
    lineColor.setAlpha(BuiltInHighlighter::isDarkPalette(palette()) ? 45 : 28);
    currentLine.format.setBackground(lineColor);
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    setExtraSelections(QList<QTextEdit::ExtraSelection> { currentLine } + m_diagnosticSelections);
}

QString SourceEditor::diagnosticMessageAt(int position) const
{
    QStringList messages;
    for (const QTextEdit::ExtraSelection &selection : m_diagnosticSelections) {
        if (position >= selection.cursor.selectionStart() && position < selection.cursor.selectionEnd())
            messages.append(selection.format.toolTip());
    }
    return messages.join(u'\n');
}

bool SourceEditor::showToolTip(QEvent *event, const QPoint &viewportPosition)
{
    const QString message = diagnosticMessageAt(cursorForPosition(viewportPosition).position());
    const auto *help = static_cast<QHelpEvent *>(event);
    if (message.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), message, viewport());
    }
    return true;
}

// ---- Events ----

bool SourceEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent *>(event))) {
        event->ignore(); // the window's Edit → Undo/Redo actions own these keys
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        const QPoint position = static_cast<QHelpEvent *>(event)->pos();
        return showToolTip(event, viewport()->mapFrom(this, position));
    }
    return QPlainTextEdit::event(event);
}

bool SourceEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip)
        return showToolTip(event, static_cast<QHelpEvent *>(event)->pos());
    return QPlainTextEdit::viewportEvent(event);
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme();
    else if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void SourceEditor::keyPressEvent(QKeyEvent *event)
{
    if (isUndoOrRedo(event)) {
        event->ignore();
        return;
    }
    if (m_language == SourceLanguage::Yaml && event->key() == Qt::Key_Tab
        && event->modifiers() == Qt::NoModifier) {
        textCursor().insertText(QStringLiteral("  ")); // YAML forbids tabs in indentation
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// ---- Navigation and programmatic text ----

void SourceEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void SourceEditor::setTextPreservingView(const QString &text)
{
    const QString current = toPlainText();
    if (text == current)
        return;
    const int line = textCursor().blockNumber();
    const int column = textCursor().positionInBlock();
    const int verticalScroll = verticalScrollBar()->value();
    const int horizontalScroll = horizontalScrollBar()->value();

    const qsizetype shorter = std::min(text.size(), current.size());
    qsizetype prefix = 0;
    while (prefix < shorter && text.at(prefix) == current.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
        && text.at(text.size() - 1 - suffix) == current.at(current.size() - 1 - suffix))
        ++suffix;

    const bool deferHighlighting = text.size() - prefix - suffix > deferHighlightingAbove;
    {
        const QScopedValueRollback replacing(m_replacingText, true);
        QTextCursor edit(document());
        edit.setPosition(int(prefix));
        if (deferHighlighting)
            m_deferredHighlighting->deferFrom(edit.blockNumber());
        edit.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
        edit.insertText(text.sliced(prefix, text.size() - prefix - suffix));
    }

    const QTextBlock block = document()->findBlockByNumber(std::min(line, blockCount() - 1));
    QTextCursor restored(block);
    restored.setPosition(block.position() + std::min(column, block.length() - 1));
    setTextCursor(restored);
    verticalScrollBar()->setValue(verticalScroll);
    horizontalScrollBar()->setValue(horizontalScroll);
    if (deferHighlighting)
        m_deferredHighlighting->highlightNow(firstVisibleBlock().blockNumber(),
            cursorForPosition(QPoint(0, viewport()->height())).blockNumber());
    rebuildDiagnosticSelections();
}

bool SourceEditor::isHighlightingPending() const
{
    return m_deferredHighlighting->isPending();
}

} // namespace Gatehouse
