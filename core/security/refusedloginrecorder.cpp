#include "core/security/refusedloginrecorder.h"
#include "core/store/storewriter.h"

#include <utility>

namespace RelayDesk {

RefusedLoginRecorder::RefusedLoginRecorder(StoreWriter* writer, qint64 intervalMs)
    : m_writer(writer), m_batch(intervalMs)
{
}

void RefusedLoginRecorder::note(const QString& address, qint64 agentId, RefusedLoginReason reason,
                                qint64 nowMs)
{
    const QString key =
        QStringLiteral("%1|%2|%3").arg(address).arg(agentId).arg(RefusedLogins::codeOf(reason));
    m_batch.note(key, nowMs, [&] { return RefusedLogin{address, agentId, reason, 0, nowMs, nowMs}; });
}

void RefusedLoginRecorder::flushIfDue(qint64 nowMs)
{
    if (m_batch.due(nowMs))
        flush();
}

void RefusedLoginRecorder::flush()
{
    QList<RefusedLogin> batch = m_batch.take();
    if (batch.isEmpty() || !m_writer)
        return;
    // For the admin (why was this login refused?): a lost batch costs a line in the window, never mail.
    m_writer->submit(
        [batch = std::move(batch)](QSqlDatabase& db) { return RefusedLogins::record(db, batch); });
}

int RefusedLoginRecorder::pending() const
{
    return m_batch.pending();
}

quint64 RefusedLoginRecorder::dropped() const
{
    return m_batch.dropped();
}

} // namespace RelayDesk
