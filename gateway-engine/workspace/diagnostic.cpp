#include "diagnostic.h"

#include <QCoreApplication>
#include <algorithm>

namespace Gatehouse {

QString Diagnostic::toString() const
{
    QString severityText;
    switch (severity) {
    case Severity::Error:
        severityText = QCoreApplication::translate("Gatehouse::Diagnostic", "error");
        break;
    case Severity::Warning:
        severityText = QCoreApplication::translate("Gatehouse::Diagnostic", "warning");
        break;
    case Severity::Info:
        severityText = QCoreApplication::translate("Gatehouse::Diagnostic", "info");
        break;
    }
    QString location = file;
    if (line > 0) {
        location += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    if (location.isEmpty())
        return severityText + QStringLiteral(": ") + message;
    return location + QStringLiteral(": ") + severityText + QStringLiteral(": ") + message;
}

QString Diagnostic::severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        break;
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace Gatehouse
