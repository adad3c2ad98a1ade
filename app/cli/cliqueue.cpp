// relaydesk queue ...: the messages still waiting for delivery.
#include "app/cli/cliargs.h"
#include "app/cli/clicommands.h"
#include "app/cli/cliverb.h"
#include "core/query/deliverylogquery.h"
#include "core/query/queuequery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace RelayDesk {

namespace {

const CliVerb verbs[] = {
    {"list", 0, "queue list"},
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
        for (int offset = 0;; offset += pageSize) {
            const auto page = log.page(filter, offset, pageSize);
            if (!page)
                return Result::failure(page.error());
            for (const DeliveryLogRow& row : page.value())
                byMessage[row.messageId].append(row);
            if (page->size() < pageSize)
                break;
        }
    }
    return byMessage;
}

Expected<QList<QueueRow>> queuedMessages(const QString& dataDir)
{
    const QueueQuery queue(dataDir);
    LogFilter filter;
    filter.sortColumn = QueueQuery::Received;
    filter.sortOrder = Qt::AscendingOrder;
    QList<QueueRow> all;
    for (int offset = 0;; offset += pageSize) {
        const auto page = queue.page(filter, offset, pageSize);
        if (!page)
            return page;
        all += page.value();
        if (page->size() < pageSize)
            break;
    }
    return all;
}

int list(const QString& dataDir, const CliOutput& out)
{
    const auto messages = queuedMessages(dataDir);
    if (!messages)
        return out.error(ExitFailure, messages.error());
    const auto recipients = pendingRecipients(dataDir);
    if (!recipients)
        return out.error(ExitFailure, recipients.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const QueueRow& message : messages.value()) {
        QJsonArray recipientArray;
        QStringList recipientText;
        for (const DeliveryLogRow& recipient : recipients->value(message.messageId)) {
            recipientArray.append(QJsonObject{{QStringLiteral("address"), recipient.recipient},
                                              {QStringLiteral("state"), recipient.state},
                                              {QStringLiteral("attempts"), recipient.attempts},
                                              {QStringLiteral("last_code"), recipient.lastCode},
                                              {QStringLiteral("last_reply"), recipient.lastReply}});
            recipientText << QStringLiteral("%1 (%2)").arg(recipient.recipient, recipient.state);
        }
        array.append(
            QJsonObject{{QStringLiteral("queue_id"), message.queueId},
                        {QStringLiteral("received_at"), CliOutput::timeJson(message.receivedAt)},
                        {QStringLiteral("agent"), message.agent},
                        {QStringLiteral("sender"), message.sender},
                        {QStringLiteral("subject"), message.subject},
                        {QStringLiteral("size"), message.size},
                        {QStringLiteral("state"), message.state},
                        {QStringLiteral("next_attempt_at"), CliOutput::timeJson(message.nextAttemptAt)},
                        {QStringLiteral("recipients"), recipientArray}});
        rows << QStringList{message.queueId, CliOutput::timeText(message.receivedAt),
                            message.agent,   message.sender.isEmpty() ? QStringLiteral("<>") : message.sender,
                            message.state,   recipientText.join(QStringLiteral(", "))};
    }
    out.json(array);
    if (rows.isEmpty())
        out.line(QStringLiteral("The queue is empty."));
    else
        out.table({QStringLiteral("QUEUE ID"), QStringLiteral("RECEIVED"), QStringLiteral("AGENT"),
                   QStringLiteral("SENDER"), QStringLiteral("STATE"), QStringLiteral("RECIPIENTS")},
                  rows);
    return ExitOk;
}

} // namespace

int runQueueCommand(const QString& dataDir, const QStringList& args, const CliOutput& out)
{
    const QString verb = args.value(0);
    const CliVerb* found = CliVerb::find(verbs, verb);
    if (!found)
        return runQueueActionCommand(dataDir, args, out); // show, retry, hold, release, delete, bounce
    const auto parsed = CliArgs::parse(args.mid(1), {});
    if (!parsed)
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, parsed.error()));
    if (const QString problem = found->checkArguments(parsed->positional); !problem.isEmpty())
        return out.error(ExitUsage, QStringLiteral("queue %1: %2").arg(verb, problem));
    return list(dataDir, out);
}

} // namespace RelayDesk
