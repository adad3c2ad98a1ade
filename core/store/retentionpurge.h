#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

class Settings;
class StoreWriter;

/// How long the store keeps what is no longer in flight (docs/reliability.md, "Retention").
struct RetentionPolicy
{
    int bodyDays = 0; ///< retention.bodies: 0 removes a body as soon as its last recipient is final
    int logDays = 90; ///< retention.log: envelope, outcome and transcript rows

    static RetentionPolicy fromSettings(const Settings& settings);
    bool keepsBodies() const { return bodyDays > 0; }
    qint64 bodyCutoff(qint64 nowMs) const { return nowMs - qint64(bodyDays) * 86'400'000; }
    qint64 logCutoff(qint64 nowMs) const { return nowMs - qint64(logDays) * 86'400'000; }
};

/// What one purge batch (or a whole purge) removed.
struct PurgeCounts
{
    int bodies = 0;             ///< message_bodies rows of final messages
    int messages = 0;           ///< messages rows (their recipients go with them)
    int attempts = 0;           ///< delivery_attempts rows
    int events = 0;             ///< security_events rows
    int refusedSubmissions = 0; ///< refused_submissions rows
    int retiredCredentials = 0; ///< retired_credentials rows (a deleted agent's user names and hashes)
    bool bodiesCapped =
        false; ///< the batch's bodies reached RetentionPurge::kBatchBodyBytes: more may be left

    int total() const
    {
        return bodies + messages + attempts + events + refusedSubmissions + retiredCredentials;
    }
    PurgeCounts& operator+=(const PurgeCounts& other);
};

/// Removes what the store no longer needs: the body of a message once its last recipient is final, and in
/// small batches the bodies and log rows older than their retention. Runs on the StoreWriter's connection,
/// inside its transaction, so a crash leaves either the old rows or none (docs/architecture.md, "durable
/// accept").
class RetentionPurge final
{
public:
    /// Rows of one kind removed per batch: small enough that accepts committing in between wait only
    /// milliseconds for the write lock.
    static constexpr int kBatchRows = 250;
    /// Bytes of bodies removed per batch (at least one body): a transaction's pages go to the write-ahead log
    /// before the database, so 250 bodies of 400 KB needed 100 MB of free disk to be removed, and a relay
    /// whose disk its kept bodies had filled could not free it (an outside tester).
    static constexpr qint64 kBatchBodyBytes = 4 * 1024 * 1024;
    /// How long purgeAll's batches may take before they get smaller (another process's engine waits
    /// that long for the write lock).
    static constexpr qint64 kBatchTargetMs = 100;

    /// Call after changing recipient states of messageId in this transaction: if none is pending any more,
    /// stamps the message final and, unless bodies are kept, removes its body.
    static Status settle(QSqlDatabase& db, qint64 messageId, qint64 nowMs, bool keepBodies);
    /// One batch: at most limit rows of each kind, bodies final before bodyCutoff and log rows (attempts
    /// started, messages final, security events) before logCutoff. A full count means more may be left.
    static Expected<PurgeCounts> purgeBatch(QSqlDatabase& db, qint64 bodyCutoff, qint64 logCutoff,
                                            int limit = kBatchRows);
    /// True if a batch with these counts may have left rows of some kind behind.
    static bool mayHaveMore(const PurgeCounts& batch, int limit = kBatchRows);
    /// Everything at once, batch after batch through writer, each batch its own transaction so that a
    /// running engine keeps committing in between (the command line's `log purge`).
    static Expected<PurgeCounts> purgeAll(StoreWriter& writer, qint64 bodyCutoff, qint64 logCutoff);
};

} // namespace RelayDesk
