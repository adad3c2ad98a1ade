#pragma once

#include "core/delivery/deliverylog.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

class StoreWriter;

/// One recipient of a queued message.
struct QueueRecipient
{
    qint64 id = 0;
    QString address;
    QString state;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    int lastCode = 0;
    QString lastEnhanced;
    QString lastReply;
};

/// A message in the queue with its recipients (and, for show(), its attempts).
struct QueueEntry
{
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    QString sender;
    QString subject;
    qint64 size = 0;
    qint64 receivedAt = 0;
    bool held = false;
    bool contentKept = true; ///< false once the body left the store (every recipient final, contract 8)
    QList<QueueRecipient> recipients;
    QList<DeliveryLogEntry> attempts;
};

/// The administrator's queue actions (command line and GUI): list, show, retry, hold, release, delete,
/// bounce. Reads on the caller's connection, writes through the StoreWriter. IDs are queue IDs.
class QueueActions final
{
public:
    QueueActions(QString dataDir, StoreWriter* writer);

    /// Messages with recipients still queued or deferred, oldest first.
    Expected<QList<QueueEntry>> list(int limit = 1000) const;
    Expected<QueueEntry> show(const QString& queueId) const;
    /// Makes every pending recipient due now (the service still needs a wake()).
    Status retry(const QString& queueId);
    Status hold(const QString& queueId);
    Status release(const QString& queueId);
    Status remove(const QString& queueId);
    /// Fails every pending recipient now and sends the sender a DSN.
    Status bounce(const QString& queueId);

    static QString noSuchMessage(const QString& queueId);

private:
    Expected<qint64> messageId(const QString& queueId) const;
    Status write(const QString& queueId, const QString& sql, bool needPending);

    QString m_dataDir;
    StoreWriter* m_writer;
};

} // namespace RelayDesk
