#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Gatehouse {

// A direct connection to the file, for what the Workspace API deliberately does not offer
// (raw pragmas, tampering with rows).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QString exec(const QString &sql) const // returns the error text, empty on success
    {
        QSqlQuery query(database());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

private:
    QString m_name;
};

} // namespace Gatehouse
