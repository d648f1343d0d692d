#include "bodydecoder.h"

#include "httpheadparser.h"

namespace Gatehouse {

namespace {
constexpr int maxChunkSizeDigits = 15; // 2^60: no overflow, far above any body limit
constexpr int maxChunkLineBytes = 1024;
constexpr int maxTrailerLineBytes = 8192;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

void BodyDecoder::start(BodyFraming framing, qint64 contentLength, qint64 maxBodyBytes)
{
    m_framing = framing;
    m_decoded = 0;
    m_maxBody = maxBodyBytes;
    m_sizeDigits = 0;
    m_lineBytes = 0;
    m_remaining = 0;
    switch (framing) {
    case BodyFraming::None:
        m_state = State::Done;
        break;
    case BodyFraming::ContentLength:
        m_remaining = contentLength;
        m_state = contentLength > 0 ? State::Fixed : State::Done;
        break;
    case BodyFraming::Chunked:
        m_state = State::ChunkSize;
        break;
    case BodyFraming::UntilClose:
        m_state = State::UntilClose;
        break;
    }
}

BodyDecoder::Step BodyDecoder::fail(int status, const char *reason, qsizetype consumed)
{
    m_state = State::Failed;
    m_error = HttpParseError { status, reason };
    return { Status::Error, consumed, nullptr, 0 };
}

void BodyDecoder::finishAtClose()
{
    if (m_state == State::UntilClose)
        m_state = State::Done;
    else if (m_state != State::Done)
        fail(400, "connection closed before the body was complete", 0);
}

BodyDecoder::Step BodyDecoder::next(const char *input, qsizetype size)
{
    switch (m_state) {
    case State::Done:
        return { Status::Done, 0, nullptr, 0 };
    case State::Failed:
        return { Status::Error, 0, nullptr, 0 };
    case State::Fixed: {
        if (size == 0)
            return { Status::NeedMore, 0, nullptr, 0 };
        const qsizetype take = qsizetype(qMin<qint64>(m_remaining, size));
        m_remaining -= take;
        m_decoded += take;
        if (m_remaining == 0)
            m_state = State::Done;
        return { Status::Data, take, input, take };
    }
    case State::UntilClose:
        if (size == 0)
            return { Status::NeedMore, 0, nullptr, 0 };
        m_decoded += size;
        if (m_decoded > m_maxBody)
            return fail(413, "body larger than the limit", size);
        return { Status::Data, size, input, size };
    default:
        return nextChunked(input, size);
    }
}

BodyDecoder::Step BodyDecoder::nextChunked(const char *input, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        const char c = input[i];
        switch (m_state) {
        case State::ChunkSize: {
            const int digit = hexValue(c);
            if (digit >= 0) {
                if (++m_sizeDigits > maxChunkSizeDigits)
                    return fail(400, "chunk size too long", i);
                m_remaining = m_remaining * 16 + digit;
                ++i;
                break;
            }
            if (m_sizeDigits == 0)
                return fail(400, "invalid chunk size", i);
            if (c == '\r') {
                m_state = State::ChunkSizeLf;
            } else if (c == ';') {
                m_state = State::ChunkExtension;
            } else if (c == ' ' || c == '\t') {
                m_state = State::ChunkSizeWhitespace; // BWS, which must lead to ';'
            } else {
                return fail(400, "invalid chunk size", i);
            }
            ++i;
            break;
        }
        case State::ChunkSizeWhitespace:
            if (c == ';')
                m_state = State::ChunkExtension;
            else if (c != ' ' && c != '\t')
                return fail(400, "invalid chunk size", i);
            ++i;
            break;
        case State::ChunkExtension:
            if (c == '\r') {
                m_state = State::ChunkSizeLf;
            } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f) {
                return fail(400, "invalid character in chunk extension", i);
            } else if (++m_lineBytes > maxChunkLineBytes) {
                return fail(400, "chunk extension too long", i);
            }
            ++i;
            break;
        case State::ChunkSizeLf:
            if (c != '\n')
                return fail(400, "bare CR after chunk size", i);
            ++i;
            m_sizeDigits = 0;
            m_lineBytes = 0;
            if (m_remaining == 0) {
                m_state = State::TrailerLineStart;
            } else {
                if (m_decoded + m_remaining > m_maxBody)
                    return fail(413, "body larger than the limit", i);
                m_state = State::ChunkData;
            }
            break;
        case State::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, size - i));
            m_remaining -= take;
            m_decoded += take;
            if (m_remaining == 0)
                m_state = State::ChunkDataCr;
            return { Status::Data, i + take, input + i, take };
        }
        case State::ChunkDataCr:
            if (c != '\r')
                return fail(400, "chunk data longer than its size", i);
            m_state = State::ChunkDataLf;
            ++i;
            break;
        case State::ChunkDataLf:
            if (c != '\n')
                return fail(400, "bare CR after chunk data", i);
            m_state = State::ChunkSize;
            ++i;
            break;
        case State::TrailerLineStart:
            if (c == '\r') {
                m_state = State::FinalLf;
            } else if (HttpHeadParser::isToken(&c, 1)) {
                m_state = State::TrailerLine;
                m_lineBytes = 1;
            } else {
                return fail(400, "malformed trailer line", i); // bare LF, folding or a control character
            }
            ++i;
            break;
        case State::TrailerLine: {
            const auto u = static_cast<unsigned char>(c);
            if (c == '\r') {
                m_state = State::TrailerLineLf;
            } else if ((u < 0x20 && c != '\t') || u == 0x7f || ++m_lineBytes > maxTrailerLineBytes) {
                return fail(400, "malformed trailer", i);
            }
            ++i;
            break;
        }
        case State::TrailerLineLf:
            if (c != '\n')
                return fail(400, "bare CR in trailer", i);
            m_state = State::TrailerLineStart;
            ++i;
            break;
        case State::FinalLf:
            if (c != '\n')
                return fail(400, "bare CR at the end of the chunked body", i);
            m_state = State::Done;
            return { Status::Done, i + 1, nullptr, 0 };
        default:
            return fail(400, "invalid decoder state", i);
        }
    }
    return { Status::NeedMore, i, nullptr, 0 };
}

} // namespace Gatehouse
