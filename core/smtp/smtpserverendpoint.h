#pragma once

#include <optional>

#include "core/smtp/senderrules.h"
#include "core/smtp/sendingadmission.h"
#include "core/smtp/smtpreply.h"
#include "core/smtp/submittedmessage.h"

#include <QByteArray>

#include <memory>

namespace RelayDesk {

/// How an AUTH attempt ended, as decided by the adapter (which owns the brute-force throttle).
enum class AuthOutcome
{
    Accepted,
    Rejected,
    LockedOut,
    Busy,        ///< too many AUTH checks from this address under way; try again later
    Unavailable, ///< the store could not be read; try again later (not counted as a failure)
    Paused       ///< the right password, from the allowlist, of an agent the administrator switched off
};

/// What the pure server protocol asks of the world around it: the protocol touches no socket, no clock and
/// no random generator, so a scripted endpoint pins every line it writes (docs/protocols.md).
/// Asynchronous requests are answered by calling back into SmtpServerProtocol.
class SmtpServerEndpoint
{
public:
    virtual ~SmtpServerEndpoint() = default;
    virtual void
    sendReply(const SmtpReply& reply) = 0; ///< closes the connection after it if reply.closeAfter
    virtual void startTls() = 0;           ///< answer: tlsStarted() or the connection closes
    /// How long the client address stays in an AUTH cool-down (0: it is not).
    virtual qint64 authLockoutMsLeft() = 0;
    virtual void verifyCredentials(const QByteArray& username,
                                   const QByteArray& password) = 0; ///< answer: authFinished()
    /// An AUTH refused before any password was checked (an authorization identity of another user, RFC 4616
    /// 2): a failure like any other for the log and the lockout, though it says nothing about the password.
    virtual void authRefusedUnchecked(const QByteArray& reason) { Q_UNUSED(reason); }
    /// An AUTH refused because the address is locked out (authLockoutMsLeft()): no password was checked, and
    /// the attempt does not lengthen the lockout; the admin sees it counted.
    virtual void authRefusedLockedOut() {}
    virtual void commitMessage(const SubmittedMessage& message) = 0; ///< answer: commitFinished()
    /// The id of the message about to be committed: named in its Received: field and in the 250 reply.
    virtual QString newQueueId() = 0;
    /// The current time as an RFC 5322 3.3 date-time, for the Received: field (RFC 5321 4.4).
    virtual QByteArray traceDate() = 0;
    /// What the Mail Agent agentId may send as, asked at each MAIL (docs/protocols.md, "Sender domains"):
    /// answered from memory, never with a store query of its own. Null or unavailable refuses for now.
    virtual std::shared_ptr<const SenderRules> senderRules(qint64 agentId) = 0;
    /// Whether the Mail Agent agentId may start a message now, asked at each MAIL (docs/protocols.md,
    /// "Sending limits"): answered from the engine's memory, never with a store query of its own. Nothing is
    /// limited unless the endpoint says so.
    virtual SendingAdmission admitSending(qint64 agentId)
    {
        Q_UNUSED(agentId);
        return {};
    }
    /// The exact check of the same limits at the end of DATA, right before commitMessage(): the message takes
    /// its place in the agent's windows, counting the messages of other sessions still being stored, or gets
    /// the refusal. The endpoint gives the place back when the commit fails.
    virtual SendingAdmission reserveSending(qint64 agentId)
    {
        Q_UNUSED(agentId);
        return {};
    }
    /// Bytes the store can still take for a message now, asked at a MAIL that announces its SIZE (RFC 1870
    /// 6.1: 452 when there is not room enough for now); nullopt when unknown (a store on another machine).
    virtual std::optional<qint64> storeRoom() { return std::nullopt; }
    virtual void stateChanged() {} ///< for live session views
};

} // namespace RelayDesk
