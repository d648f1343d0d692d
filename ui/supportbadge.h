#pragma once

#include "capabilitymatrix.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Gatehouse {

// The coloured badge (icon, tint and label) that stands for a yes/no/partial entry of the capability matrix.
class SupportBadge
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::SupportBadge)
public:
    static QString label(CapabilitySupport level);
    static QColor colour(CapabilitySupport level);
    static QColor tint(CapabilitySupport level); // translucent background for a table cell
    static QIcon icon(CapabilitySupport level); // empty for Text
};

} // namespace Gatehouse
