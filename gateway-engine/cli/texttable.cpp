#include "texttable.h"

#include <algorithm>

namespace Gatehouse {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{ }

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }

    const auto formatLine = [&widths](const QStringList &cells) -> QString {
        QString line;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column + 1 == cells.size())
                line += cells.at(column);
            else
                line += cells.at(column).leftJustified(widths.at(column) + 2, QLatin1Char(' '));
        }
        return line + QLatin1Char('\n');
    };

    QString text = formatLine(m_header);
    for (const QStringList &row : m_rows)
        text += formatLine(row);
    return text;
}

} // namespace Gatehouse
