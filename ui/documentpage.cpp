#include "documentpage.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Gatehouse {

DocumentPage::DocumentPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_kindLabel(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_kindLabel->setStyleSheet(QStringLiteral("color:palette(mid);"));
    m_editor->setObjectName(QStringLiteral("documentText"));
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_editor, 1);
    setUpHighlighting();
}

DocumentPage::~DocumentPage()
{
#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
    delete m_editor; // and with it the highlighter, which uses the repository's definitions
    delete m_repository;
#endif
}

void DocumentPage::setUpHighlighting()
{
#ifdef GATEHOUSE_HAVE_KSYNTAXHIGHLIGHTING
    m_repository = new KSyntaxHighlighting::Repository;
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(m_repository->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(m_repository->definitionForName(QStringLiteral("JSON")));
#endif
}

void DocumentPage::showDocument(const QString &kindTitle, const QString &name, const QByteArray &json)
{
    m_heading->setText(name);
    m_kindLabel->setText(kindTitle);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    m_editor->setPlainText(document.isNull() ? QString::fromUtf8(json)
                                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

QString DocumentPage::text() const
{
    return m_editor->toPlainText();
}

} // namespace Gatehouse
