#pragma once

#include "core/smtp/commandline.h"
#include "core/smtp/datareader.h"
#include "core/smtp/sessionpolicy.h"
#include "core/smtp/smtpserverendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace RelayDesk {

struct HeaderSection;

/// The server side of an SMTP session as a pure state machine: bytes in, replies out through an
/// SmtpServerEndpoint (RFC 5321, RFC 3207 STARTTLS, RFC 4954 AUTH, RFC 2920 PIPELINING, RFC 1870 SIZE).
class SmtpServerProtocol final
{
public:
    enum class State
    {
        Command,
        AuthPlain,
        AuthLoginUser,
        AuthLoginPassword,
        Data,
        Waiting,
        Closed
    };

    SmtpServerProtocol(SmtpServerEndpoint& endpoint, SessionPolicy policy, SessionPeer peer);
    Q_DISABLE_COPY_MOVE(SmtpServerProtocol)

    /// The 220 greeting (for SMTPS: after the TLS handshake).
    void start();
    /// Bytes from the client, in any chunking.
    void receive(QByteArrayView bytes);
    /// The session may relay for this agent without AUTH (LAN relay listener, trusted device).
    void setTrustedAgent(qint64 agentId, const QString& agentName);
    /// Whether the LAN relay listener's client is a trusted device could not be read from the store: MAIL is
    /// answered 451 4.3.0 (try again later), not 550.
    void setTrustUnknown() { m_trustUnknown = true; }
    /// The client is a trusted device of a disabled Mail Agent only: MAIL is answered 451 4.7.1, so that the
    /// device keeps its mail until the agent is enabled again, rather than 550 ("not a trusted device").
    void setTrustingAgentDisabled() { m_trustingAgentDisabled = true; }
    /// TLS is up (STARTTLS finished, or implicit TLS): RFC 3207 4.2, the session forgets what it knew.
    void tlsStarted(const QString& version, const QString& cipher);
    void authFinished(AuthOutcome outcome, qint64 agentId, const QString& agentName);
    void commitFinished(CommitFailure failure);
    /// The idle or total session time ran out (RFC 5321 4.5.3.2); \a busySeconds > 0: the short idle time
    /// of a relay near its connection limit ran out, and the reply says so.
    void timedOut(int busySeconds = 0);
    /// The credential or trusted device this session relays for was revoked, rotated, disabled or left the
    /// allowlist: the next command (or the end of the message being sent) gets 421 4.7.0 and the session
    /// ends.
    void accessWithdrawn();
    /// An administrator ends the session now: 421 4.7.0 (RFC 5321 3.8: the server may close with 421), and
    /// a message not yet accepted is not accepted.
    void closedByAdministrator();
    /// The engine stops: 421 4.3.2 (RFC 5321 3.8; RFC 3463 X.3.2, not accepting messages), and a message not
    /// yet accepted is not accepted.
    void shuttingDown();
    bool hasAccess() const { return (m_authenticated || m_trusted) && !m_accessWithdrawn; }

    State state() const { return m_state; }
    QString stateName() const;
    bool isTls() const { return m_tls; }
    QString agentName() const { return m_agentName; }
    qint64 agentId() const { return m_agentId; } ///< the agent logged in or trusted; 0 before
    int messagesAccepted() const { return m_messagesAccepted; }
    /// Counts what the client got done: each whole command line (an AUTH response too), and each read of
    /// message content that ends a line of it or the message. A client that sends a byte now and then, never
    /// ending a line, makes none: the session's idle time runs on (an outside tester held every connection
    /// slot so).
    qint64 progress() const { return m_progress; }
    /// The command the reply being sent answers, for the log; the end of a message counts as DATA.
    SmtpVerb answering() const { return m_answering; }
    /// The envelope of the MAIL, RCPT or DATA the reply being sent answers, as it was when the command came
    /// (a refused message's transaction is reset before its reply): for the record of a refusal.
    struct AnsweredEnvelope
    {
        QByteArray sender;            ///< the transaction's reverse-path, or the one MAIL names
        QList<QByteArray> recipients; ///< the one RCPT names, or the transaction's
        bool inTransaction = false;   ///< a MAIL was answered (this command, or the one before it was taken)
    };
    const AnsweredEnvelope& answeredEnvelope() const { return m_answered; }
    /// The protocol errors of the session, for the record of a client that never got to send: a device whose
    /// session fails on its framing left no trace where the office's IT person looks (an outside tester).
    struct ErrorTally
    {
        int errors = 0;               ///< protocol errors counted toward SessionPolicy::maxErrors
        int bareLineFeeds = 0;        ///< of those, command lines ended by LF without CR (RFC 5321 2.3.8)
        QByteArray lastError;         ///< the last one's reply, "500 5.5.2 Syntax error: ..."
        bool closedForErrors = false; ///< the relay ended the session with 421 4.7.0 "Too many errors"
    };
    const ErrorTally& errorTally() const { return m_errorTally; }

    /// Whether recipient's domain is an address literal of a loopback, link-local, private or other
    /// non-public address (RFC 5321 4.1.3).
    static bool isInternalLiteral(const QByteArray& recipient);
    /// Whether recipient's domain is localhost or a name under it (RFC 6761 6.3), a trailing dot and case
    /// aside.
    static bool isLocalhostDomain(const QByteArray& recipient);
    /// The recipient's domain has no dot ("x@sales"): not a fully qualified name.
    static bool isUnqualifiedDomain(const QByteArray& recipient);
    /// The recipient's domain is the relay's own host name (SessionPolicy::hostname), a trailing dot and case
    /// aside.
    bool isOwnHostName(const QByteArray& recipient) const;

private:
    /// A condition a command needs before its handler runs; each is one cell of the phase table
    /// (docs/protocols.md).
    enum class Need : quint8
    {
        Nothing, ///< ends a rule's list of refusals
        NoArgument,
        Argument,
        TlsOff,
        TlsOffered, ///< a certificate is loaded (SessionPolicy::tlsAvailable)
        TlsOn,
        NotLan,
        Greeted,  ///< HELO or EHLO
        Extended, ///< EHLO
        NotAuthenticated,
        NoTransaction,
        InTransaction,
        HasRecipients,
        TrustKnown,           ///< on the LAN relay listener, the trusted devices could be read
        TrustingAgentEnabled, ///< on the LAN relay listener, not a device of a disabled agent only
        TrustedOnLan,         ///< on the LAN relay listener only for a trusted device
        TlsBeforeAuth, ///< off the LAN relay listener, STARTTLS first where it is offered (AUTH needs it)
        AuthenticatedOffLan, ///< on every other listener only after AUTH
        Never                ///< the command is not offered
    };
    /// The reply a command gets when its session does not meet one Need (a protocol error).
    struct Refusal
    {
        Need need = Need::Nothing;
        int code = 0;
        const char* enhanced = nullptr;
        const char* text = nullptr; ///< "%1" stands for the client's address
    };
    using Handler = void (SmtpServerProtocol::*)(const SmtpCommand&);
    /// One row of the phase table: the line limit of a verb, its refusals in the order they are checked,
    /// and the handler that runs when none applies.
    struct CommandRule
    {
        SmtpVerb verb = SmtpVerb::Unknown;
        int maxLine = 512;
        Refusal refusals[7] = {};
        Handler handler = nullptr;
    };
    static const CommandRule& ruleFor(SmtpVerb verb);
    bool meets(Need need, const SmtpCommand& command) const;

    void process();
    void handleLine(const QByteArray& line);
    void handleCommand(const SmtpCommand& command, const CommandRule& rule);
    void handleHelo(const SmtpCommand& command);
    void handleEhlo(const SmtpCommand& command);
    void greet(const SmtpCommand& command, bool extended);
    void handleStartTls(const SmtpCommand& command);
    void handleAuth(const SmtpCommand& command);
    void handleAuthData(const QByteArray& line);
    void handleMail(const SmtpCommand& command);
    void handleRcpt(const SmtpCommand& command);
    void handleData(const SmtpCommand& command);
    void handleRset(const SmtpCommand& command);
    void handleNoop(const SmtpCommand& command);
    void handleQuit(const SmtpCommand& command);
    void handleVrfy(const SmtpCommand& command);
    void handleHelp(const SmtpCommand& command);
    void feedData(QByteArrayView bytes);
    void finishData();
    void finishAuth(const QByteArray& username, const QByteArray& password);
    void reply(int code, const char* enhanced, const QByteArray& text, bool close = false);
    void closeForWithdrawnAccess();
    void protocolError(int code, const char* enhanced, const QByteArray& text);
    /// A MAIL or RCPT argument that is no path: its reply, counted as a protocol error.
    void pathError(const SmtpReply& refusal);
    /// Counts a protocol error; false when it was one too many and the session is closed with 421 instead.
    bool countError(const SmtpReply& error);
    void resetTransaction();
    /// Keeps the envelope of a MAIL, RCPT or DATA command in m_answered before it is handled.
    void noteAnsweredEnvelope(const SmtpCommand& command);
    QByteArray receivedHeader(const QString& queueId, const QByteArray& date) const;
    static QByteArray senderRefusal(const SenderRules& rules, const QByteArray& sender);
    QByteArray fromRefusal(const HeaderSection& headers) const;
    bool authAllowedHere() const;

    SmtpServerEndpoint& m_endpoint;
    SessionPolicy m_policy;
    SessionPeer m_peer;
    CommandLineReader m_lines;
    std::unique_ptr<DataReader> m_data;
    State m_state = State::Command;
    QByteArray m_helo;
    bool m_extended = false;
    bool m_tls = false;
    QString m_tlsVersion;
    QString m_tlsCipher;
    bool m_authenticated = false;
    bool m_trusted = false;
    bool m_trustUnknown = false;          ///< setTrustUnknown()
    bool m_trustingAgentDisabled = false; ///< setTrustingAgentDisabled()
    bool m_accessWithdrawn = false;
    qint64 m_agentId = 0;
    QString m_agentName;
    QByteArray m_loginUsername;
    std::optional<QByteArray> m_sender;
    std::shared_ptr<const SenderRules> m_senderRules; ///< read at MAIL, for the whole transaction
    QList<QByteArray> m_recipients;
    QList<int> m_recipientNotify;       ///< NOTIFY of each recipient (RFC 3461 4.1), 0 when not given
    QList<QByteArray> m_recipientOrcpt; ///< ORCPT of each recipient (RFC 3461 4.2), empty when not given
    DsnRequest m_dsn;                   ///< RET and ENVID of the transaction (RFC 3461 4.3, 4.4)
    int m_agentMaxRecipients = 0; ///< the agent's recipients per message, read at MAIL (0: none of its own)
    QString m_pendingQueueId;
    ErrorTally m_errorTally;       ///< errorTally()
    int m_refusedRecipients = 0;   ///< RCPTs refused since the last accepted message (maxRefusedRecipients)
    int m_recipientsOverLimit = 0; ///< RCPTs of this transaction answered "452 4.5.3 too many recipients"
    /// Recipients over the limit a transaction may name before each further one counts as refused, as
    /// Postfix's smtpd_recipient_overshoot_limit.
    static constexpr int kRecipientOvershoot = 1000;
    SmtpVerb m_answering = SmtpVerb::Unknown; ///< answering()
    AnsweredEnvelope m_answered;              ///< answeredEnvelope()
    int m_messagesAccepted = 0;
    qint64 m_progress = 0; ///< progress()
};

} // namespace RelayDesk
