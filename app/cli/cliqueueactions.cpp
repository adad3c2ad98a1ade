// relaydesk queue retry|hold|release|delete|bounce|resend ID: acting on one queued message.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/query/messagedetailquery.h"

#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb queueActionVerbTable[] = {
    {"list", 0, "queue list"},        {"show", 1, "queue show ID"},       {"retry", 1, "queue retry ID"},
    {"hold", 1, "queue hold ID"},     {"release", 1, "queue release ID"}, {"delete", 1, "queue delete ID"},
    {"bounce", 1, "queue bounce ID"}, {"resend", 1, "queue resend ID"},
};

int resend(QueueAdmin& queue, const QString& id, const CliOutput& out)
{
    const auto copy = queue.resend(id);
    if (!copy)
        return out.error(ExitFailure, copy.error());
    out.json(QJsonObject{{QStringLiteral("queue_id"), id},
                         {QStringLiteral("action"), QStringLiteral("resend")},
                         {QStringLiteral("ok"), true},
                         {QStringLiteral("new_queue_id"), copy.value()}});
    out.line(
        QStringLiteral("Message %1 is queued again as %2 for the same recipients.").arg(id, copy.value()));
    return ExitOk;
}

} // namespace

QList<CliVerb> queueVerbs()
{
    return CliVerb::list(queueActionVerbTable);
}

int runQueueActionCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(queueActionVerbTable, verb);
    if (!found || verb == QLatin1String("list") || verb == QLatin1String("show"))
        return out.error(ExitUsage, CliVerb::unknown("queue", verb, queueActionVerbTable));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    if (const QString problem = found->checkId(parsed->positional.first()); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    QueueAdmin queue(dataDir);
    const QString id = queue.typedId(parsed->positional.first());
    if (verb == QLatin1String("resend"))
        return resend(queue, id, out);
    // Holding a held message, or releasing one that is not held, changes nothing: said so, not "is held".
    bool unchanged = false;
    if (verb == QLatin1String("hold") || verb == QLatin1String("release")) {
        if (const auto message = MessageDetailQuery(dataDir).load(id, MessageDetailQuery::Content::Leave))
            unchanged = message->held == (verb == QLatin1String("hold"));
    }
    Status status;
    QString done;
    int stopped = -1; // delete: the recipients that will now not be sent
    if (verb == QLatin1String("retry")) {
        status = queue.retry(id);
        done = QStringLiteral("Message %1 will be tried again now.");
    } else if (verb == QLatin1String("hold")) {
        status = queue.hold(id);
        done = unchanged
                   ? QStringLiteral("Message %1 was already held; nothing changed.")
                   : QStringLiteral("Message %1 is held: it stays queued and is not delivered from now on "
                                    "until released; a delivery already under way may still complete.");
    } else if (verb == QLatin1String("release")) {
        status = queue.release(id);
        done = unchanged ? QStringLiteral("Message %1 was not held; nothing changed.")
                         : QStringLiteral("Message %1 is released for delivery.");
    } else if (verb == QLatin1String("delete")) {
        stopped = 0;
        status = queue.remove(id, &stopped);
        // Said as it is: what will not be sent now, or only a finished message's stored body gone.
        const QString recipients =
            stopped == 1 ? QStringLiteral("1 recipient") : QStringLiteral("%1 recipients").arg(stopped);
        done = stopped == 0
                   ? QStringLiteral("Message %1 had no recipient left to deliver: its stored body is "
                                    "removed; its delivery log stays.")
                   : QStringLiteral("Message %1 is deleted from the queue: ") + recipients +
                         QStringLiteral(" will not be tried again (a delivery already under way may still "
                                        "complete: the delivery log will show it, and keeps its history).");
    } else {
        status = queue.bounce(id);
        done = QStringLiteral(
            "Message %1 is bounced; a delivery status notification to the sender is queued (log search shows"
            " whether it arrived: an address on the suppression list gets none).");
    }
    if (!status)
        return out.error(ExitFailure, status.error());
    QJsonObject json{{QStringLiteral("queue_id"), id},
                     {QStringLiteral("action"), verb},
                     {QStringLiteral("ok"), true},
                     {QStringLiteral("changed"), !unchanged}};
    if (stopped >= 0) {
        // What the text says: how many recipients will not be sent, or that only a kept body went.
        json.insert(QStringLiteral("recipients_stopped"), stopped);
        json.insert(QStringLiteral("body_only"), stopped == 0);
    }
    const bool deliveryOff =
        SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) != QLatin1String("true");
    const bool tries = verb == QLatin1String("retry") || verb == QLatin1String("release");
    if (tries)
        json.insert(QStringLiteral("delivery_enabled"),
                    !deliveryOff); // a script learns what the warning says
    out.json(json);
    out.line(done.arg(id));
    // "Tried again now" is not true while delivery is switched off (the setup wizard leaves it off).
    if (!unchanged && tries && deliveryOff)
        out.warning(QStringLiteral("delivery is off (delivery.enabled = false): nothing is delivered until "
                                   "it is on ('relaydesk config set delivery.enabled true')"));
    return ExitOk;
}

} // namespace RelayDesk
