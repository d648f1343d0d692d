#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace Gatehouse {

class ApiRequestCountModel;

// Requests per second for each API over the last minute, sampled once a second from the counters.
class RequestRateChart : public QWidget
{
    Q_OBJECT
public:
    explicit RequestRateChart(ApiRequestCountModel *counts, QWidget *parent = nullptr);

    static constexpr int windowSeconds = 60;
    void sample(); // takes one sample now; the timer calls it every second
    void reset();
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct History
    {
        QLineSeries *series = nullptr;
        qint64 lastCount = 0;
        QList<double> rates; // oldest first, at most windowSeconds
    };

    void retranslate();
    History &historyFor(const QString &label);

    ApiRequestCountModel *m_counts;
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_timeAxis;
    QValueAxis *m_rateAxis;
    QHash<QString, History> m_histories;
    QTimer m_sampleTimer;
};

} // namespace Gatehouse
