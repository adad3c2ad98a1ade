#pragma once

#include "core/smtp/deliveryjob.h"
#include "core/smtp/replyparser.h"
#include "core/smtp/smtpclientsink.h"

#include <QByteArray>
#include <QList>

namespace RelayDesk {

/// How the client treats STARTTLS (RFC 3207) on a plaintext connection.
enum class StartTlsMode
{
    Never,
    IfOffered,
    Required
};

/// Settings of one outbound SMTP session.
struct SmtpClientConfig
{
    QByteArray heloName = "localhost";
    StartTlsMode startTls = StartTlsMode::IfOffered;
    bool tlsActive = false; ///< implicit TLS (RFC 8314): the connection is already encrypted
    QByteArray username;    ///< non-empty: AUTH (RFC 4954) after TLS; never without TLS
    QByteArray password;
    /// A route's host that logs in (route add --username), for the words of a failed login; empty: the
    /// smarthost.
    QByteArray routeHost = {};
};

/// The client side of SMTP (RFC 5321) as a state machine without sockets: greeting, EHLO/HELO, STARTTLS,
/// AUTH PLAIN/LOGIN, then one transaction per send() (MAIL, RCPT per recipient, DATA; as one pipelined group
/// when the server offers PIPELINING, RFC 2920), RSET between transactions on a reused connection, and QUIT.
/// Records a redacted transcript.
class SmtpClientProtocol final
{
public:
    enum class State
    {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        TlsHandshake,
        Auth,
        AuthLoginUser,
        AuthLoginPassword,
        Ready,
        Rset,
        MailFrom,
        RcptTo,
        Data,
        Content,
        Quit,
        Closed
    };

    SmtpClientProtocol(SmtpClientConfig config, SmtpClientSink* sink);

    /// Bytes from the server.
    void receive(QByteArrayView bytes);
    /// The TLS handshake asked for by startTlsHandshake() succeeded.
    void tlsEstablished();
    /// Starts a transaction for job; only in state Ready (returns false otherwise).
    bool send(const DeliveryJob& job);
    /// Ends the session politely (QUIT); only in state Ready.
    void quit();
    /// The transport lost the connection, timed out or failed TLS; reason is a synthesised 4xx reply.
    void connectionLost(const SmtpReply& reason);

    State state() const { return m_state; }
    bool awaitingReply() const
    {
        return m_state != State::Ready && m_state != State::Closed && m_state != State::TlsHandshake;
    }
    bool tlsActive() const { return m_tlsActive; }
    /// The step the session broke off in (Greeting ... Quit), once it failed; Closed until then. A failure
    /// the client decides itself after a good reply is placed in the step it belongs to: TLS required but not
    /// offered in StartTls, credentials refused over plaintext or no usable mechanism in Auth.
    State failedIn() const { return m_failedIn; }
    /// The last complete reply from the server (code 0 before the greeting).
    const SmtpReply& lastReply() const { return m_lastReply; }
    bool hasExtension(QByteArrayView keyword) const;
    QByteArray extensionParameter(QByteArrayView keyword) const; ///< "10240000" for "SIZE 10240000"
    /// The transcript since the last call ("C: ..." and "S: ..." lines, CRLF ends).
    QByteArray takeTranscript();

    /// RFC 5321 4.5.2: doubles a leading dot on every line and appends the end-of-data "." line.
    static QByteArray dotStuff(const QByteArray& body);

private:
    void handle(const SmtpReply& reply);
    void afterEhlo();
    void startAuthOrReady();
    void beginTransaction();
    void sendPipelinedGroup();                       ///< RFC 2920: the whole envelope and DATA at once
    void afterPipelinedData(const SmtpReply& reply); ///< the last reply of a pipelined group
    void sendCommand(const QByteArray& line, const QByteArray& transcriptLine = {});
    void becomeReady();
    void finishTransaction(const SmtpReply& unresolved);
    void fail(const SmtpReply& reason);
    void failIn(State step, const SmtpReply& reason); ///< fail() on behalf of step, not the current state
    QByteArray rcptCommand(qsizetype index) const;    ///< RCPT TO with the recipient's DSN parameters
    bool needsSmtpUtf8() const;                       ///< the envelope has non-ASCII addresses (RFC 6531)

    SmtpClientConfig m_config;
    SmtpClientSink* m_sink;
    ReplyParser m_parser;
    State m_state = State::Greeting;
    State m_failedIn = State::Closed;
    SmtpReply m_lastReply;
    bool m_tlsActive = false;
    bool m_usedBefore = false; ///< a transaction ran on this connection: RSET before the next one
    QList<QByteArray> m_extensions;
    QByteArray m_transcript;

    bool m_inTransaction = false;
    bool m_pipelined = false; ///< this transaction's commands went as one group (RFC 2920)
    bool m_batching = false;  ///< sendCommand() collects into m_batch instead of sending
    QByteArray m_batch;
    SmtpReply m_mailReply; ///< the reply to MAIL, kept until the group's last reply in pipelined mode
    DeliveryJob m_job;
    QList<SmtpReply> m_outcomes; ///< code 0 while unresolved
    qsizetype m_rcptIndex = 0;
};

} // namespace RelayDesk
