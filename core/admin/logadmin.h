#pragma once

#include "core/query/deliveryattemptrow.h"
#include "core/query/logfilter.h"
#include "core/query/refusedsubmissionquery.h"
#include "core/util/expected.h"

#include <QList>
#include <QString>

#include <optional>

namespace RelayDesk {

/// What a purge of the store removed, and the time before which log rows went.
struct LogPurgeResult
{
    int bodies = 0;   ///< message bodies of final messages
    int messages = 0; ///< final messages with their recipients
    int attempts = 0; ///< delivery attempts
    int events = 0;   ///< security events
    qint64 logCutoff = 0;
    int keptAttempts = 0;       ///< attempts before the cutoff kept: their messages still wait in the queue
    int refusedSubmissions = 0; ///< senders, recipients and messages refused at submission
};

/// The delivery log for the command line: searches (through the read side, core/query, as the GUI's pages)
/// and the purge by retention, now.
class LogAdmin final
{
public:
    explicit LogAdmin(QString dataDir);

    /// A point in time: "2026-11-28T10:00:00" (this computer's time zone, as the command line prints times,
    /// unless Z or an offset is given), "2026-11-28" (its midnight there), or relative to now: "30m", "1h",
    /// "2d", "1w". Milliseconds since the epoch.
    static Expected<qint64> parseTime(const QString& text);
    /// What is wrong with a status to filter by, or empty when it is one (delivered, deferred, bounced,
    /// suppressed).
    static QString statusProblem(const QString& status);

    /// The name of a deleted agent that had agentName (in any case), when a live agent has it now too: its
    /// attempts are not among the live agent's (LogFilter::deletedAgent). Empty otherwise.
    QString deletedNamesake(const QString& agentName) const;
    /// Attempts matching the filter, newest first: [offset, offset + limit), with their transcripts if asked.
    Expected<QList<DeliveryAttemptRow>> search(const LogFilter& filter, int offset, int limit,
                                               bool withTranscripts) const;
    /// The senders, recipients and messages refused at submission that match filter, latest first, at most
    /// limit entries (RefusedSubmissionQuery); `more` says whether further ones match.
    Expected<QList<RefusedSubmission>> refusedSubmissions(const RefusedSubmissionFilter& filter, int limit,
                                                          bool* more) const;
    /// What the engine's hourly purge does, now, in the same small batches (each its own transaction, so a
    /// running engine keeps committing in between): bodies after retention.bodies, log rows older than
    /// logCutoff (by default retention.log).
    Expected<LogPurgeResult> purge(std::optional<qint64> logCutoff = std::nullopt);

private:
    QString m_dataDir;
};

} // namespace RelayDesk
