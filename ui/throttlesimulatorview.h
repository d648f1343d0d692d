#pragma once

#include "config/throttleconfig.h"
#include "throttling/throttlesimulation.h"

#include <QWidget>
#include <functional>

class QAreaSeries;
class QChart;
class QChartView;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace Gatehouse {

// "What happens if 20 requests/s hit this policy for two minutes?" Runs the engine's real limiter on
// simulated time and plots allowed and throttled requests per second. No network, no waiting.
class ThrottleSimulatorView : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 maximumRequests = 500'000; // keeps a run well under a second

    explicit ThrottleSimulatorView(QWidget *parent = nullptr);

    // Where the policy under edit comes from (the editor's current, unsaved state).
    void setPolicySource(std::function<ThrottlePolicy()> source);
    ThrottleSimulationInput input() const; // as the widgets show it (check inputIsValid first)
    bool inputIsValid(QString *error) const;
    void setRate(double requestsPerSecond, int durationSeconds);
    void setHeaders(const QString &lines); // "Name: value" per line
    void setClientIp(const QString &address);
    const ThrottleSimulationResult &lastResult() const { return m_result; }
    QChart *chart() const { return m_chart; }

public slots:
    bool run();

signals:
    void simulated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void plot();
    void retranslate();

    std::function<ThrottlePolicy()> m_policySource;
    ThrottleSimulationResult m_result;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_duration;
    QPlainTextEdit *m_headers;
    QLineEdit *m_clientIp;
    QLineEdit *m_query;
    QPlainTextEdit *m_claims;
    QSpinBox *m_responseBytes;
    QPushButton *m_runButton;
    QLabel *m_summary;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_allowedSeries;
    QLineSeries *m_throttledSeries;
    QValueAxis *m_timeAxis;
    QValueAxis *m_countAxis;
};

} // namespace Gatehouse
