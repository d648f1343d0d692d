#pragma once

#include <QByteArray>

namespace Gatehouse {

// Finds the end of a message head (CRLF CRLF) incrementally, so a head that trickles in byte by byte is
// scanned once in total. Refuses bare CR and bare LF as soon as they are seen.
class HttpHeadScanner
{
public:
    enum class Result
    {
        NeedMore,
        Complete,
        BareLineBreak,
        FirstLineTooLong,
        HeadTooLarge
    };

    Result scan(const QByteArray &buffer, qsizetype maxFirstLine, qsizetype maxHead);
    qsizetype headSize() const { return m_headEnd; } // bytes including the final CRLF CRLF
    qsizetype leadingEmptyLines() const { return m_skip; }
    void reset();

private:
    qsizetype m_scanned = 0;
    qsizetype m_skip = 0; // leading CRLFs before the first line, which RFC 9112 lets a server ignore
    qsizetype m_firstLineEnd = -1;
    qsizetype m_headEnd = 0;
};

} // namespace Gatehouse
