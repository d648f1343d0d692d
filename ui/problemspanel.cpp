#include "problemspanel.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gatehouse {

namespace {
constexpr int lineRole = Qt::UserRole;
constexpr int columnRole = Qt::UserRole + 1;
} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit locationActivated(item->data(0, lineRole).toInt(), item->data(0, columnRole).toInt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    retranslate();
}

void ProblemsPanel::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_list->clear();
    m_errors = 0;
    m_warnings = 0;
    for (const Diagnostic &diagnostic : diagnostics) {
        auto *item = new QTreeWidgetItem(m_list);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++m_errors;
        } else if (diagnostic.severity == Diagnostic::Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++m_warnings;
        }
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, Diagnostic::severityId(diagnostic.severity));
        item->setText(1,
            diagnostic.line > 0 ? QStringLiteral("%1:%2").arg(diagnostic.line).arg(diagnostic.column)
                                : QString());
        item->setText(2, diagnostic.message);
        item->setToolTip(2, diagnostic.message);
        item->setData(0, lineRole, diagnostic.line);
        item->setData(0, columnRole, diagnostic.column);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    retranslate();
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProblemsPanel::retranslate()
{
    m_list->setHeaderLabels({ tr("Severity"), tr("Line"), tr("Message") });
    if (m_errors == 0 && m_warnings == 0 && m_list->topLevelItemCount() == 0)
        m_summary->setText(tr("Problems: none"));
    else
        m_summary->setText(tr("Problems: %n error(s)", nullptr, m_errors) + QStringLiteral(", ")
            + tr("%n warning(s)", nullptr, m_warnings));
}

} // namespace Gatehouse
