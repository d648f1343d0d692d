#include "httpheadscanner.h"

#include <cstring>

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
        // Jump to the next CR; a LF before it is a bare one.
        const qsizetype limit = qMin(size, m_skip + maxHead + 1);
        if (i >= limit)
            return Result::HeadTooLarge;
        const void *cr = memchr(data + i, '\r', size_t(limit - i));
        const qsizetype lineEnd = cr ? static_cast<const char *>(cr) - data : limit;
        if (memchr(data + i, '\n', size_t(lineEnd - i)))
            return Result::BareLineBreak;
        m_scanned = lineEnd;
        if (m_firstLineEnd < 0 && m_scanned - m_skip > maxFirstLine)
            return Result::FirstLineTooLong;
        if (m_scanned - m_skip > maxHead)
            return Result::HeadTooLarge;
    }
    if (m_firstLineEnd < 0 && m_scanned - m_skip > maxFirstLine)
        return Result::FirstLineTooLong;
    if (m_scanned - m_skip > maxHead)
        return Result::HeadTooLarge;
    return Result::NeedMore;
}

} // namespace Gatehouse
