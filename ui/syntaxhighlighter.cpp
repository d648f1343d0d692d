#include "syntaxhighlighter.h"

#include "deferredhighlighting.h"

#include <QPalette>
#include <algorithm>

namespace Gatehouse {

namespace {

struct TokenStyle
{
    SourceToken token;
    QRgb light;
    QRgb dark;
    bool bold = false;
    bool italic = false;
};

// Light colours are picked for a white base, dark ones for a #1e1e1e-like base.
constexpr TokenStyle tokenStyles[] = {
    { SourceToken::Key, 0x0550ae, 0x79c0ff },
    { SourceToken::String, 0x116329, 0xa5d6a7 },
    { SourceToken::Number, 0x953800, 0xffa657 },
    { SourceToken::Literal, 0x8250df, 0xd2a8ff },
    { SourceToken::Comment, 0x6e7781, 0x8b949e, false, true },
    { SourceToken::Keyword, 0xa0114e, 0xff7b72, true },
    { SourceToken::Name, 0x24528f, 0x9ecbff },
    { SourceToken::Variable, 0xb3391b, 0xffb38a },
    { SourceToken::Directive, 0x7d5200, 0xe3b341 },
    { SourceToken::Anchor, 0x7d5200, 0xe3b341, false, true },
    { SourceToken::DocumentMarker, 0xa0114e, 0xff7b72, true },
    { SourceToken::Indicator, 0xb3391b, 0xffb38a, true },
    { SourceToken::Punctuation, 0x57606a, 0xadbac7 },
    { SourceToken::Tag, 0x0550ae, 0x7ee787 },
    { SourceToken::Attribute, 0x8250df, 0xd2a8ff },
    { SourceToken::Entity, 0x953800, 0xffa657 },
    { SourceToken::ProcessingInstruction, 0x7d5200, 0xe3b341, false, true },
    { SourceToken::CData, 0x1b7c83, 0x56d4dd },
};
static_assert(std::size(tokenStyles) == sourceTokenCount);

} // namespace

BuiltInHighlighter::BuiltInHighlighter(SourceLanguage language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    buildFormats();
}

void BuiltInHighlighter::setLanguage(SourceLanguage language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

bool BuiltInHighlighter::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void BuiltInHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

QTextCharFormat BuiltInHighlighter::tokenFormat(SourceToken token) const
{
    return m_formats.at(static_cast<std::size_t>(token));
}

void BuiltInHighlighter::buildFormats()
{
    for (const TokenStyle &style : tokenStyles) {
        QTextCharFormat format;
        format.setForeground(QColor::fromRgb(m_dark ? style.dark : style.light));
        if (style.bold)
            format.setFontWeight(QFont::Bold);
        if (style.italic)
            format.setFontItalic(true);
        m_formats.at(static_cast<std::size_t>(style.token)) = format;
    }
}

void BuiltInHighlighter::highlightBlock(const QString &text)
{
    if (m_deferral && m_deferral->shouldSkip(currentBlock()))
        return;
    m_spans.clear();
    setCurrentBlockState(tokenizeSourceLine(m_language, text, previousBlockState(), m_spans));
    for (const TokenSpan &span : m_spans) {
        if (span.start >= colorLimitPerLine)
            break;
        setFormat(span.start, std::min(span.length, colorLimitPerLine - span.start),
            m_formats.at(static_cast<std::size_t>(span.token)));
    }
}

} // namespace Gatehouse
