#pragma once

#include "httpmessage.h"

namespace Gatehouse {

// Takes the framing off a message body as bytes arrive: Content-Length, chunked or until close.
// Decoded bytes are handed out as spans into the caller's buffer, never copied.
class BodyDecoder
{
public:
    enum class Status
    {
        Data,
        NeedMore,
        Done,
        Error
    };
    struct Step
    {
        Status status;
        qsizetype consumed; // input bytes used by this step
        const char *data; // decoded span (may be empty)
        qsizetype size;
    };

    void start(BodyFraming framing, qint64 contentLength, qint64 maxBodyBytes);
    // Call repeatedly, advancing the input by step.consumed, while status is Data.
    Step next(const char *input, qsizetype size);
    void finishAtClose(); // the peer closed: complete for UntilClose, an error otherwise
    bool isDone() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    BodyFraming framing() const { return m_framing; }
    qint64 decodedBytes() const { return m_decoded; }
    HttpParseError error() const { return m_error; }

private:
    enum class State
    {
        Fixed,
        UntilClose,
        ChunkSize,
        ChunkSizeWhitespace,
        ChunkExtension,
        ChunkSizeLf,
        ChunkData,
        ChunkDataCr,
        ChunkDataLf,
        TrailerLineStart,
        TrailerLine,
        TrailerLineLf,
        FinalLf,
        Done,
        Failed
    };
    Step fail(int status, const char *reason, qsizetype consumed);
    Step nextChunked(const char *input, qsizetype size);

    State m_state = State::Done;
    BodyFraming m_framing = BodyFraming::None;
    qint64 m_remaining = 0; // of a fixed body or of the current chunk
    qint64 m_decoded = 0;
    qint64 m_maxBody = 0;
    int m_sizeDigits = 0;
    int m_lineBytes = 0;
    HttpParseError m_error;
};

} // namespace Gatehouse
