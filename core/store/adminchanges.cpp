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

} // namespace RelayDesk
