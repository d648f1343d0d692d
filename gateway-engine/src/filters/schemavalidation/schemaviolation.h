#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Gatehouse {

// One reason a message does not match its OpenAPI description.
struct SchemaViolation
{
    QByteArray in; // "path" | "query" | "header" | "body" | "status"
    // JSON pointer into the part named by `in`: into the body, or "/name[/...]" for a parameter
    // (the parameters of one location read as one object)
    QByteArray pointer;
    QString message;
};

using SchemaViolations = QList<SchemaViolation>;

} // namespace Gatehouse
