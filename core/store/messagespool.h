#pragma once

#include "core/smtp/submittedmessage.h"

#include <functional>

namespace RelayDesk {

class StoreWriter;

/// Puts accepted messages and their queue rows into the store through the group-commit writer.
/// The callback runs (on the writer thread) only once the message is on stable storage (docs/architecture.md,
/// "durable accept").
class MessageSpool final
{
public:
    /// What a failed commit's error means for the client: a full disk (452 4.3.1), a store whose server went
    /// away (451 4.3.0, logged as such), or another local error (451 4.3.0).
    static CommitFailure failureOf(const QString& error);
    using Committed = std::function<void(CommitFailure)>;

    MessageSpool(StoreWriter& writer, QString listenerNameForLog = {});
    void commit(const SubmittedMessage& message, const QString& listener, const QString& clientAddress,
                Committed done);

    /// The most characters of a subject kept with the message: a whole line of RFC 5322 2.1.1.
    static constexpr qsizetype maxSubjectLength = 998;
    /// The Subject header of a message, decoded and unfolded, as the queue, the logs and their search show
    /// it; one longer than maxSubjectLength is cut there and ends in "…".
    static QString subjectOf(const QByteArray& content);
    /// The Message-ID header as written ("<x@example.com>"), kept with the message so that two submissions of
    /// one message can be told from one delivered twice after the body is gone; "" when there is none.
    static QString messageIdOf(const QByteArray& content);
    /// A header field's value, unfolded (RFC 5322 2.2.3) and trimmed; null when the header has none.
    static QByteArray headerOf(const QByteArray& content, QByteArrayView name);
    /// The UTC calendar day (YYYY-MM-DD) of a time in ms since the epoch: the day of the daily statistics,
    /// as of the daily sending limits and the dashboard's chart, whatever the time zone of the process that
    /// counts (docs/read-side.md, "Days").
    static QString utcDay(qint64 atMs);
    /// The lower-cased domain of an address.
    static QString domainOf(const QByteArray& address);

private:
    StoreWriter& m_writer;
    QString m_node; ///< messages.accepted_node (docs/scaling.md)
};

} // namespace RelayDesk
