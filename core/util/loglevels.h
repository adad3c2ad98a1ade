#pragma once

#include <QString>

#include <optional>

namespace RelayDesk {

/// The lowest severity the operator log writes.
enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

/// The operator log's level for this process: --log-level beats the log.level setting, which beats the
/// default (info). Applied as QLoggingCategory filter rules on the relaydesk.* categories (QT_LOGGING_RULES
/// in the environment still wins, for debugging).
class LogLevels final
{
public:
    static std::optional<LogLevel> parse(const QString& name);
    static QString name(LogLevel level);
    /// The filter rules that let level and above through on relaydesk.*. With keepAuditLines (the default)
    /// the events an operator must always see pass at any level: start and stop (relaydesk.engine info),
    /// configuration changes (relaydesk.config info), AUTH failures and lockouts (relaydesk.auth warning)
    /// and TLS failures (relaydesk.tls warning).
    static QString filterRules(LogLevel level, bool keepAuditLines = true);
    /// From the command line: fixed for the life of the process. The command line's own quiet default
    /// passes keepAuditLines=false: its answers are its output.
    static void setFromCommandLine(LogLevel level, bool keepAuditLines = true);
    /// From the log.level setting: ignored when the command line set one, or when the name is not a level.
    static void setFromSetting(const QString& name);
    static LogLevel current();
};

} // namespace RelayDesk
