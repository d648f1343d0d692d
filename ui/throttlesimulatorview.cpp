#include "throttlesimulatorview.h"

#include "pagewidgets.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Gatehouse {

ThrottleSimulatorView::ThrottleSimulatorView(QWidget *parent)
    : QWidget(parent)
    , m_rate(new QDoubleSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_headers(new QPlainTextEdit(this))
    , m_clientIp(new QLineEdit(this))
    , m_query(new QLineEdit(this))
    , m_claims(new QPlainTextEdit(this))
    , m_responseBytes(new QSpinBox(this))
    , m_runButton(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_allowedSeries(new QLineSeries)
    , m_throttledSeries(new QLineSeries)
    , m_timeAxis(new QValueAxis)
    , m_countAxis(new QValueAxis)
{
    m_rate->setObjectName(QStringLiteral("simulatedRate"));
    m_duration->setObjectName(QStringLiteral("simulatedDuration"));
    m_runButton->setObjectName(QStringLiteral("runSimulationButton"));
    m_summary->setObjectName(QStringLiteral("simulationSummary"));
    m_rate->setRange(0.1, 100'000);
    m_rate->setDecimals(1);
    m_rate->setValue(20);
    m_duration->setRange(1, 24 * 3600);
    m_duration->setValue(120);
    m_responseBytes->setRange(0, 100 * 1024 * 1024);
    m_responseBytes->setValue(1024);
    m_responseBytes->setGroupSeparatorShown(true);
    m_headers->setMaximumHeight(70);
    m_claims->setMaximumHeight(70);
    m_clientIp->setText(QStringLiteral("192.0.2.10"));
    m_summary->setWordWrap(true);

    m_allowedSeries->setColor(QColor(0x1e, 0x84, 0x49));
    m_throttledSeries->setColor(QColor(0xc0, 0x39, 0x2b));
    m_chart->addSeries(m_allowedSeries);
    m_chart->addSeries(m_throttledSeries);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries *series : { m_allowedSeries, m_throttledSeries }) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto *form = new QFormLayout;
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(m_duration);
    form->addRow(QStringLiteral("rate"), rateRow);
    form->addRow(QStringLiteral("headers"), m_headers);
    form->addRow(QStringLiteral("ip"), m_clientIp);
    form->addRow(QStringLiteral("query"), m_query);
    form->addRow(QStringLiteral("claims"), m_claims);
    form->addRow(QStringLiteral("bytes"), m_responseBytes);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_chartView, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ThrottleSimulatorView::run);
    retranslate();
}

void ThrottleSimulatorView::setPolicySource(std::function<ThrottlePolicy()> source)
{
    m_policySource = std::move(source);
}

void ThrottleSimulatorView::setRate(double requestsPerSecond, int durationSeconds)
{
    m_rate->setValue(requestsPerSecond);
    m_duration->setValue(durationSeconds);
}

void ThrottleSimulatorView::setHeaders(const QString &lines)
{
    m_headers->setPlainText(lines);
}
void ThrottleSimulatorView::setClientIp(const QString &address)
{
    m_clientIp->setText(address);
}

bool ThrottleSimulatorView::inputIsValid(QString *error) const
{
    if (m_rate->value() * m_duration->value() > double(maximumRequests)) {
        *error = tr("At most %1 simulated requests: lower the rate or the duration.").arg(maximumRequests);
        return false;
    }
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.contains(QLatin1Char(':'))) {
            *error = tr("Write each header as \"Name: value\" (line \"%1\").").arg(line);
            return false;
        }
    }
    const QString claims = m_claims->toPlainText().trimmed();
    if (!claims.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(claims.toUtf8(), &parseError);
        if (!document.isObject()) {
            *error = tr("The claims must be one JSON object, e.g. {\"department\": \"sales\"}: %1")
                         .arg(parseError.errorString());
            return false;
        }
    }
    return true;
}

ThrottleSimulationInput ThrottleSimulatorView::input() const
{
    ThrottleSimulationInput input;
    input.requestsPerSecond = m_rate->value();
    input.durationSeconds = m_duration->value();
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            input.shape.headers.append(
                { line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    input.shape.clientIp = m_clientIp->text().trimmed();
    const QUrlQuery query(m_query->text().trimmed());
    input.shape.queryParameters = query.queryItems(QUrl::FullyDecoded);
    input.shape.claims = QJsonDocument::fromJson(m_claims->toPlainText().toUtf8()).object();
    input.shape.responseBytes = m_responseBytes->value();
    return input;
}

bool ThrottleSimulatorView::run()
{
    QString error;
    if (!m_policySource || !inputIsValid(&error)) {
        m_summary->setText(error);
        return false;
    }
    m_result = simulateThrottling(m_policySource(), input());
    if (!m_result.error.isEmpty()) {
        m_summary->setText(tr("Cannot simulate: %1").arg(m_result.error));
        return false;
    }
    plot();
    if (m_result.throttled == 0)
        m_summary->setText(
            tr("%1: all %2 requests allowed.").arg(m_result.limitDescription).arg(m_result.allowed));
    else
        m_summary->setText(tr("%1: %2 allowed, %3 throttled; the first refusal after %4 s.")
                               .arg(m_result.limitDescription)
                               .arg(m_result.allowed)
                               .arg(m_result.throttled)
                               .arg(m_result.firstThrottledAtSeconds, 0, 'f', 2));
    emit simulated();
    return true;
}

void ThrottleSimulatorView::plot()
{
    QList<QPointF> allowed;
    QList<QPointF> throttled;
    int highest = 1;
    for (std::size_t second = 0; second < m_result.seconds.size(); ++second) {
        const ThrottleSimulationSecond &bucket = m_result.seconds.at(second);
        allowed.append(QPointF(double(second), bucket.allowed));
        throttled.append(QPointF(double(second), bucket.throttled));
        highest = std::max({ highest, bucket.allowed, bucket.throttled });
    }
    m_allowedSeries->replace(allowed);
    m_throttledSeries->replace(throttled);
    m_timeAxis->setRange(0, std::max<double>(1, double(m_result.seconds.size()) - 1));
    m_countAxis->setRange(0, highest * 1.1);
}

void ThrottleSimulatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThrottleSimulatorView::retranslate()
{
    m_rate->setSuffix(tr(" requests/s"));
    m_duration->setSuffix(tr(" s"));
    m_responseBytes->setSuffix(tr(" bytes"));
    m_headers->setPlaceholderText(tr("X-Tier: partner"));
    m_claims->setPlaceholderText(QStringLiteral("{\"department\": \"sales\"}"));
    m_query->setPlaceholderText(QStringLiteral("region=eu&debug=1"));
    m_runButton->setText(tr("&Run Simulation"));
    m_chart->setTitle(tr("Requests per second"));
    m_allowedSeries->setName(tr("Allowed"));
    m_throttledSeries->setName(tr("Throttled (429)"));
    m_timeAxis->setTitleText(tr("Seconds"));
    if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout())) {
        const QStringList labels { tr("Rate and duration:"), tr("Headers:"), tr("Client IP:"), tr("Query:"),
            tr("JWT claims:"), tr("Response size:") };
        for (int row = 0; row < labels.size(); ++row) {
            if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
                label->setText(labels.at(row));
        }
    }
}

} // namespace Gatehouse
