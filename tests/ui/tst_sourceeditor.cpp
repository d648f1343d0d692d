#include "sourceeditor.h"
#include "syntaxhighlighter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::SourceLanguage)
Q_DECLARE_METATYPE(Gatehouse::SourceToken)
Q_DECLARE_METATYPE(Gatehouse::Diagnostic::Severity)

// No raw string literals here: moc 6.4 misreads those holding """ or \" and then finds no Q_OBJECT class.

namespace {

// A row's expectation: a token's colour, or "plain" (coloured like the row's reference text).
constexpr int plainText = -1;

// Bounds a hang, not a speed: the scanners take milliseconds for a megabyte.
constexpr qint64 hangGuardMs = 20'000;

const QString yamlSample = QStringLiteral("# leading comment\n"
                                          "openapi: \"3.0.1\"\n"
                                          "\"quoted key\": 1\n"
                                          "info:\n"
                                          "  title: 'Pets'\n"
                                          "  version: 2\n"
                                          "  ratio: -1.5e3\n"
                                          "  enabled: true\n"
                                          "  nothing: ~\n"
                                          "  answer: yes\n"
                                          "  sentence: say yes please\n"
                                          "  anchorMap: &base {a: 1}\n"
                                          "  aliasUse: *base\n"
                                          "  list:\n"
                                          "    - item\n"
                                          "  description: |\n"
                                          "    first line: not a key\n"
                                          "    second # not a comment\n"
                                          "  after: 1\n"
                                          "---\n");

const QString jsonSample = QStringLiteral("{\n"
                                          "  \"name\": \"Pets\",\n"
                                          "  \"count\": 12,\n"
                                          "  \"ratio\": -1.5e3,\n"
                                          "  \"ok\": true,\n"
                                          "  \"none\": null,\n"
                                          "  \"list\": [1, 2]\n"
                                          "}");

const QString graphQLSample = QStringLiteral("# leading comment\n"
                                             "query GetPet($id: ID!, $limit: Int = 10) @cached(ttl: 60) {\n"
                                             "  pet(id: $id) { name ...PetFields }\n"
                                             "}\n"
                                             "\"\"\"\n"
                                             "Block description\n"
                                             "spanning lines\n"
                                             "\"\"\"\n"
                                             "type Pet implements Node {\n"
                                             "  name: String\n"
                                             "  tags: [String!]! @deprecated(reason: \"use labels\")\n"
                                             "}\n"
                                             "fragment PetFields on Pet { id }\n");

const QString xmlSample = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!-- a comment\n"
                                         "     across lines -->\n"
                                         "<api name=\"pets\" version='1'>\n"
                                         "  <path>/pets &amp; more text</path>\n"
                                         "  <![CDATA[ raw <data> ]]>\n"
                                         "</api>\n");

QString sampleFor(SourceLanguage language)
{
    switch (language) {
    case SourceLanguage::Yaml:
        return yamlSample;
    case SourceLanguage::Json:
        return jsonSample;
    case SourceLanguage::GraphQL:
        return graphQLSample;
    case SourceLanguage::Xml:
        return xmlSample;
    }
    return {};
}

// The highlighter's format of the character at `position` (QSyntaxHighlighter keeps them in the layout).
QTextCharFormat highlightAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return {};
}

QColor foregroundAt(const QTextDocument *document, int position)
{
    const QTextCharFormat format = highlightAt(document, position);
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : QColor();
}

// Colour, weight and slant: KSyntaxHighlighting's themes tell some tokens (keywords, XML tags) from plain
// text by weight alone.
QString styleAt(const QTextDocument *document, int position)
{
    const QTextCharFormat format = highlightAt(document, position);
    const QColor foreground = foregroundAt(document, position);
    return (foreground.isValid() ? foreground.name() : QStringLiteral("default"))
        + (format.fontWeight() >= QFont::DemiBold ? QStringLiteral(" bold") : QString())
        + (format.fontItalic() ? QStringLiteral(" italic") : QString());
}

int positionOf(const QString &text, const QString &needle)
{
    const int position = int(text.indexOf(needle));
    if (position < 0)
        qFatal("test data: '%s' is not in the sample", qPrintable(needle));
    return position;
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette = QApplication::palette();
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::Window, base);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::WindowText, text);
    }
    return palette;
}

QString megabyteJsonLine()
{
    QString line = QStringLiteral("[");
    while (line.size() < 1024 * 1024)
        line += QStringLiteral("{\"key\": 12345, \"text\": \"a \\\"quoted\\\" value\", \"flag\": true}, ");
    line += QStringLiteral("0]");
    return line;
}

} // namespace

class TestSourceEditor : public QObject
{
    Q_OBJECT

private slots:
    void highlightsTokens_data();
    void highlightsTokens();
    void jsonKeysAndStringValuesDiffer();
    void paletteChoosesLightOrDarkColors();
    void builtInColorSetsDiffer();
    void megabyteLineDoesNotHang_data();
    void megabyteLineDoesNotHang();
    void editorHighlightsMegabyteJsonLine();
    void stateCarriesPastTheColorLimit_data();
    void stateCarriesPastTheColorLimit();
    void diagnosticsUnderline_data();
    void diagnosticsUnderline();
    void diagnosticTooltipShowsMessage();
    void goToMovesCursor_data();
    void goToMovesCursor();
    void setTextPreservingViewKeepsCursorAndIsSilent();
    void typingAndPastingEmitUserEdited();
    void tabIndentsYamlWithSpaces();
    void undoShortcutsAreNotOverridden_data();
    void undoShortcutsAreNotOverridden();
    void undoShortcutReachesWindowAction();
};

void TestSourceEditor::highlightsTokens_data()
{
    QTest::addColumn<SourceLanguage>("language");
    QTest::addColumn<QString>("needle"); // the text whose first character is checked
    QTest::addColumn<int>("expected"); // a SourceToken, or plainText
    QTest::addColumn<QString>("reference"); // plain text, for the KSyntaxHighlighting lane and plain rows

    const auto token = [](SourceToken value) { return static_cast<int>(value); };
    using enum SourceToken;
    const auto yaml = SourceLanguage::Yaml;
    const QString yamlPlain = QStringLiteral("say yes");
    QTest::addRow("yaml comment") << yaml << QStringLiteral("# leading") << token(Comment) << yamlPlain;
    QTest::addRow("yaml key") << yaml << QStringLiteral("openapi") << token(Key) << yamlPlain;
    QTest::addRow("yaml quoted key") << yaml << QStringLiteral("\"quoted key\"") << token(Key) << yamlPlain;
    QTest::addRow("yaml double-quoted string")
        << yaml << QStringLiteral("\"3.0.1\"") << token(String) << yamlPlain;
    QTest::addRow("yaml single-quoted string")
        << yaml << QStringLiteral("'Pets'") << token(String) << yamlPlain;
    QTest::addRow("yaml integer") << yaml << QStringLiteral("2\n") << token(Number) << yamlPlain;
    QTest::addRow("yaml float") << yaml << QStringLiteral("-1.5e3") << token(Number) << yamlPlain;
    QTest::addRow("yaml true") << yaml << QStringLiteral("true") << token(Literal) << yamlPlain;
    QTest::addRow("yaml tilde null") << yaml << QStringLiteral("~") << token(Literal) << yamlPlain;
    QTest::addRow("yaml yes as scalar") << yaml << QStringLiteral("yes\n") << token(Literal) << yamlPlain;
    QTest::addRow("yaml yes inside a sentence")
        << yaml << QStringLiteral("yes please") << plainText << yamlPlain;
    QTest::addRow("yaml anchor") << yaml << QStringLiteral("&base") << token(Anchor) << yamlPlain;
    QTest::addRow("yaml alias") << yaml << QStringLiteral("*base") << token(Anchor) << yamlPlain;
    QTest::addRow("yaml list dash") << yaml << QStringLiteral("- item") << token(Indicator) << yamlPlain;
    QTest::addRow("yaml block scalar indicator")
        << yaml << QStringLiteral("|\n") << token(Indicator) << yamlPlain;
    QTest::addRow("yaml block scalar content")
        << yaml << QStringLiteral("first line") << token(String) << yamlPlain;
    QTest::addRow("yaml block scalar hides keys")
        << yaml << QStringLiteral("not a key") << token(String) << yamlPlain;
    QTest::addRow("yaml block scalar hides comments")
        << yaml << QStringLiteral("# not a comment") << token(String) << yamlPlain;
    QTest::addRow("yaml key after block scalar")
        << yaml << QStringLiteral("after") << token(Key) << yamlPlain;
    QTest::addRow("yaml document marker")
        << yaml << QStringLiteral("---") << token(DocumentMarker) << yamlPlain;

    const auto json = SourceLanguage::Json;
    const QString jsonPlain = QStringLiteral("  \"name\"");
    QTest::addRow("json key") << json << QStringLiteral("\"name\"") << token(Key) << jsonPlain;
    QTest::addRow("json string value") << json << QStringLiteral("\"Pets\"") << token(String) << jsonPlain;
    QTest::addRow("json integer") << json << QStringLiteral("12") << token(Number) << jsonPlain;
    QTest::addRow("json negative float") << json << QStringLiteral("-1.5e3") << token(Number) << jsonPlain;
    QTest::addRow("json true") << json << QStringLiteral("true") << token(Literal) << jsonPlain;
    QTest::addRow("json null") << json << QStringLiteral("null") << token(Literal) << jsonPlain;
    QTest::addRow("json bracket") << json << QStringLiteral("[1") << token(Punctuation) << jsonPlain;

    const auto graphQL = SourceLanguage::GraphQL;
    const QString graphQLPlain = QStringLiteral("  pet(");
    QTest::addRow("graphql comment") << graphQL << QStringLiteral("# leading") << token(Comment)
                                     << graphQLPlain;
    QTest::addRow("graphql query keyword")
        << graphQL << QStringLiteral("query") << token(Keyword) << graphQLPlain;
    QTest::addRow("graphql type keyword")
        << graphQL << QStringLiteral("type Pet") << token(Keyword) << graphQLPlain;
    QTest::addRow("graphql implements keyword")
        << graphQL << QStringLiteral("implements") << token(Keyword) << graphQLPlain;
    QTest::addRow("graphql fragment keyword")
        << graphQL << QStringLiteral("fragment") << token(Keyword) << graphQLPlain;
    QTest::addRow("graphql variable") << graphQL << QStringLiteral("$id") << token(Variable) << graphQLPlain;
    QTest::addRow("graphql directive")
        << graphQL << QStringLiteral("@deprecated") << token(Directive) << graphQLPlain;
    QTest::addRow("graphql string") << graphQL << QStringLiteral("\"use labels\"") << token(String)
                                    << graphQLPlain;
    QTest::addRow("graphql number") << graphQL << QStringLiteral("10") << token(Number) << graphQLPlain;
    QTest::addRow("graphql block string opening")
        << graphQL << QStringLiteral("\"\"\"\nBlock") << token(String) << graphQLPlain;
    QTest::addRow("graphql block string next line")
        << graphQL << QStringLiteral("Block description") << token(String) << graphQLPlain;
    QTest::addRow("graphql block string last line")
        << graphQL << QStringLiteral("spanning lines") << token(String) << graphQLPlain;

    const auto xml = SourceLanguage::Xml;
    const QString xmlPlain = QStringLiteral("more text");
    QTest::addRow("xml processing instruction")
        << xml << QStringLiteral("<?xml") << token(ProcessingInstruction) << xmlPlain;
    QTest::addRow("xml comment") << xml << QStringLiteral("<!--") << token(Comment) << xmlPlain;
    QTest::addRow("xml comment next line")
        << xml << QStringLiteral("across lines") << token(Comment) << xmlPlain;
    QTest::addRow("xml tag") << xml << QStringLiteral("api name") << token(Tag) << xmlPlain;
    QTest::addRow("xml closing tag") << xml << QStringLiteral("api>") << token(Tag) << xmlPlain;
    QTest::addRow("xml attribute") << xml << QStringLiteral("name=") << token(Attribute) << xmlPlain;
    QTest::addRow("xml attribute value") << xml << QStringLiteral("\"pets\"") << token(String) << xmlPlain;
    QTest::addRow("xml single-quoted attribute value")
        << xml << QStringLiteral("'1'") << token(String) << xmlPlain;
    QTest::addRow("xml entity") << xml << QStringLiteral("&amp;") << token(Entity) << xmlPlain;
    QTest::addRow("xml cdata") << xml << QStringLiteral("<![CDATA[") << token(CData) << xmlPlain;
    QTest::addRow("xml text") << xml << QStringLiteral("/pets &") << plainText << xmlPlain;
}

void TestSourceEditor::highlightsTokens()
{
    QFETCH(SourceLanguage, language);
    QFETCH(QString, needle);
    QFETCH(int, expected);
    QFETCH(QString, reference);

    SourceEditor editor;
    editor.setPalette(paletteWithBase(Qt::white, Qt::black));
    editor.setLanguage(language);
    const QString text = sampleFor(language);
    editor.setTextPreservingView(text);
    QCOMPARE(editor.toPlainText(), text);
    QCOMPARE(editor.usesKSyntaxHighlighting(), editor.builtInHighlighter() == nullptr);

    const QColor actual = foregroundAt(editor.document(), positionOf(text, needle));
    const QColor referenceColor = foregroundAt(editor.document(), positionOf(text, reference));
    const QString actualStyle = styleAt(editor.document(), positionOf(text, needle));
    const QString referenceStyle = styleAt(editor.document(), positionOf(text, reference));
    if (expected == plainText) {
        QCOMPARE(actualStyle, referenceStyle);
    } else if (editor.usesKSyntaxHighlighting()) {
        QVERIFY2(editor.highlighterName().startsWith(QStringLiteral("KSyntaxHighlighting")),
            qPrintable(editor.highlighterName()));
        QVERIFY2(actual.isValid(), "KSyntaxHighlighting left the token without a colour");
        QVERIFY2(actualStyle != referenceStyle, qPrintable(actualStyle + u" is the plain style"));
    } else {
        QVERIFY(editor.highlighterName().startsWith(QStringLiteral("Built-in")));
        const QTextCharFormat tokenFormat
            = editor.builtInHighlighter()->tokenFormat(static_cast<SourceToken>(expected));
        QCOMPARE(actual, tokenFormat.foreground().color());
        QVERIFY(!referenceColor.isValid()); // plain text keeps the editor's own colour
    }
}

void TestSourceEditor::jsonKeysAndStringValuesDiffer()
{
    SourceEditor editor;
    editor.setLanguage(SourceLanguage::Json);
    editor.setTextPreservingView(jsonSample);
    const QColor key = foregroundAt(editor.document(), positionOf(jsonSample, QStringLiteral("\"name\"")));
    const QColor value = foregroundAt(editor.document(), positionOf(jsonSample, QStringLiteral("\"Pets\"")));
    QVERIFY(key.isValid());
    QVERIFY(value.isValid());
    QVERIFY(key != value);
}

void TestSourceEditor::paletteChoosesLightOrDarkColors()
{
    SourceEditor editor;
    editor.setPalette(paletteWithBase(Qt::white, Qt::black));
    editor.setLanguage(SourceLanguage::Yaml);
    editor.setTextPreservingView(yamlSample);
    const int keyPosition = positionOf(yamlSample, QStringLiteral("openapi"));
    const int stringPosition = positionOf(yamlSample, QStringLiteral("'Pets'"));
    const QColor lightKey = foregroundAt(editor.document(), keyPosition);
    const QColor lightString = foregroundAt(editor.document(), stringPosition);

    editor.setPalette(paletteWithBase(QColor(0x1e, 0x1e, 0x1e), QColor(0xee, 0xee, 0xee)));
    const QColor darkKey = foregroundAt(editor.document(), keyPosition);
    const QColor darkString = foregroundAt(editor.document(), stringPosition);
    QVERIFY(lightKey.isValid() && darkKey.isValid());
    QVERIFY(lightKey != darkKey);
    QVERIFY(lightString != darkString);
    QVERIFY2(qGray(darkKey.rgb()) > qGray(lightKey.rgb()), "dark backgrounds get the lighter colours");
    if (BuiltInHighlighter *highlighter = editor.builtInHighlighter()) {
        QVERIFY(highlighter->usesDarkColors());
        QCOMPARE(darkKey, highlighter->tokenFormat(SourceToken::Key).foreground().color());
    }

    editor.setPalette(paletteWithBase(Qt::white, Qt::black));
    QCOMPARE(foregroundAt(editor.document(), keyPosition), lightKey);
}

void TestSourceEditor::builtInColorSetsDiffer()
{
    QTextDocument document;
    BuiltInHighlighter highlighter(SourceLanguage::Json, &document);
    highlighter.setPalette(paletteWithBase(Qt::white, Qt::black));
    QVERIFY(!highlighter.usesDarkColors());
    QList<QColor> light;
    for (int token = 0; token < sourceTokenCount; ++token)
        light.append(highlighter.tokenFormat(static_cast<SourceToken>(token)).foreground().color());
    highlighter.setPalette(paletteWithBase(QColor(0x20, 0x20, 0x20), Qt::white));
    QVERIFY(highlighter.usesDarkColors());
    for (int token = 0; token < sourceTokenCount; ++token) {
        const QColor dark = highlighter.tokenFormat(static_cast<SourceToken>(token)).foreground().color();
        QVERIFY2(dark != light.at(token), qPrintable(QString::number(token)));
        QVERIFY2(qGray(dark.rgb()) > 128 && qGray(light.at(token).rgb()) < 128,
            qPrintable(QString::number(token)));
    }
}

void TestSourceEditor::megabyteLineDoesNotHang_data()
{
    QTest::addColumn<SourceLanguage>("language");
    QTest::addColumn<QString>("unit"); // repeated to a megabyte on one line

    QTest::addRow("json objects") << SourceLanguage::Json
                                  << QStringLiteral("{\"k\": 1.5e3, \"s\": \"x\\\"y\"}, ");
    QTest::addRow("json open string") << SourceLanguage::Json << QStringLiteral("\"\\\\\\\"");
    QTest::addRow("yaml flow mapping") << SourceLanguage::Yaml << QStringLiteral("{a: 1, 'b': [x, y]}, ");
    QTest::addRow("yaml colons") << SourceLanguage::Yaml << QStringLiteral("a: b:c ::");
    QTest::addRow("yaml open quotes") << SourceLanguage::Yaml << QStringLiteral("'\"''");
    QTest::addRow("yaml indicators") << SourceLanguage::Yaml << QStringLiteral("- ? | > & * ! # ");
    QTest::addRow("graphql query") << SourceLanguage::GraphQL
                                   << QStringLiteral("field(arg: $v, s: \"t\") @d { x } ");
    QTest::addRow("graphql escaped block quotes")
        << SourceLanguage::GraphQL << QStringLiteral("\"\"\"\\\"\"\" ");
    QTest::addRow("xml elements") << SourceLanguage::Xml << QStringLiteral("<a b=\"c\">d &amp; e</a>");
    QTest::addRow("xml stray brackets") << SourceLanguage::Xml << QStringLiteral("<<!<?&&&;<!-");
}

void TestSourceEditor::megabyteLineDoesNotHang()
{
    QFETCH(SourceLanguage, language);
    QFETCH(QString, unit);

    QString line;
    line.reserve(1024 * 1024 + unit.size());
    while (line.size() < 1024 * 1024)
        line += unit;

    QTextDocument document;
    document.setPlainText(line + u'\n' + unit);
    BuiltInHighlighter highlighter(language, &document);
    QElapsedTimer timer;
    timer.start();
    highlighter.rehighlight();
    QVERIFY2(timer.elapsed() < hangGuardMs, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    QVERIFY(!document.firstBlock().layout()->formats().isEmpty());
}

void TestSourceEditor::editorHighlightsMegabyteJsonLine()
{
    const QString line = megabyteJsonLine();
    SourceEditor editor;
    editor.setLanguage(SourceLanguage::Json);
    QElapsedTimer timer;
    timer.start();
    editor.setTextPreservingView(line);
    QVERIFY2(timer.elapsed() < hangGuardMs, qPrintable(QString::number(timer.elapsed()) + u" ms"));
    const int firstKey = int(line.indexOf(QStringLiteral("\"key\"")));
    const int lastKey = int(line.lastIndexOf(QStringLiteral("\"key\"")));
    QVERIFY(foregroundAt(editor.document(), firstKey).isValid());
    QVERIFY(lastKey > BuiltInHighlighter::colorLimitPerLine);
    QVERIFY(!foregroundAt(editor.document(), lastKey).isValid()); // past the colour limit
}

void TestSourceEditor::stateCarriesPastTheColorLimit_data()
{
    QTest::addColumn<SourceLanguage>("language");
    QTest::addColumn<QString>("opening"); // ends the long line and leaves a construct open
    QTest::addColumn<SourceToken>("nextLineToken");

    QTest::addRow("graphql block string")
        << SourceLanguage::GraphQL << QStringLiteral(" \"\"\"") << SourceToken::String;
    QTest::addRow("xml comment") << SourceLanguage::Xml << QStringLiteral(" <!--") << SourceToken::Comment;
    QTest::addRow("yaml block scalar")
        << SourceLanguage::Yaml << QStringLiteral(": |") << SourceToken::String;
}

void TestSourceEditor::stateCarriesPastTheColorLimit()
{
    QFETCH(SourceLanguage, language);
    QFETCH(QString, opening);
    QFETCH(SourceToken, nextLineToken);

    const QString longLine = QString(BuiltInHighlighter::colorLimitPerLine * 2, u'x') + opening;
    QTextDocument document;
    document.setPlainText(longLine + QStringLiteral("\n  inside"));
    BuiltInHighlighter highlighter(language, &document);
    highlighter.rehighlight();
    const int inside = int(longLine.size()) + 3;
    QCOMPARE(foregroundAt(&document, inside), highlighter.tokenFormat(nextLineToken).foreground().color());
}

void TestSourceEditor::diagnosticsUnderline_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Diagnostic::Severity>("severity");
    QTest::addColumn<QString>("underlined");

    QTest::addRow("error on a key") << 2 << 1 << Diagnostic::Severity::Error << QStringLiteral("openapi");
    QTest::addRow("warning on a quoted string")
        << 2 << 10 << Diagnostic::Severity::Warning << QStringLiteral("\"3.0.1\"");
    QTest::addRow("info on a number") << 6 << 12 << Diagnostic::Severity::Info << QStringLiteral("2");
    QTest::addRow("unknown column marks the line")
        << 5 << 0 << Diagnostic::Severity::Error << QStringLiteral("title: 'Pets'");
    QTest::addRow("punctuation runs to the end of the line")
        << 12 << 20 << Diagnostic::Severity::Warning << QStringLiteral("{a: 1}");
    QTest::addRow("column past the end marks the last character")
        << 6 << 40 << Diagnostic::Severity::Info << QStringLiteral("2");
}

void TestSourceEditor::diagnosticsUnderline()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Diagnostic::Severity, severity);
    QFETCH(QString, underlined);

    SourceEditor editor;
    editor.setPalette(paletteWithBase(Qt::white, Qt::black));
    editor.setTextPreservingView(yamlSample);
    const QString message = QStringLiteral("something is wrong here");
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.message = message;
    editor.setDiagnostics({ diagnostic, Diagnostic { Diagnostic::Severity::Error, {}, 0, 0, {} } });

    const QList<QTextEdit::ExtraSelection> selections = editor.diagnosticSelections();
    QCOMPARE(selections.size(), 1); // the one without a line has no place in the text
    const QTextEdit::ExtraSelection &selection = selections.first();
    QCOMPARE(selection.cursor.selectedText(), underlined);
    QCOMPARE(selection.cursor.block().blockNumber(), line - 1);
    QCOMPARE(selection.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QCOMPARE(selection.format.toolTip(), message);
    const QColor underline = selection.format.underlineColor();
    switch (severity) {
    case Diagnostic::Severity::Error:
        QVERIFY(underline.red() > underline.green() && underline.red() > underline.blue());
        break;
    case Diagnostic::Severity::Warning:
        QVERIFY(underline.red() > underline.blue() && underline.green() > underline.blue());
        break;
    case Diagnostic::Severity::Info:
        QVERIFY(underline.blue() > underline.red());
        break;
    }
    QVERIFY(editor.extraSelections().size() >= 2); // with the current-line highlight
    QCOMPARE(editor.diagnosticMessageAt(selection.cursor.selectionStart()), message);
    QCOMPARE(editor.diagnosticMessageAt(selection.cursor.selectionEnd()), QString());
}

void TestSourceEditor::diagnosticTooltipShowsMessage()
{
    SourceEditor editor;
    editor.resize(640, 480);
    editor.setTextPreservingView(yamlSample);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    Diagnostic diagnostic;
    diagnostic.line = 2;
    diagnostic.column = 1;
    diagnostic.message = QStringLiteral("openapi must be 3.x");
    editor.setDiagnostics({ diagnostic });

    QTextCursor inside(editor.document());
    inside.setPosition(positionOf(yamlSample, QStringLiteral("openapi")) + 2);
    const QRect characterLeft = editor.cursorRect(inside);
    const QPoint point(characterLeft.x() + 2, characterLeft.center().y());
    QHelpEvent help(QEvent::ToolTip, point, editor.viewport()->mapToGlobal(point));
    QApplication::sendEvent(editor.viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), diagnostic.message);

    QTextCursor elsewhere(editor.document());
    elsewhere.setPosition(positionOf(yamlSample, QStringLiteral("info")));
    const QPoint outside = editor.cursorRect(elsewhere).center() + QPoint(2, 0);
    QHelpEvent away(QEvent::ToolTip, outside, editor.viewport()->mapToGlobal(outside));
    QApplication::sendEvent(editor.viewport(), &away);
    QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());
}

void TestSourceEditor::goToMovesCursor_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("expectedLine");
    QTest::addColumn<int>("expectedColumn");

    QTest::addRow("start of a line") << 40 << 1 << 40 << 1;
    QTest::addRow("inside a line") << 75 << 4 << 75 << 4;
    QTest::addRow("unknown column") << 10 << 0 << 10 << 1;
    QTest::addRow("column past the end") << 3 << 500 << 3 << 10;
    QTest::addRow("line past the end") << 5000 << 2 << 120 << 2;
}

void TestSourceEditor::goToMovesCursor()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, expectedLine);
    QFETCH(int, expectedColumn);

    QStringList lines;
    for (int i = 1; i <= 120; ++i)
        lines.append(QStringLiteral("key%1: %2").arg(i, 3, 10, QChar(u'0')).arg(i));
    SourceEditor editor;
    editor.resize(400, 200);
    editor.setTextPreservingView(lines.join(u'\n'));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));

    editor.goTo(line, column);
    QCOMPARE(editor.textCursor().blockNumber() + 1, expectedLine);
    QCOMPARE(editor.textCursor().positionInBlock() + 1, expectedColumn);
    QVERIFY(editor.hasFocus());
    const QRect cursorRect = editor.cursorRect();
    QVERIFY(editor.viewport()->rect().contains(cursorRect.center()));
}

void TestSourceEditor::setTextPreservingViewKeepsCursorAndIsSilent()
{
    QStringList lines;
    for (int i = 1; i <= 200; ++i)
        lines.append(QStringLiteral("line%1: value").arg(i));
    SourceEditor editor;
    editor.resize(400, 200);
    editor.setTextPreservingView(lines.join(u'\n'));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.goTo(100, 5);
    const int scroll = editor.verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QSignalSpy userEdits(&editor, &SourceEditor::userEdited);

    lines[4] = QStringLiteral("line5: changed by the form");
    lines.insert(10, QStringLiteral("inserted: above the cursor"));
    lines[100] = QStringLiteral("line100: the cursor's own line changed"); // the old line 100, now 101
    lines.append(QStringLiteral("appended: true"));
    const QString changed = lines.join(u'\n');
    editor.setTextPreservingView(changed);

    QCOMPARE(editor.toPlainText(), changed);
    QCOMPARE(editor.textCursor().blockNumber() + 1, 100);
    QCOMPARE(editor.textCursor().positionInBlock() + 1, 5);
    QCOMPARE(editor.verticalScrollBar()->value(), scroll);
    QCOMPARE(userEdits.count(), 0);
    QVERIFY(!editor.document()->isUndoAvailable());
    QCOMPARE(editor.document()->availableUndoSteps(), 0);

    editor.setTextPreservingView(QStringLiteral("short: 1"));
    QCOMPARE(editor.textCursor().blockNumber(), 0);
    QCOMPARE(userEdits.count(), 0);
}

void TestSourceEditor::typingAndPastingEmitUserEdited()
{
    SourceEditor editor;
    editor.setTextPreservingView(QStringLiteral("key: value\n"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy userEdits(&editor, &SourceEditor::userEdited);

    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("next: 1"));
    QCOMPARE(userEdits.count(), 7);
    QCOMPARE(editor.toPlainText(), QStringLiteral("key: value\nnext: 1"));

    QGuiApplication::clipboard()->setText(QStringLiteral("\npasted: 2"));
    editor.paste();
    QCOMPARE(userEdits.count(), 8);
    QVERIFY(editor.toPlainText().endsWith(QStringLiteral("pasted: 2")));
    QVERIFY(!editor.document()->isUndoAvailable());

    editor.setLanguage(SourceLanguage::Json); // rehighlighting is no edit
    editor.setPalette(paletteWithBase(QColor(0x10, 0x10, 0x10), Qt::white));
    QCOMPARE(userEdits.count(), 8);
}

void TestSourceEditor::tabIndentsYamlWithSpaces()
{
    SourceEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("  "));

    editor.setLanguage(SourceLanguage::Json);
    editor.setTextPreservingView(QString());
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.toPlainText(), QStringLiteral("\t"));
}

void TestSourceEditor::undoShortcutsAreNotOverridden_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<bool>("editorKeepsIt");

    QTest::addRow("undo ctrl+z") << int(Qt::Key_Z) << Qt::KeyboardModifiers(Qt::ControlModifier) << false;
    QTest::addRow("redo ctrl+shift+z")
        << int(Qt::Key_Z) << Qt::KeyboardModifiers(Qt::ControlModifier | Qt::ShiftModifier) << false;
    QTest::addRow("redo ctrl+y") << int(Qt::Key_Y) << Qt::KeyboardModifiers(Qt::ControlModifier) << false;
    // Shows the check can fail: the editor does claim its other editing shortcuts.
    QTest::addRow("select all stays with the editor")
        << int(Qt::Key_A) << Qt::KeyboardModifiers(Qt::ControlModifier) << true;
}

void TestSourceEditor::undoShortcutsAreNotOverridden()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(bool, editorKeepsIt);

    SourceEditor editor;
    editor.setTextPreservingView(QStringLiteral("key: value"));
    QKeyEvent shortcutOverride(QEvent::ShortcutOverride, key, modifiers);
    shortcutOverride.ignore(); // as Qt sends it: unclaimed until a widget accepts it
    QApplication::sendEvent(&editor, &shortcutOverride);
    QCOMPARE(shortcutOverride.isAccepted(), editorKeepsIt);
}

void TestSourceEditor::undoShortcutReachesWindowAction()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *editor = new SourceEditor(&window);
    layout->addWidget(editor);
    auto *undo = new QAction(QStringLiteral("Undo"), &window);
    undo->setShortcut(QKeySequence::Undo);
    window.addAction(undo);
    QSignalSpy triggered(undo, &QAction::triggered);

    editor->setTextPreservingView(QStringLiteral("key: value"));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    editor->setFocus();
    QVERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(editor->toPlainText(), QStringLiteral("key: value"));
}

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
