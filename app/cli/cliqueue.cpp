// relaydesk queue list|show: the messages still waiting for delivery (the other verbs: cliqueueactions.cpp).
#include "app/cli/cliagentfilter.h"
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/clideliveries.h"
#include "app/cli/cliverb.h"
#include "core/admin/queueadmin.h"
#include "core/admin/settingsadmin.h"
#include "core/query/deliverylogquery.h"
#include "core/query/keysetpages.h"
#include "core/query/messageattachments.h"
#include "core/query/messagedetailquery.h"
#include "core/query/queuequery.h"
#include "core/util/clock.h"
#include "core/util/readableaddress.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb queueVerbTable[] = {
    {"list", 0, "queue list [--agent NAME]"},
    {"show", 1, "queue show ID [--transcript]"},
};

constexpr int pageSize = 1000;

// The pending recipients (queued or deferred) of every queued message, by message id.
Expected<QHash<qint64, QList<DeliveryLogRow>>> pendingRecipients(const QString& dataDir)
{
    using Result = Expected<QHash<qint64, QList<DeliveryLogRow>>>;
    QHash<qint64, QList<DeliveryLogRow>> byMessage;
    const DeliveryLogQuery log(dataDir);
    for (const QString& state : {QStringLiteral("queued"), QStringLiteral("deferred")}) {
        LogFilter filter;
        filter.status = state;
        filter.sortColumn = DeliveryLogQuery::Recipient;
        filter.sortOrder = Qt::AscendingOrder;
        const Status read = forEachPage(log, filter, pageSize, [&](const QList<DeliveryLogRow>& page) {
            for (const DeliveryLogRow& row : page)
                byMessage[row.messageId].append(row);
        });
        if (!read)
            return Result::failure(read.error());
    }
    return byMessage;
}

Expected<QList<QueueRow>> queuedMessages(const QString& dataDir, LogFilter filter)
{
    filter.sortColumn = QueueQuery::Received;
    filter.sortOrder = Qt::AscendingOrder;
    QList<QueueRow> all;
    const Status read =
        forEachPage(QueueQuery(dataDir), filter, pageSize, [&](const QList<QueueRow>& page) { all += page; });
    if (!read)
        return Expected<QList<QueueRow>>::failure(read.error());
    return all;
}

int listQueue(const QString& dataDir, const LogFilter& filter, const CliOutput& out)
{
    const auto messages = queuedMessages(dataDir, filter);
    if (!messages)
        return out.error(ExitFailure, messages.error());
    const auto recipients = pendingRecipients(dataDir);
    if (!recipients)
        return out.error(ExitFailure, recipients.error());
    const CliDeliveries underWay = CliDeliveries::of(dataDir);
    QJsonArray array;
    QList<QStringList> rows;
    for (const QueueRow& message : messages.value()) {
        QJsonArray recipientArray;
        QStringList recipientText;
        for (const DeliveryLogRow& recipient : recipients->value(message.messageId)) {
            const DeliveryInFlight* delivery = underWay.find(message.queueId, recipient.recipient);
            recipientArray.append(QJsonObject{
                {QStringLiteral("address"), recipient.recipient},
                {QStringLiteral("state"), recipient.shownState()},
                {QStringLiteral("attempts"), recipient.attempts},
                {QStringLiteral("delivering_since"),
                 delivery ? CliOutput::timeJson(delivery->sinceMs) : QJsonValue()},
                {QStringLiteral("waiting_for_connection"), delivery && delivery->waitingForConnection},
                {QStringLiteral("last_code"), recipient.lastCode},
                {QStringLiteral("last_reply"), recipient.lastReply}});
            recipientText << QStringLiteral("%1 (%2)").arg(ReadableAddress::address(recipient.recipient),
                                                           !delivery ? recipient.shownState()
                                                           : delivery->waitingForConnection
                                                               ? QStringLiteral("waiting for a connection")
                                                               : QStringLiteral("delivering"));
        }
        // Under way: claimed by the running relay, connecting or in its transaction. Its stored state and
        // next try stay as they were until the outcome is recorded.
        const DeliveryInFlight* delivering = message.held ? nullptr : underWay.first(message.queueId);
        // On a shared store: another node's unexpired lease says it delivers the message now
        // (docs/scaling.md).
        const QString node = message.held || delivering ? QString() : message.deliveringNode(nowMs());
        // A node that took it and no longer answers: nobody delivers it until its lease runs out.
        const QString stranded = message.held || delivering ? QString() : message.strandedNode(nowMs());
        array.append(QJsonObject{
            {QStringLiteral("queue_id"), message.queueId},
            {QStringLiteral("received_at"), CliOutput::timeJson(message.receivedAt)},
            {QStringLiteral("agent"), message.agent},
            {QStringLiteral("agent_deleted"), message.agentDeleted},
            {QStringLiteral("sender"), message.sender},
            {QStringLiteral("subject"), message.subject},
            {QStringLiteral("size"), message.size},
            {QStringLiteral("state"), message.state},
            {QStringLiteral("delivering_since"),
             delivering ? CliOutput::timeJson(delivering->sinceMs) : QJsonValue()},
            {QStringLiteral("waiting_for_connection"), delivering && delivering->waitingForConnection},
            {QStringLiteral("delivering_node"), node.isEmpty() ? QJsonValue() : node},
            {QStringLiteral("waiting_for_node"), stranded.isEmpty() ? QJsonValue() : stranded},
            {QStringLiteral("lease_expires_at"),
             stranded.isEmpty() ? QJsonValue() : CliOutput::timeJson(message.leaseExpires)},
            {QStringLiteral("next_attempt_at"),
             message.held ? QJsonValue() : CliOutput::timeJson(message.nextAttemptAt)},
            {QStringLiteral("recipients"), recipientArray}});
        rows << QStringList{
            message.queueId,
            CliOutput::timeText(message.receivedAt),
            message.agentDeleted ? QStringLiteral("%1 (deleted)").arg(message.agent) : message.agent,
            message.sender.isEmpty() ? QStringLiteral("<>") : ReadableAddress::address(message.sender),
            delivering && delivering->waitingForConnection ? QStringLiteral("waiting for a connection")
            : delivering                                   ? QStringLiteral("delivering")
            : !node.isEmpty()                              ? QStringLiteral("delivering (node %1)").arg(node)
            : !stranded.isEmpty()
                ? QStringLiteral("%1 (node %2 stopped; taken again after %3)")
                      .arg(message.state, stranded, CliOutput::timeText(message.leaseExpires))
                : message.state,
            recipientText.join(QStringLiteral(", "))};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(filter.agent.isEmpty()
                     ? QStringLiteral("The queue is empty.")
                     : QStringLiteral("No message of %1 is in the queue.").arg(filter.agent));
    else
        out.table({QStringLiteral("QUEUE ID"), QStringLiteral("RECEIVED"), QStringLiteral("AGENT"),
                   QStringLiteral("SENDER"), QStringLiteral("STATE"), QStringLiteral("RECIPIENTS")},
                  rows);
    // The messages wait for that, not for their retry (an outside tester saw them "queued" with no word).
    if (!rows.isEmpty() &&
        SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) != QLatin1String("true"))
        out.line(QStringLiteral("Delivery is off (delivery.enabled false): they wait until it is turned on "
                                "(relaydesk config set delivery.enabled true)."));
    return ExitOk;
}

QJsonObject attemptJson(const DeliveryAttemptRow& a)
{
    return QJsonObject{{QStringLiteral("started_at"), CliOutput::timeJson(a.startedAt)},
                       {QStringLiteral("recipient"), a.recipient},
                       {QStringLiteral("status"), a.status},
                       {QStringLiteral("route"), a.route},
                       {QStringLiteral("host"), a.host},
                       {QStringLiteral("ip"), a.ip},
                       {QStringLiteral("port"), a.port},
                       {QStringLiteral("duration_ms"), a.durationMs},
                       {QStringLiteral("tls_version"), a.tlsVersion},
                       {QStringLiteral("tls_cipher"), a.tlsCipher},
                       {QStringLiteral("code"), a.code},
                       {QStringLiteral("enhanced"), a.enhanced},
                       {QStringLiteral("reply"), a.reply},
                       {QStringLiteral("sign"), a.sign},
                       {QStringLiteral("delivered_by"), CliOutput::nodeJson(a.node, a.nodeName)},
                       {QStringLiteral("transcript"), a.transcript}};
}

int showMessage(const QString& dataDir, const QString& id, bool withTranscripts, const CliOutput& out)
{
    // The stored message too, for the files it carries (support staff asked "did the invoice go with it?").
    const auto message = MessageDetailQuery(dataDir).load(id, MessageDetailQuery::Content::Read);
    if (!message)
        return out.error(ExitFailure, message.error());
    const MessageDetail& e = message.value();
    const bool readable = e.contentKept && !e.content.isEmpty();
    bool allListed = true; // false: nested deeper, or more of them, than RelayDesk reads
    const QList<Attachment> files =
        readable ? MessageAttachments::list(e.content, &allListed) : QList<Attachment>();
    QJsonArray attachments;
    QStringList attachmentWords;
    for (const Attachment& file : files) {
        attachments.append(QJsonObject{{QStringLiteral("name"), file.name},
                                       {QStringLiteral("type"), QString::fromLatin1(file.type)},
                                       {QStringLiteral("size"), file.size}});
        attachmentWords << QStringLiteral("%1 (%2, %3 bytes)")
                               .arg(file.name.isEmpty() ? QStringLiteral("no file name") : file.name,
                                    QString::fromLatin1(file.type))
                               .arg(file.size);
    }
    QJsonArray recipients;
    QList<QStringList> recipientRows;
    // Nothing is tried while delivery is off either (an outside tester read a next try long past).
    const bool deliveryOff =
        SettingsAdmin(dataDir).value(QStringLiteral("delivery.enabled")) != QLatin1String("true");
    const CliDeliveries underWay = CliDeliveries::of(dataDir);
    // When a recipient still waiting then bounces (RFC 3463 4.4.7; only the sender's delay notice said it:
    // an outside tester).
    const bool waiting = std::any_of(e.recipients.cbegin(), e.recipients.cend(), [](const DeliveryLogRow& r) {
        return r.state == QLatin1String("queued") || r.state == QLatin1String("deferred");
    });
    const qint64 givesUpAt =
        waiting
            ? e.receivedAt +
                  SettingsAdmin(dataDir).value(QStringLiteral("delivery.give_up_after")).toLongLong() * 1000
            : 0;
    // docs/scaling.md, "Queue leases": a node that took it and stopped answering holds it until its lease
    // runs out, and one that answers delivers it now; said as `queue list` says it (an outside tester read
    // the accepting node and a next try already past).
    const qint64 now = nowMs();
    const QString stranded = e.held ? QString() : e.lease.strandedNode(now);
    const QString leasedBy = e.held ? QString() : e.lease.deliveringNode(now);
    for (const DeliveryLogRow& r : e.recipients) {
        const bool pending = r.state == QLatin1String("queued") || r.state == QLatin1String("deferred");
        // Nothing is tried while the message is held: its stored next attempt is no time to show.
        const bool due = pending && !e.held && !deliveryOff;
        const qint64 nextTry =
            stranded.isEmpty() ? r.nextAttemptAt : std::max(r.nextAttemptAt, e.lease.leaseExpires);
        // Being delivered right now: its stored next try is in the past until the outcome is recorded.
        const DeliveryInFlight* delivery = pending ? underWay.find(e.queueId, r.recipient) : nullptr;
        recipients.append(QJsonObject{
            {QStringLiteral("address"), r.recipient},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("attempts"), r.attempts},
            {QStringLiteral("delivering_since"),
             delivery ? CliOutput::timeJson(delivery->sinceMs) : QJsonValue()},
            {QStringLiteral("waiting_for_connection"), delivery && delivery->waitingForConnection},
            {QStringLiteral("next_attempt_at"), due ? CliOutput::timeJson(nextTry) : QJsonValue()},
            {QStringLiteral("last_code"), r.lastCode},
            {QStringLiteral("last_enhanced"), r.lastEnhanced},
            {QStringLiteral("last_reply"), r.lastReply}});
        recipientRows << QStringList{
            ReadableAddress::address(r.recipient),
            !delivery                        ? r.state
            : delivery->waitingForConnection ? QStringLiteral("waiting")
                                             : QStringLiteral("delivering"),
            QString::number(r.attempts),
            // No connection of its own yet, so nothing under way to ask the server about (an outside tester's
            // support read "under way" for jobs that only waited behind a server that never answered).
            delivery && delivery->waitingForConnection
                ? QStringLiteral("waiting for a free outbound connection since %1")
                      .arg(CliOutput::timeText(delivery->sinceMs))
            : delivery ? QStringLiteral("under way since %1").arg(CliOutput::timeText(delivery->sinceMs))
            : due && !stranded.isEmpty()
                ? QStringLiteral("after %1 (node %2 stopped)").arg(CliOutput::timeText(nextTry), stranded)
            : due               ? CliOutput::timeText(r.nextAttemptAt)
            : pending && e.held ? QStringLiteral("held")
            : pending           ? QStringLiteral("delivery off")
                                : QStringLiteral("-"),
            CliOutput::replyText(r.lastCode, r.lastEnhanced, r.lastReply)};
    }
    QJsonArray attempts;
    for (const DeliveryAttemptRow& a : e.attempts)
        attempts.append(attemptJson(a));
    QJsonArray same;
    QStringList sameLines;
    for (const SameMessage& other : e.sameMessageId) {
        same.append(QJsonObject{{QStringLiteral("queue_id"), other.queueId},
                                {QStringLiteral("received_at"), CliOutput::timeJson(other.receivedAt)},
                                {QStringLiteral("listener"), other.listener},
                                {QStringLiteral("client_address"), other.clientAddress}});
        sameLines << (other.listener == QLatin1String("resend")
                          ? QStringLiteral("%1 (resent %2)")
                                .arg(other.queueId, CliOutput::timeText(other.receivedAt))
                          : QStringLiteral("%1 (received %2 from %3)")
                                .arg(other.queueId, CliOutput::timeText(other.receivedAt),
                                     other.clientAddress));
    }
    // The notices sent about it: "was the sender told?" matched queue ids by hand (an outside tester).
    QJsonArray notices;
    QStringList noticeWords;
    for (const SameMessage& notice : e.notices) {
        notices.append(QJsonObject{{QStringLiteral("queue_id"), notice.queueId},
                                   {QStringLiteral("queued_at"), CliOutput::timeJson(notice.receivedAt)}});
        noticeWords << QStringLiteral("%1 (%2)").arg(notice.queueId, CliOutput::timeText(notice.receivedAt));
    }
    out.json(QJsonObject{
        {QStringLiteral("message_id"), e.messageIdHeader},
        {QStringLiteral("notices"), notices},
        {QStringLiteral("same_message_id"), same},
        {QStringLiteral("queue_id"), e.queueId},
        {QStringLiteral("agent"), e.agent},
        {QStringLiteral("agent_deleted"), e.agentDeleted},
        {QStringLiteral("sender"), e.sender},
        {QStringLiteral("subject"), e.subject},
        {QStringLiteral("size"), e.size},
        {QStringLiteral("received_at"), CliOutput::timeJson(e.receivedAt)},
        {QStringLiteral("held"), e.held},
        {QStringLiteral("delivery_enabled"), !deliveryOff},
        {QStringLiteral("gives_up_at"), givesUpAt > 0 ? CliOutput::timeJson(givesUpAt) : QJsonValue()},
        {QStringLiteral("deleted_at"), e.removedAt > 0 ? CliOutput::timeJson(e.removedAt) : QJsonValue()},
        {QStringLiteral("content_kept"), e.contentKept},
        {QStringLiteral("attachments"), readable ? QJsonValue(attachments) : QJsonValue()},
        {QStringLiteral("attachments_complete"), readable ? QJsonValue(allListed) : QJsonValue()},
        {QStringLiteral("listener"), e.listener},
        {QStringLiteral("notice_of"), e.noticeOf.isEmpty() ? QJsonValue() : QJsonValue(e.noticeOf)},
        {QStringLiteral("client_address"), e.clientAddress},
        {QStringLiteral("accepted_by"), CliOutput::nodeJson(e.acceptedNode, e.acceptedNodeName)},
        {QStringLiteral("delivering_node"), leasedBy.isEmpty() ? QJsonValue() : leasedBy},
        {QStringLiteral("waiting_for_node"), stranded.isEmpty() ? QJsonValue() : stranded},
        {QStringLiteral("lease_expires_at"),
         stranded.isEmpty() ? QJsonValue() : CliOutput::timeJson(e.lease.leaseExpires)},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("attempts"), attempts}});
    out.line(
        QStringLiteral("Queue ID:  %1%2").arg(e.queueId, e.held ? QStringLiteral(" (held)") : QString()));
    out.line(QStringLiteral("Agent:     %1%2")
                 .arg(e.agent, e.agentDeleted ? QStringLiteral(" (deleted)") : QString()));
    out.line(QStringLiteral("Sender:    %1")
                 .arg(e.sender.isEmpty() ? QStringLiteral("<>") : ReadableAddress::address(e.sender)));
    out.line(QStringLiteral("Subject:   %1").arg(e.subject));
    if (!e.noticeOf.isEmpty())
        out.line(QStringLiteral("Notice about: %1 (relaydesk queue show %1)").arg(e.noticeOf));
    if (!noticeWords.isEmpty())
        out.line(QStringLiteral("Notices:   %1 sent to its sender (relaydesk queue show ID)")
                     .arg(noticeWords.join(QStringLiteral("; "))));
    if (!e.messageIdHeader.isEmpty())
        out.line(QStringLiteral("Message-ID: %1").arg(e.messageIdHeader));
    // The same message handed over again (a retrying program, or a resend): not one delivered twice.
    if (!sameLines.isEmpty())
        out.line(QStringLiteral("Same Message-ID: %1").arg(sameLines.join(QStringLiteral("; "))));
    out.line(QStringLiteral("Received:  %1 (%2 bytes)").arg(CliOutput::timeText(e.receivedAt)).arg(e.size));
    // "none" only when it is true (an outside tester's file 20 levels down read "none").
    const QString unread =
        QStringLiteral("not read to the end: its parts nest deeper than 16 levels, or it has "
                       "more than 500 attachments");
    if (readable && files.isEmpty())
        out.line(QStringLiteral("Attachments: %1")
                     .arg(allListed ? QStringLiteral("none") : QStringLiteral("none found, ") + unread));
    else if (readable)
        out.line(QStringLiteral("Attachments: %1%2")
                     .arg(attachmentWords.join(QStringLiteral("; ")),
                          allListed ? QString() : QStringLiteral("; ") + unread));
    if (givesUpAt > 0)
        out.line(
            QStringLiteral("Gives up:  %1 (delivery.give_up_after after it was received: recipients still "
                           "waiting then bounce with 4.4.7)")
                .arg(CliOutput::timeText(givesUpAt)));
    if (!e.acceptedNode.isEmpty())
        out.line(QStringLiteral("Node:      %1 (accepted it)")
                     .arg(CliOutput::nodeText(e.acceptedNode, e.acceptedNodeName)));
    if (!leasedBy.isEmpty())
        out.line(QStringLiteral("Delivering: by node %1 now").arg(leasedBy));
    if (!stranded.isEmpty())
        out.line(
            QStringLiteral("Waiting:   for node %1, which stopped answering: another node takes it after %2 "
                           "(relaydesk node forget %1 frees it now)")
                .arg(stranded, CliOutput::timeText(e.lease.leaseExpires)));
    // A delete after every recipient was final stopped nothing: it removed the kept body only.
    const bool stopped = e.stoppedByDelete();
    if (e.removedAt > 0)
        out.line(stopped
                     ? QStringLiteral("Deleted:   %1 (from the queue, by the relay administrator; no longer "
                                      "queued)")
                           .arg(CliOutput::timeText(e.removedAt))
                     : QStringLiteral("Removed:   %1 (its stored body, by the relay administrator; every "
                                      "recipient was already final)")
                           .arg(CliOutput::timeText(e.removedAt)));
    if (!e.contentKept)
        out.line(e.removedAt <= 0
                     ? QStringLiteral("Content:   not kept (removed once every recipient was final)")
                 : stopped ? QStringLiteral("Content:   not kept (removed when it was deleted)")
                           : QStringLiteral("Content:   not kept (removed by the relay administrator)"));
    out.line();
    out.table({QStringLiteral("RECIPIENT"), QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"),
               QStringLiteral("NEXT TRY"), QStringLiteral("LAST REPLY")},
              recipientRows);
    if (!e.attempts.isEmpty()) {
        out.line();
        QList<QStringList> rows;
        for (const DeliveryAttemptRow& a : e.attempts)
            rows << QStringList{CliOutput::timeText(a.startedAt),
                                ReadableAddress::address(a.recipient),
                                a.status,
                                CliOutput::hostText(a.host, a.route),
                                a.tlsVersion.isEmpty() ? QStringLiteral("-") : a.tlsVersion,
                                CliOutput::nodeText(a.node, a.nodeName),
                                CliOutput::replyText(a.code, a.enhanced, a.reply)};
        out.table({QStringLiteral("ATTEMPT"), QStringLiteral("RECIPIENT"), QStringLiteral("STATUS"),
                   QStringLiteral("HOST"), QStringLiteral("TLS"), QStringLiteral("NODE"),
                   QStringLiteral("REPLY")},
                  rows);
    }
    // Support staff on a server without the window read the SMTP dialog here (it was only in --json: an
    // outside tester); one transcript per transaction, which its recipients share.
    if (withTranscripts) {
        QStringList shown;
        for (const DeliveryAttemptRow& a : e.attempts) {
            if (a.transcript.isEmpty() || shown.contains(a.attemptKey))
                continue;
            shown << a.attemptKey;
            out.line();
            out.line(
                QStringLiteral("--- %1, %2, %3 ---")
                    .arg(CliOutput::timeText(a.startedAt), CliOutput::hostText(a.host, a.route), a.status));
            for (const QString& line : a.transcript.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out.line(line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line);
        }
        // An attempt under way has its transcript once it ends (an outside tester's server held the final
        // reply for minutes, and this said that nothing had been tried).
        const auto inFlight = [&](bool waiting) {
            return std::any_of(e.recipients.cbegin(), e.recipients.cend(), [&](const DeliveryLogRow& r) {
                const DeliveryInFlight* delivery = underWay.find(e.queueId, r.recipient);
                return delivery && delivery->waitingForConnection == waiting;
            });
        };
        if (shown.isEmpty())
            out.line(inFlight(false) ? QStringLiteral("\nNo transcript yet: an attempt is under way; its "
                                                      "transcript is kept when it ends.")
                     : inFlight(true)
                         ? QStringLiteral("\nNo transcript yet: the attempt waits for a free outbound "
                                          "connection; nothing has been sent.")
                         : QStringLiteral("\nNo transcript: no attempt has been made yet."));
    }
    return ExitOk;
}

} // namespace

int runQueueCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(queueVerbTable, verb);
    if (!found)
        return runQueueActionCommand(dataDir, args, out); // retry, hold, release, delete, bounce, resend
    QStringList words = args.mid(1);
    const auto transcript = verb == QLatin1String("show")
                                ? CliArgs::takeFlag(words, QStringLiteral("--transcript"))
                                : Expected<bool>(false);
    if (!transcript)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, transcript.error()));
    const auto parsed = CliArgs::parse(
        words, verb == QLatin1String("list") ? QStringList{QStringLiteral("--agent")} : QStringList());
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    if (verb == QLatin1String("show")) {
        if (const QString problem = found->checkId(parsed->positional.first()); !problem.isEmpty())
            return out.error(ExitUsage, QStringLiteral("queue show: %1").arg(problem));
        return showMessage(dataDir, QueueAdmin(dataDir).typedId(parsed->positional.first()),
                           transcript.value(), out);
    }
    // One agent's messages, as hold, release, delete and bounce take them (an outside tester typed it here).
    LogFilter filter;
    if (const QStringList agents = parsed->values(QStringLiteral("--agent")); !agents.isEmpty()) {
        if (const Status found = CliAgentFilter::apply(dataDir, agents.last(), &filter); !found)
            return out.error(ExitFailure, QStringLiteral("queue list: %1").arg(found.error()));
    }
    return listQueue(dataDir, filter, out);
}

} // namespace RelayDesk
