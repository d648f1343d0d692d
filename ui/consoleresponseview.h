#pragma once

#include "consoleclient.h"
#include "securityverdict.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

namespace Gatehouse {

class MessageBanner;

// The answer of the test console: status and timing, the security verdict, pretty body, headers, and
// what was sent.
class ConsoleResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleResponseView(QWidget *parent = nullptr);

    void clear();
    void showSending(const QString &requestSummary);
    void showResponse(const ConsoleResponse &response);
    void showVerdict(const SecurityVerdict &verdict);

    QString statusText() const;
    QString bodyText() const;
    QString verdictText() const;
    QString headerValue(const QByteArray &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_statusLabel;
    MessageBanner *m_verdictBanner;
    QLabel *m_verdictDetails;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_bodyText;
    QTableWidget *m_headerTable;
    QPlainTextEdit *m_requestText;
    SecurityVerdict m_verdict;
};

} // namespace Gatehouse
