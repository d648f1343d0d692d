// libFuzzer target: HttpHeadScanner + HttpHeadParser::parseRequest.
// Input: one byte that seeds how the head is cut into reads, then the bytes of the request.
// Beyond "no crash, no sanitizer report", it traps when:
//  - scanning the bytes in pieces gives another verdict than scanning them whole,
//  - a complete head is larger than the head limit,
//  - an accepted head breaks what the parser promises (tokens, no CR/LF/NUL in values, one framing, Host),
//  - an accepted head, written out again, does not parse to the same thing.
#include "http/httpheadparser.h"
#include "http/httpheadscanner.h"

#include <cstdint>
#include <cstdio>

namespace {

using namespace Gatehouse;

constexpr qsizetype maxFirstLine = 100; // small limits, so short inputs reach them
constexpr qsizetype maxHead = 300;
const HeadLimits limits { 10, 1 << 20 };

struct ScanOutcome
{
    HttpHeadScanner::Result result = HttpHeadScanner::Result::NeedMore;
    qsizetype headSize = 0;
    qsizetype skip = 0;
};

// Traps (a crash libFuzzer records) with the broken invariant on stderr, for triage.
#define FUZZ_CHECK(condition) checkInvariant((condition), #condition, __LINE__)
void checkInvariant(bool condition, const char *text, int line)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken at line %d: %s\n", line, text);
        __builtin_trap();
    }
}

ScanOutcome outcomeOf(const HttpHeadScanner &scanner, HttpHeadScanner::Result result)
{
    return { result, scanner.headSize(), scanner.leadingEmptyLines() };
}

ScanOutcome scanWhole(const QByteArray &input)
{
    HttpHeadScanner scanner;
    return outcomeOf(scanner, scanner.scan(input, maxFirstLine, maxHead));
}

ScanOutcome scanInPieces(const QByteArray &input, unsigned seed)
{
    HttpHeadScanner scanner;
    QByteArray buffer;
    qsizetype position = 0;
    unsigned state = seed;
    while (position < input.size()) {
        state = state * 1103515245u + 12345u;
        const qsizetype piece = 1 + qsizetype((state >> 16) % 97);
        buffer += input.mid(position, piece);
        position += piece;
        const auto result = scanner.scan(buffer, maxFirstLine, maxHead);
        if (result != HttpHeadScanner::Result::NeedMore)
            return outcomeOf(scanner, result);
    }
    return {};
}

bool isRefusal(HttpHeadScanner::Result result)
{
    return result != HttpHeadScanner::Result::NeedMore && result != HttpHeadScanner::Result::Complete;
}

void checkScannerAgreement(const ScanOutcome &whole, const ScanOutcome &pieces)
{
    using Result = HttpHeadScanner::Result;
    if (whole.result == Result::Complete && pieces.result == Result::Complete) {
        FUZZ_CHECK(whole.headSize == pieces.headSize);
        FUZZ_CHECK(whole.skip == pieces.skip);
        return;
    }
    if (isRefusal(whole.result) && isRefusal(pieces.result))
        return; // which limit or which bad byte is met first may depend on where a read ends
    FUZZ_CHECK(whole.result == pieces.result);
}

void checkAccepted(const HttpRequestHead &head)
{
    FUZZ_CHECK(HttpHeadParser::isToken(head.method.constData(), head.method.size()));
    FUZZ_CHECK(head.path == "*" || head.path.startsWith('/'));
    FUZZ_CHECK(!head.path.contains('?') && !head.path.contains('#') && !head.query.contains('#'));
    for (char c : head.target)
        FUZZ_CHECK(c > 0x20 && c < 0x7f);
    FUZZ_CHECK(head.minorVersion == 0 || head.minorVersion == 1);
    FUZZ_CHECK(head.headers.size() <= limits.maxHeaderCount);
    for (const auto &[name, value] : head.headers.fields()) {
        FUZZ_CHECK(HttpHeadParser::isToken(name.constData(), name.size()));
        for (char c : value)
            FUZZ_CHECK(c != '\r' && c != '\n' && c != '\0');
        if (!value.isEmpty()) {
            FUZZ_CHECK(value.front() != ' ' && value.front() != '\t');
            FUZZ_CHECK(value.back() != ' ' && value.back() != '\t');
        }
    }
    const int transferEncodings = head.headers.count("transfer-encoding");
    const int contentLengths = head.headers.count("content-length");
    FUZZ_CHECK(transferEncodings <= 1 && contentLengths <= 1 && transferEncodings + contentLengths <= 1);
    FUZZ_CHECK((head.framing == BodyFraming::Chunked) == (transferEncodings == 1));
    FUZZ_CHECK(head.framing != BodyFraming::UntilClose);
    FUZZ_CHECK(head.contentLength >= 0 && head.contentLength <= limits.maxBodyBytes);
    FUZZ_CHECK((head.framing == BodyFraming::ContentLength) == (head.contentLength > 0));
    FUZZ_CHECK(head.minorVersion == 1 || transferEncodings == 0);
    FUZZ_CHECK(
        head.headers.count("host") == 1 || (head.minorVersion == 0 && head.headers.count("host") == 0));
}

void checkRoundTrip(const HttpRequestHead &head)
{
    QByteArray again = head.method + ' ' + head.target + " HTTP/1." + char('0' + head.minorVersion) + "\r\n";
    head.headers.serializeTo(again);
    again += "\r\n";
    HttpRequestHead second;
    FUZZ_CHECK(!HttpHeadParser::parseRequest(again.constData(), again.size(), limits, second));
    FUZZ_CHECK(second.method == head.method && second.path == head.path && second.query == head.query);
    FUZZ_CHECK(second.headers.fields() == head.headers.fields());
    FUZZ_CHECK(second.framing == head.framing && second.contentLength == head.contentLength);
    FUZZ_CHECK(second.keepAlive == head.keepAlive && second.expectContinue == head.expectContinue);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ScanOutcome whole = scanWhole(input);
    checkScannerAgreement(whole, scanInPieces(input, data[0]));
    if (whole.result != HttpHeadScanner::Result::Complete)
        return 0;
    FUZZ_CHECK(whole.skip <= whole.headSize && whole.headSize <= input.size());
    FUZZ_CHECK(whole.headSize - whole.skip <= maxHead + 4);

    HttpRequestHead head;
    const auto error = HttpHeadParser::parseRequest(
        input.constData() + whole.skip, whole.headSize - whole.skip, limits, head);
    if (error) {
        FUZZ_CHECK(
            error->status == 400 || error->status == 413 || error->status == 431 || error->status == 505);
        return 0;
    }
    checkAccepted(head);
    checkRoundTrip(head);
    return 0;
}
