#include "httpheadscanner.h"

namespace Gatehouse {

void HttpHeadScanner::reset()
{
    *this = HttpHeadScanner();
}

HttpHeadScanner::Result HttpHeadScanner::scan(
    const QByteArray &buffer, qsizetype maxFirstLine, qsizetype maxHead)
{
    const char *data = buffer.constData();
    const qsizetype size = buffer.size();
    constexpr qsizetype maxLeadingEmptyLines = 8;

    while (m_scanned < size) {
        const qsizetype i = m_scanned;
        const char c = data[i];
        if (c == '\r') {
            if (i + 1 >= size)
                break; // need the next byte to judge this CR
            if (data[i + 1] != '\n')
                return Result::BareLineBreak;
            const bool atLineStart = (i == m_skip);
            if (m_firstLineEnd < 0 && atLineStart) {
                if (m_skip / 2 >= maxLeadingEmptyLines)
                    return Result::BareLineBreak;
                m_skip += 2;
                m_scanned = i + 2;
                continue;
            }
            if (m_firstLineEnd < 0) {
                m_firstLineEnd = i;
                if (m_firstLineEnd - m_skip > maxFirstLine)
                    return Result::FirstLineTooLong;
            }
            // An empty line ends the head: the previous two bytes are CRLF of the last header line.
            if (i >= 2 && data[i - 1] == '\n' && data[i - 2] == '\r' && i - 2 >= m_firstLineEnd) {
                m_headEnd = i + 2;
                m_scanned = i + 2;
                if (m_headEnd - m_skip > maxHead)
                    return Result::HeadTooLarge;
                return Result::Complete;
            }
            m_scanned = i + 2;
            continue;
        }
        if (c == '\n')
            return Result::BareLineBreak;
        ++m_scanned;
        if (m_scanned - m_skip > maxHead)
            return Result::HeadTooLarge;
        if (m_firstLineEnd < 0 && m_scanned - m_skip > maxFirstLine)
            return Result::FirstLineTooLong;
    }
    if (m_firstLineEnd < 0 && m_scanned - m_skip > maxFirstLine)
        return Result::FirstLineTooLong;
    if (m_scanned - m_skip > maxHead)
        return Result::HeadTooLarge;
    return Result::NeedMore;
}

} // namespace Gatehouse
