#pragma once

#include "core/outbound/outboundconnection.h"

#include <QHash>
#include <QObject>

namespace RelayDesk {

/// Keeps finished outbound connections open for a few seconds so that the next job for the same target
/// reuses them (RSET instead of a new TCP + TLS + EHLO); closes them with QUIT when they idle out.
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    explicit ConnectionPool(QObject* parent = nullptr);
    ~ConnectionPool() override;

    void setIdleTimeout(int milliseconds) { m_idleMs = milliseconds; }
    void setMaxIdle(int count) { m_maxIdle = count; }

    /// An idle, ready connection to exactly this target (now owned by the caller), or nullptr.
    OutboundConnection* take(const ConnectionTarget& target);
    /// Hands a connection back: kept if it is ready for another job, otherwise closed and deleted.
    void giveBack(OutboundConnection* connection);
    /// Closes one idle connection to address (any target there), if there is one: a job for another target
    /// at that address waits for room (ConnectionsPerAddress).
    void retireIdleTo(const QHostAddress& address);
    int idleCount() const { return int(m_idle.size()); }
    /// Whether an idle connection to address (ConnectionsPerAddress::key) waits here, for any target.
    bool hasIdleTo(const QString& addressKey) const;

Q_SIGNALS:
    /// A connection to address (ConnectionsPerAddress::key) was kept for the next job: one waiting for that
    /// address may take it.
    void idled(const QString& addressKey);

private:
    void retire(OutboundConnection* connection);

    QMultiHash<QString, OutboundConnection*> m_idle;
    int m_idleMs = 5000;
    int m_maxIdle = 20;
};

} // namespace RelayDesk
