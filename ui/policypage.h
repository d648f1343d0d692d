#pragma once

#include <QWidget>

namespace Gatehouse {

class PolicyEditor;
class ThrottleSimulatorView;

// A throttle policy: its definition and, next to it, the simulator that runs the definition as it is being
// edited (saved or not) through the engine's limiter.
class PolicyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyPage(QWidget *parent = nullptr);

    PolicyEditor *editor() const { return m_editor; }
    ThrottleSimulatorView *simulator() const { return m_simulator; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PolicyEditor *m_editor;
    ThrottleSimulatorView *m_simulator;
};

} // namespace Gatehouse
