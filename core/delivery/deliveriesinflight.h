#pragma once

#include "core/smtp/deliveryjob.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace RelayDesk {

/// One delivery under way: claimed by the queue runner, at the transport, or its outcome being recorded.
struct DeliveryInFlight
{
    QString queueId;
    QString domain;         ///< the recipients' domain (one transaction per domain)
    QStringList recipients; ///< as stored (A-labels, or UTF-8 under SMTPUTF8)
    qint64 sinceMs = 0;     ///< when the queue runner took it
    /// It waits inside the transport for a free outbound connection (the relay's limits): no connection and
    /// no transaction of its own yet, so no transcript either.
    bool waitingForConnection = false;

    bool operator==(const DeliveryInFlight&) const = default;
};

/// The deliveries a queue runner has under way, readable from any thread: a SQLite store holds no sign of
/// them (no lease), so the Queue page and `queue list` ask the running engine (docs/control-channel.md).
class DeliveriesInFlight
{
public:
    void started(const DeliveryJob& job, qint64 nowMs);
    void ended(const DeliveryJob& job);
    /// DeliveryTransport::waitingChanged.
    void setWaiting(const DeliveryJob& job, bool waiting);
    /// Oldest first.
    QList<DeliveryInFlight> snapshot() const;
    /// Whether a delivery started or ended since the last call.
    bool takeChanged();

private:
    mutable QMutex m_mutex;
    QHash<qint64, DeliveryInFlight> m_byJob; ///< by the job's first recipient id (a recipient is in one job)
    bool m_changed = false;
};

} // namespace RelayDesk
