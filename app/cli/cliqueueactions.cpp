// relaydesk queue retry|hold|release|delete|bounce|resend ID: acting on queued messages (all but resend on
// several; retry on every waiting one with --all).
#include "app/cli/cliagentfilter.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliconfirm.h"
#include "app/cli/clideliveries.h"
#include "app/cli/cliverb.h"
#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/admin/suppressionadmin.h"
#include "core/query/messagedetailquery.h"
#include "core/query/queuequery.h"
#include "core/store/enginelock.h"
#include "core/util/shellword.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

/// "Tried again now" is not true while no relay runs on the directory (an outside tester's service was
/// stopped): said, with how to start one.
bool relayRuns(const QString& dataDir)
{
    return bool(EngineLock::holder(dataDir));
}

void noRelayWarning(const QString& dataDir, const CliOutput& out)
{
    if (!relayRuns(dataDir))
        out.warning(
            QStringLiteral("no relay runs on %1: the message is tried when one starts there (relaydesk "
                           "--headless, the window, or sudo systemctl start relaydesk for the service)")
                .arg(dataDir));
}

bool triesAgain(const QString& verb)
{
    return verb == QLatin1String("retry") || verb == QLatin1String("release");
}

bool deliveryIsOff(const QString& dataDir)
{
    return SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) != QLatin1String("true");
}

void deliveryWarnings(const QString& dataDir, const CliOutput& out)
{
    if (deliveryIsOff(dataDir))
        out.warning(QStringLiteral("delivery is off (delivery.enabled = false): nothing is delivered until "
                                   "it is on ('relaydesk config set delivery.enabled true')"));
    noRelayWarning(dataDir, out);
}

const CliVerb queueActionVerbTable[] = {
    {"list", 0, "queue list"},
    {"show", 1, "queue show ID"},
    {"retry", 1, "queue retry ID... | --all"},
    {"hold", 1, "queue hold ID... | --agent NAME"},
    {"release", 1, "queue release ID... | --agent NAME"},
    {"delete", 1, "queue delete ID... | --agent NAME [--yes]"},
    {"bounce", 1, "queue bounce ID... | --agent NAME [--yes]"},
    {"resend", 1, "queue resend ID"},
};

/// The message's recipients on its agent's suppression list: the copy is not sent to them (the window's
/// Resend asks the same before it queues one).
QStringList suppressedRecipients(const QString& dataDir, const MessageDetail& message)
{
    if (message.agent.isEmpty() || message.agentDeleted)
        return {};
    QStringList recipients;
    for (const DeliveryLogRow& recipient : message.recipients)
        recipients << recipient.recipient;
    const auto skipped = SuppressionAdmin(dataDir).suppressedAmong(message.agent, recipients);
    return skipped ? skipped.value() : QStringList();
}

int resend(const QString& dataDir, QueueAdmin& queue, const QString& id, const CliOutput& out)
{
    // A copy for nobody was "queued again ... for the same recipients", and then logged as suppressed and
    // never sent (an outside tester): said first, and nothing is queued.
    const auto message = MessageDetailQuery(dataDir).load(id, MessageDetailQuery::Content::Leave);
    const QStringList skipped = message ? suppressedRecipients(dataDir, message.value()) : QStringList();
    if (message && !skipped.isEmpty() && skipped.size() >= message->recipients.size())
        return out.error(
            ExitFailure,
            QStringLiteral("queue resend: not resent: every recipient of %1 is on the suppression list "
                           "of %2 (%3); 'relaydesk suppression remove %4 ADDRESS' first if it can "
                           "take mail again")
                .arg(id, message->agent, skipped.join(QStringLiteral(", ")), shellWord(message->agent)));
    const auto copy = queue.resend(id);
    if (!copy)
        return out.error(ExitFailure, copy.error());
    out.json(QJsonObject{{QStringLiteral("queue_id"), id},
                         {QStringLiteral("action"), QStringLiteral("resend")},
                         {QStringLiteral("ok"), true},
                         {QStringLiteral("new_queue_id"), copy.value()},
                         {QStringLiteral("not_sent_to"), QJsonArray::fromStringList(skipped)}});
    if (skipped.isEmpty()) {
        out.line(QStringLiteral("Message %1 is queued again as %2 for the same recipients.")
                     .arg(id, copy.value()));
        return ExitOk;
    }
    out.line(
        QStringLiteral("Message %1 is queued again as %2 for %3 of its %4 recipients; not for %5, on the "
                       "suppression list of %6.")
            .arg(id, copy.value())
            .arg(message->recipients.size() - skipped.size())
            .arg(message->recipients.size())
            .arg(skipped.join(QStringLiteral(", ")), message->agent));
    return ExitOk;
}

/// `queue retry ID ID ...` or `--all` (every waiting message not held): after an outage the window's
/// multi-selection could do it and the command line only one ID at a time (an outside tester).
/// Which of the queue's messages queuedIds lists.
enum class Held
{
    Any,
    Not,
    Only
};

/// The messages in the queue under filter, soonest due first.
Expected<QStringList> queuedIds(const QString& dataDir, const LogFilter& filter, Held held)
{
    QStringList ids;
    const QueueRow* after = nullptr;
    QList<QueueRow> page;
    do {
        const auto read = QueueQuery(dataDir).pageAfter(filter, after, 500);
        if (!read)
            return Expected<QStringList>::failure(read.error());
        page = read.value();
        for (const QueueRow& row : std::as_const(page)) {
            if (held == Held::Any || row.held == (held == Held::Only))
                ids << row.queueId;
        }
        after = page.isEmpty() ? nullptr : &page.constLast();
    } while (page.size() == 500);
    return ids;
}

int retryMany(const QString& dataDir, QueueAdmin& queue, QStringList ids, bool all, const CliOutput& out)
{
    if (all) { // every message still queued, held ones left as they are
        const auto waiting = queuedIds(dataDir, LogFilter(), Held::Not);
        if (!waiting)
            return out.error(ExitFailure, waiting.error());
        ids << waiting.value();
    }
    QJsonArray results;
    QStringList failed;
    int retried = 0;
    for (const QString& given : std::as_const(ids)) {
        const QString id = queue.typedId(given);
        const Status status = queue.retry(id);
        // A full disk takes no change at all: said once, with the disk and what to do, not once a message
        // (an outside tester's --all printed 98 lines of SQLite's words, then "0 message(s) will be tried").
        if (!status && status.error().contains(QLatin1String("disk is full")))
            return out.error(ExitFailure,
                             QStringLiteral("queue retry: %1 of %2 message(s) retried, the rest not: %3")
                                 .arg(retried)
                                 .arg(ids.size())
                                 .arg(status.error()));
        results.append(QJsonObject{{QStringLiteral("queue_id"), id}, {QStringLiteral("ok"), bool(status)}});
        if (status)
            ++retried;
        else
            failed << QStringLiteral("%1: %2").arg(id, status.error());
    }
    const bool deliveryOff = deliveryIsOff(dataDir);
    out.json(QJsonObject{{QStringLiteral("action"), QStringLiteral("retry")},
                         {QStringLiteral("retried"), retried},
                         {QStringLiteral("messages"), results},
                         {QStringLiteral("delivery_enabled"), !deliveryOff}});
    out.line(all && ids.isEmpty()
                 ? QStringLiteral("No message waits in the queue (held ones are left as they are).")
                 : (relayRuns(dataDir) ? QStringLiteral("%1 message(s) will be tried again now%2.")
                                       : QStringLiteral("%1 message(s) will be tried when a relay runs%2."))
                       .arg(retried)
                       .arg(all ? QStringLiteral(" (held ones are left as they are)") : QString()));
    for (const QString& failure : std::as_const(failed))
        out.warning(QStringLiteral("queue retry: ") + failure);
    if (retried > 0)
        deliveryWarnings(dataDir, out);
    return failed.isEmpty() ? ExitOk : ExitFailure;
}

/// What hold, release, delete or bounce did to one message, in the words the command prints.
struct ActionResult
{
    QString id;
    Status status;
    QString done;            ///< the line said when it worked
    bool unchanged = false;  ///< hold of a held message, release of one not held
    bool pastGiveUp = false; ///< released after delivery.give_up_after: one more attempt, then a bounce
    int stopped = -1;        ///< delete: the recipients that will now not be sent
};

/// underWay: the deliveries the engine on dataDir has under way, asked once for the whole command (bounce).
ActionResult actOn(const QString& dataDir, QueueAdmin& queue, const QString& verb, const QString& id,
                   const CliDeliveries& underWay)
{
    ActionResult result;
    result.id = id;
    // Holding a held message, or releasing one that is not held, changes nothing: said so, not "is held".
    if (verb == QLatin1String("hold") || verb == QLatin1String("release")) {
        if (const auto message = MessageDetailQuery(dataDir).load(id, MessageDetailQuery::Content::Leave))
            result.unchanged = message->held == (verb == QLatin1String("hold"));
    }
    QString done;
    if (verb == QLatin1String("retry")) {
        result.status = queue.retry(id);
        done = relayRuns(dataDir) ? QStringLiteral("Message %1 will be tried again now.")
                                  : QStringLiteral("Message %1 will be tried when a relay runs.");
    } else if (verb == QLatin1String("hold")) {
        result.status = queue.hold(id);
        done = result.unchanged
                   ? QStringLiteral("Message %1 was already held; nothing changed.")
                   : QStringLiteral("Message %1 is held: it stays queued and is not delivered from now on "
                                    "until released; a delivery already under way may still complete.");
    } else if (verb == QLatin1String("release")) {
        result.status = queue.release(id);
        if (const auto past = queue.pastGiveUp(id); !result.unchanged && result.status && past)
            result.pastGiveUp = past.value();
        done = result.unchanged    ? QStringLiteral("Message %1 was not held; nothing changed.")
               : result.pastGiveUp ? QStringLiteral("Message %1 is released for delivery. It waited longer "
                                                    "than delivery.give_up_after: it gets one more attempt, "
                                                    "and a recipient that attempt does not deliver bounces "
                                                    "(its sender is told).")
                                   : QStringLiteral("Message %1 is released for delivery.");
    } else if (verb == QLatin1String("delete")) {
        int stopped = 0;
        result.status = queue.remove(id, &stopped);
        result.stopped = stopped;
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
        // A delivery under way in the engine on this directory: not bounced (QueueActions::underWayRefusal).
        result.status =
            underWay.first(id) ? Status::failure(QueueAdmin::underWayRefusal(id)) : queue.bounce(id);
        done = QStringLiteral(
            "Message %1 is bounced; a delivery status notification goes to the sender unless it asked for "
            "none"
            " (NOTIFY) or its address is on the suppression list (log search shows whether one arrived).");
    }
    result.done = done.arg(id);
    return result;
}

QJsonObject resultJson(const ActionResult& result, const QString& verb, bool deliveryOff)
{
    QJsonObject json{{QStringLiteral("queue_id"), result.id},
                     {QStringLiteral("action"), verb},
                     {QStringLiteral("ok"), bool(result.status)}};
    if (!result.status) {
        json.insert(QStringLiteral("error"), result.status.error());
        return json;
    }
    json.insert(QStringLiteral("changed"), !result.unchanged);
    if (verb == QLatin1String("release"))
        json.insert(QStringLiteral("past_give_up"), result.pastGiveUp);
    if (result.stopped >= 0) {
        // What the text says: how many recipients will not be sent, or that only a kept body went.
        json.insert(QStringLiteral("recipients_stopped"), result.stopped);
        json.insert(QStringLiteral("body_only"), result.stopped == 0);
    }
    if (triesAgain(verb)) // a script learns what the warning says
        json.insert(QStringLiteral("delivery_enabled"), !deliveryOff);
    return json;
}

/// `queue hold|release|delete|bounce ID ID ...`: a flood of one program's mail took one call a message (an
/// outside tester). Asked once for all (delete, bounce); each message's result is said; exit 1 when any
/// failed, the others done all the same.
int actOnMany(const QString& dataDir, QueueAdmin& queue, const QString& verb, const QStringList& given,
              bool yes, const CliOutput& out, const QString& agent = {})
{
    // Each message's line for a few; for a flood, how many, and the failures (at most 20 of them).
    constexpr int linesAtMost = 20;
    QStringList ids;
    for (const QString& typed : given) {
        const QString id = queue.typedId(typed);
        if (!ids.contains(id))
            ids << id;
    }
    if (verb == QLatin1String("delete") || verb == QLatin1String("bounce")) {
        const QString question =
            verb == QLatin1String("delete")
                ? QStringLiteral("Delete %1 messages from the queue (%2)? Their recipients not yet delivered "
                                 "will not be tried again; this cannot be undone.")
                : QStringLiteral("Bounce %1 messages (%2)? They are not tried again and each sender is told "
                                 "it failed; this cannot be undone.");
        const QString listed = agent.isEmpty()
                                   ? ids.join(QStringLiteral(", "))
                                   : QStringLiteral("every message of %1 in the queue").arg(agent);
        if (!CliConfirm::proceed(question.arg(ids.size()).arg(listed), yes))
            return out.error(ExitFailure, CliConfirm::declined(QStringLiteral("queue ") + verb));
    }
    const bool deliveryOff = deliveryIsOff(dataDir);
    QJsonArray results;
    int done = 0;
    int failed = 0;
    int stopped = 0;
    int pastGiveUp = 0;
    bool changed = false;
    const bool eachLine = ids.size() <= linesAtMost;
    // One question to the engine for the command, not one a message (each may wait a second for an answer).
    const CliDeliveries underWay =
        verb == QLatin1String("bounce") ? CliDeliveries::of(dataDir) : CliDeliveries();
    for (const QString& id : std::as_const(ids)) {
        const ActionResult result = actOn(dataDir, queue, verb, id, underWay);
        results.append(resultJson(result, verb, deliveryOff));
        if (result.status) {
            ++done;
            stopped += std::max(0, result.stopped);
            pastGiveUp += result.pastGiveUp ? 1 : 0;
            changed = changed || !result.unchanged;
            if (eachLine)
                out.line(result.done);
        } else if (++failed <= linesAtMost) {
            out.warning(QStringLiteral("queue %1: %2").arg(verb, result.status.error()));
        }
    }
    if (failed > linesAtMost)
        out.warning(QStringLiteral("queue %1: %2 more failed (--json lists each)")
                        .arg(verb)
                        .arg(failed - linesAtMost));
    if (!eachLine) {
        const QString what =
            verb == QLatin1String("hold")      ? QStringLiteral("held")
            : verb == QLatin1String("release") ? QStringLiteral("released for delivery")
            : verb == QLatin1String("delete")
                ? QStringLiteral("deleted from the queue (%1 recipients will not be tried again)")
                      .arg(stopped)
                : QStringLiteral("bounced (a notice to each sender is queued)");
        out.line(QStringLiteral("%1 of %2 messages %3.").arg(done).arg(ids.size()).arg(what));
        if (pastGiveUp > 0)
            out.line(
                QStringLiteral("%1 of them waited longer than delivery.give_up_after: one more attempt "
                               "each, and a recipient that attempt does not deliver bounces (its sender is "
                               "told).")
                    .arg(pastGiveUp));
    }
    out.json(QJsonObject{{QStringLiteral("action"), verb},
                         {QStringLiteral("done"), done},
                         {QStringLiteral("failed"), int(ids.size()) - done},
                         {QStringLiteral("messages"), results}});
    if (changed && triesAgain(verb))
        deliveryWarnings(dataDir, out);
    return done == ids.size() ? ExitOk : ExitFailure;
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
    QStringList words = args.mid(1);
    const auto all = verb == QLatin1String("retry") ? CliArgs::takeFlag(words, QStringLiteral("--all"))
                                                    : Expected<bool>(false);
    if (!all)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, all.error()));
    const bool asks = verb == QLatin1String("delete") || verb == QLatin1String("bounce");
    const auto yes = asks ? CliArgs::takeFlag(words, QStringLiteral("--yes")) : Expected<bool>(false);
    if (!yes)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, yes.error()));
    const bool takesAgent = asks || verb == QLatin1String("hold") || verb == QLatin1String("release");
    const auto parsed =
        CliArgs::parse(words, takesAgent ? QStringList{QStringLiteral("--agent")} : QStringList());
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, parsed.error()));
    // Every message of one agent: a flood from one program took a command a message (an outside tester).
    if (const QStringList agents = parsed->values(QStringLiteral("--agent")); !agents.isEmpty()) {
        if (!parsed->positional.isEmpty())
            return out.error(ExitUsage, QStringLiteral("queue %1: give IDs or --agent, not both").arg(verb));
        LogFilter filter;
        if (const Status found = CliAgentFilter::apply(dataDir, agents.last(), &filter); !found)
            return out.error(ExitFailure, QStringLiteral("queue %1: %2").arg(verb, found.error()));
        // Release takes the held ones; hold, those not held yet; delete and bounce, all.
        const Held held = verb == QLatin1String("release") ? Held::Only
                          : verb == QLatin1String("hold")  ? Held::Not
                                                           : Held::Any;
        const auto ids = queuedIds(dataDir, filter, held);
        if (!ids)
            return out.error(ExitFailure, QStringLiteral("queue %1: %2").arg(verb, ids.error()));
        if (ids->isEmpty()) {
            out.json(QJsonObject{{QStringLiteral("action"), verb},
                                 {QStringLiteral("done"), 0},
                                 {QStringLiteral("failed"), 0},
                                 {QStringLiteral("messages"), QJsonArray()}});
            out.line(QStringLiteral("No message of %1 is in the queue%2.")
                         .arg(filter.agent, held == Held::Only  ? QStringLiteral(" on hold")
                                            : held == Held::Not ? QStringLiteral(" that is not held yet")
                                                                : QString()));
            return ExitOk;
        }
        QueueAdmin queue(dataDir);
        return actOnMany(dataDir, queue, verb, ids.value(), yes.value(), out, filter.agent);
    }
    if (verb == QLatin1String("retry") && (all.value() || parsed->positional.size() > 1)) {
        if (all.value() && !parsed->positional.isEmpty())
            return out.error(ExitUsage, QStringLiteral("queue retry: give IDs or --all, not both"));
        for (const QString& id : parsed->positional) {
            if (const QString problem = found->checkId(id); !problem.isEmpty())
                return out.error(ExitUsage, QStringLiteral("queue retry: %1").arg(problem));
        }
        QueueAdmin queue(dataDir);
        return retryMany(dataDir, queue, parsed->positional, all.value(), out);
    }
    if (parsed->positional.size() > 1 && verb != QLatin1String("resend")) {
        for (const QString& id : parsed->positional) {
            if (const QString problem = found->checkId(id); !problem.isEmpty())
                return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
        }
        QueueAdmin queue(dataDir);
        return actOnMany(dataDir, queue, verb, parsed->positional, yes.value(), out);
    }
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    if (const QString problem = found->checkId(parsed->positional.first()); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    QueueAdmin queue(dataDir);
    const QString id = queue.typedId(parsed->positional.first());
    if (verb == QLatin1String("resend"))
        return resend(dataDir, queue, id, out);
    if (asks) {
        // Asked only of a message there is: an unknown ID gets its error at once.
        const auto message = MessageDetailQuery(dataDir).load(id, MessageDetailQuery::Content::Leave);
        const QString question =
            verb == QLatin1String("delete")
                ? QStringLiteral(
                      "Delete message %1 from the queue? Its recipients not yet delivered will not "
                      "be tried again; this cannot be undone.")
                : QStringLiteral("Bounce message %1? It is not tried again and its sender is told it failed; "
                                 "this cannot be undone.");
        if (message && !CliConfirm::proceed(question.arg(id), yes.value()))
            return out.error(ExitFailure, CliConfirm::declined(QStringLiteral("queue ") + verb));
    }
    const ActionResult result =
        actOn(dataDir, queue, verb, id,
              verb == QLatin1String("bounce") ? CliDeliveries::of(dataDir) : CliDeliveries());
    if (!result.status)
        return out.error(ExitFailure, result.status.error());
    out.json(resultJson(result, verb, deliveryIsOff(dataDir)));
    out.line(result.done);
    // "Tried again now" is not true while delivery is switched off (the setup wizard leaves it off).
    if (!result.unchanged && triesAgain(verb))
        deliveryWarnings(dataDir, out);
    return ExitOk;
}

} // namespace RelayDesk
