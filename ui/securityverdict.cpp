#include "securityverdict.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Gatehouse {

namespace {

struct Wso2Error
{
    QByteArray code;
    QString message;
    QString description;
};

std::optional<Wso2Error> parseWso2Error(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue code = object.value(QLatin1String("code"));
    if (code.isUndefined())
        return std::nullopt;
    Wso2Error error;
    error.code = code.isString() ? code.toString().toLatin1() : QByteArray::number(code.toInteger());
    error.message = object.value(QLatin1String("message")).toString().trimmed();
    error.description = object.value(QLatin1String("description")).toString().trimmed();
    return error;
}

bool isSecurityCode(const QByteArray &code)
{
    return code.startsWith("90090") || code.startsWith("90091");
}

} // namespace

QString SecurityVerdictText::authMethodName(const QByteArray &method)
{
    if (method == "oauth2")
        return tr("OAuth2 access token");
    if (method == "api_key")
        return tr("API key");
    if (method == "basic_auth")
        return tr("Basic Auth");
    if (method == "mutual_tls")
        return tr("Mutual SSL client certificate");
    return QString::fromLatin1(method);
}

QString SecurityVerdictText::errorCodeMeaning(const QByteArray &code)
{
    if (code == "900900")
        return tr("the credential could not be checked (key manager unreachable or misconfigured)");
    if (code == "900901")
        return tr("invalid credentials");
    if (code == "900902")
        return tr("missing credentials");
    if (code == "900908")
        return tr("forbidden: no subscription to this API, or the key's restrictions");
    if (code == "900910")
        return tr("the credential lacks the scope this operation needs");
    return QString();
}

SecurityVerdict SecurityVerdict::describe(
    int status, const QByteArray &body, const std::optional<AccessLogEntry> &entry)
{
    SecurityVerdict verdict;
    const std::optional<Wso2Error> error = parseWso2Error(body);
    if (error)
        verdict.errorCode = error->code;
    const bool securityError = error && isSecurityCode(error->code);

    if (entry && !entry->authMethod.isEmpty()) {
        verdict.outcome = Outcome::Admitted;
        verdict.headline = entry->application.isEmpty()
            ? SecurityVerdictText::tr("Admitted by %1.")
                  .arg(SecurityVerdictText::authMethodName(entry->authMethod))
            : SecurityVerdictText::tr("Admitted by %1 of application %2.")
                  .arg(SecurityVerdictText::authMethodName(entry->authMethod), entry->application);
    } else if ((entry && !entry->authFailure.isEmpty()) || securityError) {
        verdict.outcome = Outcome::Refused;
        const QString meaning = error ? SecurityVerdictText::errorCodeMeaning(error->code) : QString();
        verdict.headline = error ? SecurityVerdictText::tr("Refused with %1 (%2): %3.")
                                       .arg(QString::number(status), QString::fromLatin1(error->code),
                                           meaning.isEmpty() ? error->message : meaning)
                                 : SecurityVerdictText::tr("Refused with %1.").arg(QString::number(status));
        if (entry && !entry->authFailure.isEmpty())
            verdict.details.append(
                SecurityVerdictText::tr("Reason: %1").arg(QString::fromUtf8(entry->authFailure)));
        if (entry && !entry->application.isEmpty())
            verdict.details.append(SecurityVerdictText::tr("Application: %1").arg(entry->application));
    } else if (entry) {
        verdict.outcome = Outcome::Open;
        verdict.headline = status == 404 && entry->apiId.isEmpty()
            ? SecurityVerdictText::tr("No API matched the path, so no security check ran.")
            : SecurityVerdictText::tr("No security check ran: the API or this operation is open.");
    } else {
        verdict.headline = SecurityVerdictText::tr("Waiting for the environment's access log…");
    }
    if (error && (securityError || verdict.outcome == Outcome::Refused)) {
        if (!error->message.isEmpty())
            verdict.details.append(SecurityVerdictText::tr("Gateway message: %1").arg(error->message));
        if (!error->description.isEmpty())
            verdict.details.append(SecurityVerdictText::tr("Description: %1").arg(error->description));
    }
    if (entry && !entry->requestId.isEmpty())
        verdict.details.append(
            SecurityVerdictText::tr("Request id: %1").arg(QString::fromLatin1(entry->requestId)));
    return verdict;
}

QString SecurityVerdict::text() const
{
    QStringList lines { headline };
    lines += details;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Gatehouse
