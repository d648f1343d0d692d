#include "pagewidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>

namespace Gatehouse {

namespace PageWidgets {

QLabel *createHeading(QWidget *parent)
{
    auto *heading = new QLabel(parent);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

QLabel *createHint(QWidget *parent)
{
    auto *hint = new QLabel(parent);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:palette(mid);"));
    return hint;
}

QTableWidget *createTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

int selectedRow(const QAbstractItemView *view)
{
    const QModelIndexList rows
        = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void copyToClipboard(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace PageWidgets

namespace {

QString bannerStyle(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
        return QStringLiteral(
            "background:#e6f0fb;border:1px solid #9bbce6;border-radius:4px;padding:6px;color:#17365d;");
    case MessageBanner::Kind::Warning:
        return QStringLiteral(
            "background:#fdf3dd;border:1px solid #e3b55a;border-radius:4px;padding:6px;color:#5a3d00;");
    case MessageBanner::Kind::Error:
        return QStringLiteral(
            "background:#fbe5e4;border:1px solid #e0908c;border-radius:4px;padding:6px;color:#6b1410;");
    }
    return QString();
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    setStyleSheet(bannerStyle(kind));
    setText(text);
    show();
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
}

} // namespace Gatehouse
