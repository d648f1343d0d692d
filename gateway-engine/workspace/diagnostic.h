#pragma once

#include <QList>
#include <QString>

namespace Gatehouse {

struct Diagnostic
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Error;
    QString file;
    int line = 0; // 1-based, 0 = unknown
    int column = 0; // 1-based, 0 = unknown
    QString message;
    QString toString() const; // "FILE:LINE:COL: error: message" (the severity translated)
    static QString severityId(Severity severity); // "error", "warning", "info": never translated
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace Gatehouse
