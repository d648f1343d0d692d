#include "requestratechart.h"

#include "apirequestcountmodel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Gatehouse {

RequestRateChart::RequestRateChart(ApiRequestCountModel *counts, QWidget *parent)
    : QWidget(parent)
    , m_counts(counts)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QValueAxis(m_chart))
    , m_rateAxis(new QValueAxis(m_chart))
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_timeAxis->setRange(-windowSeconds, 0);
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_timeAxis->setTickCount(7);
    m_rateAxis->setRange(0, 4);
    m_rateAxis->setTickCount(5);
    m_rateAxis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_counts, &QAbstractItemModel::modelReset, this, &RequestRateChart::reset);
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &RequestRateChart::sample);
    m_sampleTimer.start();
    retranslate();
}

RequestRateChart::History &RequestRateChart::historyFor(const QString &label)
{
    auto found = m_histories.find(label);
    if (found != m_histories.end())
        return *found;
    History history;
    history.series = new QLineSeries(m_chart);
    history.series->setName(label);
    m_chart->addSeries(history.series);
    history.series->attachAxis(m_timeAxis);
    history.series->attachAxis(m_rateAxis);
    return *m_histories.insert(label, history);
}

void RequestRateChart::sample()
{
    for (int row = 0; row < m_counts->rowCount(); ++row) {
        const qint64 count = m_counts->requestCount(row);
        History &history = historyFor(m_counts->apiLabel(row));
        history.rates.append(double(count - history.lastCount));
        history.lastCount = count;
    }
    double highest = 0;
    for (History &history : m_histories) {
        while (history.rates.size() > windowSeconds)
            history.rates.removeFirst();
        QList<QPointF> points;
        points.reserve(history.rates.size());
        const qsizetype offset = history.rates.size() - 1;
        for (qsizetype i = 0; i < history.rates.size(); ++i) {
            points.append(QPointF(double(i - offset), history.rates.at(i)));
            highest = std::max(highest, history.rates.at(i));
        }
        history.series->replace(points);
    }
    // A multiple of four keeps the five tick labels whole numbers.
    m_rateAxis->setRange(0, std::max(4.0, std::ceil(highest * 1.15 / 4.0) * 4.0));
}

void RequestRateChart::reset()
{
    for (const History &history : std::as_const(m_histories)) {
        m_chart->removeSeries(history.series);
        delete history.series;
    }
    m_histories.clear();
    m_rateAxis->setRange(0, 4);
}

void RequestRateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RequestRateChart::retranslate()
{
    m_chart->setTitle(tr("Requests per second by API"));
    m_timeAxis->setTitleText(tr("Seconds ago"));
    m_rateAxis->setTitleText(tr("Requests/s"));
}

} // namespace Gatehouse
