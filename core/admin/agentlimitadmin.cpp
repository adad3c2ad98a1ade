#include "core/admin/agentlimitadmin.h"
#include "core/admin/configchangelog.h"

#include "core/agents/agentlimitstore.h"
#include "core/agents/agentrows.h"
#include "core/query/agentusagequery.h"

namespace RelayDesk {

namespace {

QString limitText(int value)
{
    return value == 0 ? QStringLiteral("none") : QString::number(value);
}

} // namespace

SendingLimits SendingLimitsChange::appliedTo(SendingLimits limits) const
{
    limits.perMinute = perMinute.value_or(limits.perMinute);
    limits.perHour = perHour.value_or(limits.perHour);
    limits.perDay = perDay.value_or(limits.perDay);
    limits.maxRecipients = maxRecipients.value_or(limits.maxRecipients);
    return limits;
}

AgentLimitAdmin::AgentLimitAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString AgentLimitAdmin::valueProblem(const QString& what, qint64 value)
{
    if (value < 0 || value > SendingLimits::maximum)
        return QStringLiteral("%1 must be a whole number from 0 (no limit) to %2")
            .arg(what)
            .arg(SendingLimits::maximum);
    return {};
}

Expected<int> AgentLimitAdmin::parseValue(const QString& what, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return 0;
    bool ok = false;
    const qint64 value = trimmed.toLongLong(&ok);
    if (!ok)
        return Expected<int>::failure(
            QStringLiteral("%1: '%2' is not a number (give a whole number, or 0 or none for no limit)")
                .arg(what, text));
    if (const QString problem = valueProblem(what, value); !problem.isEmpty())
        return Expected<int>::failure(problem);
    return int(value);
}

Expected<AgentSendingStatus> AgentLimitAdmin::status(const QString& agentName, qint64 nowMs) const
{
    using Result = Expected<AgentSendingStatus>;
    auto agent = AgentRows::openAgent(m_dataDir, agentName);
    if (!agent)
        return Result::failure(agent.error());
    const auto limits = AgentLimitStore(m_dataDir).limits(agent->id);
    if (!limits)
        return Result::failure(limits.error());
    const auto use = AgentUsageQuery(m_dataDir).of(agent->id, nowMs);
    if (!use)
        return Result::failure(use.error());
    return AgentSendingStatus{agentName, limits.value(), use.value(), nowMs};
}

Expected<SendingLimits> AgentLimitAdmin::change(const QString& agentName, const SendingLimitsChange& change)
{
    using Result = Expected<SendingLimits>;
    auto agent = AgentRows::openAgent(m_dataDir, agentName);
    if (!agent)
        return Result::failure(agent.error());
    const auto stored = AgentLimitStore(m_dataDir).limits(agent->id);
    if (!stored)
        return Result::failure(stored.error());
    return set(agentName, change.appliedTo(stored.value()));
}

Expected<SendingLimits> AgentLimitAdmin::set(const QString& agentName, const SendingLimits& limits)
{
    using Result = Expected<SendingLimits>;
    const struct
    {
        const char* name;
        int value;
    } fields[] = {{"per minute", limits.perMinute},
                  {"per hour", limits.perHour},
                  {"per day", limits.perDay},
                  {"recipients per message", limits.maxRecipients}};
    for (const auto& field : fields) {
        if (const QString problem = valueProblem(QString::fromLatin1(field.name), field.value);
            !problem.isEmpty())
            return Result::failure(problem);
    }
    auto agent = AgentRows::openAgent(m_dataDir, agentName);
    if (!agent)
        return Result::failure(agent.error());
    if (Status stored = AgentLimitStore(m_dataDir).set(agent->id, limits); !stored)
        return Result::failure(stored.error());
    return ConfigChangeLog::record(Result(limits),
                                   LogLine("agent_limits_changed")
                                       .add("agent", agentName)
                                       .add("per_minute", limitText(limits.perMinute))
                                       .add("per_hour", limitText(limits.perHour))
                                       .add("per_day", limitText(limits.perDay))
                                       .add("max_recipients", limitText(limits.maxRecipients)));
}

} // namespace RelayDesk
