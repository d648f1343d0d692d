#include "policypage.h"

#include "policyeditor.h"
#include "throttlesimulatorview.h"

#include <QEvent>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gatehouse {

PolicyPage::PolicyPage(QWidget *parent)
    : QWidget(parent)
    , m_editor(new PolicyEditor(this))
    , m_simulator(new ThrottleSimulatorView)
{
    m_simulator->setObjectName(QStringLiteral("throttleSimulator"));
    m_simulator->setPolicySource([this] { return m_editor->policy(); });
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_simulator);
    m_editor->addTab(scroll, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    retranslate();
}

void PolicyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PolicyPage::retranslate()
{
    m_editor->tabs()->setTabText(1, tr("Simulator"));
}

} // namespace Gatehouse
