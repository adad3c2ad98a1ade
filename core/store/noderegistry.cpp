#include "core/store/noderegistry.h"
#include "core/store/storewriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace RelayDesk {

namespace {

Status failed(const QSqlQuery& query)
{
    return Status::failure(QStringLiteral("cannot update the nodes table: %1").arg(query.lastError().text()));
}

} // namespace

Status NodeRegistry::registerNode(QSqlDatabase& db, const Registration& node)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral(
                "INSERT INTO nodes(id, name, address, version, started_at, last_heartbeat,"
                " in_flight, sessions, stopped_at, home) VALUES(?, ?, ?, ?, ?, ?, 0, 0, 0, ?)"
                " ON CONFLICT(id) DO UPDATE SET name = excluded.name, address = excluded.address,"
                " version = excluded.version, started_at = excluded.started_at,"
                " last_heartbeat = excluded.last_heartbeat, in_flight = 0, sessions = 0, stopped_at = 0,"
                " home = excluded.home"));
    q.addBindValue(node.id);
    q.addBindValue(node.name);
    q.addBindValue(node.address.isNull() ? QStringLiteral("") : node.address);
    q.addBindValue(node.version.isNull() ? QStringLiteral("") : node.version);
    q.addBindValue(node.startedAt);
    q.addBindValue(node.startedAt);
    q.addBindValue(node.home.isNull() ? QStringLiteral("") : node.home);
    if (!q.exec())
        return failed(q);
    if (node.home.isEmpty())
        return {};
    // The same data directory on the same machine under an earlier id (a restore brought another node-id):
    // that node is this one, and one engine holds the directory at a time. Its row, cleanly stopped (no
    // leases left), went on showing a second, stopped relay of a one-computer office (an outside tester).
    QSqlQuery& earlier = StoreWriter::statement(
        db, QStringLiteral("DELETE FROM nodes WHERE home = ? AND id <> ? AND stopped_at > 0"));
    earlier.addBindValue(node.home);
    earlier.addBindValue(node.id);
    return earlier.exec() ? Status() : failed(earlier);
}

Expected<bool> NodeRegistry::forget(QSqlDatabase& db, const QString& id, qint64 silentBeforeMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM nodes WHERE id = ? AND (stopped_at > 0 OR last_heartbeat < ?)"));
    q.addBindValue(id);
    q.addBindValue(silentBeforeMs);
    if (!q.exec())
        return Expected<bool>::failure(failed(q).error());
    return q.numRowsAffected() > 0;
}

Status NodeRegistry::heartbeat(QSqlDatabase& db, const QString& id, qint64 nowMs, int inFlight, int sessions)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral("UPDATE nodes SET last_heartbeat = ?, in_flight = ?, sessions = ? WHERE id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(inFlight);
    q.addBindValue(sessions);
    q.addBindValue(id);
    return q.exec() ? Status() : failed(q);
}

Status NodeRegistry::setAddress(QSqlDatabase& db, const QString& id, const QString& address)
{
    QSqlQuery& q = StoreWriter::statement(db, QStringLiteral("UPDATE nodes SET address = ? WHERE id = ?"));
    q.addBindValue(address);
    q.addBindValue(id);
    return q.exec() ? Status() : failed(q);
}

Status NodeRegistry::setName(QSqlDatabase& db, const QString& id, const QString& name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE nodes SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    return q.exec() ? Status() : failed(q);
}

Status NodeRegistry::stopped(QSqlDatabase& db, const QString& id, qint64 nowMs)
{
    QSqlQuery& q = StoreWriter::statement(
        db, QStringLiteral(
                "UPDATE nodes SET last_heartbeat = ?, in_flight = 0, sessions = 0, stopped_at = ? WHERE"
                " id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    return q.exec() ? Status() : failed(q);
}

} // namespace RelayDesk
