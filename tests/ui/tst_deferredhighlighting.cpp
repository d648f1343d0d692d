#include "sourceeditor.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Gatehouse;

namespace {

bool coloured(const QTextBlock &block)
{
    return block.isValid() && !block.layout()->formats().isEmpty();
}

// A JSON document of `lines` lines, each with a key and a string value to colour.
QString jsonLines(int lines)
{
    QString text = QStringLiteral("{\n");
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("  \"key%1\": \"value %1 with some more text to make the line longer\",\n")
                    .arg(i);
    return text + QStringLiteral("  \"last\": true\n}\n");
}

} // namespace

// A big replacement is coloured where the user looks at once and everywhere else from a timer, in order
// and completely; a small one at once, as before. Both highlighters (built-in, and KSyntaxHighlighting
// where the build has it) take part.
class TestDeferredHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void bigReplacementIsColouredVisiblePartFirst_data()
    {
        QTest::addColumn<int>("scrollToLine");
        QTest::newRow("at the top") << 0;
        QTest::newRow("scrolled into the middle") << 6000;
    }

    void bigReplacementIsColouredVisiblePartFirst()
    {
        QFETCH(int, scrollToLine);
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Json);
        editor.resize(800, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // The view to keep: the cursor on scrollToLine of a small first text that has that many lines.
        editor.setTextPreservingView(QString(QLatin1Char('\n')).repeated(scrollToLine + 50));
        editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(scrollToLine)));
        editor.centerCursor();

        const QString text = jsonLines(12000);
        QVERIFY(text.size() > SourceEditor::deferHighlightingAbove);
        editor.setTextPreservingView(text);
        QCOMPARE(editor.toPlainText(), text);
        QVERIFY(editor.isHighlightingPending());
        const QTextBlock visible = editor.cursorForPosition(QPoint(0, 0)).block();
        QVERIFY(std::abs(visible.blockNumber() - scrollToLine) < 100);
        QVERIFY2(coloured(visible.next()), "the visible lines are coloured at once");
        const QTextBlock farBelow = editor.document()->findBlockByNumber(visible.blockNumber() + 3000);
        QVERIFY(farBelow.isValid());
        QVERIFY2(!coloured(farBelow), "lines out of view wait for the timer");

        QTRY_VERIFY_WITH_TIMEOUT(!editor.isHighlightingPending(), 30000);
        for (QTextBlock block = editor.document()->firstBlock().next(); block.isValid() && block.length() > 2;
             block = block.next())
            QVERIFY2(coloured(block), qPrintable(QStringLiteral("line %1").arg(block.blockNumber() + 1)));
    }

    void smallReplacementIsColouredAtOnce()
    {
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Json);
        const QString text = jsonLines(200);
        QVERIFY(text.size() < SourceEditor::deferHighlightingAbove);
        editor.setTextPreservingView(text);
        QVERIFY(!editor.isHighlightingPending());
        QVERIFY(coloured(editor.document()->findBlockByNumber(150)));
    }

    // Typing while the pass runs: the typed line is coloured by the pass when it gets there, and nothing is
    // left plain at the end.
    void typingDuringThePass()
    {
        SourceEditor editor;
        editor.setLanguage(SourceLanguage::Json);
        editor.resize(800, 400);
        editor.show();
        editor.setTextPreservingView(jsonLines(12000));
        QVERIFY(editor.isHighlightingPending());
        QTextCursor cursor(editor.document()->findBlockByNumber(9000));
        cursor.insertText(QStringLiteral("  \"typed\": 1,\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isHighlightingPending(), 30000);
        QVERIFY(coloured(editor.document()->findBlockByNumber(9000)));
        QVERIFY(coloured(editor.document()->findBlockByNumber(11999)));
    }
};

QTEST_MAIN(TestDeferredHighlighting)
#include "tst_deferredhighlighting.moc"
