#pragma once

namespace RelayDesk {

/// Where this process's log messages go (docs/operations.md, "Logs"): the systemd journal with structured
/// fields when systemd runs it (JOURNAL_STREAM names our stderr, or INVOCATION_ID without JOURNAL_STREAM),
/// and for the admin command line whenever a journal runs; otherwise one line each on stderr with a UTC
/// timestamp, the level and the category.
class LogSink final
{
public:
    /// Installs the Qt message handler; face names this process in configuration-change lines.
    static void install(const char* face);
    /// True if the journal was chosen (for a test: RELAYDESK_LOG_TARGET=journal or stderr forces one).
    static bool usesJournal();
};

} // namespace RelayDesk
