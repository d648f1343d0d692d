#include "deferredhighlighting.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Gatehouse {

namespace {
constexpr qint64 sliceMilliseconds = 8;
}

DeferredHighlighting::DeferredHighlighting(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeferredHighlighting::step);
}

void DeferredHighlighting::setHighlighter(QSyntaxHighlighter *highlighter)
{
    m_highlighter = highlighter;
    m_nextBlock = -1; // a new highlighter colours the whole document itself
    m_timer.stop();
}

void DeferredHighlighting::deferFrom(int blockNumber)
{
    if (!m_highlighter)
        return;
    m_nextBlock = m_nextBlock < 0 ? blockNumber : std::min(m_nextBlock, blockNumber);
    m_timer.start();
}

void DeferredHighlighting::highlightNow(int firstBlock, int lastBlock)
{
    QTextDocument *document = m_highlighter ? m_highlighter->document() : nullptr;
    if (!document || !isPending())
        return;
    m_forcedFirst = firstBlock;
    m_forcedLast = lastBlock;
    for (QTextBlock block = document->findBlockByNumber(firstBlock);
         block.isValid() && block.blockNumber() <= lastBlock; block = block.next())
        m_highlighter->rehighlightBlock(block);
    m_forcedFirst = m_forcedLast = -1;
}

bool DeferredHighlighting::shouldSkip(const QTextBlock &block) const
{
    if (m_nextBlock < 0)
        return false;
    const int number = block.blockNumber();
    return number >= m_nextBlock && !(number >= m_forcedFirst && number <= m_forcedLast);
}

void DeferredHighlighting::step()
{
    QTextDocument *document = m_highlighter ? m_highlighter->document() : nullptr;
    QTextBlock block = document && isPending() ? document->findBlockByNumber(m_nextBlock) : QTextBlock();
    QElapsedTimer slice;
    slice.start();
    // In order, so each block starts from the state its predecessor left; a block's own rehighlight stops
    // at the next one, which is still skipped.
    while (block.isValid() && slice.elapsed() < sliceMilliseconds) {
        m_nextBlock = block.blockNumber() + 1;
        m_highlighter->rehighlightBlock(block);
        block = block.next();
    }
    if (block.isValid())
        return;
    m_nextBlock = -1;
    m_timer.stop();
    emit finished();
}

} // namespace Gatehouse
