#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace Gatehouse {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_introduction(new QLabel(this))
    , m_demoButton(new QCommandLinkButton(this))
    , m_newButton(new QCommandLinkButton(this))
    , m_openButton(new QCommandLinkButton(this))
    , m_recentHeading(new QLabel(this))
    , m_recentList(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.8);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_introduction->setWordWrap(true);
    QFont sectionFont = m_recentHeading->font();
    sectionFont.setBold(true);
    m_recentHeading->setFont(sectionFont);
    m_recentList->setTextFormat(Qt::RichText);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    connect(m_demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::newDemoWorkspaceRequested);
    connect(m_newButton, &QCommandLinkButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(m_openButton, &QCommandLinkButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(m_recentList, &QLabel::linkActivated, this,
        [this](const QString &link) { emit openRecentRequested(QUrl(link).toLocalFile()); });

    auto *column = new QVBoxLayout;
    column->addWidget(m_heading);
    column->addWidget(m_introduction);
    column->addSpacing(16);
    column->addWidget(m_demoButton);
    column->addWidget(m_newButton);
    column->addWidget(m_openButton);
    column->addSpacing(16);
    column->addWidget(m_recentHeading);
    column->addWidget(m_recentList);
    column->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);
    retranslate();
}

void WelcomePage::setRecentWorkspaces(const QStringList &paths)
{
    m_recentPaths = paths;
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_heading->setText(tr("Welcome to Gatehouse"));
    m_introduction->setText(tr("Design APIs, run them on local gateway environments and see side by side how "
                               "Choreo Connect and the API Gateway would serve them."));
    m_demoButton->setText(tr("Open the demo workspace"));
    m_demoButton->setDescription(tr("Three sample APIs answered by mock endpoints and two environments, "
                                    "one per gateway profile. Works offline."));
    m_newButton->setText(tr("New workspace…"));
    m_newButton->setDescription(tr("Start from an empty workspace file."));
    m_openButton->setText(tr("Open workspace…"));
    m_openButton->setDescription(tr("Open an existing workspace file."));
    m_recentHeading->setText(tr("Recent workspaces"));
    m_recentHeading->setVisible(!m_recentPaths.isEmpty());
    QStringList links;
    for (const QString &path : std::as_const(m_recentPaths)) {
        links.append(QStringLiteral("<a href=\"%1\">%2</a> <span style=\"color:gray\">%3</span>")
                         .arg(QUrl::fromLocalFile(path).toString().toHtmlEscaped(),
                             QFileInfo(path).fileName().toHtmlEscaped(),
                             QDir::toNativeSeparators(QFileInfo(path).absolutePath()).toHtmlEscaped()));
    }
    m_recentList->setText(links.join(QStringLiteral("<br>")));
    m_recentList->setVisible(!links.isEmpty());
}

} // namespace Gatehouse
