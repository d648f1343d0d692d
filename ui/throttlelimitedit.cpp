#include "throttlelimitedit.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <algorithm>
#include <array>
#include <limits>

namespace Gatehouse {

namespace {

constexpr std::array limitTypes { ThrottleLimitType::RequestCount, ThrottleLimitType::Bandwidth,
    ThrottleLimitType::EventCount };
constexpr std::array dataUnits { DataUnit::KB, DataUnit::MB, DataUnit::GB };
constexpr std::array timeUnits { ThrottleTimeUnit::Second, ThrottleTimeUnit::Minute, ThrottleTimeUnit::Hour,
    ThrottleTimeUnit::Day };

template<typename Enum, std::size_t N> int indexOf(const std::array<Enum, N> &values, Enum value)
{
    const auto found = std::find(values.begin(), values.end(), value);
    return found == values.end() ? 0 : int(found - values.begin());
}

} // namespace

ThrottleLimitEdit::ThrottleLimitEdit(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_dataUnit(new QComboBox(this))
    , m_perLabel(new QLabel(this))
    , m_unitTime(new QSpinBox(this))
    , m_timeUnit(new QComboBox(this))
{
    m_type->setObjectName(QStringLiteral("limitType"));
    m_amount->setObjectName(QStringLiteral("limitAmount"));
    m_dataUnit->setObjectName(QStringLiteral("limitDataUnit"));
    m_unitTime->setObjectName(QStringLiteral("limitUnitTime"));
    m_timeUnit->setObjectName(QStringLiteral("limitTimeUnit"));
    m_amount->setRange(1, std::numeric_limits<int>::max());
    m_amount->setGroupSeparatorShown(true);
    m_unitTime->setRange(1, 10'000);
    for (int i = 0; i < int(limitTypes.size()); ++i)
        m_type->addItem(QString());
    for (DataUnit unit : dataUnits)
        m_dataUnit->addItem(dataUnitId(unit));
    for (int i = 0; i < int(timeUnits.size()); ++i)
        m_timeUnit->addItem(QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_type);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_dataUnit);
    layout->addWidget(m_perLabel);
    layout->addWidget(m_unitTime);
    layout->addWidget(m_timeUnit);

    const auto emitChanged = [this] { emit changed(); };
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        updateUnitVisibility();
        emit changed();
    });
    connect(m_amount, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_dataUnit, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_unitTime, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_timeUnit, &QComboBox::currentIndexChanged, this, emitChanged);
    retranslate();
    updateUnitVisibility();
}

ThrottleLimit ThrottleLimitEdit::limit() const
{
    ThrottleLimit limit;
    limit.type = limitTypes.at(std::max(0, m_type->currentIndex()));
    limit.timeUnit = timeUnits.at(std::max(0, m_timeUnit->currentIndex()));
    limit.unitTime = m_unitTime->value();
    if (limit.type == ThrottleLimitType::Bandwidth) {
        limit.dataAmount = m_amount->value();
        limit.dataUnit = dataUnits.at(std::max(0, m_dataUnit->currentIndex()));
    } else {
        limit.count = m_amount->value();
    }
    return limit;
}

void ThrottleLimitEdit::setLimit(const ThrottleLimit &limit)
{
    const QSignalBlocker blockType(m_type), blockAmount(m_amount), blockData(m_dataUnit),
        blockUnitTime(m_unitTime), blockTimeUnit(m_timeUnit);
    m_type->setCurrentIndex(indexOf(limitTypes, limit.type));
    const qint64 amount = limit.type == ThrottleLimitType::Bandwidth ? limit.dataAmount : limit.count;
    m_amount->setValue(int(std::clamp<qint64>(amount, 1, std::numeric_limits<int>::max())));
    m_dataUnit->setCurrentIndex(indexOf(dataUnits, limit.dataUnit));
    m_unitTime->setValue(std::max(1, limit.unitTime));
    m_timeUnit->setCurrentIndex(indexOf(timeUnits, limit.timeUnit));
    updateUnitVisibility();
}

void ThrottleLimitEdit::setBandwidthAllowed(bool allowed)
{
    const int bandwidth = indexOf(limitTypes, ThrottleLimitType::Bandwidth);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_type->model())) {
        if (QStandardItem *item = model->item(bandwidth))
            item->setEnabled(allowed);
    }
}

void ThrottleLimitEdit::updateUnitVisibility()
{
    m_dataUnit->setVisible(
        limitTypes.at(std::max(0, m_type->currentIndex())) == ThrottleLimitType::Bandwidth);
}

void ThrottleLimitEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThrottleLimitEdit::retranslate()
{
    m_type->setItemText(0, tr("Requests"));
    m_type->setItemText(1, tr("Bandwidth"));
    m_type->setItemText(2, tr("Events"));
    m_type->setToolTip(tr("Count requests, payload bytes (request and response), or WebSocket events"));
    m_perLabel->setText(tr("per"));
    m_timeUnit->setItemText(0, tr("second(s)"));
    m_timeUnit->setItemText(1, tr("minute(s)"));
    m_timeUnit->setItemText(2, tr("hour(s)"));
    m_timeUnit->setItemText(3, tr("day(s)"));
}

} // namespace Gatehouse
