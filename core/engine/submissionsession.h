#pragma once

#include "core/agents/credentialcache.h"
#include "core/engine/sessioninfo.h"
#include "core/engine/sessionsettings.h"
#include "core/smtp/smtpserverprotocol.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace RelayDesk {

struct RefusedSubmission;
struct SessionEnvironment;
class AgentDirectory;
class SessionSocket;
class SessionWorker;
class TlsServerStream;

/// One client connection on a worker thread: the thin adapter between a SessionSocket, its TLS layer
/// (TlsServerStream) and the pure SmtpServerProtocol (docs/conventions.md, "protocols without sockets"),
/// with idle and total timeouts.
class SubmissionSession final : public QObject, private SmtpServerEndpoint
{
    Q_OBJECT
public:
    SubmissionSession(quint64 id, qintptr descriptor, ListenerKind kind, const SessionPeer& peer,
                      const SessionEnvironment& env, SessionWorker* worker);
    ~SubmissionSession() override;
    Q_DISABLE_COPY_MOVE(SubmissionSession)

    quint64 id() const { return m_id; }
    /// Adopts the socket and greets (or starts implicit TLS). Returns false if the descriptor is unusable.
    bool start();
    void onAuthResult(AuthOutcome outcome, qint64 agentId, const QString& agentName, qint64 credentialId);
    void onCommitResult(CommitFailure failure);
    /// A message of this session is being committed: its reply (250 or a failure) is still to be sent.
    bool isCommitting() const;
    /// Ends the session now, telling the client nothing.
    void abort();
    /// The engine stops: 421 4.3.2 to the client where it can be written at once, then the session ends now
    /// (cut off during a handshake, or where the client does not read what it was sent).
    void shutDown();
    /// An administrator ends the session: 421 4.7.0 to the client, then close (cut off during a handshake).
    void disconnectByAdministrator();
    /// After an admin change: if the credential or trusted device this session relays for no longer admits
    /// it, the session ends at its next command with 421 4.7.0.
    void recheckAccess(const AgentDirectory& directory);

Q_SIGNALS:
    void finished(quint64 id);

private:
    void sendReply(const SmtpReply& reply) override;
    void startTls() override;
    qint64 authLockoutMsLeft() override;
    void verifyCredentials(const QByteArray& username, const QByteArray& password) override;
    void authRefusedUnchecked(const QByteArray& reason) override;
    void authRefusedLockedOut() override;
    void commitMessage(const SubmittedMessage& message) override;
    QString newQueueId() override;
    QByteArray traceDate() override;
    std::shared_ptr<const SenderRules> senderRules(qint64 agentId) override;
    SendingAdmission admitSending(qint64 agentId) override;
    SendingAdmission reserveSending(qint64 agentId) override;
    std::optional<qint64> storeRoom() override;
    void stateChanged() override;

    void onReadyRead();
    void startEncryption();
    /// Runs ciphertext through the TLS layer: returns the plaintext, sends what TLS answers, and ends the
    /// session on a failed handshake or the client's close_notify.
    QByteArray decrypt(const QByteArray& ciphertext);
    void writePlaintext(const QByteArray& bytes);
    void onEncrypted();
    /// The connection ended from the client's side or failed.
    void onDisconnected();
    void onReadFinished();
    /// Logs a failed handshake, and lists it with the refused submissions with reason (ConnectionFailure).
    void logTlsFailure(const QString& error, const QString& reason);
    /// Why the handshake that just failed did, from OpenSSL's error and the client's first bytes.
    QString tlsFailureReason() const;
    /// Lists a connection that failed before it sent mail with the refused submissions (command TLS or
    /// PROTOCOL), once a session.
    void recordConnectionFailure(const char* command, const QString& reply);
    /// The first bytes of a plaintext session were a TLS ClientHello: recorded, and the session closes.
    void refuseTlsOnStartTlsPort();
    /// A reply of 400 or more: logged with the command it answers (see the definition for which, at what
    /// level).
    void logRefusal(const SmtpReply& reply);
    /// Counts a refused MAIL, RCPT or DATA for the store (RefusedSubmissionRecorder).
    void recordRefusal(const char* command, const SmtpReply& reply);
    /// A refusal of command on this session: its client, listener and agent; the rest is the caller's.
    RefusedSubmission refusalOf(const char* command) const;
    /// An agent at its sending limit (at: "mail", "end of data") is logged as sending_limit_reached and
    /// counted in its daily statistics.
    SendingAdmission logLimitRefusal(SendingAdmission admission, qint64 agentId, const char* at) const;
    /// The idle timer fired: a timeout if nothing was read for the idle time, else it waits for the rest.
    void onIdleTimer();
    void onTimeout();
    void startClosing();
    void onClosed();
    void publish();

    quint64 m_id;
    ListenerKind m_kind;
    const SessionEnvironment& m_env;
    SessionWorker* m_worker;
    /// The TLS, policy and timeouts of when this session started (a later change does not reach it).
    std::shared_ptr<const SessionSettings> m_settings;
    SessionSocket* m_socket;
    std::unique_ptr<TlsServerStream> m_tls; ///< from STARTTLS or the implicit-TLS connect on
    std::unique_ptr<SmtpServerProtocol> m_protocol;
    SessionInfo m_info;
    QTimer m_idleTimer;
    QElapsedTimer m_lastRead;    ///< since the client's last bytes (monotonic)
    qint64 m_publishedBytes = 0; ///< bytes in and out when the live-session table last heard of this session
    QTimer m_sessionTimer;
    QTimer m_handshakeTimer; ///< a TLS handshake that does not finish in time ends the session
    QTimer m_closeTimer;     ///< a client that does not read our last reply is cut off
    /// The message whose commit is under way, for the operator log's line when it is accepted.
    struct Committing
    {
        QString queueId;
        QString agent;
        qsizetype size = 0;
        int recipients = 0;
        qint64 agentId = 0;
    } m_committing;
    qint64 m_credentialId = 0;
    /// The pair of the AUTH under way, and of the last one refused (keyed tags, never the password): a
    /// client that retries the same pair with another mechanism, as Python's smtplib does, guesses nothing
    /// new, and the lockout does not count it twice (docs/security.md, "Lockout").
    std::optional<CredentialCache::Tag> m_checkingPair;
    std::optional<CredentialCache::Tag> m_refusedPair;
    /// Set when the client leaves while its password check still waits for a verifier: the check is then
    /// skipped (nobody would hear its answer, so it tells no one anything), and its Argon2id time and memory
    /// go to clients still connected.
    std::shared_ptr<std::atomic_bool> m_authAbandoned;
    qint64 m_trustedAgentId = 0;
    QByteArray m_handshakeStart; ///< the client's first bytes of the implicit-TLS handshake (a few at most)
    bool m_failureRecorded = false; ///< recordConnectionFailure() was called
    bool m_handshaking = false;
    bool m_closing = false;
    bool m_receiving = false; ///< inside onReadyRead: replies are flushed together at its end
    bool m_ended = false;
    bool m_awaitingCommit = false; ///< a message's commit is under way: its reply is still to be sent
    bool m_clientDone = false; ///< the client sends nothing more; the session ends once its replies are out
};

} // namespace RelayDesk
