#pragma once

#include "core/query/deliveryattemptrow.h"
#include "core/query/logfilter.h"
#include "core/util/expected.h"

#include <QList>

namespace RelayDesk {

/// Reads delivery attempts (delivery_attempts, the log that outlives the queue): a filtered listing newest
/// first, or every attempt of one recipient or one message. Read-only, on the calling thread's connection.
class DeliveryAttemptQuery final
{
public:
    enum class Transcripts
    {
        Leave,
        Read
    };

    explicit DeliveryAttemptQuery(QString dataDir);

    /// What is wrong with a status to filter by, or empty when it is an attempt's (or empty: any).
    static QString statusProblem(const QString& status);

    /// Attempts [offset, offset + limit) newest first (started_at, id). The filter's status must be an
    /// attempt's (delivered, deferred, bounced, suppressed, deleted) and its agent one that exists; its sort
    /// is not used. OFFSET: for the command line's --offset over what a script asks for.
    Expected<QList<DeliveryAttemptRow>> page(const LogFilter& filter, int offset, int limit,
                                             Transcripts transcripts = Transcripts::Leave) const;
    /// Every attempt of one recipient, oldest first, with transcripts.
    Expected<QList<DeliveryAttemptRow>> ofRecipient(qint64 recipientId) const;
    /// Every attempt of one message, oldest first, with transcripts.
    Expected<QList<DeliveryAttemptRow>> ofMessage(qint64 messageId) const;

private:
    Expected<QList<DeliveryAttemptRow>> ofOne(const char* column, qint64 id) const;

    QString m_dataDir;
};

} // namespace RelayDesk
