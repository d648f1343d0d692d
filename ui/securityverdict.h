#pragma once

#include "environment/accesslogentry.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace Gatehouse {

// The gateway's answer about security for one request: which check admitted or refused it, and why.
// Built from the WSO2 error body of the response and the environment's access-log entry of the request.
struct SecurityVerdict
{
    enum class Outcome
    {
        Admitted, // a credential (or client certificate) was accepted
        Open, // no security check ran: open API or operation
        Refused, // security refused the request
        Unknown // no log entry (yet) and nothing in the body says
    };
    Outcome outcome = Outcome::Unknown;
    QString headline;
    QStringList details;
    QByteArray errorCode; // WSO2 code from the body, e.g. 900902

    static SecurityVerdict describe(
        int status, const QByteArray &body, const std::optional<AccessLogEntry> &entry);
    QString text() const; // headline and details, one per line
};

class SecurityVerdictText
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::SecurityVerdictText)
public:
    static QString authMethodName(const QByteArray &method);
    static QString errorCodeMeaning(const QByteArray &code);
};

} // namespace Gatehouse
