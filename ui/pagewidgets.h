#pragma once

#include <QLabel>
#include <QStringList>

class QAbstractItemView;
class QTableWidget;
class QTableWidgetItem;

namespace Gatehouse {

// Building blocks the pages share, so every page looks like the Environments page.
namespace PageWidgets {

QLabel *createHeading(QWidget *parent); // 1.4 × the font, bold
QLabel *createHint(QWidget *parent); // a word-wrapped grey explanation
QTableWidget *createTable(QWidget *parent, int columns);
QTableWidgetItem *readOnlyItem(const QString &text);
int selectedRow(const QAbstractItemView *view); // -1 without a selection
void copyToClipboard(const QString &text);
// Splits "a, b c" on commas and white space; no empty entries.
QStringList splitList(const QString &text);

} // namespace PageWidgets

// A coloured message under a page's controls: information, a warning or an error. Rich text is not
// interpreted, so names typed by the user cannot inject markup.
class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Info;
};

} // namespace Gatehouse
