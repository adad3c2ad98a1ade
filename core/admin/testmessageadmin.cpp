#include "core/admin/testmessageadmin.h"
#include "core/util/domainname.h"

#include "core/admin/testmessage.h"
#include "core/agents/agentdirectory.h"
#include "core/delivery/suppressionlist.h"
#include "core/smtp/mailpath.h"
#include "core/smtp/smtpserverprotocol.h"
#include "core/store/adminchanges.h"
#include "core/store/messagespool.h"
#include "core/store/settings.h"
#include "core/store/storewriter.h"
#include "core/util/queueid.h"
#include "core/util/readableaddress.h"

#include <QCoreApplication>

#include <algorithm>
#include <future>

namespace RelayDesk {

namespace {

// Shown in the desktop manager's language when it installed a translator; the CLI stays English
// (docs/translations.md).
QString testMessageText(const char* text)
{
    return QCoreApplication::translate("RelayDesk::TestMessageAdmin", text);
}

/// The SMTP reply's list of what an agent may send as (A-labels), as a person reads it.
QString readableAllowedList(const SenderRules& rules)
{
    QStringList entries = QString::fromLatin1(rules.allowedList()).split(QStringLiteral(", "));
    for (QString& entry : entries)
        entry = ReadableAddress::sender(entry);
    return entries.join(QStringLiteral(", "));
}

} // namespace

TestMessageAdmin::TestMessageAdmin(QString dataDir) : m_dataDir(std::move(dataDir)) {}

QString TestMessageAdmin::asSent(const QString& address)
{
    // A domain in U-labels ("anna@bücher.example") is sent in its A-label form, as the agent's domains are
    // stored (an outside tester was refused an address the refusal itself listed as allowed).
    return DomainName::asciiForm(address.trimmed());
}

QString TestMessageAdmin::addressProblem(const QString& typed)
{
    if (typed.trimmed().isEmpty())
        return QStringLiteral("an address is needed");
    const QString address = asSent(typed);
    // The header fields are written as they are: 7-bit only (RFC 5322 2.2), no SMTPUTF8 needed; the domain
    // converts, the local part does not.
    // Said as it is: a control character or a blank anywhere is one (an outside tester's line break after
    // the domain was blamed on the part before the @); a letter outside ASCII can only be in the local part.
    const auto any = [&address](const auto& test) {
        return std::any_of(address.cbegin(), address.cend(), test);
    };
    if (any([](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return QStringLiteral("'%1' is not an address: it holds a control character (a line break, a tab)")
            .arg(typed);
    if (any([](QChar c) { return c.unicode() == 0x20; }))
        return QStringLiteral("'%1' is not an address: it holds a blank").arg(typed);
    if (any([](QChar c) { return c.unicode() > 0x7e; }))
        return QStringLiteral("'%1' is not an address: the part before the @ must be plain ASCII").arg(typed);
    if (!isValidMailbox(address.toLatin1()))
        return QStringLiteral("'%1' is not an address of the form local@domain").arg(typed);
    return {};
}

QString TestMessageAdmin::defaultFrom(const QString& agentName) const
{
    const auto agent = AgentDirectory(m_dataDir).agent(agentName);
    if (!agent)
        return {};
    for (const QString& sender : agent->senders) {
        if (!sender.contains(QLatin1Char('@')))
            return QStringLiteral("relaydesk-test@") + sender;
    }
    return agent->senders.value(0);
}

Expected<QString> TestMessageAdmin::send(const QString& agentName, const QString& typedFrom,
                                         const QString& typedTo) const
{
    using Result = Expected<QString>;
    for (const QString& address : {typedFrom, typedTo}) {
        if (const QString problem = addressProblem(address); !problem.isEmpty())
            return Result::failure(problem);
    }
    const QString from = asSent(typedFrom);
    const QString to = asSent(typedTo);
    const auto agent = AgentDirectory(m_dataDir).agent(agentName);
    if (!agent)
        return Result::failure(agent.error());
    if (!agent->enabled)
        return Result::failure(
            testMessageText(QT_TRANSLATE_NOOP("RelayDesk::TestMessageAdmin", "Mail Agent '%1' is disabled"))
                .arg(agentName));
    // The same rule as mail the agent submits over SMTP: its domains and addresses only.
    const auto rules = AgentDirectory(m_dataDir).senderRules(agent->id);
    if (!rules)
        return Result::failure(rules.error());
    if (!rules->allows(from.toLatin1()))
        return Result::failure(
            testMessageText(QT_TRANSLATE_NOOP("RelayDesk::TestMessageAdmin",
                                              "Mail Agent '%1' may not send as %2; allowed: %3"))
                .arg(agentName, from, readableAllowedList(*rules)));
    // Where the agent's own mail may not go, the test may not either (docs/protocols.md, "Recipients"): an
    // outside tester's test message to user@[127.0.0.1] reached the relay's own machine.
    const QByteArray recipient = to.toLatin1();
    if (!Settings(m_dataDir).boolValue(QStringLiteral("delivery.internal_literals")) &&
        (SmtpServerProtocol::isInternalLiteral(recipient) ||
         SmtpServerProtocol::isLocalhostDomain(recipient)))
        return Result::failure(
            testMessageText(
                QT_TRANSLATE_NOOP("RelayDesk::TestMessageAdmin",
                                  "%1 is on this machine or a private network, where this relay does "
                                  "not deliver: write to a domain name"))
                .arg(to));
    // A suppressed address would be skipped, and the test "queued" for nothing (an outside tester).
    const auto suppressed = SuppressionList(m_dataDir, nullptr).list(agent->name);
    if (!suppressed)
        return Result::failure(suppressed.error());
    const QString normalized = SuppressionList::normalize(to);
    for (const Suppression& entry : suppressed.value()) {
        if (entry.address == normalized)
            return Result::failure(
                testMessageText(QT_TRANSLATE_NOOP("RelayDesk::TestMessageAdmin",
                                                  "%1 is on the suppression list of Mail Agent '%2': lift it "
                                                  "first, or the test would not be sent"))
                    .arg(to, agent->name));
    }

    TestMessage test;
    test.from = from;
    test.to = to;
    test.agentName = agent->name;
    test.hostname = Settings(m_dataDir).value(QStringLiteral("server.hostname"));
    test.queueId = generateQueueId();
    test.date = QDateTime::currentDateTime();

    SubmittedMessage message;
    message.queueId = test.queueId;
    message.sender = from.toLatin1();
    message.recipients = {to.toLatin1()};
    message.content = test.content();
    message.agentId = agent->id;
    message.agentName = agent->name;

    // Committed like mail accepted over SMTP (docs/architecture.md, "durable accept"), then the topic that
    // wakes a running engine's delivery, in the writer's next job.
    StoreWriter writer(m_dataDir);
    std::promise<CommitFailure> committed;
    MessageSpool(writer).commit(message, QStringLiteral("test"), QStringLiteral(""),
                                [&committed](CommitFailure failure) { committed.set_value(failure); });
    const Status noted =
        writer.runSync([](QSqlDatabase& db) { return AdminChanges::bump(db, AdminChanges::queueTopic()); });
    if (committed.get_future().get() != CommitFailure::None)
        return Result::failure(testMessageText(
            QT_TRANSLATE_NOOP("RelayDesk::TestMessageAdmin", "cannot queue the test message (see the log)")));
    if (!noted)
        return Result::failure(noted.error());
    return test.queueId;
}

} // namespace RelayDesk
