#include "core/util/loglevels.h"

#include <QLoggingCategory>

#include <atomic>

namespace RelayDesk {

namespace {

std::atomic<bool> g_fromCommandLine{false};
std::atomic<LogLevel> g_level{LogLevel::Info};
std::atomic<bool> g_keepAuditLines{true};

void apply(LogLevel level)
{
    g_level = level;
    QLoggingCategory::setFilterRules(LogLevels::filterRules(level, g_keepAuditLines));
}

} // namespace

std::optional<LogLevel> LogLevels::parse(const QString& name)
{
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (name.compare(LogLevels::name(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString LogLevels::name(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString LogLevels::filterRules(LogLevel level, bool keepAuditLines)
{
    auto rule = [](const char* type, bool on) {
        return QStringLiteral("relaydesk.*.%1=%2\n")
            .arg(QLatin1String(type), on ? QStringLiteral("true") : QStringLiteral("false"));
    };
    // Qt has no separate "error" severity for categories: critical is it.
    QString rules = rule("debug", level <= LogLevel::Debug) + rule("info", level <= LogLevel::Info) +
                    rule("warning", level <= LogLevel::Warning) + rule("critical", true);
    // Later rules win: the audit lines pass whatever the level.
    if (keepAuditLines)
        rules += QStringLiteral("relaydesk.engine.info=true\nrelaydesk.engine.warning=true\n"
                                "relaydesk.config.info=true\nrelaydesk.config.warning=true\n"
                                "relaydesk.auth.warning=true\nrelaydesk.tls.warning=true\n");
    return rules;
}

void LogLevels::setFromCommandLine(LogLevel level, bool keepAuditLines)
{
    g_fromCommandLine = true;
    g_keepAuditLines = keepAuditLines;
    apply(level);
}

void LogLevels::setFromSetting(const QString& name)
{
    if (g_fromCommandLine)
        return;
    if (const auto level = parse(name); level && *level != g_level)
        apply(*level);
}

LogLevel LogLevels::current()
{
    return g_level;
}

} // namespace RelayDesk
