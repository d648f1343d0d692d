#pragma once

#include "config/throttleconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Gatehouse {

// One quota in a line: "[Requests ▾] [1000] per [1] [minute ▾]", or "[Bandwidth ▾] [10] [MB ▾] per ...".
class ThrottleLimitEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ThrottleLimitEdit(QWidget *parent = nullptr);

    ThrottleLimit limit() const;
    void setLimit(const ThrottleLimit &limit);
    // Bandwidth is offered only where the policy's level and profile can enforce it.
    void setBandwidthAllowed(bool allowed);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateUnitVisibility();

    QComboBox *m_type;
    QSpinBox *m_amount;
    QComboBox *m_dataUnit;
    QLabel *m_perLabel;
    QSpinBox *m_unitTime;
    QComboBox *m_timeUnit;
};

} // namespace Gatehouse
