#include "rawhttpresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Gatehouse {

QByteArray RawHttpResponse::header(const QByteArray &name) const
{
    for (const auto &[fieldName, value] : headers) {
        if (fieldName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawHttpResponse::announcesClose() const
{
    return header("connection").toLower().contains("close");
}

QString RawHttpResponse::errorCode() const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    return document.object().value(QStringLiteral("code")).toString();
}

QList<RawHttpResponse> RawHttpResponse::parseAll(const QByteArray &bytes, QByteArray *rest)
{
    QList<RawHttpResponse> responses;
    qsizetype position = 0;
    while (position < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", position);
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = bytes.mid(position, headEnd - position).split('\n');
        RawHttpResponse response;
        response.statusLine = lines.first().trimmed();
        const QList<QByteArray> statusParts = response.statusLine.split(' ');
        if (statusParts.size() < 2 || !statusParts.first().startsWith("HTTP/1."))
            break;
        bool numeric = false;
        response.status = statusParts.at(1).toInt(&numeric);
        if (!numeric)
            break;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                response.headers.append({ lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed() });
        }
        const qsizetype bodyStart = headEnd + 4;
        bool hasLength = false;
        const qint64 length = response.header("content-length").toLongLong(&hasLength);
        const qint64 bodyLength = hasLength ? length : bytes.size() - bodyStart;
        if (bytes.size() - bodyStart < bodyLength)
            break;
        response.body = bytes.mid(bodyStart, bodyLength);
        responses.append(response);
        position = bodyStart + bodyLength;
    }
    if (rest)
        *rest = bytes.mid(position);
    return responses;
}

int RawHttpResponse::countStatusLines(const QByteArray &bytes)
{
    static const QRegularExpression statusLine(QStringLiteral("HTTP/1\\.[01] [0-9]{3} "));
    int count = 0;
    QRegularExpressionMatchIterator matches = statusLine.globalMatch(QString::fromLatin1(bytes));
    while (matches.hasNext()) {
        matches.next();
        ++count;
    }
    return count;
}

} // namespace Gatehouse
