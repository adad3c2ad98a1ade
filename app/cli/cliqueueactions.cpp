// relaydesk queue show|retry|hold|release|delete|bounce ID: acting on one queued message.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/admin/queueadmin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"list", 0, "queue list"},        {"show", 1, "queue show ID"},       {"retry", 1, "queue retry ID"},
    {"hold", 1, "queue hold ID"},     {"release", 1, "queue release ID"}, {"delete", 1, "queue delete ID"},
    {"bounce", 1, "queue bounce ID"},
};

QJsonObject attemptJson(const DeliveryLogEntry& a)
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
                       {QStringLiteral("transcript"), a.transcript}};
}

int show(const QueueAdmin& queue, const QString& id, const CliOutput& out)
{
    const auto entry = queue.show(id);
    if (!entry)
        return out.error(ExitFailure, entry.error());
    const QueueEntry& e = entry.value();
    QJsonArray recipients;
    QList<QStringList> recipientRows;
    for (const QueueRecipient& r : e.recipients) {
        const bool pending = r.state == QLatin1String("queued") || r.state == QLatin1String("deferred");
        recipients.append(QJsonObject{{QStringLiteral("address"), r.address},
                                      {QStringLiteral("state"), r.state},
                                      {QStringLiteral("attempts"), r.attempts},
                                      {QStringLiteral("next_attempt_at"),
                                       pending ? CliOutput::timeJson(r.nextAttemptAt) : QJsonValue()},
                                      {QStringLiteral("last_code"), r.lastCode},
                                      {QStringLiteral("last_enhanced"), r.lastEnhanced},
                                      {QStringLiteral("last_reply"), r.lastReply}});
        recipientRows << QStringList{
            r.address, r.state, QString::number(r.attempts),
            pending ? CliOutput::timeText(r.nextAttemptAt) : QStringLiteral("-"),
            r.lastCode ? QStringLiteral("%1 %2 %3").arg(r.lastCode).arg(r.lastEnhanced, r.lastReply)
                       : r.lastReply};
    }
    QJsonArray attempts;
    for (const DeliveryLogEntry& a : e.attempts)
        attempts.append(attemptJson(a));
    out.json(QJsonObject{{QStringLiteral("queue_id"), e.queueId},
                         {QStringLiteral("agent"), e.agent},
                         {QStringLiteral("sender"), e.sender},
                         {QStringLiteral("subject"), e.subject},
                         {QStringLiteral("size"), e.size},
                         {QStringLiteral("received_at"), CliOutput::timeJson(e.receivedAt)},
                         {QStringLiteral("held"), e.held},
                         {QStringLiteral("content_kept"), e.contentKept},
                         {QStringLiteral("recipients"), recipients},
                         {QStringLiteral("attempts"), attempts}});
    out.line(
        QStringLiteral("Queue ID:  %1%2").arg(e.queueId, e.held ? QStringLiteral(" (held)") : QString()));
    out.line(QStringLiteral("Agent:     %1").arg(e.agent));
    out.line(QStringLiteral("Sender:    %1").arg(e.sender.isEmpty() ? QStringLiteral("<>") : e.sender));
    out.line(QStringLiteral("Subject:   %1").arg(e.subject));
    out.line(QStringLiteral("Received:  %1 (%2 bytes)").arg(CliOutput::timeText(e.receivedAt)).arg(e.size));
    if (!e.contentKept)
        out.line(QStringLiteral("Content:   not kept (removed once every recipient was final)"));
    out.line();
    out.table({QStringLiteral("RECIPIENT"), QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"),
               QStringLiteral("NEXT TRY"), QStringLiteral("LAST REPLY")},
              recipientRows);
    if (!e.attempts.isEmpty()) {
        out.line();
        QList<QStringList> rows;
        for (const DeliveryLogEntry& a : e.attempts)
            rows << QStringList{CliOutput::timeText(a.startedAt),
                                a.recipient,
                                a.status,
                                a.host.isEmpty() ? a.route : a.host,
                                a.tlsVersion.isEmpty() ? QStringLiteral("-") : a.tlsVersion,
                                QStringLiteral("%1 %2 %3").arg(a.code).arg(a.enhanced, a.reply).trimmed()};
        out.table({QStringLiteral("ATTEMPT"), QStringLiteral("RECIPIENT"), QStringLiteral("STATUS"),
                   QStringLiteral("HOST"), QStringLiteral("TLS"), QStringLiteral("REPLY")},
                  rows);
    }
    return ExitOk;
}

} // namespace

int runQueueActionCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found || verb == QLatin1String("list"))
        return out.error(ExitUsage, CliVerb::unknown("queue", verb, verbs));
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    const QString id = parsed->positional.first();
    QueueAdmin queue(dataDir);
    if (verb == QLatin1String("show"))
        return show(queue, id, out);
    Status status;
    QString done;
    if (verb == QLatin1String("retry")) {
        status = queue.retry(id);
        done = QStringLiteral("Message %1 will be tried again now.");
    } else if (verb == QLatin1String("hold")) {
        status = queue.hold(id);
        done = QStringLiteral("Message %1 is held: it stays queued but is not delivered until released.");
    } else if (verb == QLatin1String("release")) {
        status = queue.release(id);
        done = QStringLiteral("Message %1 is released for delivery.");
    } else if (verb == QLatin1String("delete")) {
        status = queue.remove(id);
        done = QStringLiteral("Message %1 is deleted from the queue.");
    } else {
        status = queue.bounce(id);
        done = QStringLiteral("Message %1 is bounced; the sender gets a delivery status notification.");
    }
    if (!status)
        return out.error(ExitFailure, status.error());
    out.json(QJsonObject{
        {QStringLiteral("queue_id"), id}, {QStringLiteral("action"), verb}, {QStringLiteral("ok"), true}});
    out.line(done.arg(id));
    return ExitOk;
}

} // namespace RelayDesk
