#pragma once

#include "core/util/expected.h"

#include <QList>
#include <QString>

namespace RelayDesk {

/// One row of the delivery log: what one recipient got in one attempt.
struct DeliveryLogEntry
{
    qint64 id = 0;
    QString attemptKey; ///< shared by the recipients of one SMTP transaction
    qint64 messageId = 0;
    QString queueId;
    QString agent;
    QString sender;
    qint64 recipientId = 0;
    QString recipient;
    QString status; ///< delivered, deferred, bounced, suppressed
    QString route;
    QString host;
    QString ip;
    int port = 0;
    qint64 startedAt = 0;
    qint64 durationMs = 0;
    QString tlsVersion;
    QString tlsCipher;
    int code = 0;
    QString enhanced;
    QString reply;
    QString sign; ///< road sign: green, yellow, red
    QString transcript;
};

/// Filters of a log search; empty fields do not filter.
struct DeliveryLogSearch
{
    QString agent;     ///< exact agent name
    QString status;    ///< delivered, deferred, bounced or suppressed
    QString recipient; ///< substring, case-insensitive
    qint64 sinceMs = 0;
    int limit = 50;
    int offset = 0;
    bool withTranscript = false;
};

/// Reads the delivery log (delivery_attempts), newest first, a page at a time, on the caller's connection.
class DeliveryLog final
{
public:
    explicit DeliveryLog(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    Expected<QList<DeliveryLogEntry>> search(const DeliveryLogSearch& filter) const;
    /// Every attempt of one message, oldest first, with transcripts.
    Expected<QList<DeliveryLogEntry>> forMessage(qint64 messageId) const;
    /// "2026-11-28T10:00:00" (UTC unless an offset is given), "2026-11-28", or relative: "30m", "1h", "2d",
    /// "1w".
    static Expected<qint64> parseSince(const QString& text, qint64 nowMs);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
