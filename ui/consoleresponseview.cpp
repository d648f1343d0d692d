#include "consoleresponseview.h"

#include "pagewidgets.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {

constexpr qsizetype maximumShownBodyBytes = 2 * 1024 * 1024;

QPlainTextEdit *createTextView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

QString prettyBody(const QByteArray &body, const HeaderList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0 && !value.contains("json")
            && !value.contains("text") && !value.contains("xml"))
            return ConsoleResponseView::tr("(%n byte(s) of %1)", nullptr, int(body.size()))
                .arg(QString::fromLatin1(value));
    }
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (body.size() > maximumShownBodyBytes)
        return QString::fromUtf8(body.left(maximumShownBodyBytes))
            + ConsoleResponseView::tr(
                "\n… (%n byte(s) not shown)", nullptr, int(body.size() - maximumShownBodyBytes));
    return QString::fromUtf8(body);
}

} // namespace

ConsoleResponseView::ConsoleResponseView(QWidget *parent)
    : QWidget(parent)
    , m_statusLabel(new QLabel(this))
    , m_verdictBanner(new MessageBanner(this))
    , m_verdictDetails(PageWidgets::createHint(this))
    , m_tabs(new QTabWidget(this))
    , m_bodyText(createTextView(m_tabs, QStringLiteral("responseBody")))
    , m_headerTable(PageWidgets::createTable(m_tabs, 2))
    , m_requestText(createTextView(m_tabs, QStringLiteral("requestSummary")))
{
    m_statusLabel->setObjectName(QStringLiteral("responseStatus"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_verdictBanner->setObjectName(QStringLiteral("verdictBanner"));
    m_verdictDetails->setObjectName(QStringLiteral("verdictDetails"));
    m_verdictDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerTable->setObjectName(QStringLiteral("responseHeaders"));
    m_tabs->addTab(m_bodyText, QString());
    m_tabs->addTab(m_headerTable, QString());
    m_tabs->addTab(m_requestText, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_verdictBanner);
    layout->addWidget(m_verdictDetails);
    layout->addWidget(m_tabs, 1);
    retranslate();
    clear();
}

void ConsoleResponseView::clear()
{
    m_statusLabel->setText(tr("No request sent yet."));
    m_verdictBanner->clearMessage();
    m_verdictDetails->clear();
    m_verdictDetails->hide();
    m_bodyText->clear();
    m_headerTable->setRowCount(0);
    m_requestText->clear();
    m_verdict = SecurityVerdict();
}

void ConsoleResponseView::showSending(const QString &requestSummary)
{
    clear();
    m_statusLabel->setText(tr("Sending…"));
    m_requestText->setPlainText(requestSummary);
}

void ConsoleResponseView::showResponse(const ConsoleResponse &response)
{
    if (response.cancelled) {
        m_statusLabel->setText(
            tr("Cancelled after %1 ms.").arg(QLocale().toString(response.elapsedMs, 'f', 1)));
        return;
    }
    if (!response.completed) {
        m_statusLabel->setText(tr("No response: %1").arg(response.networkError));
        m_verdictBanner->showMessage(MessageBanner::Kind::Error,
            response.sslErrors.isEmpty()
                ? tr("The request did not reach the gateway or got no answer.")
                : tr("TLS failed: %1").arg(response.sslErrors.join(QStringLiteral("; "))));
        return;
    }
    m_statusLabel->setText(tr("%1 %2 · %3 ms · %n byte(s)", nullptr, int(response.body.size()))
                               .arg(QString::number(response.status), QString::fromLatin1(response.reason),
                                   QLocale().toString(response.elapsedMs, 'f', 1)));
    m_bodyText->setPlainText(prettyBody(response.body, response.headers));
    m_headerTable->setRowCount(int(response.headers.size()));
    for (int row = 0; row < response.headers.size(); ++row) {
        m_headerTable->setItem(
            row, 0, PageWidgets::readOnlyItem(QString::fromLatin1(response.headers.at(row).first)));
        m_headerTable->setItem(
            row, 1, PageWidgets::readOnlyItem(QString::fromLatin1(response.headers.at(row).second)));
    }
}

void ConsoleResponseView::showVerdict(const SecurityVerdict &verdict)
{
    m_verdict = verdict;
    const MessageBanner::Kind kind = verdict.outcome == SecurityVerdict::Outcome::Refused
        ? MessageBanner::Kind::Error
        : verdict.outcome == SecurityVerdict::Outcome::Unknown ? MessageBanner::Kind::Warning
                                                               : MessageBanner::Kind::Info;
    m_verdictBanner->showMessage(kind, verdict.headline);
    m_verdictDetails->setText(verdict.details.join(QLatin1Char('\n')));
    m_verdictDetails->setVisible(!verdict.details.isEmpty());
}

QString ConsoleResponseView::statusText() const
{
    return m_statusLabel->text();
}

QString ConsoleResponseView::bodyText() const
{
    return m_bodyText->toPlainText();
}

QString ConsoleResponseView::verdictText() const
{
    return !m_verdictBanner->isHidden() ? m_verdict.text() : QString();
}

QString ConsoleResponseView::headerValue(const QByteArray &name) const
{
    for (int row = 0; row < m_headerTable->rowCount(); ++row) {
        if (m_headerTable->item(row, 0)->text().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return m_headerTable->item(row, 1)->text();
    }
    return QString();
}

void ConsoleResponseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsoleResponseView::retranslate()
{
    m_tabs->setTabText(0, tr("Body"));
    m_tabs->setTabText(1, tr("Headers"));
    m_tabs->setTabText(2, tr("Request"));
    m_headerTable->setHorizontalHeaderLabels({ tr("Header"), tr("Value") });
}

} // namespace Gatehouse
