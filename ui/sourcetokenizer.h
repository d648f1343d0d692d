#pragma once

#include <QStringView>
#include <vector>

namespace Gatehouse {

enum class SourceLanguage
{
    Yaml,
    Json,
    GraphQL,
    Xml
};

enum class SourceToken
{
    Key,
    String,
    Number,
    Literal,
    Comment,
    Keyword,
    Name,
    Variable,
    Directive,
    Anchor,
    DocumentMarker,
    Indicator,
    Punctuation,
    Tag,
    Attribute,
    Entity,
    ProcessingInstruction,
    CData,
};
inline constexpr int sourceTokenCount = static_cast<int>(SourceToken::CData) + 1;

struct TokenSpan
{
    int start = 0;
    int length = 0;
    SourceToken token = SourceToken::Name;
};

// Splits one line into highlighted spans. Each scanner visits every character a bounded number of times,
// so a megabyte-long line costs linear time. `state` is the value the previous line returned (0 or -1 for
// none); the return value is the state to hand to the next line, for constructs spanning lines.
int tokenizeSourceLine(SourceLanguage language, QStringView line, int state, std::vector<TokenSpan> &spans);

} // namespace Gatehouse
