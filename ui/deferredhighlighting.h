#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTimer>

class QTextBlock;

namespace Gatehouse {

// Colours the blocks of a big replacement later, in slices of a few milliseconds from a zero timer: setting
// a 10 MB document would otherwise hold the GUI thread for the half second its highlighting takes. The
// visible blocks are coloured at once (highlightNow). A highlighter asks shouldSkip() first thing in its
// highlightBlock() and leaves a skipped block plain, its state untouched.
class DeferredHighlighting : public QObject
{
    Q_OBJECT
public:
    explicit DeferredHighlighting(QObject *parent = nullptr);

    void setHighlighter(QSyntaxHighlighter *highlighter);
    // Blocks from blockNumber to the end of the document stay plain until the pass reaches them.
    void deferFrom(int blockNumber);
    void highlightNow(int firstBlock, int lastBlock);
    bool shouldSkip(const QTextBlock &block) const;
    bool isPending() const { return m_nextBlock >= 0; }

signals:
    void finished();

private:
    void step();

    QPointer<QSyntaxHighlighter> m_highlighter;
    QTimer m_timer;
    int m_nextBlock = -1; // the first block the pass has not reached; -1 when nothing is pending
    int m_forcedFirst = -1;
    int m_forcedLast = -1;
};

} // namespace Gatehouse
