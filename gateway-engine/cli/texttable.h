#pragma once

#include <QList>
#include <QStringList>

namespace Gatehouse {

// A plain-text table with left-aligned columns separated by two spaces, for list commands.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    QString toString() const; // header and rows, each line ending in '\n'
    qsizetype rowCount() const { return m_rows.size(); }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Gatehouse
