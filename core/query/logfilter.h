#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>
#include <Qt>

namespace RelayDesk {

/// What a person asks of the delivery log or the queue, in the GUI's filter bar or with the command line's
/// options: the filters (empty fields do not filter) and the sort. docs/read-side.md lists who reads it.
struct LogFilter
{
    QString agent; ///< exact agent name; empty: every agent
    /// agent names deleted agents: their rows, not those of the live agent that has the name now (an agent
    /// deleted and made again under its name starts afresh: an outside tester's new "Büro-Drucker" showed
    /// the old one's history as its own)
    bool deletedAgent = false;
    QString status; ///< recipient state ("queued", "deferred", "delivered", "bounced", "suppressed", "held")
    qint64 fromMs = 0; ///< the row's time (received; an attempt's start) at or after; 0: no lower bound
    qint64 toMs = 0;   ///< the row's time before; 0: no upper bound
    QString
        text; ///< words over recipient, sender, subject, last reply and queue id (the delivery_log_fts index)
    /// The same search in other words, any of which may match instead of text: the relay's own English
    /// phrases that the window showed translated (a French "Connexion refusée" found nothing, the log holding
    /// "Connection refused": an outside tester).
    QStringList textAlternatives;
    QString queueId;           ///< one message by its queue id, exactly (served by the unique index)
    QString recipient;         ///< recipient address prefix, case-insensitive (served by an index)
    QString recipientContains; ///< part of the recipient address, case-insensitive (a scan)
    /// one message by its Message-ID (RFC 5322 3.6.4), exactly, with or without its angle brackets (a scan of
    /// the messages: the accepting transaction keeps no index of it)
    QString messageId;
    int sortColumn = -1; ///< a column of the view; -1: the listing's natural order
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const LogFilter&) const = default;

    /// A time given as "2026-11-28T10:00:00" (this computer's time zone, as the command line prints times,
    /// unless Z or an offset is given), "2026-11-28" (its midnight there), or relative to nowMs: "30m", "1h",
    /// "2d", "1w". For the command line's --since and --before.
    static Expected<qint64> parseTime(const QString& text, qint64 nowMs);
    /// Free text as an FTS5 query (TextSearchQuery): every word (letters and digits) must appear in some
    /// column as a word or the start of one, e.g. "anna.1@cust" -> "anna"* "1"* "cust"*; "4.7.1" -> "4 7 1".
    /// Empty when text has no word.
    static QString ftsQuery(const QString& text);
    /// text, or any of alternatives, as one query of the text index (FTS5 on SQLite, tsquery on PostgreSQL);
    /// empty when none of them has a word.
    static QString textQuery(bool postgreSql, const QString& text, const QStringList& alternatives);
    /// A Message-ID as pasted ("<a@b>", "a@b", " <a@b> ") without its brackets and spaces.
    static QString bareMessageId(const QString& text);
};

} // namespace RelayDesk
