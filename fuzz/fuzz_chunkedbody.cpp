// libFuzzer target: BodyDecoder on chunked bodies.
// Input: one byte that seeds how the body is cut into reads, one byte for the body limit, then the body.
// Beyond "no crash, no sanitizer report", it traps when:
//  - decoding in pieces gives other bytes, another verdict or another end than decoding whole,
//  - more than the limit is decoded,
//  - the decoder ends a body where a strict RFC 9112 reading (below) does not, or takes other bytes out;
//    a disagreement on where a body ends is exactly what request smuggling needs.
#include "http/bodydecoder.h"

#include <QList>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

using namespace Gatehouse;

// Traps (a crash libFuzzer records) with the broken invariant on stderr, for triage.
#define FUZZ_CHECK(condition) checkInvariant((condition), #condition, __LINE__)
void checkInvariant(bool condition, const char *text, int line)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken at line %d: %s\n", line, text);
        __builtin_trap();
    }
}

struct Decoded
{
    BodyDecoder::Status status = BodyDecoder::Status::NeedMore;
    QByteArray data;
    qsizetype consumed = 0;
};

Decoded decode(const QList<QByteArray> &pieces, qint64 limit)
{
    Decoded out;
    BodyDecoder decoder;
    decoder.start(BodyFraming::Chunked, 0, limit);
    QByteArray pending;
    for (const QByteArray &piece : pieces) {
        pending += piece;
        while (true) {
            const auto step = decoder.next(pending.constData(), pending.size());
            FUZZ_CHECK(step.consumed >= 0 && step.consumed <= pending.size());
            FUZZ_CHECK(step.size >= 0 && step.size <= step.consumed);
            if (step.size > 0) {
                FUZZ_CHECK(step.data >= pending.constData()
                    && step.data + step.size <= pending.constData() + step.consumed);
                out.data.append(step.data, step.size);
            }
            out.consumed += step.consumed;
            pending.remove(0, step.consumed);
            if (step.status == BodyDecoder::Status::Done || step.status == BodyDecoder::Status::Error) {
                out.status = step.status;
                return out;
            }
            if (step.status == BodyDecoder::Status::NeedMore)
                break;
        }
    }
    return out;
}

QList<QByteArray> cut(const QByteArray &input, unsigned seed)
{
    QList<QByteArray> pieces;
    unsigned state = seed;
    for (qsizetype position = 0; position < input.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype piece = 1 + qsizetype((state >> 16) % 23);
        pieces.append(input.mid(position, piece));
        position += piece;
    }
    return pieces;
}

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

bool isTchar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isCtl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

// A strict reading of RFC 9112 section 7.1: CRLF only, 1*HEXDIG sizes, extensions introduced by BWS ";",
// trailer lines that are field lines. Extension and field content is only checked for CTLs. Returns where
// the body ends and its bytes, or nothing when the input is not (the start of) a valid chunked body.
struct Reference
{
    bool complete = false;
    qsizetype end = 0;
    QByteArray data;
    int longestSizeDigits = 0;
    qsizetype longestLine = 0;
};

std::optional<Reference> strictReading(const QByteArray &in)
{
    Reference ref;
    qsizetype i = 0;
    const qsizetype n = in.size();
    auto lineEnd = [&](qsizetype from) { // index of the CR of a CRLF, -1: need more, -2: bare CR/LF or CTL
        for (qsizetype j = from; j < n; ++j) {
            if (in[j] == '\r')
                return j + 1 < n ? (in[j + 1] == '\n' ? j : qsizetype(-2)) : qsizetype(-1);
            if (in[j] == '\n' || isCtl(in[j]))
                return qsizetype(-2);
        }
        return qsizetype(-1);
    };
    while (true) {
        qint64 size = 0;
        int digits = 0;
        while (i < n && hexValue(in[i]) >= 0) {
            if (++digits <= 15)
                size = size * 16 + hexValue(in[i]);
            ++i;
        }
        if (i >= n)
            return ref;
        if (digits == 0)
            return std::nullopt;
        ref.longestSizeDigits = qMax(ref.longestSizeDigits, digits);
        const qsizetype extensionStart = i;
        while (i < n && (in[i] == ' ' || in[i] == '\t'))
            ++i;
        if (i >= n)
            return ref;
        if (in[i] != '\r' && in[i] != ';')
            return std::nullopt;
        const qsizetype cr = lineEnd(i);
        if (cr == -1)
            return ref;
        if (cr < 0)
            return std::nullopt;
        ref.longestLine = qMax(ref.longestLine, cr - extensionStart);
        i = cr + 2;
        if (size == 0)
            break;
        if (n - i < size + 2)
            return ref;
        ref.data += in.mid(i, size);
        i += size;
        if (in[i] != '\r' || in[i + 1] != '\n')
            return std::nullopt;
        i += 2;
    }
    while (true) { // trailer section
        if (i >= n)
            return ref;
        if (in[i] == '\r') {
            if (i + 1 >= n)
                return ref;
            if (in[i + 1] != '\n')
                return std::nullopt;
            ref.complete = true;
            ref.end = i + 2;
            return ref;
        }
        if (!isTchar(in[i]))
            return std::nullopt;
        const qsizetype cr = lineEnd(i);
        if (cr == -1)
            return ref;
        if (cr < 0)
            return std::nullopt;
        ref.longestLine = qMax(ref.longestLine, cr - i);
        i = cr + 2;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const qint64 limit = 16 + qint64(data[1]) * 16;
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const Decoded whole = decode({ input }, limit);
    const Decoded pieces = decode(cut(input, data[0]), limit);
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.data == pieces.data);
    FUZZ_CHECK(whole.data.size() <= limit);
    if (whole.status == BodyDecoder::Status::Done)
        FUZZ_CHECK(whole.consumed == pieces.consumed);

    const std::optional<Reference> reference = strictReading(input);
    if (whole.status == BodyDecoder::Status::Done) {
        // The decoder ended a body: a strict reader ends it at the same byte with the same content.
        FUZZ_CHECK(reference && reference->complete);
        FUZZ_CHECK(reference->end == whole.consumed);
        FUZZ_CHECK(reference->data == whole.data);
    }
    const bool withinDecoderLimits = reference && reference->longestSizeDigits <= 15
        && reference->longestLine <= 1024 && reference->data.size() <= limit;
    if (withinDecoderLimits && reference->complete) {
        // A valid body within every limit is not refused.
        FUZZ_CHECK(whole.status == BodyDecoder::Status::Done);
    }
    return 0;
}
