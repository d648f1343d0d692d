#pragma once

#include "sourcetokenizer.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <array>
#include <vector>

class QPalette;

namespace Gatehouse {

class DeferredHighlighting;

// The highlighter used where KSyntaxHighlighting is not available: YAML, JSON, GraphQL and XML scanned by
// hand in linear time, coloured with a light or a dark set chosen from the palette.
class BuiltInHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    BuiltInHighlighter(SourceLanguage language, QTextDocument *document);

    SourceLanguage language() const { return m_language; }
    void setLanguage(SourceLanguage language);

    // Picks the colour set for the palette's base colour and rehighlights when it changes.
    void setPalette(const QPalette &palette);
    bool usesDarkColors() const { return m_dark; }

    QTextCharFormat tokenFormat(SourceToken token) const;
    void setDeferral(const DeferredHighlighting *deferral) { m_deferral = deferral; }

    static bool isDarkPalette(const QPalette &palette);

    // Laying out a line costs time for every format range on it (seconds for a megabyte of JSON), so
    // colours stop after this many characters; the rest of the line is still scanned for the next one.
    static constexpr int colorLimitPerLine = 50'000;

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildFormats();

    SourceLanguage m_language;
    bool m_dark = false;
    std::array<QTextCharFormat, sourceTokenCount> m_formats;
    std::vector<TokenSpan> m_spans; // reused from line to line
    const DeferredHighlighting *m_deferral = nullptr;
};

} // namespace Gatehouse
