#pragma once

#include "core/delivery/queueactionbatch.h"
#include "core/delivery/queueactions.h"
#include "core/util/expected.h"

#include <QString>

namespace RelayDesk {

/// The admin's actions on one queued message, by queue ID, for a face without a running engine of its own
/// (the command line): writes go through a store writer of their own, and a running relay picks the change
/// up at its next delivery pass (a resend at once). The GUI acts through its engine
/// (core/engine/enginecontrol.h) instead, except for resend, which its message viewer calls on a QueryRunner
/// thread.
class QueueAdmin final
{
public:
    explicit QueueAdmin(QString dataDir);

    /// The queue id a person meant: what they typed without the blanks a copy and paste brings along, and in
    /// small letters when only that form is in the store (queue ids are made in small letters; "1M8Z..." was
    /// answered "no queued message").
    QString typedId(const QString& typed) const;

    /// Makes every pending recipient due now.
    Status retry(const QString& queueId);
    /// Messages not held, with a recipient still waiting, received before receivedBeforeMs: a shorter
    /// delivery.give_up_after bounces their waiting recipients at once. Those with a sender (who is told),
    /// and the relay's own notices among them (dropped without one: a notice is never answered with another).
    struct WaitingOlder
    {
        int messages = 0;
        int notices = 0;
    };
    Expected<WaitingOlder> waitingSince(qint64 receivedBeforeMs) const;
    /// Keeps the message queued but undelivered until released.
    Status hold(const QString& queueId);
    Status release(const QString& queueId);
    /// QueueActions::pastGiveUp: released, it gets one more attempt, then bounces what that does not deliver.
    Expected<bool> pastGiveUp(const QString& queueId) const;
    /// QueueActions::remove: stopped gets how many recipients will now not be sent.
    Status remove(const QString& queueId, int* stopped = nullptr);
    /// Fails every pending recipient now and sends the sender a DSN.
    Status bounce(const QString& queueId);
    /// Why a message with a delivery under way is not bounced: said by the faces for their own engine's
    /// deliveries, as bounce() says it for another node's.
    static QString underWayRefusal(const QString& queueId);
    /// One action on several messages through one store writer, sorted as the running engine sorts them
    /// (applyQueueAction): the window uses it while no relay runs, and the change waits for the next one.
    QueueActionOutcome apply(QueueActionKind kind, const QStringList& queueIds);
    /// Queues a new copy of the message (a new queue id, returned) for the same recipients while its body is
    /// stored; the original stays as it is. A running engine, in this process or another, delivers it at once
    /// (admin_changes 'queue'). The GUI calls this too, on a QueryRunner thread.
    Expected<QString> resend(const QString& queueId);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
