#include "core/store/adminchanges.h"

#include <QSqlError>
#include <QSqlQuery>

namespace RelayDesk {

Status AdminChanges::bump(QSqlDatabase& db, const QString& topic)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO admin_changes(topic, version) VALUES(?, 1)"
                                 " ON CONFLICT(topic) DO UPDATE SET version = admin_changes.version + 1"));
    query.addBindValue(topic);
    if (!query.exec())
        return Status::failure(QStringLiteral("cannot note the change: %1").arg(query.lastError().text()));
    return {};
}

Expected<qint64> AdminChanges::total(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM admin_changes")) || !query.next())
        return Expected<qint64>::failure(
            QStringLiteral("cannot read the admin changes: %1").arg(query.lastError().text()));
    return query.value(0).toLongLong();
}

} // namespace RelayDesk
