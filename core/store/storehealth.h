#pragma once

#include <QString>

namespace RelayDesk {

/// Whether this process reaches its PostgreSQL store, as the opening of its connections found it
/// (docs/postgresql.md, "When the server is away"): one warning when the store goes away, a reminder each
/// minute, one line when it is back, and the state for `relaydesk status` and the window.
class StoreHealth final
{
public:
    /// What a status shows: reachable, or since when not and why.
    struct State
    {
        bool reachable = true;
        qint64 unreachableSinceMs =
            0;         ///< the first failed opening of this outage (UTC ms), 0 while reachable
        QString error; ///< the last failed opening's reason
    };

    /// Logs the changes from now on (the engine's operator log); the command line only reports its error.
    static void logChanges();
    /// A connection could not be opened (the server is down, refuses TLS or the password): logged once per
    /// outage and then once a minute.
    static void noteFailure(const QString& error);
    /// A connection was opened: ends an outage, with one line saying how long it lasted. Cheap while
    /// reachable.
    static void noteSuccess();
    static State current();
    /// The server runs with setting (fsync) off: mail acknowledged may be lost in a crash of its machine.
    /// Logged (a warning) by an engine, once per process.
    static void noteNotDurable(const QString& setting);
    static bool isUnreachable();
    /// Back to reachable without a log line (tests).
    static void reset();
};

} // namespace RelayDesk
