#include "core/security/authlockouts.h"
#include "core/agents/agentrows.h"
#include "core/agents/sqltransaction.h"
#include "core/security/auththrottle.h"
#include "core/store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace RelayDesk {

namespace {

using AgentRows::run;

/// Runs steps in one write transaction on this thread's connection; commits only if every step succeeded.
Status inTransaction(const QString& dataDir, const std::function<Status(QSqlQuery&)>& steps)
{
    auto db = Database::connection(dataDir);
    if (!db)
        return Status::failure(db.error());
    SqlTransaction transaction(db.value());
    Status status = transaction.begin();
    QSqlQuery query(db.value());
    if (status)
        status = steps(query);
    return status ? transaction.commit() : status;
}

} // namespace

AuthLockouts::AuthLockouts(QString dataDir) : m_dataDir(std::move(dataDir)) {}

Status AuthLockouts::record(const AuthLockout& lockout)
{
    const QString detail = lockout.detail.isNull() ? QStringLiteral("") : lockout.detail; // a null binds NULL
    return inTransaction(m_dataDir, [&](QSqlQuery& query) {
        Status status =
            run(query,
                QStringLiteral("INSERT INTO auth_lockouts(address, locked_at, locked_until, failures,"
                               " detail) VALUES(?, ?, ?, ?, ?) ON CONFLICT(address) DO UPDATE SET"
                               " locked_at = excluded.locked_at, locked_until = excluded.locked_until,"
                               " failures = excluded.failures, detail = excluded.detail"),
                {lockout.address, lockout.lockedAt, lockout.lockedUntil, lockout.failures, detail});
        if (status)
            status = run(query,
                         QStringLiteral("INSERT INTO security_events(at, kind, address, detail)"
                                        " VALUES(?, 'auth-lockout', ?, ?)"),
                         {lockout.lockedAt, lockout.address, detail});
        // Every engine on the store follows it: a node that shares the store with the one that locked the
        // address out refuses its AUTH too (an outside tester's guesser got five tries on each node).
        if (status)
            status = run(
                query,
                QStringLiteral("UPDATE admin_changes SET version = version + 1 WHERE topic = 'lockouts'"));
        return status;
    });
}

Expected<QList<AuthLockout>> AuthLockouts::active(qint64 nowMs) const
{
    // A lockout that began "in the future" was made while the clock was ahead: it would keep an address out
    // for as long as the clock was wrong (a year, for an outside tester), not auth.lockout. It is over.
    constexpr qint64 clockLeewayMs = 5 * 60 * 1000;
    using Result = Expected<QList<AuthLockout>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    const Status status =
        run(query,
            QStringLiteral(
                "SELECT address, locked_at, locked_until, failures, detail"
                " FROM auth_lockouts WHERE locked_until > ? AND locked_at <= ? ORDER BY locked_at DESC"),
            {nowMs, nowMs + clockLeewayMs});
    if (!status)
        return Result::failure(status.error());
    QList<AuthLockout> list;
    while (query.next())
        list << AuthLockout{query.value(0).toString(), query.value(1).toLongLong(),
                            query.value(2).toLongLong(), query.value(3).toInt(), query.value(4).toString()};
    return list;
}

Status AuthLockouts::unlock(const QHostAddress& address, qint64 nowMs)
{
    const QString key = AuthThrottle::keyOf(address);
    return inTransaction(m_dataDir, [&](QSqlQuery& query) {
        Status status =
            run(query, QStringLiteral("DELETE FROM auth_lockouts WHERE address = ? AND locked_until > ?"),
                {key, nowMs});
        if (status && query.numRowsAffected() < 1)
            return Status::failure(QStringLiteral("%1 is not locked out").arg(key));
        if (status)
            status = run(query,
                         QStringLiteral("INSERT INTO security_events(at, kind, address, detail)"
                                        " VALUES(?, 'auth-unlock', ?, 'lifted by the admin')"),
                         {nowMs, key});
        if (status)
            status = run(
                query,
                QStringLiteral("UPDATE admin_changes SET version = version + 1 WHERE topic = 'lockouts'"));
        return status;
    });
}

Expected<QList<LockoutEvent>> AuthLockouts::eventsSince(qint64* lastEventId) const
{
    using Result = Expected<QList<LockoutEvent>>;
    auto db = Database::connection(m_dataDir);
    if (!db)
        return Result::failure(db.error());
    QSqlQuery query(db.value());
    const Status status = run(
        query,
        QStringLiteral("SELECT e.id, e.address, e.kind, COALESCE(l.locked_until, 0) FROM security_events e"
                       " LEFT JOIN auth_lockouts l ON l.address = e.address"
                       " WHERE e.id > ? AND e.kind IN ('auth-lockout', 'auth-unlock') ORDER BY e.id"),
        {*lastEventId});
    if (!status)
        return Result::failure(status.error());
    QList<LockoutEvent> events;
    while (query.next()) {
        *lastEventId = query.value(0).toLongLong();
        events << LockoutEvent{query.value(1).toString(),
                               query.value(2).toString() == QLatin1String("auth-unlock"),
                               query.value(3).toLongLong()};
    }
    return events;
}

qint64 AuthLockouts::lastEventId() const
{
    auto db = Database::connection(m_dataDir);
    if (!db)
        return 0;
    QSqlQuery query(db.value());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM security_events")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace RelayDesk
