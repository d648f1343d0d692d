#include "httpheadparser.h"

#include <array>

namespace Gatehouse {

namespace {

constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> table {};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (char c : { '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' })
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr auto tokenTable = makeTokenTable();

bool isFieldValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isTargetChar(unsigned char c)
{
    return c > 0x20 && c < 0x7f;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return HttpHeaders::nameEquals(a, b);
}

struct Line
{
    const char *begin;
    const char *end; // at the CR
};

// Splits the head into CRLF-terminated lines; the scanner has already refused bare CR/LF.
class LineReader
{
public:
    LineReader(const char *data, qsizetype size)
        : m_pos(data)
        , m_end(data + size)
    { }
    bool next(Line &line)
    {
        if (m_pos >= m_end)
            return false;
        const char *cr = static_cast<const char *>(memchr(m_pos, '\r', size_t(m_end - m_pos)));
        if (!cr)
            return false;
        line = { m_pos, cr };
        m_pos = cr + 2;
        return true;
    }

private:
    const char *m_pos;
    const char *m_end;
};

std::optional<HttpParseError> parseFieldLines(LineReader &reader, int maxCount, HttpHeaders &headers)
{
    Line line {};
    while (reader.next(line)) {
        if (line.begin == line.end)
            return std::nullopt; // the empty line that ends the head
        if (*line.begin == ' ' || *line.begin == '\t')
            return HttpParseError { 400, "obsolete line folding" };
        const char *colon = static_cast<const char *>(memchr(line.begin, ':', size_t(line.end - line.begin)));
        if (!colon || colon == line.begin)
            return HttpParseError { 400, "header line without a field name" };
        if (!HttpHeadParser::isToken(line.begin, colon - line.begin))
            return HttpParseError { 400, "invalid character in header name" };
        const char *valueBegin = colon + 1;
        const char *valueEnd = line.end;
        while (valueBegin < valueEnd && (*valueBegin == ' ' || *valueBegin == '\t'))
            ++valueBegin;
        while (valueEnd > valueBegin && (valueEnd[-1] == ' ' || valueEnd[-1] == '\t'))
            --valueEnd;
        for (const char *p = valueBegin; p < valueEnd; ++p) {
            if (!isFieldValueChar(static_cast<unsigned char>(*p)))
                return HttpParseError { 400, "invalid character in header value" };
        }
        if (headers.size() >= maxCount)
            return HttpParseError { 431, "too many header fields" };
        headers.appendView(line.begin, colon - line.begin, valueBegin, valueEnd - valueBegin);
    }
    return HttpParseError { 400, "unterminated header block" };
}

bool parseContentLength(QByteArrayView value, qint64 &out)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    out = result;
    return true;
}

// The headers that decide framing and connection handling, found in one pass over the fields.
struct FramingHeaders
{
    int transferEncodings = 0;
    int contentLengths = 0;
    int hosts = 0;
    QByteArrayView transferEncoding;
    QByteArrayView contentLength;
    QByteArrayView expect;
    bool connectionClose = false;
    bool connectionKeepAlive = false;
};

FramingHeaders collectFramingHeaders(const HttpHeaders &headers)
{
    FramingHeaders found;
    for (const auto &[name, value] : headers.fields()) {
        switch (name.size()) {
        case 4:
            found.hosts += HttpHeaders::nameEquals(name, "host") ? 1 : 0;
            break;
        case 6:
            if (HttpHeaders::nameEquals(name, "expect"))
                found.expect = value;
            break;
        case 10:
            if (HttpHeaders::nameEquals(name, "connection")) {
                found.connectionClose |= HttpHeaders::listContainsToken(value, "close");
                found.connectionKeepAlive |= HttpHeaders::listContainsToken(value, "keep-alive");
            }
            break;
        case 14:
            if (HttpHeaders::nameEquals(name, "content-length") && found.contentLengths++ == 0)
                found.contentLength = value;
            break;
        case 17:
            if (HttpHeaders::nameEquals(name, "transfer-encoding") && found.transferEncodings++ == 0)
                found.transferEncoding = value;
            break;
        default:
            break;
        }
    }
    return found;
}

// Settles how the body is delimited. Both directions refuse the classic smuggling shapes.
std::optional<HttpParseError> decideFraming(
    const FramingHeaders &headers, int minorVersion, BodyFraming &framing, qint64 &contentLength)
{
    if (headers.transferEncodings > 0) {
        if (headers.contentLengths > 0)
            return HttpParseError { 400, "both Content-Length and Transfer-Encoding" };
        if (headers.transferEncodings > 1)
            return HttpParseError { 400, "repeated Transfer-Encoding" };
        if (minorVersion == 0)
            return HttpParseError { 400, "Transfer-Encoding in an HTTP/1.0 message" };
        if (!equalsIgnoringCase(headers.transferEncoding, "chunked"))
            return HttpParseError { 400, "unsupported transfer coding" };
        framing = BodyFraming::Chunked;
        return std::nullopt;
    }
    if (headers.contentLengths > 1)
        return HttpParseError { 400, "repeated Content-Length" };
    if (headers.contentLengths == 1) {
        if (!parseContentLength(headers.contentLength, contentLength))
            return HttpParseError { 400, "malformed Content-Length" };
        framing = contentLength > 0 ? BodyFraming::ContentLength : BodyFraming::None;
        return std::nullopt;
    }
    framing = BodyFraming::None;
    return std::nullopt;
}

bool connectionKeepsAlive(const FramingHeaders &headers, int minorVersion)
{
    if (minorVersion == 0)
        return headers.connectionKeepAlive && !headers.connectionClose;
    return !headers.connectionClose;
}

bool parseVersion(const char *begin, const char *end, int &minor)
{
    if (end - begin != 8 || memcmp(begin, "HTTP/1.", 7) != 0)
        return false;
    if (begin[7] != '0' && begin[7] != '1')
        return false;
    minor = begin[7] - '0';
    return true;
}

} // namespace

bool HttpHeadParser::isToken(const char *data, qsizetype size)
{
    if (size <= 0)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        if (!tokenTable[static_cast<unsigned char>(data[i])])
            return false;
    }
    return true;
}

std::optional<HttpParseError> HttpHeadParser::parseRequest(
    const char *head, qsizetype size, const HeadLimits &limits, HttpRequestHead &out)
{
    out.headers.clear();
    out.headers.adoptStorage(QByteArray(head, size));
    head = out.headers.storage().constData();
    LineReader reader(head, size);
    Line line {};
    if (!reader.next(line))
        return HttpParseError { 400, "missing request line" };

    const char *sp1 = static_cast<const char *>(memchr(line.begin, ' ', size_t(line.end - line.begin)));
    if (!sp1 || !isToken(line.begin, sp1 - line.begin))
        return HttpParseError { 400, "malformed method" };
    const char *targetBegin = sp1 + 1;
    const char *sp2 = static_cast<const char *>(memchr(targetBegin, ' ', size_t(line.end - targetBegin)));
    if (!sp2 || sp2 == targetBegin)
        return HttpParseError { 400, "malformed request target" };
    for (const char *p = targetBegin; p < sp2; ++p) {
        if (!isTargetChar(static_cast<unsigned char>(*p)))
            return HttpParseError { 400, "invalid character in request target" };
    }
    if (!parseVersion(sp2 + 1, line.end, out.minorVersion)) {
        const char *v = sp2 + 1;
        const bool wellFormed = line.end - v == 8 && memcmp(v, "HTTP/", 5) == 0 && v[5] >= '0' && v[5] <= '9'
            && v[6] == '.' && v[7] >= '0' && v[7] <= '9';
        if (wellFormed)
            return HttpParseError { 505, "unsupported HTTP version" };
        return HttpParseError { 400, "malformed HTTP version" };
    }
    out.method = QByteArray(line.begin, sp1 - line.begin);
    out.target = QByteArray(targetBegin, sp2 - targetBegin);
    if (out.target.front() != '/') {
        if (out.target == "*" && out.method == "OPTIONS") {
            // asterisk-form: answered by the gateway itself
        } else if (out.target.startsWith("http://") || out.target.startsWith("https://")) {
            const qsizetype authorityStart = out.target.indexOf("//") + 2;
            qsizetype authorityEnd = authorityStart;
            while (authorityEnd < out.target.size() && out.target[authorityEnd] != '/'
                && out.target[authorityEnd] != '?' && out.target[authorityEnd] != '#')
                ++authorityEnd;
            const QByteArray rest = out.target.mid(authorityEnd);
            out.target = rest.startsWith('/') ? rest : "/" + rest;
        } else {
            return HttpParseError { 400, "request target is not in origin form" };
        }
    }
    const qsizetype question = out.target.indexOf('?');
    const qsizetype hash = out.target.indexOf('#');
    if (hash >= 0)
        return HttpParseError { 400, "fragment in request target" };
    out.path = question < 0 ? out.target : out.target.left(question);
    out.query = question < 0 ? QByteArray() : out.target.mid(question + 1);

    if (auto error = parseFieldLines(reader, limits.maxHeaderCount, out.headers))
        return error;
    const FramingHeaders framing = collectFramingHeaders(out.headers);
    const int hosts = framing.hosts;
    if (out.minorVersion == 1 && hosts != 1)
        return HttpParseError { 400, hosts == 0 ? "missing Host header" : "repeated Host header" };
    if (hosts > 1)
        return HttpParseError { 400, "repeated Host header" };
    if (auto error = decideFraming(framing, out.minorVersion, out.framing, out.contentLength))
        return error;
    if (out.framing == BodyFraming::ContentLength && out.contentLength > limits.maxBodyBytes)
        return HttpParseError { 413, "request body larger than the limit" };
    out.keepAlive = connectionKeepsAlive(framing, out.minorVersion);
    out.expectContinue = out.minorVersion == 1 && equalsIgnoringCase(framing.expect, "100-continue");
    return std::nullopt;
}

std::optional<HttpParseError> HttpHeadParser::parseResponse(
    const char *head, qsizetype size, bool requestWasHead, HttpResponseHead &out)
{
    out.headers.clear();
    out.headers.adoptStorage(QByteArray(head, size));
    head = out.headers.storage().constData();
    LineReader reader(head, size);
    Line line {};
    if (!reader.next(line))
        return HttpParseError { 502, "missing status line" };
    if (line.end - line.begin < 12 || !parseVersion(line.begin, line.begin + 8, out.minorVersion)
        || line.begin[8] != ' ')
        return HttpParseError { 502, "malformed status line" };
    const char *code = line.begin + 9;
    int status = 0;
    for (int i = 0; i < 3; ++i) {
        if (code[i] < '0' || code[i] > '9')
            return HttpParseError { 502, "malformed status code" };
        status = status * 10 + (code[i] - '0');
    }
    if (status < 100 || (line.end > code + 3 && code[3] != ' '))
        return HttpParseError { 502, "malformed status code" };
    out.status = status;
    out.reason = line.end > code + 4 ? QByteArray(code + 4, line.end - code - 4) : QByteArray();
    for (char c : out.reason) {
        if (!isFieldValueChar(static_cast<unsigned char>(c)))
            return HttpParseError { 502, "invalid character in reason phrase" };
    }
    if (auto error = parseFieldLines(reader, 256, out.headers))
        return HttpParseError { 502, error->reason };
    const FramingHeaders framing = collectFramingHeaders(out.headers);
    out.keepAlive = connectionKeepsAlive(framing, out.minorVersion);
    if (requestWasHead || status < 200 || status == 204 || status == 304) {
        out.framing = BodyFraming::None;
        out.contentLength = 0;
        return std::nullopt;
    }
    if (auto error = decideFraming(framing, out.minorVersion, out.framing, out.contentLength))
        return HttpParseError { 502, error->reason };
    if (out.framing == BodyFraming::None && framing.contentLengths == 0) {
        out.framing = BodyFraming::UntilClose;
        out.keepAlive = false;
    }
    return std::nullopt;
}

} // namespace Gatehouse
