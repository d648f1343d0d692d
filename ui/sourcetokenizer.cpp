#include "sourcetokenizer.h"

#include <algorithm>

namespace Gatehouse {

namespace {

// States handed from line to line. Zero (or QSyntaxHighlighter's -1) means "nothing open".
enum YamlState
{
    YamlDoubleQuoted = 1,
    YamlSingleQuoted = 2,
    // A block scalar's state also carries the indentation its content must exceed: base + indent + 1.
    YamlBlockScalarBase = 16,
};

enum GraphQLState
{
    GraphQLBlockString = 1,
};

enum XmlState
{
    XmlText = 0,
    XmlComment = 1,
    XmlCData = 2,
    XmlProcessingInstruction = 3,
    XmlInsideTag = 4,
    XmlAttributeValueDouble = 5,
    XmlAttributeValueSingle = 6,
    XmlDeclaration = 7,
};

class SpanWriter
{
public:
    explicit SpanWriter(std::vector<TokenSpan> &spans)
        : m_spans(spans)
    { }

    void add(int start, int end, SourceToken token)
    {
        if (end <= start)
            return;
        if (!m_spans.empty()) {
            TokenSpan &last = m_spans.back();
            if (last.token == token && last.start + last.length == start) {
                last.length = end - last.start;
                return;
            }
        }
        m_spans.push_back({ start, end - start, token });
    }

private:
    std::vector<TokenSpan> &m_spans;
};

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isXmlNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

bool isYamlFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

int skipBlanks(QStringView line, int from)
{
    const int length = int(line.size());
    while (from < length && isBlank(line[from]))
        ++from;
    return from;
}

// Index just past the quote closing the string whose content starts at `from`, or -1 if the line ends
// first. YAML's single-quoted strings escape a quote by doubling it; the others use a backslash.
int endOfQuoted(QStringView line, int from, QChar quote)
{
    const int length = int(line.size());
    const bool doubledQuoteEscapes = quote == u'\'';
    for (int i = from; i < length; ++i) {
        const QChar c = line[i];
        if (!doubledQuoteEscapes && c == u'\\') {
            ++i;
        } else if (c == quote) {
            if (doubledQuoteEscapes && i + 1 < length && line[i + 1] == quote) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return -1;
}

int endOfWord(QStringView line, int from, bool (*isWordChar)(QChar))
{
    const int length = int(line.size());
    while (from < length && isWordChar(line[from]))
        ++from;
    return from;
}

// ---- JSON ----

int endOfNumber(QStringView line, int from)
{
    const int length = int(line.size());
    int end = from + 1;
    while (end < length) {
        const QChar c = line[end];
        const bool exponentSign
            = (c == u'+' || c == u'-') && (line[end - 1] == u'e' || line[end - 1] == u'E');
        if (!isDigit(c) && c != u'.' && c != u'e' && c != u'E' && !exponentSign)
            break;
        ++end;
    }
    return end;
}

int tokenizeJson(QStringView line, SpanWriter &out)
{
    const int length = int(line.size());
    int i = 0;
    while (i < length) {
        const QChar c = line[i];
        if (c == u'"') {
            const int closed = endOfQuoted(line, i + 1, c);
            const int end = closed < 0 ? length : closed;
            const int next = skipBlanks(line, end);
            out.add(i, end, next < length && line[next] == u':' ? SourceToken::Key : SourceToken::String);
            i = end;
        } else if (c == u'-' || isDigit(c)) {
            const int end = endOfNumber(line, i);
            out.add(i, end, SourceToken::Number);
            i = end;
        } else if (isNameStart(c)) {
            const int end = endOfWord(line, i, isNameChar);
            const QStringView word = line.sliced(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                out.add(i, end, SourceToken::Literal);
            i = end;
        } else if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':') {
            out.add(i, i + 1, SourceToken::Punctuation);
            ++i;
        } else {
            ++i;
        }
    }
    return 0;
}

// ---- YAML ----

bool isYamlLiteral(QStringView scalar)
{
    static constexpr QStringView literals[] = { u"true", u"True", u"TRUE", u"false", u"False", u"FALSE",
        u"null", u"Null", u"NULL", u"~", u"yes", u"Yes", u"YES", u"no", u"No", u"NO" };
    return std::find(std::begin(literals), std::end(literals), scalar) != std::end(literals);
}

bool isYamlNumber(QStringView scalar)
{
    if (scalar.startsWith(u'-') || scalar.startsWith(u'+'))
        scalar = scalar.sliced(1);
    if (scalar.isEmpty())
        return false;
    static constexpr QStringView specials[] = { u".inf", u".Inf", u".INF", u".nan", u".NaN", u".NAN" };
    if (std::find(std::begin(specials), std::end(specials), scalar) != std::end(specials))
        return true;
    if (scalar.size() > 2 && scalar[0] == u'0' && (scalar[1] == u'x' || scalar[1] == u'o')) {
        const bool hex = scalar[1] == u'x';
        return std::all_of(scalar.begin() + 2, scalar.end(), [hex](QChar c) {
            return hex ? isDigit(c) || (c.toLower() >= u'a' && c.toLower() <= u'f') : c >= u'0' && c <= u'7';
        });
    }
    int digits = 0;
    qsizetype i = 0;
    for (; i < scalar.size() && (isDigit(scalar[i]) || scalar[i] == u'_'); ++i)
        digits += isDigit(scalar[i]) ? 1 : 0;
    if (i < scalar.size() && scalar[i] == u'.') {
        for (++i; i < scalar.size() && isDigit(scalar[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return false;
    if (i < scalar.size() && (scalar[i] == u'e' || scalar[i] == u'E')) {
        ++i;
        if (i < scalar.size() && (scalar[i] == u'+' || scalar[i] == u'-'))
            ++i;
        const qsizetype exponentStart = i;
        while (i < scalar.size() && isDigit(scalar[i]))
            ++i;
        if (i == exponentStart)
            return false;
    }
    return i == scalar.size();
}

class YamlLineScanner
{
public:
    YamlLineScanner(QStringView line, SpanWriter &out)
        : m_line(line)
        , m_length(int(line.size()))
        , m_out(out)
    { }

    int scan(int state)
    {
        int i = 0;
        if (state >= YamlBlockScalarBase) {
            const int parentIndent = state - YamlBlockScalarBase - 1;
            const int indent = skipBlanks(m_line, 0);
            if (indent == m_length)
                return state; // blank lines never end a block scalar
            if (indent > parentIndent && !isDocumentMarker()) {
                m_out.add(indent, m_length, SourceToken::String);
                return state;
            }
        } else if (state == YamlDoubleQuoted || state == YamlSingleQuoted) {
            const int closed = endOfQuoted(m_line, 0, state == YamlDoubleQuoted ? u'"' : u'\'');
            if (closed < 0) {
                m_out.add(0, m_length, SourceToken::String);
                return state;
            }
            m_out.add(0, closed, SourceToken::String);
            i = closed;
            m_atNodeStart = false;
        }
        if (i == 0) {
            m_nodeIndent = skipBlanks(m_line, 0);
            if (m_line.startsWith(u'%')) {
                m_out.add(0, m_length, SourceToken::Directive);
                return 0;
            }
            if (isDocumentMarker()) {
                m_out.add(0, 3, SourceToken::DocumentMarker);
                m_nodeIndent = -1;
                i = 3;
            }
        }
        while (i < m_length) {
            const int next = scanAt(i);
            if (next < 0)
                return -next;
            i = std::max(next, i + 1);
        }
        return 0;
    }

private:
    bool endsToken(int index) const { return index >= m_length || isBlank(m_line[index]); }

    bool isDocumentMarker() const
    {
        return (m_line.startsWith(u"---") || m_line.startsWith(u"...")) && endsToken(3);
    }

    // Returns the index to continue at, or minus the state for the next line when this one is done.
    int scanAt(int i)
    {
        const QChar c = m_line[i];
        if (isBlank(c))
            return i + 1;
        if (c == u'#' && (i == 0 || isBlank(m_line[i - 1]))) {
            m_out.add(i, m_length, SourceToken::Comment);
            return m_length;
        }
        if ((c == u'-' || c == u'?') && m_flowDepth == 0 && m_atNodeStart && endsToken(i + 1)) {
            m_out.add(i, i + 1, SourceToken::Indicator);
            m_nodeIndent = i;
            return i + 1;
        }
        if (c == u':' && (endsToken(i + 1) || m_flowDepth > 0)) {
            m_out.add(i, i + 1, SourceToken::Punctuation);
            m_atNodeStart = true;
            return i + 1;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int end = i + 1;
            while (end < m_length && !isBlank(m_line[end]) && !isYamlFlowIndicator(m_line[end]))
                ++end;
            m_out.add(i, end, c == u'!' ? SourceToken::Directive : SourceToken::Anchor);
            return end;
        }
        if ((c == u'|' || c == u'>') && m_atNodeStart && m_flowDepth == 0) {
            const int blockState = scanBlockScalarHeader(i);
            if (blockState != 0)
                return -blockState;
        }
        if (c == u'[' || c == u'{') {
            ++m_flowDepth;
            m_out.add(i, i + 1, SourceToken::Punctuation);
            m_atNodeStart = true;
            return i + 1;
        }
        if (c == u']' || c == u'}' || (c == u',' && m_flowDepth > 0)) {
            m_flowDepth = c == u',' ? m_flowDepth : std::max(0, m_flowDepth - 1);
            m_out.add(i, i + 1, SourceToken::Punctuation);
            m_atNodeStart = c == u',';
            return i + 1;
        }
        if (c == u'"' || c == u'\'')
            return scanQuoted(i, c);
        return scanPlain(i);
    }

    // `key: |-` and friends: the content follows on the lines indented deeper than the owning node.
    int scanBlockScalarHeader(int i)
    {
        int end = i + 1;
        while (end < m_length && (m_line[end] == u'-' || m_line[end] == u'+' || isDigit(m_line[end])))
            ++end;
        const int rest = skipBlanks(m_line, end);
        if (rest < m_length && !(m_line[rest] == u'#' && rest > end))
            return 0;
        m_out.add(i, end, SourceToken::Indicator);
        m_out.add(rest, m_length, SourceToken::Comment);
        return YamlBlockScalarBase + m_nodeIndent + 1;
    }

    int scanQuoted(int i, QChar quote)
    {
        const int closed = endOfQuoted(m_line, i + 1, quote);
        if (closed < 0) {
            m_out.add(i, m_length, SourceToken::String);
            return -(quote == u'"' ? YamlDoubleQuoted : YamlSingleQuoted);
        }
        const int next = skipBlanks(m_line, closed);
        const bool isKey
            = next < m_length && m_line[next] == u':' && (endsToken(next + 1) || m_flowDepth > 0);
        m_out.add(i, closed, isKey ? SourceToken::Key : SourceToken::String);
        if (isKey)
            m_nodeIndent = i;
        m_atNodeStart = false;
        return closed;
    }

    int scanPlain(int start)
    {
        int end = start;
        int trimmedEnd = start;
        bool isKey = false;
        while (end < m_length) {
            const QChar c = m_line[end];
            if (c == u':' && end > start
                && (endsToken(end + 1) || (m_flowDepth > 0 && isYamlFlowIndicator(m_line[end + 1])))) {
                isKey = true;
                break;
            }
            if (c == u'#' && end > start && isBlank(m_line[end - 1]))
                break;
            if (m_flowDepth > 0 && isYamlFlowIndicator(c))
                break;
            ++end;
            if (!isBlank(c))
                trimmedEnd = end;
        }
        if (end == start)
            return start + 1;
        const QStringView scalar = m_line.sliced(start, trimmedEnd - start);
        if (isKey) {
            m_out.add(start, trimmedEnd, SourceToken::Key);
            m_nodeIndent = start;
        } else if (isYamlLiteral(scalar)) {
            m_out.add(start, trimmedEnd, SourceToken::Literal);
        } else if (isYamlNumber(scalar)) {
            m_out.add(start, trimmedEnd, SourceToken::Number);
        }
        m_atNodeStart = false;
        return end;
    }

    QStringView m_line;
    int m_length;
    SpanWriter &m_out;
    int m_nodeIndent = 0;
    int m_flowDepth = 0;
    bool m_atNodeStart = true;
};

// ---- GraphQL ----

bool isGraphQLKeyword(QStringView word)
{
    static constexpr QStringView keywords[]
        = { u"query", u"mutation", u"subscription", u"fragment", u"on", u"type", u"input", u"enum",
              u"interface", u"union", u"scalar", u"schema", u"extend", u"directive", u"implements" };
    return std::find(std::begin(keywords), std::end(keywords), word) != std::end(keywords);
}

// Index past the `"""` closing a block string, searching from `from`; -1 if the line ends first.
int endOfBlockString(QStringView line, int from)
{
    while (true) {
        const qsizetype found = line.indexOf(u"\"\"\"", from);
        if (found < 0)
            return -1;
        if (found > 0 && line[found - 1] == u'\\') {
            from = int(found) + 3;
            continue;
        }
        return int(found) + 3;
    }
}

int tokenizeGraphQL(QStringView line, int state, SpanWriter &out)
{
    const int length = int(line.size());
    int i = 0;
    if (state == GraphQLBlockString) {
        const int end = endOfBlockString(line, 0);
        if (end < 0) {
            out.add(0, length, SourceToken::String);
            return GraphQLBlockString;
        }
        out.add(0, end, SourceToken::String);
        i = end;
    }
    while (i < length) {
        const QChar c = line[i];
        if (c == u'#') {
            out.add(i, length, SourceToken::Comment);
            break;
        }
        if (c == u'"') {
            if (line.sliced(i).startsWith(u"\"\"\"")) {
                const int end = endOfBlockString(line, i + 3);
                if (end < 0) {
                    out.add(i, length, SourceToken::String);
                    return GraphQLBlockString;
                }
                out.add(i, end, SourceToken::String);
                i = end;
            } else {
                const int closed = endOfQuoted(line, i + 1, c);
                const int end = closed < 0 ? length : closed;
                out.add(i, end, SourceToken::String);
                i = end;
            }
        } else if ((c == u'$' || c == u'@') && i + 1 < length && isNameStart(line[i + 1])) {
            const int end = endOfWord(line, i + 1, isNameChar);
            out.add(i, end, c == u'$' ? SourceToken::Variable : SourceToken::Directive);
            i = end;
        } else if (isNameStart(c)) {
            const int end = endOfWord(line, i, isNameChar);
            const QStringView word = line.sliced(i, end - i);
            SourceToken token = SourceToken::Name;
            if (isGraphQLKeyword(word)) {
                token = SourceToken::Keyword;
            } else if (word == u"true" || word == u"false" || word == u"null") {
                token = SourceToken::Literal;
            } else {
                const int next = skipBlanks(line, end);
                if (next < length && line[next] == u':')
                    token = SourceToken::Key;
            }
            out.add(i, end, token);
            i = end;
        } else if (isDigit(c) || (c == u'-' && i + 1 < length && isDigit(line[i + 1]))) {
            const int end = endOfNumber(line, i);
            out.add(i, end, SourceToken::Number);
            i = end;
        } else if (QStringView(u"{}()[]:!=|&.").contains(c)) {
            out.add(i, i + 1, SourceToken::Punctuation);
            ++i;
        } else {
            ++i;
        }
    }
    return 0;
}

// ---- XML ----

class XmlLineScanner
{
public:
    XmlLineScanner(QStringView line, SpanWriter &out)
        : m_line(line)
        , m_length(int(line.size()))
        , m_out(out)
    { }

    int scan(int state)
    {
        int mode = state > 0 ? state : XmlText;
        int i = 0;
        while (i < m_length) {
            switch (mode) {
            case XmlComment:
                i = scanUntil(i, u"-->", SourceToken::Comment, mode);
                break;
            case XmlCData:
                i = scanUntil(i, u"]]>", SourceToken::CData, mode);
                break;
            case XmlProcessingInstruction:
                i = scanUntil(i, u"?>", SourceToken::ProcessingInstruction, mode);
                break;
            case XmlDeclaration:
                i = scanUntil(i, u">", SourceToken::Directive, mode);
                break;
            case XmlAttributeValueDouble:
            case XmlAttributeValueSingle:
                i = scanAttributeValue(i, mode == XmlAttributeValueDouble ? u'"' : u'\'', mode);
                break;
            case XmlInsideTag:
                i = scanInsideTag(i, mode);
                break;
            default:
                i = scanText(i, mode);
                break;
            }
        }
        return mode;
    }

private:
    // Colours up to and including `terminator`; the construct goes on to the next line if it is missing.
    int scanUntil(int from, QStringView terminator, SourceToken token, int &mode, int searchFrom = -1)
    {
        const qsizetype found = m_line.indexOf(terminator, std::max(from, searchFrom));
        if (found < 0) {
            m_out.add(from, m_length, token);
            return m_length;
        }
        const int end = int(found + terminator.size());
        m_out.add(from, end, token);
        mode = XmlText;
        return end;
    }

    int scanAttributeValue(int from, QChar quote, int &mode)
    {
        const qsizetype found = m_line.indexOf(quote, from);
        if (found < 0) {
            m_out.add(from, m_length, SourceToken::String);
            return m_length;
        }
        m_out.add(from, int(found) + 1, SourceToken::String);
        mode = XmlInsideTag;
        return int(found) + 1;
    }

    int scanInsideTag(int i, int &mode)
    {
        const QChar c = m_line[i];
        if (c == u'>' || ((c == u'/' || c == u'?') && i + 1 < m_length && m_line[i + 1] == u'>')) {
            const int end = c == u'>' ? i + 1 : i + 2;
            m_out.add(i, end, SourceToken::Tag);
            mode = XmlText;
            return end;
        }
        if (c == u'<') {
            mode = XmlText; // an unclosed tag: the next one starts here
            return i;
        }
        if (isNameStart(c)) {
            const int end = endOfWord(m_line, i, isXmlNameChar);
            m_out.add(i, end, SourceToken::Attribute);
            return end;
        }
        if (c == u'=') {
            m_out.add(i, i + 1, SourceToken::Punctuation);
            return i + 1;
        }
        if (c == u'"' || c == u'\'') {
            mode = c == u'"' ? XmlAttributeValueDouble : XmlAttributeValueSingle;
            m_out.add(i, i + 1, SourceToken::String);
            return scanAttributeValue(i + 1, c, mode);
        }
        return i + 1;
    }

    int scanText(int from, int &mode)
    {
        int i = from;
        while (i < m_length && m_line[i] != u'<' && m_line[i] != u'&')
            ++i;
        if (i >= m_length)
            return m_length;
        if (m_line[i] == u'&')
            return scanEntity(i);
        const QStringView rest = m_line.sliced(i);
        if (rest.startsWith(u"<!--")) {
            mode = XmlComment;
            return scanUntil(i, u"-->", SourceToken::Comment, mode, i + 4);
        }
        if (rest.startsWith(u"<![CDATA[")) {
            mode = XmlCData;
            return scanUntil(i, u"]]>", SourceToken::CData, mode, i + 9);
        }
        if (rest.startsWith(u"<?")) {
            mode = XmlProcessingInstruction;
            return scanUntil(i, u"?>", SourceToken::ProcessingInstruction, mode, i + 2);
        }
        if (rest.startsWith(u"<!")) {
            mode = XmlDeclaration;
            return scanUntil(i, u">", SourceToken::Directive, mode, i + 2);
        }
        const int nameStart = rest.startsWith(u"</") ? i + 2 : i + 1;
        if (nameStart < m_length && isNameStart(m_line[nameStart])) {
            const int end = endOfWord(m_line, nameStart, isXmlNameChar);
            m_out.add(i, end, SourceToken::Tag);
            mode = XmlInsideTag;
            return end;
        }
        return i + 1;
    }

    int scanEntity(int ampersand)
    {
        static constexpr int longestEntityName = 32;
        int end = ampersand + 1;
        while (end < m_length && end - ampersand <= longestEntityName
            && (m_line[end].isLetterOrNumber() || m_line[end] == u'#'))
            ++end;
        if (end < m_length && end > ampersand + 1 && m_line[end] == u';') {
            m_out.add(ampersand, end + 1, SourceToken::Entity);
            return end + 1;
        }
        return ampersand + 1;
    }

    QStringView m_line;
    int m_length;
    SpanWriter &m_out;
};

} // namespace

int tokenizeSourceLine(SourceLanguage language, QStringView line, int state, std::vector<TokenSpan> &spans)
{
    SpanWriter out(spans);
    state = std::max(state, 0);
    switch (language) {
    case SourceLanguage::Yaml:
        return YamlLineScanner(line, out).scan(state);
    case SourceLanguage::Json:
        return tokenizeJson(line, out);
    case SourceLanguage::GraphQL:
        return tokenizeGraphQL(line, state, out);
    case SourceLanguage::Xml:
        return XmlLineScanner(line, out).scan(state);
    }
    return 0;
}

} // namespace Gatehouse
