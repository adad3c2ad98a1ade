#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace RelayDesk {

class StoreWriter;

/// The administrator's queue actions (command line and GUI): retry, hold, release, delete, bounce, resend.
/// Writes through the StoreWriter; QueueQuery reads the queue. IDs are queue IDs.
class QueueActions final
{
public:
    QueueActions(QString dataDir, StoreWriter* writer);

    /// Makes every pending recipient due now; a running relay (this process or another) tries it at once,
    /// not at its next look at the queue (the 'queue' topic of admin_changes).
    Status retry(const QString& queueId);
    Status hold(const QString& queueId);
    Status release(const QString& queueId);
    /// Takes the message out of the queue: its waiting recipients become 'deleted' (no DSN, a 'deleted' row
    /// in the delivery log each), its content goes, and the rest stays as history; queue commands then no
    /// longer find it. A message whose every recipient is final loses only the body it kept; one without a
    /// body and with nothing waiting is refused (nothingWaits). stopped, if given, gets how many recipients
    /// will now not be sent.
    Status remove(const QString& queueId, int* stopped = nullptr);
    /// Fails every pending recipient now and sends the sender a DSN.
    /// Why a message with a delivery under way is not bounced (bounce() and the faces, which know their own
    /// engine's deliveries).
    static QString underWayRefusal(const QString& queueId);
    Status bounce(const QString& queueId);
    /// Queues a new copy of the stored message for all of its recipients, due now, and returns the copy's
    /// queue id; the original stays as it is. Committed as an accepted message is (docs/reliability.md,
    /// "Retention" says when a body is gone, and then there is nothing to resend). Bumps the 'queue' topic of
    /// admin_changes, so that a running engine in another process delivers it at once.
    Expected<QString> resend(const QString& queueId);

    /// Whether the message still has a recipient to deliver (held or not) and was not deleted: false for one
    /// that left the queue (delivered, bounced, deleted); a failure when no message has the id.
    Expected<bool> stillWaiting(const QString& queueId) const;
    /// Whether the message is in the queue and held; a failure when no message has the id.
    Expected<bool> isHeld(const QString& queueId) const;
    /// Whether the message has been queued longer than delivery.give_up_after: released, it gets one more
    /// attempt, and a recipient that attempt does not deliver bounces (OutcomeRecorder).
    Expected<bool> pastGiveUp(const QString& queueId) const;

    static QString noSuchMessage(const QString& queueId);
    /// Why a command finds no message with queueId to act on: none has that id, or it was deleted (when).
    static QString notInQueue(QSqlDatabase& db, const QString& queueId);
    static QString bodyGone(const QString& queueId);
    /// What a deleted recipient's last reply says (stored in English; the window translates it).
    static QString deletedReply();
    /// Why a message whose every recipient is final and whose body is gone has nothing to delete.
    static QString nothingWaits(const QString& queueId);

private:
    /// One yes-or-no answer about the message queueId (sql: a SELECT of one value with one "?"); a
    /// failure when no message has the id.
    Expected<bool> askMessage(const QString& sql, const QString& queueId) const;
    Expected<qint64> messageId(const QString& queueId) const;
    /// wakesDelivery: the change makes recipients due, so the same transaction bumps the 'queue' topic and a
    /// running relay looks at the queue at once (an outside tester's retry and release waited for the next
    /// poll, 5 s by default).
    Status write(const QString& queueId, const QString& sql, bool needPending, bool wakesDelivery = false);

    QString m_dataDir;
    StoreWriter* m_writer;
};

} // namespace RelayDesk
