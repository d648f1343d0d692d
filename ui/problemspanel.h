#pragma once

#include "diagnostic.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Gatehouse {

// The designer's Problems panel: one row per diagnostic (severity, line:column, message); activating a row
// asks to show that place in the source.
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    QTreeWidget *list() const { return m_list; }
    int errorCount() const { return m_errors; }

signals:
    void locationActivated(int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary;
    QTreeWidget *m_list;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace Gatehouse
