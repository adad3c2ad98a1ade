#pragma once

#include "core/smtp/dsnparameters.h"
#include "core/smtp/smtpserverendpoint.h"
#include "tests/support/fakeclock.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk::Test {

/// Records what an SmtpServerProtocol asks of its surroundings, so protocol tests read as dialogs. Queue ids
/// ("q000000000000001", "q000000000000002", ...) and the trace date (from clock) are pinned.
class ScriptedEndpoint final : public SmtpServerEndpoint
{
public:
    void sendReply(const SmtpReply& reply) override
    {
        replies << reply;
        for (const QByteArray& line : reply.toWire().split('\n')) {
            if (!line.isEmpty())
                log << "S: " + line.chopped(1);
        }
        if (reply.closeAfter) {
            closed = true;
            log << "E: close";
        }
    }
    void startTls() override
    {
        ++tlsRequests;
        log << "E: starttls";
    }
    qint64 authLockoutMsLeft() override { return lockedOut ? 15 * 60'000 : 0; } // the default lockout
    void verifyCredentials(const QByteArray& username, const QByteArray& password) override
    {
        credentials << qMakePair(username, password);
        log << "E: verify " + username + ' ' + password;
    }
    void commitMessage(const SubmittedMessage& message) override
    {
        commits << message;
        QByteArray event = "E: commit " + message.queueId.toLatin1() + " from <" + message.sender + '>';
        // What the sender asked of notices (RFC 3461), as the parameters read, only when asked.
        if (!message.dsn.ret.isEmpty())
            event += " RET=" + message.dsn.ret;
        if (!message.dsn.envid.isEmpty())
            event += " ENVID=" + message.dsn.envid;
        event += " to";
        for (qsizetype i = 0; i < message.recipients.size(); ++i) {
            event += " <" + message.recipients[i] + '>';
            if (const int notify = message.notify.value(i); notify != 0)
                event += " NOTIFY=" + DsnParameters::notifyValue(notify);
            if (const QByteArray orcpt = message.orcpt.value(i); !orcpt.isEmpty())
                event += " ORCPT=" + orcpt;
        }
        event += " agent " + QByteArray::number(message.agentId);
        if (!message.agentName.isEmpty())
            event += ' ' + message.agentName.toUtf8();
        log << event;
        QByteArray content = message.content;
        if (content.endsWith("\r\n"))
            content.chop(2);
        for (const QByteArray& line : content.split('\n'))
            log << "M: " + (line.endsWith('\r') ? line.chopped(1) : line);
    }
    QString newQueueId() override { return QStringLiteral("q%1").arg(++queueIds, 15, 10, QLatin1Char('0')); }
    QByteArray traceDate() override { return clock.traceDate(); }
    std::shared_ptr<const SenderRules> senderRules(qint64 agentId) override
    {
        rulesAskedFor << agentId;
        return rules;
    }
    std::optional<qint64> storeRoom() override { return room; }

    /// Replies since the last call, as "250 2.1.0 Sender OK" summaries (multi-line: first line only).
    QList<QByteArray> takeSummaries()
    {
        QList<QByteArray> out;
        for (const SmtpReply& r : std::as_const(replies))
            out << r.summary();
        replies.clear();
        return out;
    }
    QList<int> takeCodes()
    {
        QList<int> out;
        for (const SmtpReply& r : std::as_const(replies))
            out << r.code;
        replies.clear();
        return out;
    }

    QList<SmtpReply> replies;
    QList<QPair<QByteArray, QByteArray>> credentials;
    QList<SubmittedMessage> commits;
    /// Everything in order, in the lines of a dialog script (tests/dialogs/README.md): "S:" reply lines,
    /// "E:" requests, "M:" lines of committed content.
    QList<QByteArray> log;
    FakeClock clock;
    /// What every agent may send as: anyone unless a test (or a dialog's @senders) says otherwise.
    std::shared_ptr<const SenderRules> rules = std::make_shared<const SenderRules>(SenderRules::anyone());
    QList<qint64> rulesAskedFor;
    std::optional<qint64> room; ///< storeRoom(): unknown unless a test says
    int queueIds = 0;
    int tlsRequests = 0;
    bool lockedOut = false;
    bool closed = false;
};

} // namespace RelayDesk::Test
