#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

class StoreWriter;

/// The administrator's queue actions (command line and GUI): retry, hold, release, delete, bounce. Writes
/// through the StoreWriter; QueueQuery reads the queue. IDs are queue IDs.
class QueueActions final
{
public:
    QueueActions(QString dataDir, StoreWriter* writer);

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
