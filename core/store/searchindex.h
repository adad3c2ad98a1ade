#pragma once

#include "core/util/expected.h"

#include <QSqlDatabase>

namespace RelayDesk {

class StoreWriter;

/// Keeps the Delivery Logs' free-text index (delivery_log_fts) in step with the recipients, off the hot path
/// (docs/read-side.md, "Free text"): triggers only note a recipient's id in delivery_log_fts_pending when it
/// is added or its last reply (code, enhanced code or text) changes; this indexes the noted rows in batches,
/// on the StoreWriter's connection, inside its transaction.
class SearchIndex final
{
public:
    /// Rows indexed per batch: one FTS5 segment write for many recipients, and short enough that accepts
    /// committing in between wait only milliseconds for the write lock.
    static constexpr int kBatchRows = 2000;
    /// indexBatch()'s answer when another node sharing a PostgreSQL store is indexing the same noted rows.
    static constexpr int kAnotherNodeIndexes = -1;

    /// The reply column's text of the recipient r: "451 4.7.1 text" (SQL over recipients r).
    static QString replyWords();
    /// The queue_id column's text of the message m: its queue id and its Message-ID (SQL over messages m).
    static QString idWords();
    /// Indexes at most limit noted recipients (their current address, sender, subject, reply, queue id and
    /// Message-ID) and forgets them; returns how many. A full count means more may be left. On PostgreSQL one
    /// node at a time indexes (a transaction's advisory lock): another node's batch returns
    /// kAnotherNodeIndexes at once rather than waiting for it, or writing the same rows and failing on their
    /// key.
    static Expected<int> indexBatch(QSqlDatabase& db, int limit = kBatchRows);
    /// Recipients noted and not yet indexed (for tests and benchmarks).
    static Expected<int> pendingCount(QSqlDatabase& db);
    /// Everything noted, batch after batch through writer, each batch its own transaction (a text search of
    /// the command line, and the benchmark's generator).
    static Expected<int> indexAll(StoreWriter& writer);
};

} // namespace RelayDesk
