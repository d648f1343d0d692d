#pragma once

#include "http/httpheadparser.h"
#include "http/httpheadscanner.h"

#include <QByteArray>
#include <QList>

namespace Gatehouse::CodecTest {

// The limits a downstream connection passes to the scanner and the parser (ListenerLimits defaults, with a
// 1 MiB body limit so the 413 rows stay small).
struct RequestLimits
{
    qsizetype maxRequestLineBytes = 8 * 1024;
    qsizetype maxHeaderBytes = 64 * 1024;
    int maxHeaderCount = 100;
    qint64 maxBodyBytes = 1024 * 1024;
};

struct RequestOutcome
{
    int status = 0; // 0: accepted; otherwise the status the gateway answers with
    HttpRequestHead head;
    qsizetype headSize = 0; // bytes the head took, leading empty lines included
    bool needsMore = false; // the scanner still waits for the end of the head
};

// Runs the scanner over the bytes as they would arrive in `pieces`, then the parser on the complete head,
// mapping scanner refusals to the statuses DownstreamConnection answers with.
inline RequestOutcome parseRequestPieces(const QList<QByteArray> &pieces, const RequestLimits &limits = {})
{
    RequestOutcome outcome;
    HttpHeadScanner scanner;
    QByteArray buffer;
    for (const QByteArray &piece : pieces) {
        buffer += piece;
        const auto result = scanner.scan(buffer, limits.maxRequestLineBytes, limits.maxHeaderBytes);
        switch (result) {
        case HttpHeadScanner::Result::NeedMore:
            continue;
        case HttpHeadScanner::Result::BareLineBreak:
            outcome.status = 400;
            return outcome;
        case HttpHeadScanner::Result::FirstLineTooLong:
            outcome.status = 414;
            return outcome;
        case HttpHeadScanner::Result::HeadTooLarge:
            outcome.status = 431;
            return outcome;
        case HttpHeadScanner::Result::Complete: {
            outcome.headSize = scanner.headSize();
            const qsizetype skip = scanner.leadingEmptyLines();
            const HeadLimits headLimits { limits.maxHeaderCount, limits.maxBodyBytes };
            const auto error = HttpHeadParser::parseRequest(
                buffer.constData() + skip, outcome.headSize - skip, headLimits, outcome.head);
            outcome.status = error ? error->status : 0;
            return outcome;
        }
        }
    }
    outcome.needsMore = true;
    return outcome;
}

inline RequestOutcome parseRequestWhole(const QByteArray &raw, const RequestLimits &limits = {})
{
    return parseRequestPieces({ raw }, limits);
}

// A string literal as bytes, embedded NULs included (a plain C string would end at the first one).
template<std::size_t N> QByteArray withNul(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

inline QList<QByteArray> splitIntoBytes(const QByteArray &raw)
{
    QList<QByteArray> pieces;
    pieces.reserve(raw.size());
    for (char c : raw)
        pieces.append(QByteArray(1, c));
    return pieces;
}

inline QList<QByteArray> splitIntoPieces(const QByteArray &raw, qsizetype pieceSize)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < raw.size(); i += pieceSize)
        pieces.append(raw.mid(i, pieceSize));
    return pieces;
}

} // namespace Gatehouse::CodecTest
