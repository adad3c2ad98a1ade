#include "app/cli/cliagentactivity.h"
#include "core/util/shellword.h"

namespace RelayDesk {

namespace {

QString spanKey(int days)
{
    return days == 1 ? QStringLiteral("today") : QStringLiteral("last_%1_days").arg(days);
}

QString spanTitle(int days)
{
    return days == 1 ? QStringLiteral("TODAY") : QStringLiteral("%1 DAYS").arg(days);
}

} // namespace

QJsonObject CliAgentActivityView::json(const AgentActivity& activity)
{
    QJsonObject object;
    for (const AgentActivitySpan& span : activity.spans)
        object.insert(spanKey(span.days),
                      QJsonObject{{QStringLiteral("accepted"), double(span.accepted)},
                                  {QStringLiteral("delivered"), double(span.delivered)},
                                  {QStringLiteral("deferred"), double(span.deferred)},
                                  {QStringLiteral("bounced"), double(span.bounced)},
                                  {QStringLiteral("suppressed"), double(span.suppressed)},
                                  {QStringLiteral("refused_by_limit"), double(span.limited)},
                                  {QStringLiteral("deleted"), double(span.deleted)}});
    object.insert(QStringLiteral("waiting_recipients"), double(activity.waitingRecipients));
    object.insert(QStringLiteral("refused_at_submission"),
                  QJsonObject{{QStringLiteral("last_30_days"), double(activity.refusedAtSubmission)},
                              {QStringLiteral("last_at"), CliOutput::timeJson(activity.lastRefusedAt)},
                              {QStringLiteral("last_reply"), activity.lastRefusedReply}});
    return object;
}

void CliAgentActivityView::print(const CliOutput& out, const AgentActivity& activity,
                                 const QString& agentName)
{
    out.line(QStringLiteral("Activity (UTC days; deliveries counted on the day they were made):"));
    QStringList header{QString()};
    QList<QStringList> rows{{QStringLiteral("  messages accepted")},
                            {QStringLiteral("  recipients delivered")},
                            {QStringLiteral("  attempts failed for now (tried again)")},
                            {QStringLiteral("  recipients bounced")},
                            {QStringLiteral("  recipients not sent (suppression list)")},
                            {QStringLiteral("  messages refused by a sending limit (451)")},
                            {QStringLiteral("  recipients not sent (deleted from the queue)")}};
    for (const AgentActivitySpan& span : activity.spans) {
        header << spanTitle(span.days);
        rows[0] << QString::number(span.accepted);
        rows[1] << QString::number(span.delivered);
        rows[2] << QString::number(span.deferred);
        rows[3] << QString::number(span.bounced);
        rows[4] << QString::number(span.suppressed);
        rows[5] << QString::number(span.limited);
        rows[6] << QString::number(span.deleted);
    }
    out.table(header, rows);
    out.line(QStringLiteral("Waiting in the queue: %1 recipient(s)").arg(activity.waitingRecipients));
    // Never queued, so in none of the rows above but the sending limit's.
    if (activity.refusedAtSubmission > 0)
        out.line(
            QStringLiteral("Refused at submission in the last 30 days (never queued): %1; the last at %2: %3 "
                           "(relaydesk log refused --agent %4 lists them)")
                .arg(activity.refusedAtSubmission)
                .arg(CliOutput::timeText(activity.lastRefusedAt), activity.lastRefusedReply,
                     shellWord(agentName)));
}

} // namespace RelayDesk
