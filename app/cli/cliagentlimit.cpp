// relaydesk agent limit ...: a Mail Agent's sending limits and current use (docs/protocols.md, "Sending
// limits").
#include "app/cli/cliagentlimit.h"
#include "app/cli/cliargs.h"

#include "core/util/clock.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace RelayDesk {

namespace {

const char synopsis[] =
    "agent limit NAME [--per-minute N] [--per-hour N] [--per-day N] [--max-recipients N] (0: no limit)";

struct Row
{
    const char* label;
    const char* key; ///< JSON key of the limit
    SendingWindow window;
    const char* period;
};

const Row rows[] = {
    {"per minute:", "per_minute", SendingWindow::Minute, "this minute"},
    {"per hour:", "per_hour", SendingWindow::Hour, "this hour"},
    {"per day:", "per_day", SendingWindow::Day, "today"},
};

QJsonValue limitJson(int value)
{
    return value == 0 ? QJsonValue() : QJsonValue(value);
}

QString limitText(int value)
{
    return value == 0 ? QStringLiteral("none") : QString::number(value);
}

QString resetText(SendingWindow window, qint64 ms)
{
    const QDateTime reset = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return reset.toString(window == SendingWindow::Day ? QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")
                                                       : QStringLiteral("HH:mm 'UTC'"));
}

// A limit above that of a longer window can never be reached (50 a minute with 10 an hour): said, so that the
// admin does not count on it.
QStringList unreachableNotes(const SendingLimits& limits)
{
    const auto label = [](SendingWindow window) {
        const Row* row = std::find_if(std::begin(rows), std::end(rows),
                                      [window](const Row& r) { return r.window == window; });
        return QLatin1String(row->label).chopped(1);
    };
    QStringList notes;
    for (const SendingLimits::Unreachable& pair : limits.unreachable())
        notes << QStringLiteral("Note: the limit %1 %2 is above the limit %3 %4, so it is never reached.")
                     .arg(limits.of(pair.window))
                     .arg(label(pair.window))
                     .arg(limits.of(pair.longer))
                     .arg(label(pair.longer));
    return notes;
}

} // namespace

QJsonObject CliAgentLimitView::json(const AgentSendingStatus& status)
{
    QJsonObject limits;
    QJsonObject use;
    QJsonObject resets;
    for (const Row& row : rows) {
        limits.insert(QLatin1String(row.key), limitJson(status.limits.of(row.window)));
        use.insert(QLatin1String(sendingWindowName(row.window)), status.use.of(row.window));
        resets.insert(QLatin1String(sendingWindowName(row.window)),
                      CliOutput::timeJson(status.resetsAtMs(row.window)));
    }
    limits.insert(QStringLiteral("max_recipients"), limitJson(status.limits.maxRecipients));
    return QJsonObject{
        {QStringLiteral("limits"), limits}, {QStringLiteral("use"), use}, {QStringLiteral("resets"), resets}};
}

void CliAgentLimitView::print(const CliOutput& out, const AgentSendingStatus& status)
{
    out.line(QStringLiteral("Sending limits (UTC minute, hour and day):"));
    for (const Row& row : rows) {
        const int limit = status.limits.of(row.window);
        const int sent = status.use.of(row.window);
        QString use =
            limit > 0 ? QStringLiteral("%1 of %2 sent %3").arg(sent).arg(limit).arg(QLatin1String(row.period))
                      : QStringLiteral("%1 sent %2").arg(sent).arg(QLatin1String(row.period));
        if (limit > 0)
            use += QStringLiteral(", resets at %1").arg(resetText(row.window, status.resetsAtMs(row.window)));
        out.line(QStringLiteral("  %1 %2 %3")
                     .arg(QLatin1String(row.label), -24)
                     .arg(limitText(limit), -6)
                     .arg(use));
    }
    out.line(QStringLiteral("  %1 %2")
                 .arg(QStringLiteral("recipients per message:"), -24)
                 .arg(limitText(status.limits.maxRecipients)));
    for (const QString& note : unreachableNotes(status.limits))
        out.line(note);
}

int runAgentLimitCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    struct Option
    {
        QString name;
        std::optional<int> SendingLimitsChange::*field;
    };
    const Option options[] = {
        {QStringLiteral("--per-minute"), &SendingLimitsChange::perMinute},
        {QStringLiteral("--per-hour"), &SendingLimitsChange::perHour},
        {QStringLiteral("--per-day"), &SendingLimitsChange::perDay},
        {QStringLiteral("--max-recipients"), &SendingLimitsChange::maxRecipients},
    };
    QStringList names;
    for (const Option& option : options)
        names << option.name;
    const auto parsed = CliArgs::parse(args, names);
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("agent limit: %1").arg(parsed.error()));
    if (parsed->positional.size() != 1)
        return out.error(
            ExitUsage, QStringLiteral("agent limit: give one agent name (%1)").arg(QLatin1String(synopsis)));
    const QString& name = parsed->positional[0];
    // Every value is checked before anything is stored, so that one bad value changes nothing.
    SendingLimitsChange change;
    for (const Option& option : options) {
        const QStringList values = parsed->values(option.name);
        if (values.size() > 1)
            return out.error(ExitUsage,
                             QStringLiteral("agent limit: %1 given more than once").arg(option.name));
        if (values.isEmpty())
            continue;
        const auto value = AgentLimitAdmin::parseValue(option.name, values[0]);
        if (!value)
            return out.error(ExitUsage, QStringLiteral("agent limit: %1").arg(value.error()));
        change.*option.field = value.value();
    }
    AgentLimitAdmin admin(dataDir);
    if (!change.isEmpty()) {
        const auto stored = admin.change(name, change);
        if (!stored)
            return out.error(ExitFailure, stored.error());
        out.line(QStringLiteral("Changed the sending limits of Mail Agent '%1'; a running relay applies them "
                                "within a second.")
                     .arg(name));
        const bool removes =
            change.perMinute == 0 || change.perHour == 0 || change.perDay == 0 || change.maxRecipients == 0;
        if (removes)
            out.line(
                QStringLiteral("0 removes a limit. To stop Mail Agent '%1' sending at all: relaydesk agent "
                               "disable %1")
                    .arg(name));
    }
    const auto status = admin.status(name, nowMs());
    if (!status)
        return out.error(ExitFailure, status.error());
    QJsonObject object = CliAgentLimitView::json(status.value());
    object.insert(QStringLiteral("agent"), name);
    out.json(object);
    if (change.isEmpty())
        out.line(QStringLiteral("Mail Agent:   %1").arg(name));
    CliAgentLimitView::print(out, status.value());
    return ExitOk;
}

} // namespace RelayDesk
