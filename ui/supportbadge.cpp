#include "supportbadge.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Gatehouse {

namespace {

QPixmap paintBadge(CapabilitySupport level, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SupportBadge::colour(level));
    const qreal margin = size * 0.06;
    const QRectF circle(margin, margin, size - 2 * margin, size - 2 * margin);
    painter.drawEllipse(circle);

    QPen mark(Qt::white, size * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(mark);
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (level) {
    case CapabilitySupport::Yes: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.36);
        painter.drawPath(tick);
        break;
    }
    case CapabilitySupport::No:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case CapabilitySupport::Partial:
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case CapabilitySupport::Text:
        break;
    }
    return pixmap;
}

} // namespace

QString SupportBadge::label(CapabilitySupport level)
{
    switch (level) {
    case CapabilitySupport::Yes:
        return tr("Yes");
    case CapabilitySupport::No:
        return tr("No");
    case CapabilitySupport::Partial:
        return tr("Partial");
    case CapabilitySupport::Text:
        break;
    }
    return QString();
}

QColor SupportBadge::colour(CapabilitySupport level)
{
    switch (level) {
    case CapabilitySupport::Yes:
        return QColor(0x2e, 0x9d, 0x4f);
    case CapabilitySupport::No:
        return QColor(0xd0, 0x3a, 0x36);
    case CapabilitySupport::Partial:
        return QColor(0xe0, 0x8e, 0x0b);
    case CapabilitySupport::Text:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor SupportBadge::tint(CapabilitySupport level)
{
    if (level == CapabilitySupport::Text)
        return QColor();
    QColor colour = SupportBadge::colour(level);
    colour.setAlpha(34);
    return colour;
}

QIcon SupportBadge::icon(CapabilitySupport level)
{
    if (level == CapabilitySupport::Text)
        return QIcon();
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(paintBadge(level, size));
    return icon;
}

} // namespace Gatehouse
